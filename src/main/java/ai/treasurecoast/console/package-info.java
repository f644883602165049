/**
 * The admin console's shell: the shared page model (who is logged in, impersonation and
 * notification banners), the dashboards that gather figures from several modules, and the
 * system page. Each module serves its own console pages; this module only ties them together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package ai.treasurecoast.console;
