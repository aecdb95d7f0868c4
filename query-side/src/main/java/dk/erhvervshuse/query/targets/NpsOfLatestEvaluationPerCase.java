package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Goal 3 (tilfredshed), version 1, for one segment: the NPS of the user evaluations received in the year of
 * the house's cases now registered in that segment, each case counted once by its latest evaluation of the
 * year. See {@link DefinitionChoices#GOAL3_OPERATIONS_V1}.
 */
public class NpsOfLatestEvaluationPerCase extends NetPromoterScore {

    private NpsOfLatestEvaluationPerCase(NationalGoal goal, String description) {
        super(goal, "v1", description);
    }

    public static NpsOfLatestEvaluationPerCase ofOperations() {
        return new NpsOfLatestEvaluationPerCase(NationalGoal.SATISFACTION_OPERATIONS,
                DefinitionChoices.GOAL3_OPERATIONS_V1);
    }

    public static NpsOfLatestEvaluationPerCase ofGrowth() {
        return new NpsOfLatestEvaluationPerCase(NationalGoal.SATISFACTION_GROWTH, DefinitionChoices.GOAL3_GROWTH_V1);
    }

    @Override
    public Set<Integer> years(CompanyFacts company, House house) {
        Set<Integer> years = new TreeSet<>();
        for (CaseFacts guidanceCase : company.casesAt(house)) {
            guidanceCase.evaluations().forEach(evaluation -> {
                if (evaluation.receivedOn() != null) {
                    years.add(evaluation.receivedOn().getYear());
                }
            });
        }
        return years;
    }

    @Override
    public List<Contribution> contributions(CompanyFacts company, House house, int year) {
        List<Contribution> contributions = new ArrayList<>();
        for (CaseFacts guidanceCase : company.casesAt(house)) {
            if (guidanceCase.segment() != goal().segment()) {
                continue;
            }
            List<EvaluationFacts> received = new ArrayList<>(guidanceCase.evaluations().stream()
                    .filter(evaluation -> evaluation.receivedIn(year)).toList());
            if (received.isEmpty()) {
                continue;
            }
            received.sort(EvaluationFacts.IN_ORDER_RECEIVED);
            EvaluationFacts latest = received.get(received.size() - 1);
            for (EvaluationFacts evaluation : received) {
                String key = company.cvr() + "/" + guidanceCase.caseId() + "/" + evaluation.evaluationId();
                List<Long> positions = List.of(evaluation.position());
                if (evaluation != latest) {
                    contributions.add(Contribution.excluded(key, company.cvr(), guidanceCase.caseId(),
                            "evaluation " + evaluation.evaluationId() + " on " + evaluation.receivedOn()
                                    + " superseded by the case's later evaluation " + latest.evaluationId() + " on "
                                    + latest.receivedOn() + ": a case counts once", positions));
                    continue;
                }
                String category = categoryOf(evaluation.recommendScore());
                contributions.add(Contribution.counted(key, company.cvr(), guidanceCase.caseId(),
                                "evaluation " + evaluation.evaluationId() + " on " + evaluation.receivedOn()
                                        + ": would recommend " + evaluation.recommendScore() + "/10, a "
                                        + category.toLowerCase(Locale.ROOT), positions)
                        .withCategory(category)
                        .withValue(BigDecimal.valueOf(evaluation.recommendScore()), 1));
            }
        }
        return contributions;
    }
}
