package dk.erhvervshuse.graphql.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Registers the schema's scalars (Date, DateTime, Decimal) with graphql-java. */
@Configuration(proxyBeanMethods = false)
class ScalarWiring {

    @Bean
    RuntimeWiringConfigurer registryScalars() {
        return wiring -> wiring
                .scalar(Scalars.DATE)
                .scalar(Scalars.DATE_TIME)
                .scalar(Scalars.DECIMAL);
    }
}
