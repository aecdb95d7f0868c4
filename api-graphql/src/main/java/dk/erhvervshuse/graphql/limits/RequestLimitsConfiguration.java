package dk.erhvervshuse.graphql.limits;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.fieldvalidation.FieldValidationInstrumentation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * What one request may ask of the registry ({@link RequestLimitsProperties}): its size, its shape (depth,
 * complexity, aliases), its arguments ({@link ArgumentRules}) and its time. A request over a limit is refused
 * whole, before any resolver runs, as BAD_REQUEST naming the limit; nothing is read or written for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimitsProperties.class)
class RequestLimitsConfiguration {

    @Bean
    @Order(1)
    Instrumentation aliasLimit(RequestLimitsProperties limits) {
        return new QueryShapeLimits.Aliases(limits.maxAliases());
    }

    @Bean
    @Order(2)
    Instrumentation argumentRules(RequestLimitsProperties limits) {
        return new FieldValidationInstrumentation(new ArgumentRules(limits));
    }

    @Bean
    @Order(3)
    Instrumentation queryDepthLimit(RequestLimitsProperties limits) {
        return new QueryShapeLimits.Depth(limits.maxDepth());
    }

    @Bean
    @Order(4)
    Instrumentation queryComplexityLimit(RequestLimitsProperties limits) {
        return new QueryShapeLimits.Complexity(limits.maxComplexity(), limits.maxPageSize());
    }

    @Bean
    WebGraphQlInterceptor requestTimeout(RequestLimitsProperties limits) {
        return new RequestTimeout(limits.timeout());
    }

    @Bean
    FilterRegistrationBean<RequestBodyCheck> requestBodyCheck(RequestLimitsProperties limits) {
        FilterRegistrationBean<RequestBodyCheck> registration =
                new FilterRegistrationBean<>(new RequestBodyCheck(limits.maxRequestSize().toBytes()));
        registration.addUrlPatterns("/graphql");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
