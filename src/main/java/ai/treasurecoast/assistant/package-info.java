/**
 * The answer pipeline: card-number masking, crisis check, intents answered from data (hours,
 * booking, payments), grounded answers from the workspace's own knowledge, industry guardrails
 * and the honest fallback. {@link ai.treasurecoast.assistant.Assistant} is its one entry point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assistant")
package ai.treasurecoast.assistant;
