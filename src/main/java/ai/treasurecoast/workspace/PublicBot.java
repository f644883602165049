package ai.treasurecoast.workspace;

/** An active bot of an active workspace, as the public widget API serves it. */
public record PublicBot(WorkspaceView workspace, BotView bot) {}
