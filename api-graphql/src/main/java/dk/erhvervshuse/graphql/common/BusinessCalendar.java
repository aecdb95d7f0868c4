package dk.erhvervshuse.graphql.common;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Now" at the edge: the day a mutation defaults a business date to, and the instant it was accepted.
 * Uses the application's {@link Clock} bean when there is one (tests fix it), else the system clock.
 */
@Component
public class BusinessCalendar {

    /** Business dates are Danish dates, whatever the server's zone. */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final Clock clock;

    public BusinessCalendar(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), COPENHAGEN);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The given business date, or today when the client left it out. */
    public LocalDate orToday(LocalDate date) {
        return date != null ? date : today();
    }
}
