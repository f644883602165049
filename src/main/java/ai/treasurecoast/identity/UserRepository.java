package ai.treasurecoast.identity;

import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.UserId;
import ai.treasurecoast.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String COLUMNS =
            "id, email, password_hash, role, workspace_id, disabled, created_at, last_login_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserRecord> find(UserId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .param("id", id.value())
                .query(UserRepository::map)
                .optional();
    }

    Optional<UserRecord> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email = :e")
                .param("e", email.trim().toLowerCase(java.util.Locale.ROOT))
                .query(UserRepository::map)
                .optional();
    }

    /** Users of one workspace, or every user when {@code workspace} is null. */
    List<UserRecord> page(WorkspaceId workspace, PageRequest page) {
        String where = workspace == null ? "" : " WHERE workspace_id = :w";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM users" + where + " ORDER BY email LIMIT :l OFFSET :o")
                .param("l", page.size())
                .param("o", page.offset());
        if (workspace != null) {
            spec = spec.param("w", workspace.value());
        }
        return spec.query(UserRepository::map).list();
    }

    long count(WorkspaceId workspace) {
        if (workspace == null) {
            return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
        }
        return jdbc.sql("SELECT count(*) FROM users WHERE workspace_id = :w")
                .param("w", workspace.value())
                .query(Long.class)
                .single();
    }

    void insert(UserRecord user) {
        jdbc.sql(
                        "INSERT INTO users (id, email, password_hash, role, workspace_id, disabled) VALUES (:id, :email, :hash, :role, :w, :d)")
                .param("id", user.id().value())
                .param("email", user.email())
                .param("hash", user.passwordHash())
                .param("role", user.role().name())
                .param(
                        "w",
                        user.workspaceId() == null ? null : user.workspaceId().value())
                .param("d", user.disabled())
                .update();
    }

    void setPassword(UserId id, String hash) {
        jdbc.sql("UPDATE users SET password_hash = :h, updated_at = now() WHERE id = :id")
                .param("h", hash)
                .param("id", id.value())
                .update();
    }

    void setRole(UserId id, Role role) {
        jdbc.sql("UPDATE users SET role = :r, updated_at = now() WHERE id = :id")
                .param("r", role.name())
                .param("id", id.value())
                .update();
    }

    void setDisabled(UserId id, boolean disabled) {
        jdbc.sql("UPDATE users SET disabled = :d, updated_at = now() WHERE id = :id")
                .param("d", disabled)
                .param("id", id.value())
                .update();
    }

    void touchLogin(UserId id) {
        jdbc.sql("UPDATE users SET last_login_at = now() WHERE id = :id")
                .param("id", id.value())
                .update();
    }

    boolean anySuperAdmin() {
        return jdbc.sql("SELECT count(*) FROM users WHERE role = 'SUPER_ADMIN'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    static UserRecord map(ResultSet rs, int row) throws SQLException {
        UUID workspace = rs.getObject("workspace_id", UUID.class);
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserRecord(
                UserId.of(rs.getObject("id", UUID.class)),
                rs.getString("email"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                workspace == null ? null : WorkspaceId.of(workspace),
                rs.getBoolean("disabled"),
                rs.getTimestamp("created_at").toInstant(),
                last == null ? null : last.toInstant());
    }
}
