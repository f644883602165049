package ai.treasurecoast.workspace;

import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkspaceRepository {

    private static final String COLUMNS = """
            id, client_id, name, industry, timezone, status, booking_mode, external_booking_url, ai_enabled,
            always_offer_callback, demo, transcript_retention_days, lead_retention_days, created_at, updated_at""";

    private final JdbcClient jdbc;

    WorkspaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WorkspaceView> find(WorkspaceId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workspaces WHERE id = :id")
                .param("id", id.value())
                .query(WorkspaceRepository::map)
                .optional();
    }

    Optional<WorkspaceView> findByClientId(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workspaces WHERE client_id = :c")
                .param("c", clientId)
                .query(WorkspaceRepository::map)
                .optional();
    }

    List<WorkspaceView> page(Collection<UUID> onlyIds, PageRequest page) {
        String where = onlyIds == null ? "" : " WHERE id IN (:ids)";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM workspaces" + where
                        + " ORDER BY name, client_id LIMIT :limit OFFSET :offset")
                .param("limit", page.size())
                .param("offset", page.offset());
        if (onlyIds != null) {
            if (onlyIds.isEmpty()) {
                return List.of();
            }
            spec = spec.param("ids", onlyIds);
        }
        return spec.query(WorkspaceRepository::map).list();
    }

    long count(Collection<UUID> onlyIds) {
        if (onlyIds == null) {
            return jdbc.sql("SELECT count(*) FROM workspaces").query(Long.class).single();
        }
        if (onlyIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM workspaces WHERE id IN (:ids)")
                .param("ids", onlyIds)
                .query(Long.class)
                .single();
    }

    List<WorkspaceView> demoWorkspaces() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workspaces WHERE demo ORDER BY client_id")
                .query(WorkspaceRepository::map)
                .list();
    }

    boolean clientIdTaken(String clientId) {
        return jdbc.sql("SELECT count(*) FROM workspaces WHERE client_id = :c")
                        .param("c", clientId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(WorkspaceView w) {
        jdbc.sql("""
                INSERT INTO workspaces (id, client_id, name, industry, timezone, status, booking_mode, external_booking_url,
                    ai_enabled, always_offer_callback, demo)
                VALUES (:id, :clientId, :name, :industry, :timezone, :status, :bookingMode, :url, :ai, :callback, :demo)
                """)
                .param("id", w.id().value())
                .param("clientId", w.clientId())
                .param("name", w.name())
                .param("industry", w.industry())
                .param("timezone", w.timezone())
                .param("status", w.status())
                .param("bookingMode", w.bookingMode().key())
                .param("url", w.externalBookingUrl())
                .param("ai", w.aiEnabled())
                .param("callback", w.alwaysOfferCallback())
                .param("demo", w.demo())
                .update();
    }

    void update(WorkspaceView w) {
        jdbc.sql("""
                UPDATE workspaces SET name = :name, industry = :industry, timezone = :timezone, status = :status,
                    booking_mode = :bookingMode, external_booking_url = :url, ai_enabled = :ai,
                    always_offer_callback = :callback, transcript_retention_days = :tr, lead_retention_days = :lr,
                    updated_at = now()
                WHERE id = :id
                """)
                .param("id", w.id().value())
                .param("name", w.name())
                .param("industry", w.industry())
                .param("timezone", w.timezone())
                .param("status", w.status())
                .param("bookingMode", w.bookingMode().key())
                .param("url", w.externalBookingUrl())
                .param("ai", w.aiEnabled())
                .param("callback", w.alwaysOfferCallback())
                .param("tr", w.transcriptRetentionDays())
                .param("lr", w.leadRetentionDays())
                .update();
    }

    void delete(WorkspaceId id) {
        jdbc.sql("DELETE FROM workspaces WHERE id = :id")
                .param("id", id.value())
                .update();
    }

    static WorkspaceView map(ResultSet rs, int row) throws SQLException {
        return new WorkspaceView(
                WorkspaceId.of(rs.getObject("id", UUID.class)),
                rs.getString("client_id"),
                rs.getString("name"),
                rs.getString("industry"),
                rs.getString("timezone"),
                rs.getString("status"),
                BookingMode.parse(rs.getString("booking_mode")),
                rs.getString("external_booking_url"),
                rs.getBoolean("ai_enabled"),
                rs.getBoolean("always_offer_callback"),
                rs.getBoolean("demo"),
                rs.getInt("transcript_retention_days"),
                rs.getInt("lead_retention_days"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
