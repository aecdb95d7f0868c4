package dk.erhvervshuse.command.history;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of variation: a {@link SplittableRandom} seeded from the options' seed and a
 * label naming what is drawn for (a year's companies, one ledger's decision …). Deriving a fresh stream per
 * purpose keeps one part of the history from shifting when another part draws more or fewer numbers.
 */
final class Draw {

    private final SplittableRandom random;

    private Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A stream of draws for one purpose; the same seed, label and keys give the same stream. */
    static Draw of(long seed, String label, long... keys) {
        long state = mix(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < label.length(); i++) {
            state = mix(state + label.charAt(i));
        }
        for (long key : keys) {
            state = mix(state ^ key);
        }
        return new Draw(state);
    }

    /** SplitMix64's finaliser: spreads neighbouring inputs over the whole range of seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} through {@code high}, both inclusive. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    long between(long low, long high) {
        return low + random.nextLong(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Box–Muller from two uniforms, written out so that the result cannot change with the JDK's own algorithm. */
    double gaussian(double mean, double standardDeviation) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return mean + standardDeviation * Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** The index of one of the weights, with probability proportional to its weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int point = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
