package dk.erhvervshuse.command.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dk.erhvervshuse.command.input.InputGuards.invalid;
import static dk.erhvervshuse.command.input.InputGuards.requireBetween;
import static dk.erhvervshuse.command.input.InputGuards.requireId;
import static dk.erhvervshuse.command.input.InputGuards.requireNotInFuture;
import static dk.erhvervshuse.command.input.InputGuards.requirePresent;

/**
 * Checks of a delivery's input on its own: the year and stream it belongs to, its date and the ranges of its
 * figures. The rules between deliveries of one stream are {@link RestatementRule}.
 */
final class DeliveryInputGuards {

    /**
     * The earliest year of external data taken. The effect measurement of goal 5 (§8.1) compares companies'
     * growth over the two years after guidance with a control group's, so it needs accounts from well before
     * the agreement period 2024–2027 began.
     */
    static final int EARLIEST_YEAR = 2015;

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal MIN_GROWTH_PERCENT = new BigDecimal("-100");
    static final BigDecimal MAX_GROWTH_PERCENT = new BigDecimal("1000");
    static final int FULL_TIME_EMPLOYEES_SCALE = 2;

    private DeliveryInputGuards() {
    }

    /** A year from 2015 through this year: figures are delivered for years that have begun. */
    static int requireYear(int year, LocalDate today) {
        if (year < EARLIEST_YEAR || year > today.getYear()) {
            throw invalid("year", "year.range",
                    "year " + year + " is not within " + EARLIEST_YEAR + "–" + today.getYear());
        }
        return year;
    }

    /** The command's stream id, which must be the one its subject and year give. */
    static String requireStreamId(String deliveryStreamId, String expected) {
        requireId("deliveryStreamId", deliveryStreamId);
        if (!expected.equals(deliveryStreamId)) {
            throw invalid("deliveryStreamId", "deliveryStreamId.mismatch",
                    "deliveryStreamId " + deliveryStreamId + " is not the stream of this delivery, " + expected);
        }
        return deliveryStreamId;
    }

    /** Not in the future, and not before the year the figures concern began. */
    static LocalDate requireDeliveredOn(LocalDate deliveredOn, int year, LocalDate today) {
        requireNotInFuture("deliveredOn", deliveredOn, today);
        if (deliveredOn.getYear() < year) {
            throw invalid("deliveredOn", "deliveredOn.beforeYear",
                    "deliveredOn " + deliveredOn + " is before the year it concerns, " + year);
        }
        return deliveredOn;
    }

    /** A share of companies in percent, 0 through 100. */
    static BigDecimal requirePercent(String field, BigDecimal value) {
        return requireBetween(field, value, BigDecimal.ZERO, HUNDRED);
    }

    /** Growth over two years in percent: -100 (all gone) through 1000. */
    static BigDecimal requireGrowthPercent(String field, BigDecimal value) {
        return requireBetween(field, value, MIN_GROWTH_PERCENT, MAX_GROWTH_PERCENT);
    }

    static BigDecimal requireNotNegative(String field, BigDecimal value) {
        requirePresent(field, value);
        if (value.signum() < 0) {
            throw invalid(field, field + ".range", field + " " + value.toPlainString() + " is negative");
        }
        return value;
    }

    static int requireRespondents(Integer respondents) {
        requirePresent("respondents", respondents);
        if (respondents < 1) {
            throw invalid("respondents", "respondents.range",
                    "a survey has at least one respondent, not " + respondents);
        }
        return respondents;
    }
}
