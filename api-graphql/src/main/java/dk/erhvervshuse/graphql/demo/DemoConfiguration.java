package dk.erhvervshuse.graphql.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo history's settings ({@link DemoProperties}) and, for whoever waits for it to load, its progress under
 * {@code demoHistory} in {@code /actuator/info} (signed-in users only), beside {@link DemoHistoryLoader#progress()}
 * and the log line {@code Demo history loaded: …}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

    @Bean
    InfoContributor demoHistoryInfo(ObjectProvider<DemoHistoryLoader> loader) {
        return info -> loader.ifAvailable(demo -> info.withDetail("demoHistory", demo.progress()));
    }
}
