package dk.erhvervshuse.events.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.erhvervshuse.events.store.mongo.EmbeddedMongoServer;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dk.erhvervshuse.events.store.EventLogContract.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data in a directory: a restart must see the same log and continue its chain. */
class EventLogRestartTest {

    @TempDir
    Path dataDirectory;

    private static CommitLogStorageEngine engineOn(MongoClient client) {
        var serializer = EventSerialization.jacksonSerializer();
        return CommitLogStorageEngine.builder()
                .database(client.getDatabase("registry"))
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    @Test
    void aRestartOnTheSameDataDirectorySeesTheSameLogAndContinuesTheChain() {
        List<String> eventIdsBefore;
        String headHashBefore;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(dataDirectory);
             MongoClient client = MongoClients.create(server.connectionString())) {
            CommitLogStorageEngine engine = engineOn(client);
            for (int i = 0; i < 100; i++) {
                engine.appendEvents(event("case-" + i, 0), event("case-" + i, 1));
            }
            eventIdsBefore = engine.readEvents(null, false).map(TrackedEventMessage::getIdentifier).toList();
            headHashBefore = engine.headHash();
            server.flush();
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(dataDirectory);
             MongoClient client = MongoClients.create(server.connectionString())) {
            CommitLogStorageEngine engine = engineOn(client);
            assertThat(engine.headPosition()).isEqualTo(200);
            assertThat(engine.headHash()).isEqualTo(headHashBefore);
            assertThat(engine.readEvents(null, false).map(TrackedEventMessage::getIdentifier)
                    .collect(Collectors.toList())).isEqualTo(eventIdsBefore);

            engine.appendEvents(event("case-after-restart", 0));

            List<StoredCommit> commits = new ArrayList<>();
            engine.forEachCommit(1, Long.MAX_VALUE, commits::add);
            StoredCommit last = commits.get(commits.size() - 1);
            assertThat(last.position()).isEqualTo(201);
            assertThat(last.previousHash()).isEqualTo(headHashBefore);
            String previous = CommitHash.GENESIS;
            for (StoredCommit commit : commits) {
                assertThat(CommitHash.recompute(commit, previous)).isEqualTo(commit.hash());
                previous = commit.hash();
            }
        }
    }
}
