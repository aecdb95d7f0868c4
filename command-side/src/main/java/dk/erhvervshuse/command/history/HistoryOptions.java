package dk.erhvervshuse.command.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What history to generate: the guidance of {@code companiesPerYear} companies in each year from
 * {@code fromYear} through {@code toYear}, with the contracts, surveys and effect data around it, and
 * nothing dated or recorded after {@code until}. The same options always give the same script.
 *
 * @param seed               the only source of variation
 * @param fromYear           first year with guidance; not before 2024, when the agreement period began
 *                           (the command side refuses meetings before 2024-01-01)
 * @param toYear             last year with guidance (its cases' later events, such as evaluations, closings and
 *                           effect data, run on into the following years, up to {@code until})
 * @param companiesPerYear   distinct companies newly guided per year, nationally
 * @param until              the last business date and recording date in the script, so that it can run
 *                           against a real clock whose today is on or after it
 * @param entrepreneurShare  share of the newly guided companies that are entrepreneurs, under 3 years old at
 *                           their first meeting (goal 1, §8.1). The national goal is about 1,200 a year, so the
 *                           share that lands near it is 1,200 ÷ {@code companiesPerYear}: the default,
 *                           {@link #DEFAULT_ENTREPRENEUR_SHARE}, does at 5,000 companies a year
 */
public record HistoryOptions(long seed, int fromYear, int toYear, int companiesPerYear, LocalDate until,
                             double entrepreneurShare) {

    /** First year of the agreement period 2024–2027; meetings before it are refused. */
    public static final int EARLIEST_YEAR = 2024;

    /** 0.24 × 5,000 = 1,200, the national goal-1 count, split over the houses as the goal is. */
    public static final double DEFAULT_ENTREPRENEUR_SHARE = 0.24;

    public HistoryOptions {
        Objects.requireNonNull(until, "until");
        if (fromYear < EARLIEST_YEAR) {
            throw new IllegalArgumentException("guidance is registered from " + EARLIEST_YEAR + ", not " + fromYear);
        }
        if (toYear < fromYear) {
            throw new IllegalArgumentException("toYear " + toYear + " is before fromYear " + fromYear);
        }
        if (companiesPerYear < 0) {
            throw new IllegalArgumentException("companiesPerYear " + companiesPerYear + " is negative");
        }
        if (!(entrepreneurShare >= 0 && entrepreneurShare <= 1)) {
            throw new IllegalArgumentException("entrepreneurShare " + entrepreneurShare + " is not within 0–1");
        }
    }

    /** With the default share of entrepreneurs, {@link #DEFAULT_ENTREPRENEUR_SHARE}. */
    public HistoryOptions(long seed, int fromYear, int toYear, int companiesPerYear, LocalDate until) {
        this(seed, fromYear, toYear, companiesPerYear, until, DEFAULT_ENTREPRENEUR_SHARE);
    }
}
