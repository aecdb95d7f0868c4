package dk.erhvervshuse.query.targets;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The numbers behind a measure, summed over contributions: how many entries, how many counted, and what
 * they add. Tallies of disjoint parts add up, so a goal's tally is the sum of its parts' tallies and a
 * national tally the sum of the houses'; each part's tally is always recomputed from its entries, never
 * adjusted.
 *
 * @param entries     every entry, counted or excluded
 * @param counted     entries in the population
 * @param hits        counted entries in a share's numerator
 * @param sum         sum of the counted entries' values
 * @param weightedSum sum of the counted entries' value × weight
 * @param weight      sum of the counted entries' weights
 * @param preliminary counted entries resting on a preliminary delivery
 * @param restated    counted entries resting on a restated delivery
 */
public record Tally(int entries, int counted, int hits, int promoters, int passives, int detractors, BigDecimal sum,
                    BigDecimal weightedSum, long weight, int preliminary, int restated) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0);

    public Tally {
        sum = sum == null ? BigDecimal.ZERO : sum;
        weightedSum = weightedSum == null ? BigDecimal.ZERO : weightedSum;
    }

    public static Tally of(Contribution contribution) {
        if (!contribution.counted()) {
            return new Tally(1, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0);
        }
        BigDecimal value = contribution.value() == null ? BigDecimal.ZERO : contribution.value();
        String category = contribution.category();
        return new Tally(1, 1, contribution.hit() ? 1 : 0,
                NetPromoterScore.PROMOTER.equals(category) ? 1 : 0,
                NetPromoterScore.PASSIVE.equals(category) ? 1 : 0,
                NetPromoterScore.DETRACTOR.equals(category) ? 1 : 0,
                value, value.multiply(BigDecimal.valueOf(contribution.weight())), contribution.weight(),
                contribution.preliminary() ? 1 : 0, contribution.restated() ? 1 : 0);
    }

    public static Tally of(Collection<Contribution> contributions) {
        Tally tally = EMPTY;
        for (Contribution contribution : contributions) {
            tally = tally.plus(of(contribution));
        }
        return tally;
    }

    public Tally plus(Tally other) {
        return new Tally(entries + other.entries, counted + other.counted, hits + other.hits,
                promoters + other.promoters, passives + other.passives, detractors + other.detractors,
                sum.add(other.sum), weightedSum.add(other.weightedSum), weight + other.weight,
                preliminary + other.preliminary, restated + other.restated);
    }

    public int excluded() {
        return entries - counted;
    }
}
