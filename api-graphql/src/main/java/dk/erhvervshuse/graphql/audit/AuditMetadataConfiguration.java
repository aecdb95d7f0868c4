package dk.erhvervshuse.graphql.audit;

import dk.erhvervshuse.events.common.AuditMetadata;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes every event carry who caused it (§10.2): Axon copies the listed metadata of the command being
 * handled onto each event it applies, and onto commands sent while handling it (so the 20-hour rule's
 * follow-up commands keep the original user).
 */
@Configuration(proxyBeanMethods = false)
class AuditMetadataConfiguration {

    @Bean
    CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.USER_ID, AuditMetadata.ROLE, AuditMetadata.USER_HOUSE,
                AuditMetadata.REASON);
    }

    /**
     * Axon registers its {@link MessageOriginProvider} (correlationId = the command's id, traceId) only when
     * no other {@link CorrelationDataProvider} bean exists; declaring one above would silently drop it.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(AuditMetadata.CORRELATION_ID, "traceId");
    }
}
