package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Goal 2 (kendskab), version 1: the latest delivery of the house's awareness survey for the year counts;
 * the earlier ones are listed as replaced. Nationally, the houses' figures weighted by their respondents.
 * One instance per question of the survey. See {@link DefinitionChoices#GOAL2_HOUSE_V1}.
 */
public final class LatestAwarenessSurvey extends SurveyMeasure {

    private final Function<SurveyDelivery, BigDecimal> percent;
    private final String question;

    private LatestAwarenessSurvey(NationalGoal goal, String description, String question,
                                  Function<SurveyDelivery, BigDecimal> percent) {
        super(goal, "v1", description);
        this.question = question;
        this.percent = percent;
    }

    public static LatestAwarenessSurvey ofHouse() {
        return new LatestAwarenessSurvey(NationalGoal.AWARENESS_OF_HOUSE, DefinitionChoices.GOAL2_HOUSE_V1,
                "know the house", SurveyDelivery::awareOfHousePercent);
    }

    public static LatestAwarenessSurvey ofOffers() {
        return new LatestAwarenessSurvey(NationalGoal.AWARENESS_OF_OFFERS, DefinitionChoices.GOAL2_OFFERS_V1,
                "of those, know its offers", SurveyDelivery::awareOfOffersPercent);
    }

    @Override
    public List<Contribution> contributions(List<SurveyDelivery> deliveries) {
        List<SurveyDelivery> inOrder = new ArrayList<>(deliveries);
        inOrder.sort(Delivered.IN_ORDER_OF_REVISION);
        List<Contribution> contributions = new ArrayList<>();
        SurveyDelivery latest = inOrder.isEmpty() ? null : inOrder.get(inOrder.size() - 1);
        for (SurveyDelivery delivery : inOrder) {
            String key = String.format("%s:%06d:%012d", Contribution.NO_COMPANY, delivery.revision(), delivery.position());
            String described = "revision " + delivery.revision() + " (" + delivery.status() + ") delivered on "
                    + delivery.deliveredOn();
            List<Long> positions = List.of(delivery.position());
            BigDecimal value = percent.apply(delivery);
            if (delivery != latest) {
                contributions.add(Contribution.excluded(key, null, null, described + ": superseded by revision "
                        + latest.revision() + " delivered on " + latest.deliveredOn(), positions));
            } else if (value == null) {
                contributions.add(Contribution.excluded(key, null, null, described
                        + ": no share of companies that " + question + " was delivered", positions));
            } else {
                contributions.add(Contribution.counted(key, null, null, described + ": " + Wording.number(value)
                                + " % of " + Wording.number(BigDecimal.valueOf(delivery.respondents()))
                                + " respondents " + question + (delivery.restated() ? "; restates earlier figures" : ""),
                                positions)
                        .withValue(value, delivery.respondents())
                        .restingOn(delivery.preliminary(), delivery.restated()));
            }
        }
        return contributions;
    }

    @Override
    public Measurement measure(Tally tally, MeasureContext context) {
        Counts counts = Counts.ofSurvey(tally);
        DeliveryBasis basis = context.survey() == null ? null
                : DeliveryBasis.of("awareness survey " + context.scope(), context.survey());
        if (tally.counted() == 0) {
            return Measurement.notMeasurable(counts, basis, "not measurable: no awareness survey delivered for "
                    + context.scope());
        }
        BigDecimal exact = context.national() && tally.weight() > 0
                ? tally.weightedSum().divide(BigDecimal.valueOf(tally.weight()), MathContext.DECIMAL128)
                : tally.sum().divide(BigDecimal.valueOf(tally.counted()), MathContext.DECIMAL128);
        return Measurement.of(exact, goal().unit(), counts, basis, null);
    }
}
