package dk.erhvervshuse.graphql;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The business houses' registry: records specialised guidance as events and answers GraphQL. The
 * event log, command side and projections arrive through their modules' auto-configuration; this
 * module holds only the API.
 */
@SpringBootApplication
public class RegistryApplication {

    /** Axon's update checker calls its vendor's server, which is unreachable where the registry runs. */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        disableUpdateCheckerUnlessConfigured();
        SpringApplication.run(RegistryApplication.class, args);
    }

    static void disableUpdateCheckerUnlessConfigured() {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
    }
}
