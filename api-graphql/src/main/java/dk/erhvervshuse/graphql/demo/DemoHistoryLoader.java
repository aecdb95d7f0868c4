package dk.erhvervshuse.graphql.demo;

import dk.erhvervshuse.command.api.CommandRejected;
import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.command.history.HistoryGenerator;
import dk.erhvervshuse.command.history.HistoryOptions;
import dk.erhvervshuse.command.history.ScriptedCommand;
import dk.erhvervshuse.events.common.AppliedCommand;
import dk.erhvervshuse.events.common.AppliedCommands;
import dk.erhvervshuse.graphql.common.BusinessCalendar;
import dk.erhvervshuse.graphql.demo.DemoProgress.State;
import dk.erhvervshuse.graphql.errors.Failures;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Loads a demo history into the registry through the real command path: the command side's seeded generator
 * ({@link HistoryGenerator}) gives the commands the houses' advisers and managers, the chairs and the Business
 * Authority would have sent, and each is sent in order on the command gateway with its sender's audit metadata
 * (user, role, house, reason: §10.2), so the log, the 20-hour policy and every projection see what they would see
 * from the API. The dashboards fill in live, year by year, while it loads.
 * <p>
 * Each command goes under its own deterministic id ({@link #commandId}); the log records it with the command's
 * events, so a restart on the same data goes on where the last run stopped: the commands the log already holds are
 * answered from it and never applied twice. Demo data is never mixed into a registry holding anything else: a log
 * that is not empty and does not hold this demo's first command is left alone, with one warning.
 * <p>
 * It runs on a thread of its own once the application is ready, so it holds up neither start-up nor the health
 * probes, and a shutdown stops it between two commands. Events are recorded at the time they are loaded; the
 * history's own dates are the business dates the commands carry.
 */
@Component
@ConditionalOnProperty(prefix = "registry.demo", name = "enabled", havingValue = "true")
public class DemoHistoryLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoHistoryLoader.class);

    /** How often progress is logged. */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    /**
     * The processing group of the command side's 20-hour policy (§5.1): it counts each meeting into the company's
     * hours ledger after the meeting is recorded, and the ledger raises the requirement that management's decision
     * answers. In the history the decision comes days after the meeting; loaded in seconds, it must wait for the
     * policy to have counted every meeting before it.
     */
    static final String TWENTY_HOUR_POLICY = "twenty-hour-policy";

    /** How long a management decision waits for the 20-hour policy before it is sent anyway. */
    static final Duration POLICY_PATIENCE = Duration.ofSeconds(60);

    /** Failures of the log itself (not refusals) in a row after which the load gives up until a restart. */
    static final int MAX_FAILURES_IN_A_ROW = 20;

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(20);

    private final DemoProperties properties;
    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final AppliedCommands appliedCommands;
    private final ObjectProvider<Configuration> axon;
    private final BusinessCalendar calendar;

    private volatile DemoProgress progress = DemoProgress.waiting();
    private volatile HistoryOptions options;
    private volatile boolean stopping;
    private volatile boolean running;
    private volatile Thread worker;

    public DemoHistoryLoader(DemoProperties properties, CommandGateway gateway, EventStore eventStore,
                             AppliedCommands appliedCommands, ObjectProvider<Configuration> axon,
                             BusinessCalendar calendar) {
        this.properties = properties;
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.appliedCommands = appliedCommands;
        this.axon = axon;
        this.calendar = calendar;
    }

    /** Whether every command of the script has been dealt with: applied now, found in the log, or refused. */
    public boolean isDone() {
        return progress.state() == State.DONE;
    }

    public DemoProgress progress() {
        return progress;
    }

    /** The history being loaded, with its {@code until} resolved; empty until the log has been checked. */
    public Optional<HistoryOptions> options() {
        return Optional.ofNullable(options);
    }

    /**
     * The id the script's command at {@code index} (from 0) is sent under: the same on every run of the same
     * demo, and different for another seed, volume or span of years, e.g. {@code demo-2024-5000-2024-2026-17}.
     */
    public static String commandId(long seed, int companiesPerYear, int fromYear, int toYear, long index) {
        return "demo-" + seed + "-" + companiesPerYear + "-" + fromYear + "-" + toYear + "-" + index;
    }

    private String commandId(long index) {
        return commandId(properties.seed(), properties.companiesPerYear(), properties.fromYear(),
                properties.toYear(), index);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenReady() {
        synchronized (this) {
            if (stopping || worker != null) {
                return;
            }
            Thread thread = new Thread(this::load, "demo-history");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
        }
    }

    // ---- lifecycle: stopped first on shutdown, before the command side and the log it sends to

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (this) {
            stopping = true;
            thread = worker;
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(SHUTDOWN_PATIENCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    // ---- the load

    private void load() {
        try {
            HistoryOptions options = prepare();
            if (options != null) {
                send(options);
            }
        } catch (RuntimeException failure) {
            progress = progress.withState(State.FAILED, failure.toString());
            log.warn("Demo history stopped after {} commands: {}; a restart goes on from there",
                    progress.commandsDone(), failure.toString());
        }
    }

    /** The script's options, or null when the load is refused (and why is logged). */
    private HistoryOptions prepare() {
        progress = progress.withState(State.PREPARING, null);
        String firstId = commandId(0);
        Optional<AppliedCommand> first = appliedCommands.find(firstId);
        if (first.isEmpty()) {
            TrackingToken head = eventStore.createHeadToken();
            if (head != null) {
                return refuse("the registry already holds other data (its log reaches position "
                        + head.position().orElse(0) + ") and not this demo's first command (" + firstId
                        + "); demo data is loaded only into an empty registry. Start with an empty data directory "
                        + "(registry.mongo.data-directory) or without the demo profile");
            }
        }
        LocalDate today = calendar.today();
        LocalDate until = properties.until() != null ? properties.until()
                : first.map(AppliedCommand::recordedAt).map(at -> LocalDate.ofInstant(at, BusinessCalendar.COPENHAGEN))
                .filter(began -> !began.isAfter(today)).orElse(today);
        if (until.isAfter(today)) {
            return refuse("registry.demo.until " + until + " is after today, " + today
                    + ": the command side refuses what has not happened yet");
        }
        HistoryOptions options = new HistoryOptions(properties.seed(), properties.fromYear(), properties.toYear(),
                properties.companiesPerYear(), until);
        this.options = options;
        log.info("Demo history: counting the script of seed {}, {} companies a year {}–{}, until {}",
                options.seed(), options.companiesPerYear(), options.fromYear(), options.toYear(), options.until());
        long total = 0;
        Iterator<ScriptedCommand> script = HistoryGenerator.iterator(options);
        while (script.hasNext() && !stopping) {
            script.next();
            total++;
        }
        if (stopping) {
            progress = progress.withState(State.STOPPED, null);
            return null;
        }
        progress = new DemoProgress(State.LOADING, 0, total, 0, 0, 0, null, 0, null, null);
        log.info("Demo history: {} commands to load{}", String.format("%,d", total),
                first.isPresent() ? ", going on from an earlier run" : "");
        return options;
    }

    private HistoryOptions refuse(String why) {
        progress = progress.withState(State.REFUSED, why);
        log.warn("Demo history not loaded: {}", why);
        return null;
    }

    private void send(HistoryOptions options) {
        Run run = new Run(progress.commandsTotal());
        Iterator<ScriptedCommand> script = HistoryGenerator.iterator(options);
        long index = 0;
        boolean catchingUp = true;
        while (script.hasNext() && !stopping) {
            ScriptedCommand scripted = script.next();
            String id = commandId(index++);
            run.recordedUpTo = scripted.businessDate();
            // An earlier run applied the script's first commands (all but any it had refused): a key look-up each
            // skips them. From the first the log lacks, every command is sent; the log answers any it still holds.
            if (catchingUp && appliedCommands.find(id).isPresent()) {
                run.alreadyApplied++;
            } else {
                if (catchingUp) {
                    catchingUp = false;
                    run.sendingFrom = System.nanoTime();
                }
                if (scripted.command() instanceof RecordManagementDecision) {
                    awaitTwentyHourPolicy();
                }
                if (!sendOne(scripted, id, run)) {
                    break;
                }
            }
            run.publish(State.LOADING);
        }
        if (stopping && script.hasNext()) {
            run.publish(State.STOPPED);
            log.info("Demo history stopped by shutdown after {} of {} commands; a restart goes on from there",
                    String.format("%,d", run.done()), String.format("%,d", run.total));
            return;
        }
        if (progress.state() == State.FAILED) {
            return;
        }
        run.publish(State.DONE);
        DemoProgress done = progress;
        log.info("Demo history loaded: {} commands ({} applied now, {} already in the log, {} refused) in {}, "
                        + "{} commands/s; seed {}, {} companies a year {}–{}, until {}",
                String.format("%,d", done.commandsDone()), String.format("%,d", done.appliedNow()),
                String.format("%,d", done.alreadyApplied()), String.format("%,d", done.refused()),
                readable(Duration.ofNanos(System.nanoTime() - run.startedAt)),
                String.format("%,.0f", done.commandsPerSecond()), options.seed(), options.companiesPerYear(),
                options.fromYear(), options.toYear(), options.until());
    }

    /** Sends one command under its id; false when the log keeps failing and the load gives up. */
    private boolean sendOne(ScriptedCommand scripted, String id, Run run) {
        Object command = scripted.command();
        CommandMessage<?> message = new GenericCommandMessage<>(
                new GenericMessage<>(id, command, scripted.metaData()), command.getClass().getName());
        try {
            Object answer = gateway.sendAndWait(message);
            if (answer instanceof AppliedCommand) {
                run.alreadyApplied++;
            } else {
                run.appliedNow++;
            }
            run.failuresInARow = 0;
            return true;
        } catch (RuntimeException failure) {
            Throwable cause = Failures.unwrap(failure);
            run.refused++;
            if (cause instanceof CommandRejected rejected) {
                run.failuresInARow = 0;
                log.warn("Demo command {} ({} by {}, {}) refused by rule {}{}: {}; going on", id,
                        command.getClass().getSimpleName(), scripted.userId(), scripted.businessDate(),
                        rejected.rule(), rejected.field() == null ? "" : " on " + rejected.field(),
                        rejected.getMessage());
                return true;
            }
            if (cause instanceof AggregateNotFoundException || cause instanceof AggregateStreamCreationException
                    || cause instanceof ConcurrencyException) {
                run.failuresInARow = 0;
                log.warn("Demo command {} ({} by {}, {}) refused: {}; going on", id,
                        command.getClass().getSimpleName(), scripted.userId(), scripted.businessDate(),
                        cause.toString());
                return true;
            }
            run.failuresInARow++;
            log.warn("Demo command {} ({}) failed: {}", id, command.getClass().getSimpleName(), cause.toString());
            if (run.failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                run.publish(State.FAILED);
                progress = progress.withState(State.FAILED, cause.toString());
                log.warn("Demo history stopped after {} failures in a row; a restart goes on from command {}",
                        run.failuresInARow, id);
                return false;
            }
            return true;
        }
    }

    /**
     * Waits until the 20-hour policy has handled everything the log holds now, so that every requirement a meeting
     * raised exists before management's decision on it is sent. Gives up after {@link #POLICY_PATIENCE} (the decision
     * is then sent anyway, and refused if its requirement is still missing).
     */
    private void awaitTwentyHourPolicy() {
        Configuration configuration = axon.getIfAvailable();
        Optional<StreamingEventProcessor> policy = configuration == null ? Optional.empty()
                : configuration.eventProcessingConfiguration().eventProcessor(TWENTY_HOUR_POLICY,
                StreamingEventProcessor.class);
        TrackingToken head = eventStore.createHeadToken();
        if (policy.isEmpty() || head == null) {
            return;
        }
        long target = head.position().orElse(0);
        long deadline = System.nanoTime() + POLICY_PATIENCE.toNanos();
        while (!stopping && !reached(policy.get(), target)) {
            if (System.nanoTime() > deadline) {
                log.warn("Demo history: the 20-hour policy has not reached log position {} after {}; sending the "
                        + "next management decision anyway", target, readable(POLICY_PATIENCE));
                return;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private static boolean reached(StreamingEventProcessor processor, long position) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= position);
    }

    static String readable(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    /** The counts of one run of the loader, published as {@link DemoProgress} and logged every few seconds. */
    private final class Run {
        final long total;
        final long startedAt = System.nanoTime();
        /** When the first command was sent: the rate leaves out the look-ups that skip what the log holds. */
        long sendingFrom = startedAt;
        long lastLogged = startedAt;
        long appliedNow;
        long alreadyApplied;
        long refused;
        int failuresInARow;
        LocalDate recordedUpTo;

        Run(long total) {
            this.total = total;
        }

        long done() {
            return appliedNow + alreadyApplied + refused;
        }

        void publish(State state) {
            long now = System.nanoTime();
            double seconds = (now - sendingFrom) / 1e9;
            long sent = appliedNow + refused;
            double rate = seconds > 0 ? sent / seconds : 0;
            Long left = rate > 0 ? Math.round((total - done()) / rate) : null;
            progress = new DemoProgress(state, done(), total, appliedNow, alreadyApplied, refused, recordedUpTo,
                    rate, left, null);
            if (state == State.LOADING && now - lastLogged >= PROGRESS_INTERVAL.toNanos()) {
                lastLogged = now;
                if (sent == 0 && alreadyApplied > 0) {
                    log.info("Demo history: {} of {} commands found in the log, looking for where the last run stopped",
                            String.format("%,d", alreadyApplied), String.format("%,d", total));
                    return;
                }
                log.info("Demo history: {} of {} commands ({}), business dates up to {}, {} commands/s, {}",
                        String.format("%,d", done()), String.format("%,d", total),
                        String.format("%.1f %%", total == 0 ? 100.0 : 100.0 * done() / total), recordedUpTo,
                        String.format("%,.0f", rate), left == null ? "time left unknown"
                                : "about " + readable(Duration.ofSeconds(left)) + " left");
            }
        }
    }
}
