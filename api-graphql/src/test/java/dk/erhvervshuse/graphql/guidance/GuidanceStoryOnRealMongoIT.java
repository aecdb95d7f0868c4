package dk.erhvervshuse.graphql.guidance;

import dk.erhvervshuse.events.store.testing.MongoContainer;
import dk.erhvervshuse.events.store.testing.TestMongo;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same story against a real MongoDB replica set, the production store, with nothing embedded
 * started; skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class GuidanceStoryOnRealMongoIT extends GuidanceStoryTest {

    @DynamicPropertySource
    static void realMongo(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.uri", MongoContainer::connectionString);
        registry.add("registry.mongo.database", TestMongo::freshDatabaseName);
    }
}
