package dk.erhvervshuse.graphql.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

import java.util.ArrayList;
import java.util.List;

/**
 * HTTP Basic for everything that reads or writes the registry; the GraphiQL page, its scripts and the
 * health probe are open. Each user's role and house become authorities ({@code ROLE_ADVISER},
 * {@code HOUSE_FYN}) that {@link Actor} reads back for the audit metadata of every command.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryUsersProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain registrySecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/graphiql", "/graphiql/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // Every request carries its credentials; no session, so no session to ride on.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // /graphql only accepts JSON bodies (a cross-site form cannot send one without a CORS preflight,
                // which is not granted), and no cookie authenticates: a CSRF token would protect nothing.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/graphql", "/graphql/**"))
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
