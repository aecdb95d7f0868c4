package dk.erhvervshuse.ops.history;

import dk.erhvervshuse.command.history.HistoryGenerator;
import dk.erhvervshuse.command.history.HistoryOptions;
import dk.erhvervshuse.command.history.RecordedCommit;
import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A seeded, realistic event history of the six business houses, written straight to the log: for benchmarks
 * that need from 100,000 to millions of events, which the command side, at a few hundred commands a second,
 * cannot give. Making the events takes a minute or two per million; loading them into the embedded store takes
 * what the store takes (see {@code ops/BENCHMARKS.md}, "Loading a realistic history").
 * <p>
 * The history is the command side's generated script ({@link HistoryGenerator}) as the registry records it
 * ({@link HistoryGenerator#commits}): guidance of {@code companiesPerYear} companies a year over the six houses
 * by the goal-1 split of §8.1, {@code entrepreneursPerYear} of them under 3 years old, companies returning in a
 * later year and a few guided by two houses; cases opened, meetings in quarter hours, the odd correction and
 * withdrawal, selection for evaluation in the commit of the meeting that passes 3 hours (§9), referrals,
 * evaluations, registration corrections and closings; the 20-hour policy's counts on each company's ledger
 * ({@code HOUSE:CVR}) and management's decisions where it passes 20 hours in 12 months (§5.1); each house's
 * result contract for the agreement's years, proposed, signed by both chairs and taking effect, a third
 * amended (§8.2); and the Business Authority's awareness surveys, control-group growth and the guided companies'
 * accounts (goals 2 and 5). Every event carries the audit metadata the command path gives it: user, role, house,
 * the reason of a correction, and the correlation and trace ids of the command it answers.
 * <p>
 * <b>Order.</b> Commits come in recording time, never back: position order in the log is recording order, so
 * views "as of a recording time" see a prefix of the log. Recording times are Danish business days between
 * 08:00 and 16:00 in Copenhagen, on or after the business date they record.
 * <p>
 * <b>Length.</b> Guidance goes on year after year from {@code firstYear}, for as long as events are asked for
 * (or through {@code lastYear} when one is given): at the default 15,000 companies a year, a year is 130,000 to
 * 160,000 events (more once earlier years' accounts arrive), so 2024–2026 are about the first 400,000 and a
 * million events reach into 2030. The volume per year stays as asked; a longer history is more years, not more
 * companies. The result contracts stop with the agreement in 2027; everything else goes on.
 * <p>
 * <b>Determinism.</b> The same options give the same commits in the same order, byte for byte: event ids and
 * the commands' correlation ids are name-based UUIDs of the seed and the event's or command's number, and
 * timestamps are the script's recording times; nothing reads the wall clock or a random source.
 * <p>
 * <b>Memory.</b> Commits are made as they are asked for; what is held is the script's next year of planned
 * commands and the aggregates that can still change, not the history written, so millions of events go through
 * in the memory of one year's guidance.
 */
public final class RealisticHistory implements Iterator<List<DomainEventMessage<?>>> {

    /** Commits handed to the log in one bulk append. */
    static final int BULK_COMMITS = 2_000;

    private static final String TRACE_ID = "traceId";

    /**
     * What history to generate.
     *
     * @param seed                 the only source of variation
     * @param firstYear            the first year of guidance, 2024 (the agreement's first) or later
     * @param lastYear             the last year of guidance, or {@link #OPEN_ENDED} to go on for as long as events
     *                             are asked for
     * @param companiesPerYear     distinct companies newly guided per year, nationally
     * @param entrepreneursPerYear how many of those are entrepreneurs, under 3 years old (goal 1); the agreement's
     *                             national goal is about 1,200 a year
     */
    public record Options(long seed, int firstYear, int lastYear, int companiesPerYear, int entrepreneursPerYear) {

        /** A history with no last year: it ends only where its reader stops. */
        public static final int OPEN_ENDED = 2099;
        public static final int COMPANIES_PER_YEAR = 15_000;
        public static final int ENTREPRENEURS_PER_YEAR = 1_200;

        public Options {
            if (firstYear < HistoryOptions.EARLIEST_YEAR || lastYear < firstYear || lastYear > OPEN_ENDED) {
                throw new IllegalArgumentException("years " + firstYear + "–" + lastYear + " are not within "
                        + HistoryOptions.EARLIEST_YEAR + "–" + OPEN_ENDED);
            }
            if (companiesPerYear <= 0 || entrepreneursPerYear < 0 || entrepreneursPerYear > companiesPerYear) {
                throw new IllegalArgumentException(entrepreneursPerYear + " entrepreneurs of " + companiesPerYear
                        + " companies a year");
            }
        }

        /**
         * Seed 42 from 2024, open-ended, 15,000 companies a year of which 1,200 entrepreneurs: the goal-1 count,
         * split over the houses as the goal is.
         */
        public static Options defaults() {
            return new Options(42, HistoryOptions.EARLIEST_YEAR, OPEN_ENDED, COMPANIES_PER_YEAR,
                    ENTREPRENEURS_PER_YEAR);
        }

        public Options withSeed(long newSeed) {
            return new Options(newSeed, firstYear, lastYear, companiesPerYear, entrepreneursPerYear);
        }

        /** Guidance of {@code companies} a year, {@code entrepreneurs} of them under 3 years old. */
        public Options withCompaniesPerYear(int companies, int entrepreneurs) {
            return new Options(seed, firstYear, lastYear, companies, entrepreneurs);
        }

        /** Guidance through {@code year} and no later; the history ends when that year's cases have run out. */
        public Options throughYear(int year) {
            return new Options(seed, firstYear, year, companiesPerYear, entrepreneursPerYear);
        }

        HistoryOptions script() {
            // Nothing is cut at a date: a history ends where its reader stops, or where its last year runs out.
            return new HistoryOptions(seed, firstYear, lastYear, companiesPerYear,
                    LocalDate.of(OPEN_ENDED + 1, 12, 31), (double) entrepreneursPerYear / companiesPerYear);
        }
    }

    private final Options options;
    private final Iterator<RecordedCommit> commits;
    private final MessageDigest md5 = md5();
    private final String idPrefix;
    private long events;
    private long commitCount;
    private Instant lastRecordedAt;

    public RealisticHistory(Options options) {
        this.options = options;
        this.commits = HistoryGenerator.commits(options.script());
        this.idPrefix = "erhvervshuse-history:" + options.seed() + ":";
    }

    public Options options() {
        return options;
    }

    @Override
    public boolean hasNext() {
        return commits.hasNext();
    }

    /** The next commit: the events one command left on one aggregate, recorded at the same moment. */
    @Override
    public List<DomainEventMessage<?>> next() {
        if (!commits.hasNext()) {
            throw new NoSuchElementException("the history through " + options.lastYear() + " has ended");
        }
        RecordedCommit commit = commits.next();
        Map<String, Object> audit = new HashMap<>(commit.metaData());
        String commandId = id("command", commit.causeIndex());
        // The 20-hour policy's count answers the meeting's event: its own command, the meeting's trace.
        audit.put(AuditMetadata.CORRELATION_ID, commit.sentByPolicy() ? id("count", commit.causeIndex()) : commandId);
        audit.put(TRACE_ID, commandId);
        MetaData metaData = MetaData.from(audit);
        List<DomainEventMessage<?>> messages = new ArrayList<>(commit.events().size());
        long sequence = commit.firstSequenceNumber();
        for (Object payload : commit.events()) {
            messages.add(new GenericDomainEventMessage<>(commit.aggregateType(), commit.aggregateId(), sequence++,
                    payload, metaData, id("event", events++), commit.recordedAt()));
        }
        commitCount++;
        lastRecordedAt = commit.recordedAt();
        return messages;
    }

    /**
     * Hands over commits until {@code total} events have been generated in all (or the history ends), and
     * returns how many this call handed over. Nothing is kept: the consumer decides what to hold.
     */
    public long generateUntil(long total, Consumer<? super List<DomainEventMessage<?>>> consumer) {
        long before = events;
        while (events < total && hasNext()) {
            consumer.accept(next());
        }
        return events - before;
    }

    /**
     * Appends whole commits, a few thousand per bulk append, until the log holds at least {@code total} events
     * (or the history ends); returns how many events this call appended. For a log no one else writes while it
     * runs. A later call continues the same history.
     */
    public long appendUntil(CommitLogStorageEngine log, long total) {
        long head = log.headPosition();
        long appended = 0;
        List<List<DomainEventMessage<?>>> bulk = new ArrayList<>(BULK_COMMITS);
        while (head + appended < total && hasNext()) {
            List<DomainEventMessage<?>> commit = next();
            bulk.add(commit);
            appended += commit.size();
            if (bulk.size() == BULK_COMMITS) {
                log.appendInBulk(bulk);
                bulk.clear();
            }
        }
        if (!bulk.isEmpty()) {
            log.appendInBulk(bulk);
        }
        return appended;
    }

    /** Events generated so far. */
    public long events() {
        return events;
    }

    /** Commits generated so far. */
    public long commits() {
        return commitCount;
    }

    /** When the last commit generated was recorded; null before the first. */
    public Instant lastRecordedAt() {
        return lastRecordedAt;
    }

    /**
     * A name-based UUID (version 3, as {@link UUID#nameUUIDFromBytes}) of the seed, what is named and its number:
     * the same on every run. One digest is kept for them all rather than looked up for each.
     */
    private String id(String kind, long number) {
        byte[] hash = md5.digest((idPrefix + kind + ":" + number).getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x30);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        return new UUID(ByteBuffer.wrap(hash, 0, 8).getLong(), ByteBuffer.wrap(hash, 8, 8).getLong()).toString();
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
