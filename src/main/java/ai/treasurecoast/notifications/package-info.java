/**
 * Owner notifications that never disappear: a transactional outbox written with the lead, booking
 * request or crisis flag; email and SMS channels with retries, backoff and circuit breakers; status,
 * log and test send per workspace; a daily safety-net digest. Read through
 * {@link ai.treasurecoast.notifications.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package ai.treasurecoast.notifications;
