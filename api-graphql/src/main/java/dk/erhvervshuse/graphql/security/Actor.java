package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.events.common.House;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Objects;

/**
 * Who issues a request: the authenticated user's id, role and (for house roles) house. This is what
 * every command carries as audit metadata.
 *
 * @param house null for national roles
 */
public record Actor(String userId, Role role, House house) {

    static final String ROLE_PREFIX = "ROLE_";
    static final String HOUSE_PREFIX = "HOUSE_";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    /** Reads the actor from the authorities {@link RegistryUsers} gives each user: ROLE_x and HOUSE_y. */
    public static Actor of(Authentication authentication) {
        Role role = null;
        House house = null;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority.startsWith(ROLE_PREFIX)) {
                role = Role.valueOf(authority.substring(ROLE_PREFIX.length()));
            } else if (authority.startsWith(HOUSE_PREFIX)) {
                house = House.valueOf(authority.substring(HOUSE_PREFIX.length()));
            }
        }
        if (role == null) {
            throw new IllegalStateException("user " + authentication.getName() + " has no registry role");
        }
        return new Actor(authentication.getName(), role, house);
    }
}
