package dk.erhvervshuse.command.history;

import dk.erhvervshuse.events.common.Segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A guided company as the generator imagines it: its registration and a simple trajectory of its accounts
 * (revenue and full-time employees growing at their own yearly rates from a base year), from which every
 * delivery of its accounts is computed, so that two deliveries for one year always agree.
 */
final class Company {

    final String cvr;
    final LocalDate foundedOn;
    String pNumber;
    /** The true segment; a correction of a wrong registration sets it for later cases too. */
    Segment segment;
    private final int baseYear;
    private final double baseRevenue;
    private final double baseFullTimeEmployees;
    private final double grossMargin;
    private final double revenueGrowth;
    private final double employmentGrowth;
    private final Set<Integer> accountYears = new HashSet<>();

    Company(String cvr, String pNumber, LocalDate foundedOn, Segment segment, boolean entrepreneur, int baseYear,
            Draw draw) {
        this.cvr = cvr;
        this.pNumber = pNumber;
        this.foundedOn = foundedOn;
        this.segment = segment;
        this.baseYear = baseYear;
        double medianRevenue = entrepreneur ? 1_200_000 : segment == Segment.GROWTH ? 6_000_000 : 9_000_000;
        this.baseRevenue = Math.max(50_000, medianRevenue * Math.exp(draw.gaussian(0, 0.9)));
        this.baseFullTimeEmployees = Math.max(0.5, baseRevenue / draw.uniform(700_000, 1_600_000));
        this.grossMargin = draw.gaussian(entrepreneur ? 0.25 : 0.35, 0.12);
        // Goal 5 (§8.1): vækst companies should outgrow the control group by 10 points of revenue and 5 of
        // employment over two years, drift companies their productivity; on average they do, with spread.
        if (segment == Segment.GROWTH) {
            this.revenueGrowth = Math.max(-0.4, draw.gaussian(0.10, 0.08));
            this.employmentGrowth = Math.max(-0.4, draw.gaussian(0.05, 0.05));
        } else {
            this.employmentGrowth = Math.max(-0.4, draw.gaussian(0.01, 0.03));
            this.revenueGrowth = Math.max(-0.4, employmentGrowth + draw.gaussian(0.03, 0.04));
        }
    }

    /** Marks the year's accounts as planned; false when they already were (a stream takes each year once). */
    boolean planAccounts(int year) {
        return accountYears.add(year);
    }

    BigDecimal revenue(int year) {
        return BigDecimal.valueOf(Math.round(baseRevenue * Math.pow(1 + revenueGrowth, year - baseYear)));
    }

    BigDecimal fullTimeEmployees(int year) {
        double employees = baseFullTimeEmployees * Math.pow(1 + employmentGrowth, year - baseYear);
        return BigDecimal.valueOf(Math.max(0.5, employees)).setScale(2, RoundingMode.HALF_UP);
    }

    BigDecimal grossProfit(int year) {
        return BigDecimal.valueOf(Math.round(revenue(year).doubleValue() * grossMargin));
    }
}
