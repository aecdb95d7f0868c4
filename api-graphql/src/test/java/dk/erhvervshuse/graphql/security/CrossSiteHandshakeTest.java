package dk.erhvervshuse.graphql.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser sends the credentials it has cached for the registry with a WebSocket handshake that another site
 * opens; the handshake's Origin tells such a request from the registry's own pages and from clients outside a
 * browser.
 */
class CrossSiteHandshakeTest {

    private static MockHttpServletRequest handshake(String path, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServerName("registry.example");
        request.setServerPort(8080);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        return request;
    }

    @Test
    void aHandshakeFromTheRegistrysOwnOriginOrWithoutAnOriginIsNotCrossSite() {
        assertThat(SecurityConfiguration.isCrossSiteHandshake(handshake("/graphql-ws", "http://registry.example:8080")))
                .isFalse();
        assertThat(SecurityConfiguration.isCrossSiteHandshake(handshake("/graphql-ws", null))).isFalse();
    }

    @Test
    void aHandshakeFromAnotherHostOrPortIsCrossSite() {
        assertThat(SecurityConfiguration.isCrossSiteHandshake(handshake("/graphql-ws", "https://elsewhere.example")))
                .isTrue();
        assertThat(SecurityConfiguration.isCrossSiteHandshake(handshake("/graphql-ws", "http://registry.example:9090")))
                .isTrue();
        assertThat(SecurityConfiguration.isCrossSiteHandshake(handshake("/graphql-ws", "null"))).isTrue();
    }

    @Test
    void onlyTheWebSocketEndpointIsJudged() {
        assertThat(SecurityConfiguration.isCrossSiteHandshake(handshake("/graphql", "https://elsewhere.example")))
                .isFalse();
    }
}
