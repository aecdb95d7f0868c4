package dk.erhvervshuse.graphql.errors;

import graphql.ExecutionResult;
import org.reactivestreams.Publisher;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * A subscription sent as a plain HTTP request cannot be answered (its answer is a stream): it is refused as
 * BAD_REQUEST {@code operation.notSupported}, pointing to the WebSocket, rather than answered with the stream's
 * description. The stream was never subscribed to, so nothing is left listening.
 */
@Component
class HttpSubscriptionRefusal implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            if (!(response.getExecutionResult().getData() instanceof Publisher<?>) || streamed(request)) {
                return response;
            }
            ExecutionResult refused = ExecutionResult.newExecutionResult()
                    .addError(ClassifiedErrors.badRequest(null, "operation.notSupported",
                            "subscriptions run over the WebSocket at /graphql-ws (graphql-transport-ws)"))
                    .build();
            return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(response.getExecutionInput(), refused));
        });
    }

    /** Over the WebSocket, or as server-sent events, a subscription's stream is what the client asked for. */
    private static boolean streamed(WebGraphQlRequest request) {
        if (request instanceof WebSocketGraphQlRequest) {
            return true;
        }
        List<MediaType> accepted = request.getHeaders().getAccept();
        return accepted.stream().anyMatch(MediaType.TEXT_EVENT_STREAM::isCompatibleWith)
                && !accepted.stream().anyMatch(type -> type.isWildcardType());
    }
}
