package dk.erhvervshuse.graphql.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a bearer token (JWT) names the user, the role and the house ({@code registry.security.jwt}), for the
 * production sign-in of {@link SecurityConfiguration}. The issuer and its keys are Spring's own properties
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri}, {@code audiences}).
 * A claim may be a path into nested claims, such as {@code realm_access.roles}.
 *
 * @param userClaim  the user's id as recorded in the audit trail, by default {@code sub}
 * @param roleClaim  the registry role (ADVISER, …, ADMINISTRATOR): a string, or a list holding exactly one of them
 *                   among other values, by default {@code registry_role}
 * @param houseClaim the house (HOVEDSTADEN, …, FYN) for the house roles, absent for national roles, by default
 *                   {@code registry_house}
 */
@ConfigurationProperties("registry.security.jwt")
public record RegistryJwtProperties(String userClaim, String roleClaim, String houseClaim) {

    public RegistryJwtProperties {
        userClaim = userClaim == null || userClaim.isBlank() ? "sub" : userClaim;
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "registry_role" : roleClaim;
        houseClaim = houseClaim == null || houseClaim.isBlank() ? "registry_house" : houseClaim;
    }
}
