package dk.erhvervshuse.ops.history;

import dk.erhvervshuse.events.store.serialization.EventSerialization;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same options give the same log byte for byte; a long history streams through without being held. */
class RealisticHistoryStreamTest {

    private static final Serializer SERIALIZER = EventSerialization.jacksonSerializer();
    private static final int EVENTS = 10_000;

    @Test
    void theSameSeedGivesTheSameEventsByteForByteInTheSameOrder() {
        RealisticHistory.Options options = RealisticHistory.Options.defaults();

        String first = digestOfTheFirstEvents(options);

        assertThat(digestOfTheFirstEvents(options)).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherHistory() {
        RealisticHistory.Options options = RealisticHistory.Options.defaults();

        assertThat(digestOfTheFirstEvents(options.withSeed(43))).isNotEqualTo(digestOfTheFirstEvents(options));
    }

    /** Ids are derived from the seed, not drawn: unique, and different for another seed. */
    @Test
    void eventIdsAreNameBasedAndUnique() {
        RealisticHistory history = new RealisticHistory(RealisticHistory.Options.defaults());
        RealisticHistory otherSeed = new RealisticHistory(RealisticHistory.Options.defaults().withSeed(43));
        Set<String> ids = new HashSet<>();
        history.generateUntil(2_000, commit -> commit.forEach(event -> {
            assertThat(UUID.fromString(event.getIdentifier()).version()).isEqualTo(3);
            assertThat(ids.add(event.getIdentifier())).as("unique id %s", event.getIdentifier()).isTrue();
        }));
        otherSeed.generateUntil(2_000, commit -> commit.forEach(event ->
                assertThat(ids).doesNotContain(event.getIdentifier())));
    }

    /**
     * A benchmark's million events pass through the generator one commit at a time: 300,000 here, counted as
     * they go by and dropped. Whatever the generator holds, it is not the history.
     */
    @Test
    void threeHundredThousandEventsStreamThroughWithoutBeingKept() {
        RealisticHistory history = new RealisticHistory(RealisticHistory.Options.defaults());
        AtomicLong commits = new AtomicLong();
        AtomicLong events = new AtomicLong();

        long generated = history.generateUntil(300_000, commit -> {
            commits.incrementAndGet();
            events.addAndGet(commit.size());
        });

        assertThat(generated).isEqualTo(events.get()).isEqualTo(history.events()).isBetween(300_000L, 300_100L);
        assertThat(commits.get()).isEqualTo(history.commits());
        assertThat(history.lastRecordedAt()).isAfter(Instant.parse("2025-06-01T00:00:00Z"));
    }

    @Test
    void aHistoryWithALastYearEnds() {
        RealisticHistory history = new RealisticHistory(RealisticHistory.Options.defaults()
                .withCompaniesPerYear(60, 5).throughYear(2024));

        history.generateUntil(Long.MAX_VALUE, commit -> {
        });

        assertThat(history.hasNext()).isFalse();
        assertThat(history.events()).isBetween(300L, 1_500L);
        assertThatThrownBy(history::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void refusesGuidanceBeforeTheAgreementAndMoreEntrepreneursThanCompanies() {
        RealisticHistory.Options options = RealisticHistory.Options.defaults();

        assertThatThrownBy(() -> new RealisticHistory.Options(1, 2023, 2024, 100, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withCompaniesPerYear(100, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.throughYear(2023)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String digestOfTheFirstEvents(RealisticHistory.Options options) {
        MessageDigest sha = sha256();
        new RealisticHistory(options).generateUntil(EVENTS, commit -> commit.forEach(event -> {
            update(sha, event.getIdentifier(), event.getTimestamp().toString(), event.getType(),
                    event.getAggregateIdentifier(), Long.toString(event.getSequenceNumber()),
                    SERIALIZER.serialize(event.getPayload(), String.class).getData(),
                    SERIALIZER.serialize(event.getMetaData(), String.class).getData());
        }));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String... fields) {
        for (String field : fields) {
            sha.update(field.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
