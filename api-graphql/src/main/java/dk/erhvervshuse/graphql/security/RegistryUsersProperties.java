package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.events.common.House;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The users the application knows ({@code registry.security.users}): the documented demo users of
 * {@code application.yml} for the embedded default, or whatever a deployment configures.
 *
 * @param users each with a username, a password in Spring's {@code {id}encoded} form ({@code {noop}demo},
 *              {@code {bcrypt}$2a$…}), a role, and a house for the house roles
 */
@ConfigurationProperties("registry.security")
public record RegistryUsersProperties(List<User> users) {

    public RegistryUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, Role role, House house) {

        /** Fails at start-up rather than on the first request when a user is configured wrongly. */
        void check() {
            if (username == null || username.isBlank() || password == null || password.isBlank() || role == null) {
                throw new IllegalStateException("registry.security.users: each user needs a username, password and role");
            }
            if (role.actsForAHouse() && house == null) {
                throw new IllegalStateException("registry.security.users: " + username + " is " + role + " and needs a house");
            }
            if (!role.actsForAHouse() && house != null) {
                throw new IllegalStateException("registry.security.users: " + username + " is " + role
                        + ", a national role, and must not have a house");
            }
        }
    }
}
