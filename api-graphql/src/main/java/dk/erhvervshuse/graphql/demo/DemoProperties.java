package dk.erhvervshuse.graphql.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;

/**
 * Whether the registry starts with a demo history, and which ({@code registry.demo}; the profile {@code demo} turns
 * it on). The history is the command side's seeded generator's: the six houses' guidance, contracts and the Business
 * Authority's deliveries from {@code fromYear} through {@code toYear}, up to {@code until}.
 *
 * @param enabled          load the demo history after start-up; off by default, so that no registry gets demo data
 *                         unless asked for
 * @param seed             the only source of variation: the same seed gives the same history
 * @param companiesPerYear companies newly guided per year, nationally, spread over the houses by the goal-1 split
 *                         (§8.1). The houses' real volume is about 5,000 a year; the default, a tenth of it, loads in
 *                         minutes on a small machine (the command side and the projections on the embedded store take
 *                         some 40 ms of CPU per command), the real volume in about an hour
 * @param fromYear         first year with guidance, not before 2024 (the agreement period's first year)
 * @param toYear           last year with guidance
 * @param until            nothing in the history is dated or recorded after this day; empty: today by the
 *                         application's clock, or, when a load began before, the day it began, so that a restart on
 *                         a later day goes on with the same history. Set it, like the other settings, before the first
 *                         load: a registry resumes the history it began with, and another history would not fit it
 */
@ConfigurationProperties("registry.demo")
public record DemoProperties(boolean enabled, Long seed, Integer companiesPerYear, Integer fromYear, Integer toYear,
                             LocalDate until) {

    public static final long DEFAULT_SEED = 2024;
    public static final int DEFAULT_COMPANIES_PER_YEAR = 500;
    public static final int DEFAULT_FROM_YEAR = 2024;
    public static final int DEFAULT_TO_YEAR = 2026;

    public DemoProperties {
        seed = seed != null ? seed : DEFAULT_SEED;
        companiesPerYear = companiesPerYear != null ? companiesPerYear : DEFAULT_COMPANIES_PER_YEAR;
        fromYear = fromYear != null ? fromYear : DEFAULT_FROM_YEAR;
        toYear = toYear != null ? toYear : DEFAULT_TO_YEAR;
        if (companiesPerYear < 0) {
            throw new IllegalArgumentException("registry.demo.companies-per-year must be 0 or more, not "
                    + companiesPerYear);
        }
        if (fromYear < DEFAULT_FROM_YEAR) {
            throw new IllegalArgumentException("registry.demo.from-year must be " + DEFAULT_FROM_YEAR
                    + " or later (guidance is registered from the agreement period's first year), not " + fromYear);
        }
        if (toYear < fromYear) {
            throw new IllegalArgumentException("registry.demo.to-year must not be before registry.demo.from-year ("
                    + fromYear + "), not " + toYear);
        }
    }
}
