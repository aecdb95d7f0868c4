package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.query.api.AuditEntry;
import dk.erhvervshuse.query.api.CompanyView;
import dk.erhvervshuse.query.api.GuidanceCaseView;
import dk.erhvervshuse.query.api.GuidanceQueries;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A house role sees its own house only (§10.2: the house's data is the house's). Checks a request's house, case
 * or company before an operation runs ({@link OperationGate}), and narrows what crosses houses by nature: a
 * company guided by several houses, and the audit trail. National roles see everything.
 */
@Component
public class HouseScope {

    private final GuidanceQueries guidance;
    private final CurrentActor currentActor;

    public HouseScope(GuidanceQueries guidance, CurrentActor currentActor) {
        this.guidance = guidance;
        this.currentActor = currentActor;
    }

    /** The house named by the request must be the actor's own. */
    void requireHouse(Actor actor, String house, String field) {
        if (actsForAHouse(actor) && house != null && !house.equals(actor.house().name())) {
            throw new Forbidden(field, "house.notOwn",
                    actor.userId() + " acts for " + actor.house() + " and may not act for " + house);
        }
    }

    /**
     * The case named by the request must be of the actor's house. A case no view knows (yet) passes: a query
     * answers null for it, and the command side refuses a command on another house's case itself.
     */
    void requireCase(Actor actor, String caseId, String field) {
        if (!actsForAHouse(actor) || caseId == null || caseId.isBlank()) {
            return;
        }
        guidance.guidanceCase(caseId)
                .map(GuidanceCaseView::house)
                .filter(house -> !house.equals(actor.house().name()))
                .ifPresent(house -> {
                    throw new Forbidden(field, "house.notOwn", actor.userId() + " acts for " + actor.house()
                            + " and may not see or change case " + caseId + ", which is another house's");
                });
    }

    /** The company named by the request must be one the actor's house guides (a case or a decision of it). */
    void requireCompany(Actor actor, String cvr, String field) {
        if (!actsForAHouse(actor) || cvr == null || cvr.isBlank()) {
            return;
        }
        guidance.company(cvr)
                .filter(company -> !guidedBy(company, actor.house().name()))
                .ifPresent(company -> {
                    throw new Forbidden(field, "house.notOwn", actor.userId() + " acts for " + actor.house()
                            + " and may see only companies " + actor.house() + " guides; " + cvr + " is not one");
                });
    }

    /** The company as the current user may see it: for a house role, with that house's part only. */
    public CompanyView visible(CompanyView company) {
        Actor actor = currentActor.get();
        if (company == null || !actsForAHouse(actor)) {
            return company;
        }
        String own = actor.house().name();
        return new CompanyView(company.cvr(),
                company.cases().stream().filter(summary -> own.equals(summary.house())).toList(),
                company.decisions().stream().filter(decision -> own.equals(decision.house())).toList(),
                company.timeline().stream().filter(entry -> own.equals(entry.house())).toList());
    }

    /** Which audit entries the current user may see: for a house role, those concerning that house. */
    public Predicate<AuditEntry> visibleEntries() {
        Actor actor = currentActor.get();
        if (!actsForAHouse(actor)) {
            return entry -> true;
        }
        String own = actor.house().name();
        return entry -> Objects.equals(own, entry.house());
    }

    private static boolean guidedBy(CompanyView company, String house) {
        return company.cases().stream().anyMatch(summary -> house.equals(summary.house()))
                || company.decisions().stream().anyMatch(decision -> house.equals(decision.house()));
    }

    /** An actor of a house role always has its house ({@link Actor}); national roles have none. */
    private static boolean actsForAHouse(Actor actor) {
        return actor.role().actsForAHouse();
    }
}
