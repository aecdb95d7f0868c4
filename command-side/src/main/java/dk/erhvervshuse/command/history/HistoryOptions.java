package dk.erhvervshuse.command.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What history to generate: the guidance of {@code companiesPerYear} companies in each year from
 * {@code fromYear} through {@code toYear}, with the contracts, surveys and effect data around it, and
 * nothing dated or recorded after {@code until}. The same options always give the same script.
 *
 * @param seed             the only source of variation
 * @param fromYear         first year with guidance; not before 2024, when the agreement period began
 *                         (the command side refuses meetings before 2024-01-01)
 * @param toYear           last year with guidance (its cases' later events, such as evaluations, closings and
 *                         effect data, run on into the following years, up to {@code until})
 * @param companiesPerYear distinct companies guided per year, nationally; 5,000 makes the entrepreneur count
 *                         land near the goal-1 split of 1,200 (§8.1)
 * @param until            the last business date and recording date in the script, so that it can run
 *                         against a real clock whose today is on or after it
 */
public record HistoryOptions(long seed, int fromYear, int toYear, int companiesPerYear, LocalDate until) {

    /** First year of the agreement period 2024–2027; meetings before it are refused. */
    public static final int EARLIEST_YEAR = 2024;

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
    }
}
