package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.api.DeliverAwarenessSurvey;
import dk.erhvervshuse.command.api.DeliverCompanyAccounts;
import dk.erhvervshuse.command.api.DeliverControlGroupGrowth;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Consumer;

import static dk.erhvervshuse.command.history.BusinessCalendar.plusBusinessDays;
import static dk.erhvervshuse.command.history.ScriptedCommand.BUSINESS_AUTHORITY_ANALYST;

/**
 * The data the Business Authority delivers (§9): the awareness survey of each house (goal 2), preliminary in
 * the autumn and final, restated, early the next year; and the effect data of goal 5, a guided company's
 * accounts for the year its case closed and two years on, and the control group's growth per segment and year.
 * <p>
 * Accounts and control-group figures for a year are delivered preliminary in the spring after it and final in
 * the autumn. A year that {@code until} reaches but whose spring delivery would come after {@code until} still
 * gets its latest preliminary figures in the three weeks before {@code until}, so that the effect of goal 5 can be
 * shown for every year up to {@code until}'s; a year after {@code until}'s gets nothing.
 */
final class DeliveryPlanner {

    static final double FINAL_ACCOUNTS_SHARE = 0.8;
    static final double RESTATED_ACCOUNTS_SHARE = 0.3;
    /** Awareness of the house in 2024, by house (goal 2: at least 50 %); it grows a little every year. */
    private static final double[] AWARE_OF_HOUSE_2024 = {38, 44, 40, 43, 46, 42};

    private final long seed;
    private final LocalDate until;

    DeliveryPlanner(HistoryOptions options) {
        this.seed = options.seed();
        this.until = options.until();
    }

    // ---- goal 2: awareness

    void planAwarenessSurveys(int year, Consumer<ScriptedCommand> schedule) {
        for (House house : House.values()) {
            Draw draw = Draw.of(seed, "awareness", year, house.ordinal());
            int years = year - HistoryOptions.EARLIEST_YEAR;
            BigDecimal aware = percent(clamp(AWARE_OF_HOUSE_2024[house.ordinal()] + 1.5 * years
                    + draw.gaussian(0, 1.5), 35, 50));
            BigDecimal offers = percent(clamp(55 + 2.5 * years + draw.gaussian(0, 2), 50, 70));
            int respondents = (int) Math.round(300 + 2000 * Houses.share(house) * draw.uniform(0.8, 1.2));
            Timeline timeline = new Timeline(until);
            LocalDate preliminaryOn = BusinessCalendar.anyBusinessDay(draw, LocalDate.of(year, 9, 15),
                    LocalDate.of(year, 11, 15));
            ScriptedCommand preliminary = timeline.add(Timeline.after(draw, preliminaryOn, null), preliminaryOn,
                    DeliverAwarenessSurvey.of(house, year, aware, offers, respondents, DeliveryStatus.PRELIMINARY,
                            preliminaryOn), People.ANALYST, BUSINESS_AUTHORITY_ANALYST, null);
            if (preliminary != null) {
                LocalDate finalOn = BusinessCalendar.anyBusinessDay(draw, LocalDate.of(year + 1, 1, 15),
                        LocalDate.of(year + 1, 3, 15));
                BigDecimal restatedAware = restated(draw, aware, 35, 50);
                BigDecimal restatedOffers = restated(draw, offers, 50, 70);
                timeline.add(Timeline.after(draw, finalOn, preliminary.recordedAt()), finalOn,
                        DeliverAwarenessSurvey.of(house, year, restatedAware, restatedOffers,
                                respondents + draw.between(0, 60), DeliveryStatus.FINAL, finalOn),
                        People.ANALYST, BUSINESS_AUTHORITY_ANALYST, null);
            }
            timeline.inOrder().forEach(schedule);
        }
    }

    // ---- goal 5: control group

    /** Growth over the two years ending with {@code year}, for both segments. */
    void planControlGroups(int year, Consumer<ScriptedCommand> schedule) {
        for (Segment segment : Segment.values()) {
            Draw draw = Draw.of(seed, "control", year, segment.ordinal());
            boolean growth = segment == Segment.GROWTH;
            double revenue = draw.gaussian(growth ? 9 : 5, 1.5);
            double employment = draw.gaussian(growth ? 3.5 : 1.5, 1);
            double revenuePerEmployee = (1 + revenue / 100) / (1 + employment / 100) * 100 - 100;
            double grossProfitPerEmployee = revenuePerEmployee + draw.gaussian(-0.5, 1);
            LocalDate preliminaryOn = deliveryDay(draw, year, null);
            if (preliminaryOn == null) {
                continue;
            }
            Timeline timeline = new Timeline(until);
            ScriptedCommand preliminary = timeline.add(Timeline.after(draw, preliminaryOn, null), preliminaryOn,
                    DeliverControlGroupGrowth.of(segment, year, growth(revenue), growth(employment),
                            growth(revenuePerEmployee), growth(grossProfitPerEmployee), DeliveryStatus.PRELIMINARY,
                            preliminaryOn), People.ANALYST, BUSINESS_AUTHORITY_ANALYST, null);
            if (preliminary != null) {
                LocalDate finalOn = plusBusinessDays(preliminaryOn, draw.between(100, 150));
                timeline.add(Timeline.after(draw, finalOn, preliminary.recordedAt()), finalOn,
                        DeliverControlGroupGrowth.of(segment, year, growth(revenue + draw.gaussian(0, 0.4)),
                                growth(employment + draw.gaussian(0, 0.3)),
                                growth(revenuePerEmployee + draw.gaussian(0, 0.4)),
                                growth(grossProfitPerEmployee + draw.gaussian(0, 0.4)), DeliveryStatus.FINAL,
                                finalOn), People.ANALYST, BUSINESS_AUTHORITY_ANALYST, null);
            }
            timeline.inOrder().forEach(schedule);
        }
    }

    // ---- goal 5: the guided company's accounts

    /** Accounts for the year the case closed and two years on (goal 5 measures effect two years after guidance). */
    void planAccounts(Company company, LocalDate closedOn, Consumer<ScriptedCommand> schedule) {
        for (int year : new int[]{closedOn.getYear(), closedOn.getYear() + 2}) {
            if (year > until.getYear() || !company.planAccounts(year)) {
                continue;
            }
            Draw draw = Draw.of(seed, "accounts", Long.parseLong(company.cvr), year);
            LocalDate preliminaryOn = deliveryDay(draw, year, closedOn);
            if (preliminaryOn == null) {
                continue;
            }
            BigDecimal revenue = company.revenue(year);
            BigDecimal employees = company.fullTimeEmployees(year);
            BigDecimal grossProfit = company.grossProfit(year);
            Timeline timeline = new Timeline(until);
            ScriptedCommand preliminary = timeline.add(Timeline.after(draw, preliminaryOn, null), preliminaryOn,
                    DeliverCompanyAccounts.of(company.cvr, year, revenue, employees, grossProfit,
                            DeliveryStatus.PRELIMINARY, preliminaryOn), People.ANALYST, BUSINESS_AUTHORITY_ANALYST,
                    null);
            if (preliminary != null && draw.chance(FINAL_ACCOUNTS_SHARE)) {
                LocalDate finalOn = plusBusinessDays(preliminaryOn, draw.between(60, 120));
                if (draw.chance(RESTATED_ACCOUNTS_SHARE)) {
                    double factor = draw.uniform(0.97, 1.03);
                    revenue = BigDecimal.valueOf(Math.round(revenue.doubleValue() * factor));
                    grossProfit = BigDecimal.valueOf(Math.round(grossProfit.doubleValue() * factor));
                }
                timeline.add(Timeline.after(draw, finalOn, preliminary.recordedAt()), finalOn,
                        DeliverCompanyAccounts.of(company.cvr, year, revenue, employees, grossProfit,
                                DeliveryStatus.FINAL, finalOn), People.ANALYST, BUSINESS_AUTHORITY_ANALYST, null);
            }
            timeline.inOrder().forEach(schedule);
        }
    }

    /**
     * The day a year's figures are first delivered: in the spring after the year (after {@code notBefore}
     * when given), or, when that is after {@code until}, in the three weeks before {@code until}; null when the
     * year is after {@code until}'s or no business day fits.
     */
    private LocalDate deliveryDay(Draw draw, int year, LocalDate notBefore) {
        LocalDate planned = BusinessCalendar.anyBusinessDay(draw, LocalDate.of(year + 1, 3, 1),
                LocalDate.of(year + 1, 6, 30));
        if (notBefore != null && !planned.isAfter(notBefore)) {
            planned = plusBusinessDays(notBefore, draw.between(5, 30));
        }
        if (!planned.isAfter(until)) {
            return planned;
        }
        if (year > until.getYear()) {
            return null;
        }
        LocalDate from = later(LocalDate.of(year, 1, 1), until.minusDays(21));
        if (notBefore != null) {
            from = later(from, notBefore.plusDays(1));
        }
        return BusinessCalendar.anyBusinessDay(draw, from, until);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static BigDecimal percent(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** The final figure: a few tenths off the preliminary one, never the same. */
    private static BigDecimal restated(Draw draw, BigDecimal preliminary, double low, double high) {
        BigDecimal restated = percent(clamp(preliminary.doubleValue() + draw.gaussian(0, 0.8), low, high));
        if (restated.compareTo(preliminary) == 0) {
            restated = percent(clamp(preliminary.doubleValue() + (preliminary.doubleValue() < high ? 0.3 : -0.3),
                    low, high));
        }
        return restated;
    }

    private static BigDecimal growth(double percent) {
        return BigDecimal.valueOf(Math.max(-100, Math.min(1000, percent))).setScale(2, RoundingMode.HALF_UP);
    }
}
