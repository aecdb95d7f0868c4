package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Goal 5's shape (effekt, §8.1): the cohort of dashboard year Y is the companies whose guidance at the house
 * ended in Y − {@value DefinitionChoices#EFFECT_YEARS_AFTER_GUIDANCE}; each one's growth of an indicator from
 * its accounts of that year to those of Y, in percent; the mean over the cohort, minus the growth of the
 * control group of comparable companies of the segment for Y, in percentage points. Subclasses name the
 * indicator (revenue, employment, revenue per full-time employee...) and the control group's matching figure.
 */
public abstract class GrowthOverControlGroup extends CompanyMeasure {

    private final Segment segment;

    protected GrowthOverControlGroup(NationalGoal goal, String version, String description) {
        super(goal, version, description);
        this.segment = goal.segment();
    }

    /** The indicator in words, e.g. "revenue per full-time employee". */
    protected abstract String indicatorName();

    /** The indicator for one year's accounts; null where the accounts do not define it (no employees, say). */
    protected abstract BigDecimal indicator(AccountsFacts accounts);

    /** The control group's growth of the same indicator, in percent. */
    protected abstract BigDecimal controlGroupGrowth(ControlGroupDelivery controlGroup);

    public Segment segment() {
        return segment;
    }

    @Override
    public Set<Integer> years(CompanyFacts company, House house) {
        Set<Integer> years = new TreeSet<>();
        for (CaseFacts guidanceCase : company.casesAt(house)) {
            if (guidanceCase.closedOn() != null) {
                years.add(guidanceCase.closedOn().getYear() + DefinitionChoices.EFFECT_YEARS_AFTER_GUIDANCE);
            }
        }
        return years;
    }

    @Override
    public List<Contribution> contributions(CompanyFacts company, House house, int year) {
        int from = year - DefinitionChoices.EFFECT_YEARS_AFTER_GUIDANCE;
        Optional<CaseFacts> ended = company.casesAt(house).stream()
                .filter(guidanceCase -> guidanceCase.closedOn() != null && guidanceCase.closedOn().getYear() == from)
                .max(Comparator.comparing(CaseFacts::closedOn).thenComparingLong(CaseFacts::closedPosition));
        if (ended.isEmpty() || ended.get().segment() != segment) {
            return List.of();
        }
        CaseFacts guidanceCase = ended.get();
        String cvr = company.cvr();
        String endedOn = "guidance ended on " + guidanceCase.closedOn() + " (case " + guidanceCase.caseId() + ")";
        Optional<AccountsFacts> start = company.accountsFor(from);
        Optional<AccountsFacts> end = company.accountsFor(year);
        List<String> missing = new ArrayList<>();
        if (start.isEmpty()) {
            missing.add(String.valueOf(from));
        }
        if (end.isEmpty()) {
            missing.add(String.valueOf(year));
        }
        if (!missing.isEmpty()) {
            return List.of(Contribution.excluded(cvr, cvr, guidanceCase.caseId(),
                    "no accounts for " + Wording.list(missing) + "; " + endedOn, List.of(guidanceCase.closedPosition())));
        }
        List<Long> positions = List.of(guidanceCase.closedPosition(), start.get().position(), end.get().position());
        BigDecimal base = indicator(start.get());
        BigDecimal last = indicator(end.get());
        if (base == null || base.signum() == 0) {
            return List.of(Contribution.excluded(cvr, cvr, guidanceCase.caseId(), indicatorName() + " for " + from
                    + (base == null ? " is not available" : " is 0") + ": growth undefined; " + endedOn, positions));
        }
        if (last == null) {
            return List.of(Contribution.excluded(cvr, cvr, guidanceCase.caseId(), indicatorName() + " for " + year
                    + " is not available; " + endedOn, positions));
        }
        BigDecimal growth = last.divide(base, MathContext.DECIMAL128).subtract(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100)).setScale(DefinitionChoices.GROWTH_SCALE, RoundingMode.HALF_UP);
        boolean preliminary = start.get().preliminary() || end.get().preliminary();
        boolean restated = start.get().restated() || end.get().restated();
        String reason = indicatorName() + " " + from + " → " + year + ": " + Wording.number(base) + " → "
                + Wording.number(last) + ", " + Wording.percent(growth) + "; " + endedOn
                + basis(start.get()) + basis(end.get());
        return List.of(Contribution.counted(cvr, cvr, guidanceCase.caseId(), reason, positions)
                .withValue(growth, 1).restingOn(preliminary, restated));
    }

    private static String basis(AccountsFacts accounts) {
        if (!accounts.preliminary() && !accounts.restated()) {
            return "";
        }
        return "; accounts " + accounts.year() + " " + (accounts.status() == DeliveryStatus.PRELIMINARY
                ? "preliminary" : "final") + (accounts.restated() ? ", restated (revision " + accounts.revision() + ")"
                : "");
    }

    @Override
    public Measurement measure(Tally tally, MeasureContext context) {
        Optional<ControlGroupDelivery> control = context.controlGroup(segment);
        DeliveryBasis basis = control.map(delivery -> DeliveryBasis.of(
                "control group " + segment + " " + context.year(), delivery)).orElse(null);
        BigDecimal controlGrowth = control.map(this::controlGroupGrowth).orElse(null);
        if (tally.counted() == 0) {
            return Measurement.notMeasurable(Counts.ofEffect(tally, null, controlGrowth), basis,
                    "not measurable: no company of the " + DefinitionChoices.danish(segment)
                            + " segment whose guidance ended in " + (context.year()
                            - DefinitionChoices.EFFECT_YEARS_AFTER_GUIDANCE) + " has accounts for both years");
        }
        BigDecimal mean = tally.sum().divide(BigDecimal.valueOf(tally.counted()), MathContext.DECIMAL128);
        Counts counts = Counts.ofEffect(tally, DefinitionChoices.rounded(mean, goal().unit()), controlGrowth);
        if (controlGrowth == null) {
            return Measurement.notMeasurable(counts, basis, "not measurable: no control group delivered for the "
                    + DefinitionChoices.danish(segment) + " segment for " + context.year());
        }
        return Measurement.of(mean.subtract(controlGrowth), goal().unit(), counts, basis, null);
    }
}
