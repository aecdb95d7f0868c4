package dk.erhvervshuse.events.store;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.store.testing.TestMongo;

/** The event log's contract on the embedded server that development, demos and CI run on. */
class EventLogOnEmbeddedMongoTest extends EventLogContract {
    @Override
    protected MongoDatabase newDatabase() {
        return TestMongo.freshDatabase();
    }
}
