package dk.erhvervshuse.graphql.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How much one GraphQL request may ask of the registry ({@code registry.graphql.limits}). The defaults leave
 * room for every screen and report the API serves, and refuse what only a mistake or an attack sends.
 *
 * @param maxDepth        fields nested in fields, counted from the operation (guidanceCase { company { cases { … } } })
 * @param maxComplexity   fields a query touches, each connection's fields counted once per entry asked for
 *                        ({@code first}): roughly how many values an answer may hold
 * @param maxAliases      aliased fields in one document, the usual way to ask the same costly thing many times
 * @param maxPageSize     the largest {@code first} of a connection
 * @param maxIdLength     characters of an ID argument (the command side allows 100)
 * @param maxTextLength   characters of a String argument (the longest free text the command side allows: 1,000)
 * @param timeout         how long a query or mutation may take before the client is told it was stopped
 * @param maxRequestSize  bytes of a request body
 */
@ConfigurationProperties("registry.graphql.limits")
public record RequestLimitsProperties(Integer maxDepth, Integer maxComplexity, Integer maxAliases, Integer maxPageSize,
                                      Integer maxIdLength, Integer maxTextLength, Duration timeout,
                                      DataSize maxRequestSize) {

    public RequestLimitsProperties {
        maxDepth = maxDepth != null ? maxDepth : 10;
        maxComplexity = maxComplexity != null ? maxComplexity : 20_000;
        maxAliases = maxAliases != null ? maxAliases : 30;
        maxPageSize = maxPageSize != null ? maxPageSize : 500;
        maxIdLength = maxIdLength != null ? maxIdLength : 100;
        maxTextLength = maxTextLength != null ? maxTextLength : 1_000;
        timeout = timeout != null ? timeout : Duration.ofSeconds(15);
        maxRequestSize = maxRequestSize != null ? maxRequestSize : DataSize.ofKilobytes(256);
    }
}
