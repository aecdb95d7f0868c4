package dk.erhvervshuse.query.targets;

import java.util.List;
import java.util.Optional;

/**
 * The definition sets the system knows. Only {@link #V1} is built today; {@link #V2} is defined and can be
 * looked up {@link #byId by id}, but no processor builds it until a rebuild is asked for.
 */
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

    /**
     * {@link #V1} with three alternatives recorded in {@link DefinitionChoices}: entrepreneurs' age at year end
     * ({@code goal1/v2}), referrals counted by a fixed list of partners ({@code goal4/v2}) and the drift
     * segment's productivity as gross profit per full-time employee ({@code goal5.operations.productivity/v2}).
     */
    public static final DefinitionSet V2 = V1.with("v2",
            new EntrepreneursByAgeAtYearEnd(),
            new ReferralToListedPartnerUsed(),
            new GrossProfitPerEmployeeGrowth());

    private static final List<DefinitionSet> KNOWN = List.of(V1, V2);

    /** Every definition set the system knows, oldest first. */
    public static List<DefinitionSet> all() {
        return KNOWN;
    }

    /** The definition set with this id ({@code v1}, {@code v2}), if the system knows one. */
    public static Optional<DefinitionSet> byId(String id) {
        return KNOWN.stream().filter(set -> set.id().equals(id)).findFirst();
    }
}
