package dk.erhvervshuse.graphql.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard page (målopfyldelse at a glance): plain HTML, CSS and JavaScript modules from the classpath
 * ({@code static/dashboard/}), served at {@code /dashboard/} in every profile, with the server's root redirecting
 * to it. The page holds no data: it reads everything through {@code POST /graphql} with the user's own
 * credentials, so its files need no sign-in while every number stays behind the access policy
 * ({@code SecurityConfiguration} opens exactly these paths to anonymous GET requests).
 * <p>
 * Only these files are served: the application's other static resources stay off outside the {@code dev} profile
 * ({@code spring.web.resources.add-mappings}).
 */
@Configuration(proxyBeanMethods = false)
class DashboardPage implements WebMvcConfigurer {

    static final String PATH = "/dashboard/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**").addResourceLocations("classpath:/static" + PATH);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", PATH);
        registry.addRedirectViewController("/dashboard", PATH);
        registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
    }
}
