package dk.erhvervshuse.command.history;

import dk.erhvervshuse.events.common.House;

/**
 * How guidance is spread over the six houses: by the goal-1 split of 2024 (§8.1, Hovedstaden 385 … Fyn 94 of
 * 1,200), which follows the population.
 */
final class Houses {

    private static final House[] HOUSES = House.values();
    private static final int[] WEIGHTS = new int[HOUSES.length];
    private static final int TOTAL;

    static {
        int total = 0;
        for (int i = 0; i < HOUSES.length; i++) {
            WEIGHTS[i] = HOUSES[i].entrepreneurTarget2024();
            total += WEIGHTS[i];
        }
        TOTAL = total;
    }

    private Houses() {
    }

    /** The house's share of the national goal-1 split, e.g. 385 / 1,200 for Hovedstaden. */
    static double share(House house) {
        return (double) house.entrepreneurTarget2024() / TOTAL;
    }

    static House pick(Draw draw) {
        return HOUSES[draw.weighted(WEIGHTS)];
    }

    /** Another house than {@code except}, weighted the same way. */
    static House pickOther(Draw draw, House except) {
        int[] weights = WEIGHTS.clone();
        weights[except.ordinal()] = 0;
        return HOUSES[draw.weighted(weights)];
    }
}
