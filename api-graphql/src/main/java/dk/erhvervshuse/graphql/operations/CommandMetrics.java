package dk.erhvervshuse.graphql.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Times every command the API sends, by its type and how it ended: {@code registry.commands{command, outcome}},
 * which Prometheus shows as {@code registry_commands_seconds_count} (how many) and {@code _sum} (how long). The
 * command types are the command API's records, so the tags stay few.
 */
@Component
public class CommandMetrics {

    public static final String COMMANDS = "registry.commands";

    private final MeterRegistry meters;

    public CommandMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public Timer.Sample start() {
        return Timer.start(meters);
    }

    public void record(Timer.Sample sample, Object command, CommandOutcome outcome) {
        sample.stop(Timer.builder(COMMANDS)
                .description("Commands sent through the API, by command type and outcome")
                .tag("command", command.getClass().getSimpleName())
                .tag("outcome", outcome.tag())
                .register(meters));
    }
}
