package dk.erhvervshuse.graphql.graphiql;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL served from the application itself (classpath {@code graphiql/index.html} with scripts from the
 * webjars), because Spring's stock page loads its scripts from a CDN and stays blank offline.
 * <p>
 * A developer's tool: only in the {@code dev} profile, which also turns on introspection (the page reads the
 * schema with it), the printed schema and the webjars ({@code application-dev.yml}). Without it, as in
 * production, none of them is served.
 */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
class GraphiqlPage implements WebMvcConfigurer {

    static final String PAGE = "/graphiql/index.html";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/graphiql/**").addResourceLocations("classpath:/graphiql/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:" + PAGE);
        registry.addViewController("/graphiql/").setViewName("forward:" + PAGE);
    }
}
