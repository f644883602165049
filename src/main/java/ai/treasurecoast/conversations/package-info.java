/** Transcripts: widget sessions bound to their bot, and every message with its reply kind and sources. */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package ai.treasurecoast.conversations;
