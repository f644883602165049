package ai.treasurecoast.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private static final String COLUMNS = """
            id, created_at, actor_user_id, actor_role, actor_workspace_id, on_behalf_of_workspace_id, action, target_type,
            target_id, workspace_id, before_json::text AS before_json, after_json::text AS after_json, outcome, ip,
            user_agent, request_id""";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntryView> search(AuditFilter filter, int limit, long offset) {
        Where where = where(filter);
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries" + where.sql
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset);
        return where.bind(spec).query(AuditRepository::map).list();
    }

    long count(AuditFilter filter) {
        Where where = where(filter);
        return where.bind(jdbc.sql("SELECT count(*) FROM audit_entries" + where.sql))
                .query(Long.class)
                .single();
    }

    void stream(AuditFilter filter, Consumer<AuditEntryView> sink) {
        Where where = where(filter);
        try (var rows = where
                .bind(jdbc.sql("SELECT " + COLUMNS + " FROM audit_entries" + where.sql + " ORDER BY seq"))
                .query(AuditRepository::map)
                .stream()) {
            rows.forEach(sink);
        }
    }

    /** Walks the chain in order, comparing each stored hash with one recomputed by the database. */
    AuditVerification verify() {
        long[] checked = {0};
        String[] previous = {"genesis"};
        UUID[] broken = {null};
        try (var rows = jdbc
                .sql("SELECT id, prev_hash, hash, audit_entry_hash(a) AS expected FROM audit_entries a ORDER BY seq")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .stream()) {
            rows.forEach(r -> {
                if (broken[0] != null) {
                    return;
                }
                checked[0]++;
                if (!r[1].equals(previous[0]) || !r[2].equals(r[3])) {
                    broken[0] = UUID.fromString(r[0]);
                }
                previous[0] = r[2];
            });
        }
        return new AuditVerification(broken[0] == null, checked[0], broken[0]);
    }

    private static Where where(AuditFilter f) {
        List<String> clauses = new ArrayList<>();
        List<Object[]> params = new ArrayList<>();
        if (f.from() != null) {
            clauses.add("created_at >= :from");
            params.add(new Object[] {"from", Timestamp.from(f.from())});
        }
        if (f.to() != null) {
            clauses.add("created_at < :to");
            params.add(new Object[] {"to", Timestamp.from(f.to())});
        }
        if (f.actorUserId() != null) {
            clauses.add("actor_user_id = :actor");
            params.add(new Object[] {"actor", f.actorUserId()});
        }
        if (f.action() != null && !f.action().isBlank()) {
            if (f.action().endsWith(".*")) {
                clauses.add("action LIKE :action");
                params.add(new Object[] {
                    "action", f.action().substring(0, f.action().length() - 1).replace("%", "") + "%"
                });
            } else {
                clauses.add("action = :action");
                params.add(new Object[] {"action", f.action()});
            }
        }
        if (f.workspaceId() != null) {
            clauses.add("workspace_id = :workspace");
            params.add(new Object[] {"workspace", f.workspaceId()});
        }
        if (f.targetType() != null && !f.targetType().isBlank()) {
            clauses.add("target_type = :targetType");
            params.add(new Object[] {"targetType", f.targetType()});
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private record Where(String sql, List<Object[]> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (Object[] p : params) {
                spec = spec.param((String) p[0], p[1]);
            }
            return spec;
        }
    }

    static AuditEntryView map(ResultSet rs, int row) throws SQLException {
        return new AuditEntryView(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("actor_user_id", UUID.class),
                rs.getString("actor_role"),
                rs.getObject("actor_workspace_id", UUID.class),
                rs.getObject("on_behalf_of_workspace_id", UUID.class),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getObject("workspace_id", UUID.class),
                rs.getString("before_json"),
                rs.getString("after_json"),
                rs.getString("outcome"),
                rs.getString("ip"),
                rs.getString("user_agent"),
                rs.getString("request_id"));
    }
}
