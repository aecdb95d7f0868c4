package dk.erhvervshuse.graphql.graphiql;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL served from the application itself (static/graphiql/index.html with scripts from the
 * webjars), because Spring's stock page loads its scripts from a CDN and stays blank offline.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlPage implements WebMvcConfigurer {

    static final String PAGE = "/graphiql/index.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:" + PAGE);
        registry.addViewController("/graphiql/").setViewName("forward:" + PAGE);
        registry.addRedirectViewController("/", "/graphiql");
    }
}
