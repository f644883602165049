/**
 * The public widget API (config, chat, leads, booking), its per-bot CORS and its rate limits
 * shared across nodes through PostgreSQL, and the embeddable widget's assets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Widget")
package ai.treasurecoast.widget;
