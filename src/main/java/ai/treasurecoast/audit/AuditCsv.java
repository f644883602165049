package ai.treasurecoast.audit;

import java.util.UUID;

/** CSV rows for the export, with formula injection defused. */
final class AuditCsv {

    static final String HEADER = "id,createdAt,actorUserId,actorRole,actorWorkspaceId,onBehalfOfWorkspaceId,action,"
            + "targetType,targetId,workspaceId,before,after,outcome,ip,userAgent,requestId\r\n";

    private AuditCsv() {}

    static String row(AuditEntryView e) {
        return String.join(
                        ",",
                        cell(e.id()),
                        cell(e.createdAt()),
                        cell(e.actorUserId()),
                        cell(e.actorRole()),
                        cell(e.actorWorkspaceId()),
                        cell(e.onBehalfOfWorkspaceId()),
                        cell(e.action()),
                        cell(e.targetType()),
                        cell(e.targetId()),
                        cell(e.workspaceId()),
                        cell(e.before()),
                        cell(e.after()),
                        cell(e.outcome()),
                        cell(e.ip()),
                        cell(e.userAgent()),
                        cell(e.requestId()))
                + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof UUID ? value.toString() : String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
