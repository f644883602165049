package ai.treasurecoast.knowledge;

import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class KnowledgeRepository {

    private static final String COLUMNS = "id, kind, title, body, price_text, duration_minutes, created_at, updated_at";

    private final JdbcClient jdbc;

    KnowledgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<KnowledgeItem> page(WorkspaceId workspace, String kind, PageRequest page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_items WHERE workspace_id = :w AND kind = :k"
                        + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .param("w", workspace.value())
                .param("k", kind)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(KnowledgeRepository::map)
                .list();
    }

    long count(WorkspaceId workspace, String kind) {
        return jdbc.sql("SELECT count(*) FROM knowledge_items WHERE workspace_id = :w AND kind = :k")
                .param("w", workspace.value())
                .param("k", kind)
                .query(Long.class)
                .single();
    }

    List<KnowledgeItem> all(WorkspaceId workspace) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_items WHERE workspace_id = :w ORDER BY created_at, id")
                .param("w", workspace.value())
                .query(KnowledgeRepository::map)
                .list();
    }

    Optional<KnowledgeItem> find(WorkspaceId workspace, String kind, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM knowledge_items WHERE workspace_id = :w AND kind = :k AND id = :id")
                .param("w", workspace.value())
                .param("k", kind)
                .param("id", id)
                .query(KnowledgeRepository::map)
                .optional();
    }

    void insert(WorkspaceId workspace, KnowledgeItem item) {
        Timestamp now = now();
        jdbc.sql("""
                INSERT INTO knowledge_items (id, workspace_id, kind, title, body, price_text, duration_minutes, created_at, updated_at)
                VALUES (:id, :w, :k, :t, :b, :p, :d, :now, :now)""")
                .param("id", item.id())
                .param("w", workspace.value())
                .param("k", item.kind())
                .param("t", item.title())
                .param("b", item.body())
                .param("p", item.priceText())
                .param("d", item.durationMinutes())
                .param("now", now)
                .update();
    }

    void update(WorkspaceId workspace, KnowledgeItem item) {
        jdbc.sql("""
                UPDATE knowledge_items SET title = :t, body = :b, price_text = :p, duration_minutes = :d, updated_at = :now
                WHERE workspace_id = :w AND kind = :k AND id = :id""")
                .param("id", item.id())
                .param("w", workspace.value())
                .param("k", item.kind())
                .param("t", item.title())
                .param("b", item.body())
                .param("p", item.priceText())
                .param("d", item.durationMinutes())
                .param("now", now())
                .update();
    }

    void delete(WorkspaceId workspace, String kind, UUID id) {
        jdbc.sql("DELETE FROM knowledge_items WHERE workspace_id = :w AND kind = :k AND id = :id")
                .param("w", workspace.value())
                .param("k", kind)
                .param("id", id)
                .update();
    }

    void deleteAll(WorkspaceId workspace) {
        jdbc.sql("DELETE FROM knowledge_items WHERE workspace_id = :w")
                .param("w", workspace.value())
                .update();
        jdbc.sql("DELETE FROM knowledge_hours WHERE workspace_id = :w")
                .param("w", workspace.value())
                .update();
    }

    Optional<String> hoursJson(WorkspaceId workspace) {
        return jdbc.sql("SELECT hours_json::text FROM knowledge_hours WHERE workspace_id = :w")
                .param("w", workspace.value())
                .query(String.class)
                .optional();
    }

    void saveHours(WorkspaceId workspace, String json) {
        jdbc.sql("""
                INSERT INTO knowledge_hours (workspace_id, hours_json, updated_at) VALUES (:w, CAST(:j AS jsonb), now())
                ON CONFLICT (workspace_id) DO UPDATE SET hours_json = EXCLUDED.hours_json, updated_at = now()""").param("w", workspace.value()).param("j", json).update();
    }

    long version(WorkspaceId workspace) {
        return jdbc.sql("SELECT version FROM knowledge_versions WHERE workspace_id = :w")
                .param("w", workspace.value())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** Bumps in the caller's transaction, so the new version is seen exactly when the change is. */
    long bump(WorkspaceId workspace) {
        return jdbc.sql("""
                INSERT INTO knowledge_versions (workspace_id, version) VALUES (:w, 1)
                ON CONFLICT (workspace_id) DO UPDATE SET version = knowledge_versions.version + 1
                RETURNING version""").param("w", workspace.value()).query(Long.class).single();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static KnowledgeItem map(ResultSet rs, int row) throws SQLException {
        return new KnowledgeItem(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("price_text"),
                (Integer) rs.getObject("duration_minutes"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
