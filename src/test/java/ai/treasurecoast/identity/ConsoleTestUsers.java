package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.UserId;
import ai.treasurecoast.shared.WorkspaceId;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Creates console users with a known password for browser tests, through identity's own repository. */
public final class ConsoleTestUsers {

    private ConsoleTestUsers() {}

    public static UserId create(
            ApplicationContext context, String email, String password, Role role, WorkspaceId workspace) {
        UserRepository users = context.getBean(UserRepository.class);
        Passwords passwords = context.getBean(Passwords.class);
        UserId id = new UserId(UUID.randomUUID());
        users.insert(new UserRecord(id, email, passwords.hash(password), role, workspace, false, null, null));
        return id;
    }

    /** A fresh invitation link for an existing user, as the invitation email would carry it. */
    public static String inviteLink(ApplicationContext context, String email) {
        UserRecord user =
                context.getBean(UserRepository.class).findByEmail(email).orElseThrow();
        String token = context.getBean(PasswordTokens.class).issue(user.id(), "invite", java.time.Duration.ofDays(7));
        return "/admin/set-password?token=" + token;
    }
}
