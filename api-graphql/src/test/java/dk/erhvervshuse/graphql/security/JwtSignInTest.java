package dk.erhvervshuse.graphql.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.erhvervshuse.graphql.support.Registrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.auditTrail;
import static dk.erhvervshuse.graphql.support.RegistryClient.classificationOf;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.singleError;
import static dk.erhvervshuse.graphql.support.RegistryClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: with an issuer configured, every request carries a bearer token (JWT) whose claims name the
 * user, the role and the house, and the demo users no longer sign in. The issuer's keys are stood in for by a key
 * pair made here, so nothing is fetched from the network; the claims are configured as a Keycloak realm would
 * carry them (the role among the realm's roles).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + JwtSignInTest.ISSUER,
        "registry.security.jwt.user-claim=preferred_username",
        "registry.security.jwt.role-claim=realm_access.roles",
        "registry.security.jwt.house-claim=registry_house"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class JwtSignInTest {

    static final String ISSUER = "https://login.erhvervshuse.test/realms/registry";
    private static final RSAKey ISSUERS_KEY = newKey();
    private static final RSAKey SOMEONE_ELSES_KEY = newKey();

    /** The issuer's keys, as the decoder would otherwise fetch them from its JWK set. */
    @TestConfiguration
    static class IssuersKeys {

        @Bean
        JwtDecoder jwtDecoder() throws JOSEException {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(ISSUERS_KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        }
    }

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void anAdviserOfFynSignedInByTokenReadsFynsDashboardAndIsRefusedHovedstadens() {
        HttpGraphQlTester adviser = graphQl(token(claims("k.jensen", "FYN", "offline_access", "ADVISER")));

        adviser.document("{ dashboard(house: FYN, year: 2025) { house } }").execute()
                .path("dashboard.house").entity(String.class).isEqualTo("FYN");
        ResponseError refused = singleError(adviser.document("{ dashboard(house: HOVEDSTADEN, year: 2025) { house } }")
                .execute());
        assertThat(classificationOf(refused)).isEqualTo("FORBIDDEN");
        assertThat(refused.getExtensions()).containsEntry("rule", "house.notOwn");
    }

    @Test
    void theTokensUserRoleAndHouseAreWhatTheAuditTrailRecords() {
        HttpGraphQlTester adviser = graphQl(token(claims("m.hansen", "FYN", "ADVISER")));
        Registrations.openCase(adviser, "token-case", "FYN", CVR, "2023-01-01", "OPERATIONS",
                today().minusDays(5).toString(), "CAPITAL");

        HttpGraphQlTester auditor = graphQl(token(claims("tilsyn.1", null, "MINISTRY_AUDITOR")));
        eventually().untilAsserted(() -> assertThat(auditTrail(auditor, Map.of("caseId", "token-case")))
                .singleElement()
                .satisfies(opened -> {
                    assertThat(opened.eventType()).isEqualTo("GuidanceCaseOpened");
                    assertThat(opened.userId()).isEqualTo("m.hansen");
                    assertThat(opened.role()).isEqualTo("ADVISER");
                    assertThat(opened.userHouse()).isEqualTo("FYN");
                }));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorized() {
        post(signed(claims("k.jensen", "FYN", "ADVISER").build(), SOMEONE_ELSES_KEY)).expectStatus().isUnauthorized();
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        post(signed(claims("k.jensen", "FYN", "ADVISER").issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build(), ISSUERS_KEY))
                .expectStatus().isUnauthorized();
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthorized() {
        post(signed(claims("k.jensen", "FYN", "ADVISER").issuer("https://elsewhere.test").build(), ISSUERS_KEY))
                .expectStatus().isUnauthorized();
    }

    @Test
    void aTokenWithoutARegistryRoleIsUnauthorized() {
        post(token(claims("k.jensen", "FYN", "offline_access"))).expectStatus().isUnauthorized();
    }

    @Test
    void aTokenGivingTwoRegistryRolesIsUnauthorized() {
        post(token(claims("k.jensen", "FYN", "ADVISER", "HOUSE_MANAGER"))).expectStatus().isUnauthorized();
    }

    @Test
    void aHouseRoleWhoseTokenNamesNoHouseIsUnauthorizedRatherThanSeeingEveryHouse() {
        post(token(claims("k.jensen", null, "ADVISER"))).expectStatus().isUnauthorized();
    }

    @Test
    void aNationalRoleWhoseTokenNamesAHouseIsUnauthorized() {
        post(token(claims("tilsyn.1", "FYN", "MINISTRY_AUDITOR"))).expectStatus().isUnauthorized();
    }

    @Test
    void theDemoUsersNoLongerSignIn() {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri("/graphql")
                .headers(headers -> headers.setBasicAuth("adviser.fyn", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ nationalDashboard(year: 2025) { year } }"))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec post(String token) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri("/graphql")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ nationalDashboard(year: 2025) { year } }"))
                .exchange();
    }

    private HttpGraphQlTester graphQl(String token) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .responseTimeout(Duration.ofSeconds(30))
                .build());
    }

    /** A token as the issuer would sign it: valid for ten minutes from now. */
    private static JWTClaimsSet.Builder claims(String user, String house, String... realmRoles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("subject-of-" + user)
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", List.of(realmRoles)))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
        return house == null ? claims : claims.claim("registry_house", house);
    }

    private static String token(JWTClaimsSet.Builder claims) {
        return signed(claims.build(), ISSUERS_KEY);
    }

    private static String signed(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("key-" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
