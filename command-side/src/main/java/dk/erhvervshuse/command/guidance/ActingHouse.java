package dk.erhvervshuse.command.guidance;

import dk.erhvervshuse.command.api.NotPermitted;
import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.events.common.House;
import org.axonframework.messaging.Message;

/**
 * A house's guidance is recorded by that house only (§10.2). Checked in the aggregate, against the house
 * the case or ledger belongs to, so that it holds even before any read model knows the case; the API's
 * own check reads a view that follows the log. Commands without a house in their metadata come from
 * national roles or from the system's own policies, which carry the house of the event they answer.
 */
final class ActingHouse {

    private ActingHouse() {
    }

    static void check(Message<?> command, House owner) {
        Object acting = command.getMetaData().get(AuditMetadata.USER_HOUSE);
        if (acting != null && owner != null && !owner.name().equals(acting.toString())) {
            throw new NotPermitted("house", "house.notOwn",
                    "a user acting for " + acting + " may not record for " + owner);
        }
    }
}
