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

    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }
}
