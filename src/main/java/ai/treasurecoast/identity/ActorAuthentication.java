package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.Role;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authentication kept in a session: the actor and a role authority for URL rules. */
final class ActorAuthentication {

    private ActorAuthentication() {}

    static UsernamePasswordAuthenticationToken of(Actor actor) {
        // An impersonating super admin holds a workspace admin's view, and nothing more.
        Role effective = actor.isImpersonating() ? Role.WORKSPACE_ADMIN : actor.role();
        return UsernamePasswordAuthenticationToken.authenticated(
                actor, null, List.of(new SimpleGrantedAuthority("ROLE_" + effective.name())));
    }
}
