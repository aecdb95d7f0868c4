package dk.erhvervshuse.graphql.deadletter;

import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.query.api.ParkedEventView;
import dk.erhvervshuse.query.api.ParkedEvents;
import dk.erhvervshuse.query.api.ParkedEvents.ParkedCount;
import dk.erhvervshuse.query.api.ParkedEvents.RetryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/**
 * The dead letters over GraphQL (deadletters.graphqls): parked events shown to the Business Authority's analysts,
 * the registry's operators and the ministry's auditors, retried and evicted by analysts and operators only
 * ({@code AccessPolicy}: operations reading and operations). Every retry and eviction is logged with who did it.
 */
@Controller
class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    private final ParkedEvents parkedEvents;
    private final CurrentActor currentActor;

    DeadLetterController(ParkedEvents parkedEvents, CurrentActor currentActor) {
        this.parkedEvents = parkedEvents;
        this.currentActor = currentActor;
    }

    record DeadLetterQueue(String processingGroup, long parkedEvents, long sequences, List<ParkedEventView> events) {
    }

    record RetryDeadLettersInput(String processingGroup, String sequenceId) {
    }

    record EvictDeadLetterInput(String processingGroup, Long position) {
    }

    record EvictDeadLetterPayload(String processingGroup, long position, boolean evicted) {
    }

    @QueryMapping
    List<DeadLetterQueue> deadLetters(@Argument String processingGroup) {
        return parkedEvents.counts().stream()
                .filter(count -> processingGroup == null || count.processingGroup().equals(processingGroup))
                .map(this::queue)
                .toList();
    }

    private DeadLetterQueue queue(ParkedCount count) {
        return new DeadLetterQueue(count.processingGroup(), count.events(), count.sequences(),
                count.events() == 0 ? List.of() : parkedEvents.parked(count.processingGroup()));
    }

    @MutationMapping
    RetryOutcome retryDeadLetters(@Argument RetryDeadLettersInput input) {
        Actor actor = currentActor.get();
        RetryOutcome outcome = parkedEvents.retry(known(input.processingGroup()), input.sequenceId());
        log.info("{} retried the parked events of {} in {}: {} applied, {} still parked", actor.userId(),
                input.sequenceId(), input.processingGroup(), outcome.applied(), outcome.remaining());
        return outcome;
    }

    @MutationMapping
    EvictDeadLetterPayload evictDeadLetter(@Argument EvictDeadLetterInput input) {
        Actor actor = currentActor.get();
        boolean evicted = parkedEvents.evict(known(input.processingGroup()), input.position());
        log.warn("{} evicted the parked event at log position {} from {}: {}", actor.userId(), input.position(),
                input.processingGroup(), evicted ? "removed, never to be applied" : "it was not parked");
        return new EvictDeadLetterPayload(input.processingGroup(), input.position(), evicted);
    }

    private String known(String processingGroup) {
        if (!parkedEvents.processingGroups().contains(processingGroup)) {
            throw new NotFound("processingGroup", "processingGroup.unknown",
                    "no projection parks events as " + processingGroup + "; known: " + parkedEvents.processingGroups());
        }
        return processingGroup;
    }
}
