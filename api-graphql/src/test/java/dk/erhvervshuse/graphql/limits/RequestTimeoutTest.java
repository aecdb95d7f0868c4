package dk.erhvervshuse.graphql.limits;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that does not finish in time is answered for it, and its work is cancelled. */
class RequestTimeoutTest {

    private final WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"),
            new HttpHeaders(), new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", "{ nationalDashboard(year: 2025) { year } }"),
            "1", Locale.ENGLISH);

    @Test
    void aRequestThatNeverAnswersIsStoppedAsATimeoutTellingAMutationMayHaveBeenAccepted() {
        AtomicBoolean cancelled = new AtomicBoolean();

        WebGraphQlResponse response = new RequestTimeout(Duration.ofMillis(50))
                .intercept(request, next -> Mono.<WebGraphQlResponse>never().doOnCancel(() -> cancelled.set(true)))
                .block(Duration.ofSeconds(10));

        assertThat(response).isNotNull();
        assertThat(response.getErrors()).singleElement().satisfies((ResponseError error) -> {
            assertThat(error.getErrorType()).hasToString("INTERNAL_ERROR");
            assertThat(error.getExtensions()).containsEntry("rule", "request.timeout");
            assertThat(error.getMessage()).contains("50 ms").contains("retry with the same ids");
        });
        assertThat(cancelled).isTrue();
    }
}
