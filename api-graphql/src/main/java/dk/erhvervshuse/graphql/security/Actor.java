package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.events.common.House;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Who issues a request: the authenticated user's id, role and (for house roles) house. This is what
 * every command carries as audit metadata.
 *
 * @param house the house a house role acts for; null for national roles, and never null for a house role
 */
public record Actor(String userId, Role role, House house) {

    static final String ROLE_PREFIX = "ROLE_";
    static final String HOUSE_PREFIX = "HOUSE_";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        // A house role without a house would see every house: refuse such a user rather than guess.
        if (role.actsForAHouse() && house == null) {
            throw new IllegalStateException("user " + userId + " acts as " + role + " but for no house");
        }
        if (!role.actsForAHouse() && house != null) {
            throw new IllegalStateException("user " + userId + " acts as " + role + ", a national role, but for " + house);
        }
    }

    /**
     * Reads the actor from the authorities the sign-in gave the user ({@code ROLE_x} and {@code HOUSE_y}, see
     * {@link SecurityConfiguration}). A user without exactly one registry role is refused.
     */
    public static Actor of(Authentication authentication) {
        Role role = null;
        House house = null;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith(ROLE_PREFIX)) {
                Role named = roleNamed(authority.substring(ROLE_PREFIX.length())).orElse(null);
                if (named != null && role != null && named != role) {
                    throw new IllegalStateException("user " + authentication.getName() + " has more than one registry role");
                }
                role = named != null ? named : role;
            } else if (authority.startsWith(HOUSE_PREFIX)) {
                house = houseNamed(authority.substring(HOUSE_PREFIX.length())).orElse(house);
            }
        }
        if (role == null) {
            throw new IllegalStateException("user " + authentication.getName() + " has no registry role");
        }
        return new Actor(authentication.getName(), role, house);
    }

    static Optional<Role> roleNamed(String name) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
    }

    static Optional<House> houseNamed(String name) {
        return Arrays.stream(House.values()).filter(house -> house.name().equals(name)).findFirst();
    }
}
