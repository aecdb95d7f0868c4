package dk.erhvervshuse.graphql.limits;

import dk.erhvervshuse.graphql.errors.ClassifiedErrors;
import graphql.ExecutionResult;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * A query or mutation that has not answered within the timeout is answered for it: INTERNAL_ERROR with the rule
 * {@code request.timeout}, and its execution is cancelled. A subscription's timeout covers setting it up, not
 * the stream of changes after. A mutation stopped this way may still have been accepted: the client that gave its
 * own ids retries safely (a duplicate is refused as a conflict) or looks for them in the audit trail.
 */
final class RequestTimeout implements WebGraphQlInterceptor {

    private final Duration timeout;

    RequestTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).timeout(timeout, Mono.fromSupplier(() -> stopped(request)));
    }

    private WebGraphQlResponse stopped(WebGraphQlRequest request) {
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(ClassifiedErrors.error(ErrorType.INTERNAL_ERROR, null, "request.timeout",
                        "the request took longer than " + timeout.toMillis() + " ms and was stopped; a mutation may "
                                + "still have been accepted: retry with the same ids, or look for them in auditTrail",
                        null, null))
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
