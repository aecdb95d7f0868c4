package dk.erhvervshuse.graphql.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.util.StringUtils;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * How users sign in. Two ways, never both at once:
 * <ul>
 *     <li><b>Bearer tokens</b> (production), when an issuer is configured
 *     ({@value #ISSUER_PROPERTY}, environment {@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI}): every
 *     request carries a JWT from the OIDC provider, checked against the issuer's keys (or those at
 *     {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}); its claims name the user, the role and the
 *     house ({@link RegistryJwtProperties}). The demo users are then switched off.</li>
 *     <li><b>HTTP Basic</b> with the configured users ({@code registry.security.users}, the documented demo users
 *     of the embedded default) when no issuer is configured.</li>
 * </ul>
 * Either way the user's role and house become authorities ({@code ROLE_ADVISER}, {@code HOUSE_FYN}) that
 * {@link Actor} reads back for the access policy and the audit metadata of every command. The dashboard page's
 * files ({@code /dashboard/}, which signs in through {@code /graphql} itself), the GraphiQL page (served in the
 * {@code dev} profile only), its scripts and the liveness and readiness probes need no sign-in.
 * The log's export ({@code /audit/**}) is for supervision's roles only ({@link SupervisionAccess}); everything
 * else under {@code /actuator} (health details, metrics, Prometheus' page) for the registry's operators
 * ({@link OperatorAccess}), what an instance projects ({@value #PROCESSING_ENDPOINT}) for
 * the ADMINISTRATOR role only, except Prometheus' page on a separate management port, which only the monitoring
 * network reaches ({@link #isScrapeOnManagementPort}).
 * <p>
 * Subscriptions run over WebSocket at {@value #WEBSOCKET_PATH}. Its handshake is an HTTP request like any
 * other and needs the same credentials; Spring for GraphQL keeps the handshake's security context for the
 * messages of the connection. A browser's WebSocket API cannot set an Authorization header, but it does send
 * credentials it has cached for the site, also when another site opens the socket: so a handshake whose
 * {@code Origin} is another site is refused (clients outside a browser send no Origin, or their own).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RegistryUsersProperties.class, RegistryJwtProperties.class})
class SecurityConfiguration {

    static final String WEBSOCKET_PATH = "/graphql-ws";
    /** What this instance projects, for the registry's operators only. */
    static final String PROCESSING_ENDPOINT = "/actuator/processing";
    static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    /** The probes, open to anyone (an orchestrator has no user): UP or not, and no details without an operator's login. */
    static final String[] PROBES = {"/actuator/health/liveness", "/actuator/health/readiness", "/livez", "/readyz"};
    static final String PROMETHEUS = "/actuator/prometheus";
    static final String MANAGEMENT_PORT_PROPERTY = "local.management.port";
    static final String SERVER_PORT_PROPERTY = "local.server.port";
    static final String DASHBOARD_PAGE = "/dashboard";
    /** Scripts, styles and requests of the dashboard page's own origin only; no inline script, no frames. */
    static final String DASHBOARD_CONTENT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** Production: bearer tokens from the OIDC provider; switched on by configuring its issuer. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(IssuerConfigured.class)
    static class BearerTokens {

        @Bean
        SecurityFilterChain registrySecurity(HttpSecurity http, RegistryJwtProperties claims, Environment environment)
                throws Exception {
            return common(http, environment)
                    .oauth2ResourceServer(resourceServer -> resourceServer
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(new RegistryJwtConverter(claims))))
                    .build();
        }
    }

    /** The embedded default: HTTP Basic with the configured (demo) users. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(NoIssuerConfigured.class)
    static class ConfiguredUsers {

        @Bean
        SecurityFilterChain registrySecurity(HttpSecurity http, Environment environment) throws Exception {
            return common(http, environment)
                    .httpBasic(Customizer.withDefaults())
                    .build();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        UserDetailsService registryUsers(RegistryUsersProperties properties) {
            List<UserDetails> users = new ArrayList<>();
            for (RegistryUsersProperties.User user : properties.users()) {
                user.check();
                List<String> authorities = new ArrayList<>();
                authorities.add(Actor.ROLE_PREFIX + user.role().name());
                if (user.house() != null) {
                    authorities.add(Actor.HOUSE_PREFIX + user.house().name());
                }
                users.add(User.withUsername(user.username())
                        .password(user.password())
                        .authorities(authorities.toArray(String[]::new))
                        .build());
            }
            return new InMemoryUserDetailsManager(users);
        }
    }

    private static HttpSecurity common(HttpSecurity http, Environment environment) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/graphiql", "/graphiql/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PROBES).permitAll()
                        // The dashboard page's own files; the data it shows it reads through /graphql as the user.
                        .requestMatchers(HttpMethod.GET, DASHBOARD_PAGE, DASHBOARD_PAGE + "/**").permitAll()
                        .requestMatchers(request -> isScrapeOnManagementPort(request, environment)).permitAll()
                        .requestMatchers(PROCESSING_ENDPOINT).hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/actuator", "/actuator/**").hasAnyRole(OperatorAccess.roleNames())
                        .requestMatchers(SecurityConfiguration::isCrossSiteHandshake).denyAll()
                        .requestMatchers("/audit/**").hasAnyRole(SupervisionAccess.roleNames())
                        .anyRequest().authenticated())
                // The page loads nothing but its own files and talks to nothing but this server.
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        request -> request.getRequestURI().startsWith(DASHBOARD_PAGE),
                        new StaticHeadersWriter("Content-Security-Policy", DASHBOARD_CONTENT_POLICY))))
                // Every request carries its credentials; no session, so no session to ride on.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // /graphql only accepts JSON bodies (a cross-site form cannot send one without a CORS preflight,
                // which is not granted), and no cookie authenticates: a CSRF token would protect nothing.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/graphql", "/graphql/**"));
    }

    /**
     * A scrape of {@value #PROMETHEUS} that reached the separate management port ({@code management.server.port},
     * whose actual port Spring Boot publishes as {@value #MANAGEMENT_PORT_PROPERTY} once it listens). That port is for
     * the monitoring network only, so there the scraper needs no credentials; on the application's own port, or when
     * no management port is set, it needs an operator's.
     */
    static boolean isScrapeOnManagementPort(HttpServletRequest request, Environment environment) {
        Integer managementPort = environment.getProperty(MANAGEMENT_PORT_PROPERTY, Integer.class);
        Integer serverPort = environment.getProperty(SERVER_PORT_PROPERTY, Integer.class);
        // Without a management port of its own, Spring Boot makes the management port an alias of the server's.
        boolean separate = managementPort != null && managementPort > 0 && !managementPort.equals(serverPort);
        return separate && request.getLocalPort() == managementPort && PROMETHEUS.equals(request.getRequestURI());
    }

    /** A request to the WebSocket endpoint whose Origin header names another site than the one it reached. */
    static boolean isCrossSiteHandshake(HttpServletRequest request) {
        if (!WEBSOCKET_PATH.equals(request.getRequestURI())) {
            return false;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            URI from = URI.create(origin.trim());
            String host = request.getServerName();
            int port = request.getServerPort();
            int originPort = from.getPort() != -1 ? from.getPort()
                    : "https".equalsIgnoreCase(from.getScheme()) || "wss".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
            return from.getHost() == null || !from.getHost().equalsIgnoreCase(host) || originPort != port;
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    static final class IssuerConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(ISSUER_PROPERTY));
        }
    }

    static final class NoIssuerConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new IssuerConfigured().matches(context, metadata);
        }
    }
}
