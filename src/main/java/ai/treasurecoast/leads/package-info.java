/**
 * Leads, booking requests and booking intents. A visitor's submission is stored before anything
 * else happens; {@link ai.treasurecoast.leads.LeadCaptured} and
 * {@link ai.treasurecoast.leads.BookingRequested} are published inside the storing transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leads")
package ai.treasurecoast.leads;
