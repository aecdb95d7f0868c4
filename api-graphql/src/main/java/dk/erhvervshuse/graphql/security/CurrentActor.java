package dk.erhvervshuse.graphql.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the request being served. Spring for GraphQL carries the security context into data
 * fetchers (context propagation), so this works in controllers and batch loaders alike.
 */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("no authenticated user");
        }
        return Actor.of(authentication);
    }
}
