/**
 * Operations: request ids, structured request logs, problem details, the error tracker, health
 * endpoints and the database the product runs on (embedded or external).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package ai.treasurecoast.ops;
