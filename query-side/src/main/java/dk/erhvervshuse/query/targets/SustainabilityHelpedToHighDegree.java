package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.contract.NationalGoal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Goal 6 (bæredygtighed), version 1: of the cases guided on sustainability and evaluated in the year, the
 * share whose evaluation says the guidance helped "i høj grad". See {@link DefinitionChoices#GOAL6_V1}.
 */
public class SustainabilityHelpedToHighDegree extends CompanyShare {

    public SustainabilityHelpedToHighDegree() {
        this("v1", DefinitionChoices.GOAL6_V1);
    }

    protected SustainabilityHelpedToHighDegree(String version, String description) {
        super(NationalGoal.SUSTAINABILITY, version, description);
    }

    @Override
    protected String population() {
        return "answer from a case guided on sustainability";
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
            List<EvaluationFacts> received = new ArrayList<>(guidanceCase.evaluations().stream()
                    .filter(evaluation -> evaluation.receivedIn(year)).toList());
            if (received.isEmpty()) {
                continue;
            }
            received.sort(EvaluationFacts.IN_ORDER_RECEIVED);
            String key = company.cvr() + "/" + guidanceCase.caseId();
            List<Long> evaluated = received.stream().map(EvaluationFacts::position).toList();
            if (!guidanceCase.guidedOnSustainability()) {
                contributions.add(Contribution.excluded(key, company.cvr(), guidanceCase.caseId(),
                        "not guided on sustainability (themes registered: " + themes(guidanceCase.themes())
                                + "; no meeting on a sustainability theme)", evaluated));
                continue;
            }
            EvaluationFacts answer = null;
            for (EvaluationFacts evaluation : received) {
                if (evaluation.sustainabilityHelpedToHighDegree() != null) {
                    answer = evaluation;
                }
            }
            if (answer == null) {
                contributions.add(Contribution.excluded(key, company.cvr(), guidanceCase.caseId(),
                        "guided on sustainability, but no evaluation received in " + year
                                + " answered whether it helped (" + Wording.list(received.stream()
                                .map(e -> e.evaluationId() + " on " + e.receivedOn()).toList()) + ")", evaluated));
                continue;
            }
            boolean helped = answer.sustainabilityHelpedToHighDegree();
            contributions.add(Contribution.counted(key, company.cvr(), guidanceCase.caseId(),
                            "guided on sustainability; evaluation " + answer.evaluationId() + " on "
                                    + answer.receivedOn() + ": " + (helped ? "helped \"i høj grad\""
                                    : "did not help \"i høj grad\""), List.of(answer.position()))
                    .withHit(helped));
        }
        return contributions;
    }

    private static String themes(List<Theme> themes) {
        return themes.isEmpty() ? "none" : String.join(", ", themes.stream().map(Theme::name).toList());
    }
}
