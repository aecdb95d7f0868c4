package dk.erhvervshuse.graphql.errors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import java.util.List;

/**
 * Requests to {@code /graphql} that Spring would refuse with an empty answer (another method than POST, a body
 * that is not JSON) are refused in the registry's error shape instead: 405 {@code request.method}, 415
 * {@code request.mediaType}. Checked before Spring's own routes, and only for what those would refuse.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpRefusals {

    static final String PATH = "/graphql";
    private static final List<MediaType> GRAPHQL_BODIES = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/graphql"));

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlRefusalRoutes() {
        RequestPredicate graphQlPath = request -> PATH.equals(request.path());
        RequestPredicate notPost = request -> !HttpMethod.POST.equals(request.method()) && !HttpMethod.OPTIONS.equals(request.method());
        RequestPredicate foreignBody = request -> HttpMethod.POST.equals(request.method()) && !graphQlBody(request);
        return RouterFunctions.route()
                .route(graphQlPath.and(notPost), request -> refuse(HttpStatus.METHOD_NOT_ALLOWED)
                        .header(HttpHeaders.ALLOW, HttpMethod.POST.name())
                        .body(HttpRequestErrors.body(HttpStatus.METHOD_NOT_ALLOWED,
                                HttpRequestErrors.ruleOf(HttpStatus.METHOD_NOT_ALLOWED),
                                HttpRequestErrors.messageOf(HttpStatus.METHOD_NOT_ALLOWED))))
                .route(graphQlPath.and(foreignBody), request -> refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                        .body(HttpRequestErrors.body(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                                HttpRequestErrors.ruleOf(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
                                HttpRequestErrors.messageOf(HttpStatus.UNSUPPORTED_MEDIA_TYPE))))
                .build();
    }

    /** As Spring for GraphQL reads a body: JSON, or the query itself as application/graphql; none said is JSON. */
    private static boolean graphQlBody(ServerRequest request) {
        try {
            MediaType type = request.headers().contentType().orElse(MediaType.APPLICATION_JSON);
            return GRAPHQL_BODIES.stream().anyMatch(accepted -> accepted.includes(type) || accepted.isCompatibleWith(type));
        } catch (RuntimeException unreadableContentType) {
            return false;
        }
    }

    private static ServerResponse.BodyBuilder refuse(HttpStatus status) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
    }
}
