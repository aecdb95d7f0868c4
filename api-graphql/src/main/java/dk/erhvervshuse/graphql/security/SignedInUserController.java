package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.events.common.House;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/**
 * The SignedInUser type: the caller as the access policy sees them, with the operations their role may call, so a
 * client shows a house's people their own house only and offers no drill-down the role would be refused.
 */
@Controller
class SignedInUserController {

    private final CurrentActor currentActor;

    SignedInUserController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @QueryMapping
    SignedInUser signedInUser() {
        Actor actor = currentActor.get();
        return new SignedInUser(actor.userId(), actor.role().name(), actor.house(),
                List.copyOf(AccessPolicy.operationsFor(actor.role())));
    }

    record SignedInUser(String userId, String role, House house, List<String> operations) {
    }
}
