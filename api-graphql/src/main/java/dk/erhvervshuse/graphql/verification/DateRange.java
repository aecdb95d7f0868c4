package dk.erhvervshuse.graphql.verification;

import dk.erhvervshuse.query.api.InvalidQuery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days a checkpoint listing is asked for: at most {@value #MAX_DAYS} of them, each read by its key. */
record DateRange(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    static DateRange of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidQuery("to", "dateRange.reversed", "to (" + to + ") must not be before from (" + from + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidQuery("to", "dateRange.tooLong", "one listing covers at most " + MAX_DAYS + " days; "
                    + from + " to " + to + " is " + days);
        }
        return new DateRange(from, to);
    }
}
