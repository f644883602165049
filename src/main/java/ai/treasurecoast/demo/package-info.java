/**
 * Demo data: industry templates as data files, seeding them as demo workspaces, the super admin
 * reset, template validation and the industry sweep.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package ai.treasurecoast.demo;
