package dk.erhvervshuse.events.store;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.testing.MongoContainer;
import dk.erhvervshuse.events.store.testing.TestMongo;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same contract on a real MongoDB replica set; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class EventLogOnRealMongoIT extends EventLogContract {
    @Override
    protected MongoDatabase newDatabase() {
        return MongoContainer.client().getDatabase(TestMongo.freshDatabaseName());
    }
}
