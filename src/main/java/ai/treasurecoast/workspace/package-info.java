/**
 * Client workspaces and their bots: identity, industry, time zone, status, booking mode,
 * failsafe toggles and retention settings. Other modules read through {@link ai.treasurecoast.workspace.Workspaces}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspaces")
package ai.treasurecoast.workspace;
