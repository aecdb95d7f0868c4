package dk.erhvervshuse.events.store.testing;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small log recorded over several Danish days, written through the storage engine as the registry writes
 * it: commits of one to three events, each day's commits in the working hours of Europe/Copenhagen.
 */
public final class SampleLog {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Serializer SERIALIZER = EventSerialization.jacksonSerializer();
    /** Events per commit, in turn: single commits and multi-event commits side by side. */
    private static final int[] COMMIT_SIZES = {1, 1, 2, 1, 3, 1, 1, 2};

    private final MongoDatabase database;
    private final CommitLogStorageEngine engine;
    private int commitsWritten;

    private SampleLog(MongoDatabase database) {
        this.database = database;
        this.engine = CommitLogStorageEngine.builder()
                .database(database)
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)
                .batchSize(100)
                .build();
    }

    /** A log of {@code commitsPerDay} commits on each of {@code days} days from {@code firstDay}, in a fresh database. */
    public static SampleLog recorded(LocalDate firstDay, int days, int commitsPerDay) {
        SampleLog log = new SampleLog(TestMongo.freshDatabase());
        for (int day = 0; day < days; day++) {
            for (int i = 0; i < commitsPerDay; i++) {
                log.append(firstDay.plusDays(day).atTime(LocalTime.of(9, 0).plusMinutes(10L * i))
                        .atZone(COPENHAGEN).toInstant());
            }
        }
        log.engine.flushHeadHint();
        return log;
    }

    /** Appends one commit recorded at {@code at}, through the engine. */
    public void append(Instant at) {
        int size = COMMIT_SIZES[commitsWritten % COMMIT_SIZES.length];
        String caseId = "case-" + commitsWritten++;
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int s = 0; s < size; s++) {
            events.add(new GenericDomainEventMessage<>("GuidanceCase", caseId, s,
                    new GuidanceCaseClosed(caseId, House.FYN, new Cvr("13748136"), at.atZone(COPENHAGEN).toLocalDate()),
                    MetaData.with("userId", "adviser-1"), UUID.randomUUID().toString(), at));
        }
        engine.appendEvents(events);
    }

    public MongoDatabase database() {
        return database;
    }

    public CommitLogStorageEngine engine() {
        return engine;
    }

    /** The commits as stored now. */
    public List<StoredCommit> commits() {
        List<StoredCommit> commits = new ArrayList<>();
        engine.forEachCommit(1, Long.MAX_VALUE, commits::add);
        return commits;
    }
}
