/**
 * Users, roles and memberships; login, sessions, password change and reset; impersonation; the
 * security filter chains, CSRF, origin checks and headers. Other modules ask
 * {@link ai.treasurecoast.identity.WorkspaceAccess} before they read or change a workspace's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package ai.treasurecoast.identity;
