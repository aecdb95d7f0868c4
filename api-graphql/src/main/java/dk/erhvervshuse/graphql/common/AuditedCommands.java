package dk.erhvervshuse.graphql.common;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.events.common.AppliedCommand;
import dk.erhvervshuse.events.common.AppliedCommands;
import org.axonframework.messaging.GenericMessage;
import org.springframework.beans.factory.ObjectProvider;
import java.time.Instant;
import java.util.Optional;

import dk.erhvervshuse.command.api.CommandRejected;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.graphql.errors.Failures;
import dk.erhvervshuse.graphql.security.Actor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import dk.erhvervshuse.graphql.operations.CommandMetrics;
import dk.erhvervshuse.graphql.operations.CommandOutcome;
import io.micrometer.core.instrument.Timer;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends commands with who issued them (agreement §10.2: supervision must see who registered what): user
 * id, role, house (absent for national roles) and, for corrections and withdrawals, the reason. The
 * correlation data providers of {@code AuditMetadataConfiguration} copy these onto every event the
 * command causes, and Axon adds the command's id as correlationId.
 * <p>
 * A client may name the command itself ({@code commandId}): then a retry of it, after an answer that never
 * arrived, is answered with the first attempt's result ({@link Acknowledgement#alreadyApplied()}) and nothing
 * is written twice. The command side answers retries from the log; a duplicate racing its original is refused
 * by the log itself, and is answered here from the log too.
 */
@Component
public class AuditedCommands {

    /** Longest command id a client may give: a UUID fits many times over. */
    static final int MAX_COMMAND_ID_LENGTH = 100;

    private final CommandGateway gateway;
    private final BusinessCalendar calendar;
    private final AppliedCommands appliedCommands;
    private final CommandMetrics metrics;

    public AuditedCommands(CommandGateway gateway, BusinessCalendar calendar,
                           ObjectProvider<AppliedCommands> appliedCommands, CommandMetrics metrics) {
        this.gateway = gateway;
        this.calendar = calendar;
        this.appliedCommands = appliedCommands.getIfAvailable(() -> commandId -> Optional.empty());
        this.metrics = metrics;
    }

    public Acknowledgement send(Object command, Actor actor, CommandTarget target) {
        return send(command, actor, null, target);
    }

    /** @param reason why a correction or withdrawal is made; null for other commands */
    public Acknowledgement send(Object command, Actor actor, String reason, CommandTarget target) {
        return sendForAnswer(command, actor, reason, target, null).acknowledgement();
    }

    /**
     * @param commandId the client's own id for the command, so that a retry (the same id) is answered with the first
     *                  attempt's result and applied once; null: a new id, and a retry is a new command
     */
    public Acknowledgement send(Object command, Actor actor, String reason, CommandTarget target, String commandId) {
        return sendForAnswer(command, actor, reason, target, commandId).acknowledgement();
    }

    /** As {@link #send}, keeping what the command's handler answered (the number it gave a seal, say). */
    public Answered sendForAnswer(Object command, Actor actor, String reason, CommandTarget target) {
        return sendForAnswer(command, actor, reason, target, null);
    }

    /** Sends the command, timing it by its type and how it ended ({@link CommandMetrics}). */
    private Answered sendForAnswer(Object command, Actor actor, String reason, CommandTarget target,
                                   String commandId) {
        Timer.Sample sample = metrics.start();
        try {
            Answered answered = dispatch(command, actor, reason, target, commandId);
            metrics.record(sample, command, answered.acknowledgement().alreadyApplied()
                    ? CommandOutcome.ALREADY_APPLIED : CommandOutcome.ACCEPTED);
            return answered;
        } catch (RuntimeException refusedOrFailed) {
            metrics.record(sample, command, CommandOutcome.of(refusedOrFailed));
            throw refusedOrFailed;
        }
    }

    private Answered dispatch(Object command, Actor actor, String reason, CommandTarget target, String commandId) {
        CommandMessage<?> message = message(command, metaData(actor, reason), commandId);
        Object answer;
        try {
            answer = gateway.sendAndWait(message);
        } catch (RuntimeException e) {
            // A duplicate that raced its original past every check is refused by the log; it still gets the answer.
            Optional<AppliedCommand> applied = commandId == null ? Optional.empty() : appliedCommands.find(commandId);
            if (applied.isPresent()) {
                return new Answered(alreadyApplied(applied.get()), null);
            }
            throw inWordsOf(target, e);
        }
        if (answer instanceof AppliedCommand applied) {
            return new Answered(alreadyApplied(applied), null);
        }
        // A command the client named is answered with its commit's time, so that its retries get the very same answer.
        Instant acceptedAt = commandId == null ? null : appliedCommands.find(commandId)
                .map(AppliedCommand::recordedAt).orElse(null);
        return new Answered(new Acknowledgement(message.getIdentifier(),
                acceptedAt != null ? acceptedAt : calendar.now(), false), answer);
    }

    /** An accepted command and its handler's answer (null when it answers nothing, or when it was already applied). */
    public record Answered(Acknowledgement acknowledgement, Object answer) {
    }

    private Acknowledgement alreadyApplied(AppliedCommand applied) {
        return new Acknowledgement(applied.commandId(),
                applied.recordedAt() != null ? applied.recordedAt() : calendar.now(), true);
    }

    private static CommandMessage<?> message(Object command, Map<String, Object> metaData, String commandId) {
        if (commandId == null) {
            return GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        }
        if (commandId.isBlank() || commandId.length() > MAX_COMMAND_ID_LENGTH) {
            throw new InvalidInput("commandId", "commandId.format",
                    "A command id is 1 to " + MAX_COMMAND_ID_LENGTH + " characters, e.g. a UUID");
        }
        return new GenericCommandMessage<>(new GenericMessage<>(commandId, command, metaData),
                command.getClass().getName());
    }

    static Map<String, Object> metaData(Actor actor, String reason) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetadata.USER_ID, actor.userId());
        metaData.put(AuditMetadata.ROLE, actor.role().name());
        if (actor.house() != null) {
            metaData.put(AuditMetadata.USER_HOUSE, actor.house().name());
        }
        if (reason != null && !reason.isBlank()) {
            metaData.put(AuditMetadata.REASON, reason);
        }
        return metaData;
    }

    /** Axon's exceptions about the event stream, told about the thing the command addressed. */
    private static RuntimeException inWordsOf(CommandTarget target, RuntimeException failure) {
        Throwable cause = Failures.unwrap(failure);
        if (cause instanceof AggregateNotFoundException) {
            return new NotFound(target.field(), target.field() + ".notFound", target.notFound());
        }
        if (cause instanceof AggregateStreamCreationException) {
            return new StateConflict(target.field(), target.field() + ".alreadyExists", target.alreadyExists());
        }
        if (cause instanceof ConcurrencyException) {
            return new StateConflict(null, CommandOutcome.CONCURRENT_CHANGE_RULE, target.changedConcurrently());
        }
        return cause instanceof CommandRejected rejected ? rejected : failure;
    }
}
