package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.NationalGoal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Goal 4 (knudepunktsfunktion), version 1: of the companies the house referred in the year to external
 * advice or highly specialised state promotion, the share that said in their evaluation that they used a
 * referral. See {@link DefinitionChoices#GOAL4_V1}. A later version with another notion of which referrals
 * count (a fixed list of partners, say) overrides {@link #countsAsHubReferral}.
 */
public class ReferralUsedAmongHubReferrals extends CompanyShare {

    /** The reason a company is left out of the denominator when no evaluation answered for its referral. */
    public static final String NEVER_EVALUATED = "referral never evaluated";

    private record Referred(CaseFacts guidanceCase, ReferralFacts referral) {
    }

    private record Answered(CaseFacts guidanceCase, EvaluationFacts evaluation) {
    }

    public ReferralUsedAmongHubReferrals() {
        this("v1", DefinitionChoices.GOAL4_V1);
    }

    protected ReferralUsedAmongHubReferrals(String version, String description) {
        super(NationalGoal.HUB_FUNCTION, version, description);
    }

    /** Version 1: the referral's category is one of {@link DefinitionChoices#HUB_REFERRAL_CATEGORIES}. */
    protected boolean countsAsHubReferral(ReferralFacts referral) {
        return DefinitionChoices.HUB_REFERRAL_CATEGORIES.contains(referral.effectiveCategory());
    }

    /** A referral that does not count, in words with why. Version 1: "EIFO on 2025-03-15 (OTHER_PUBLIC)". */
    protected String notCounting(ReferralFacts referral) {
        return referral.describe() + " (" + referral.effectiveCategory() + ")";
    }

    /** Where a company referred only to referrals that do not count was referred, in words. */
    protected String outsideWhat() {
        return "outside external advice and highly specialised state promotion";
    }

    @Override
    protected String population() {
        return "company referred to external advice or highly specialised state promotion and evaluated after it";
    }

    @Override
    public Set<Integer> years(CompanyFacts company, House house) {
        Set<Integer> years = new TreeSet<>();
        for (CaseFacts guidanceCase : company.casesAt(house)) {
            guidanceCase.referrals().forEach(referral -> {
                if (referral.referredOn() != null) {
                    years.add(referral.referredOn().getYear());
                }
            });
        }
        return years;
    }

    @Override
    public List<Contribution> contributions(CompanyFacts company, House house, int year) {
        String cvr = company.cvr();
        List<Referred> referred = new ArrayList<>();
        for (CaseFacts guidanceCase : company.casesAt(house)) {
            guidanceCase.referrals().stream().filter(referral -> referral.madeIn(year))
                    .forEach(referral -> referred.add(new Referred(guidanceCase, referral)));
        }
        if (referred.isEmpty()) {
            return List.of();
        }
        referred.sort(Comparator.comparing((Referred r) -> r.referral().referredOn())
                .thenComparingLong(r -> r.referral().position()));
        List<Referred> hub = referred.stream().filter(r -> countsAsHubReferral(r.referral())).toList();
        if (hub.isEmpty()) {
            List<String> described = referred.stream().map(r -> notCounting(r.referral())).toList();
            return List.of(Contribution.excluded(cvr, cvr, referred.get(0).guidanceCase().caseId(), "referred in "
                    + year + " only " + outsideWhat() + ": " + Wording.list(described),
                    referred.stream().map(r -> r.referral().position()).toList()));
        }
        Referred first = hub.get(0);
        LocalDate from = first.referral().referredOn();
        List<Long> positions = new ArrayList<>(hub.stream().map(r -> r.referral().position()).toList());
        String referrals = "referred to " + Wording.list(hub.stream().map(r -> r.referral().describe()).toList());
        Optional<Answered> answer = latestAnswerFrom(company, house, year, from);
        if (answer.isEmpty()) {
            return List.of(Contribution.excluded(cvr, cvr, first.guidanceCase().caseId(), NEVER_EVALUATED + ": "
                    + referrals + ", but no user evaluation received from " + from + " to the end of " + year
                    + " says whether a referral was used, so the company is not in the denominator", positions));
        }
        EvaluationFacts evaluation = answer.get().evaluation();
        positions.add(evaluation.position());
        boolean used = Boolean.TRUE.equals(evaluation.referralUsed());
        return List.of(Contribution.counted(cvr, cvr, answer.get().guidanceCase().caseId(), referrals
                        + "; evaluation " + evaluation.evaluationId() + " on " + evaluation.receivedOn() + ": "
                        + (used ? "used a referral" : "used none of the referrals"), positions)
                .withHit(used));
    }

    /** The latest evaluation received from {@code from} to the end of the year that answered the referral question. */
    private static Optional<Answered> latestAnswerFrom(CompanyFacts company, House house, int year, LocalDate from) {
        Answered latest = null;
        for (CaseFacts guidanceCase : company.casesAt(house)) {
            for (EvaluationFacts evaluation : guidanceCase.evaluations()) {
                if (evaluation.receivedIn(year) && !evaluation.receivedOn().isBefore(from)
                        && evaluation.referralUsed() != null
                        && (latest == null
                        || EvaluationFacts.IN_ORDER_RECEIVED.compare(evaluation, latest.evaluation()) > 0)) {
                    latest = new Answered(guidanceCase, evaluation);
                }
            }
        }
        return Optional.ofNullable(latest);
    }
}
