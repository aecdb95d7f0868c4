package dk.erhvervshuse.graphql.common;

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

import java.util.HashMap;
import java.util.Map;

/**
 * Sends commands with who issued them (agreement §10.2: supervision must see who registered what): user
 * id, role, house (absent for national roles) and, for corrections and withdrawals, the reason. The
 * correlation data providers of {@code AuditMetadataConfiguration} copy these onto every event the
 * command causes, and Axon adds the command's id as correlationId.
 */
@Component
public class AuditedCommands {

    private final CommandGateway gateway;
    private final BusinessCalendar calendar;

    public AuditedCommands(CommandGateway gateway, BusinessCalendar calendar) {
        this.gateway = gateway;
        this.calendar = calendar;
    }

    public Acknowledgement send(Object command, Actor actor, CommandTarget target) {
        return send(command, actor, null, target);
    }

    /** @param reason why a correction or withdrawal is made; null for other commands */
    public Acknowledgement send(Object command, Actor actor, String reason, CommandTarget target) {
        return sendForAnswer(command, actor, reason, target).acknowledgement();
    }

    /** As {@link #send}, keeping what the command's handler answered (the number it gave a seal, say). */
    public Answered sendForAnswer(Object command, Actor actor, String reason, CommandTarget target) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(actor, reason));
        Object answer;
        try {
            answer = gateway.sendAndWait(message);
        } catch (RuntimeException e) {
            throw inWordsOf(target, e);
        }
        return new Answered(new Acknowledgement(message.getIdentifier(), calendar.now()), answer);
    }

    /** An accepted command and its handler's answer (null when it answers nothing). */
    public record Answered(Acknowledgement acknowledgement, Object answer) {
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
            return new StateConflict(null, "concurrentChange", target.changedConcurrently());
        }
        return cause instanceof CommandRejected rejected ? rejected : failure;
    }
}
