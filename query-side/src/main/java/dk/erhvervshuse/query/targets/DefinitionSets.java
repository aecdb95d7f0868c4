package dk.erhvervshuse.query.targets;

import java.util.List;

/** The definition sets the system knows. Only {@link #V1} is built today. */
public final class DefinitionSets {

    private DefinitionSets() {
    }

    /** Version 1 of every goal, as written in {@link DefinitionChoices}. */
    public static final DefinitionSet V1 = DefinitionSet.of("v1", List.of(
            new EntrepreneursByAgeAtFirstMeeting(),
            LatestAwarenessSurvey.ofHouse(),
            LatestAwarenessSurvey.ofOffers(),
            NpsOfLatestEvaluationPerCase.ofOperations(),
            NpsOfLatestEvaluationPerCase.ofGrowth(),
            new ReferralUsedAmongHubReferrals(),
            new RevenueGrowth(),
            new EmploymentGrowth(),
            new RevenuePerEmployeeGrowth(),
            new SustainabilityHelpedToHighDegree()));
}
