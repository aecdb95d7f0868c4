package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.events.common.House;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a verified token into the registry's user: the user id, exactly one registry role, and the house for
 * the house roles, as the same authorities the configured users get ({@code ROLE_x}, {@code HOUSE_y}). A token
 * that does not say who, in which role, or (for a house role) for which house is refused as an invalid token
 * (401), rather than let in with a guess.
 */
final class RegistryJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final RegistryJwtProperties claims;

    RegistryJwtConverter(RegistryJwtProperties claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String user = single(values(jwt, claims.userClaim()))
                .orElseThrow(() -> invalid("the token names no user in claim " + claims.userClaim()));
        Set<Role> roles = new LinkedHashSet<>();
        values(jwt, claims.roleClaim()).forEach(value -> Actor.roleNamed(value).ifPresent(roles::add));
        if (roles.size() != 1) {
            throw invalid("the token must give exactly one registry role in claim " + claims.roleClaim()
                    + "; it gives " + roles.size());
        }
        Role role = roles.iterator().next();
        List<String> houseValues = values(jwt, claims.houseClaim());
        House house = null;
        if (role.actsForAHouse()) {
            house = single(houseValues).flatMap(Actor::houseNamed)
                    .orElseThrow(() -> invalid(role + " acts for one house, which the token must name in claim "
                            + claims.houseClaim()));
        } else if (!houseValues.isEmpty()) {
            throw invalid(role + " is a national role; the token must not name a house");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Actor.ROLE_PREFIX + role.name()));
        if (house != null) {
            authorities.add(new SimpleGrantedAuthority(Actor.HOUSE_PREFIX + house.name()));
        }
        return new JwtAuthenticationToken(jwt, authorities, user);
    }

    /** The non-blank text values of a claim, which may be a path into nested claims (realm_access.roles). */
    private static List<String> values(Jwt jwt, String path) {
        Object value = jwt.getClaims();
        for (String step : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(one -> addText(values, one));
        } else {
            addText(values, value);
        }
        return values;
    }

    private static void addText(List<String> values, Object value) {
        if (value instanceof String text && !text.isBlank()) {
            values.add(text.trim());
        }
    }

    private static Optional<String> single(List<String> values) {
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    private static InvalidBearerTokenException invalid(String why) {
        return new InvalidBearerTokenException(why);
    }
}
