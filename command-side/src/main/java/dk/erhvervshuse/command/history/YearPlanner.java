package dk.erhvervshuse.command.history;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Plans one year of the history: the year's result contracts (proposed in the December before), its awareness
 * surveys and control-group deliveries, and the guidance of {@code companiesPerYear} companies with their
 * cases, each case planned whole into the following year, with the accounts of the companies whose case
 * closed. What it keeps from one year to the next is only the companies that return to the same house.
 */
final class YearPlanner {

    static final double GROWTH_SEGMENT_SHARE = 0.45;
    /** Share of companies guided by a second house in the same year. */
    static final double SECOND_HOUSE_SHARE = 0.03;
    /** Share of companies whose case closed that the same house guides again the next year. */
    static final double RETURNING_SHARE = 0.06;

    private static final int[] MONTH_WEIGHTS = {100, 100, 110, 95, 100, 100, 35, 90, 115, 110, 110, 60};

    private final HistoryOptions options;
    private final CompanyNumbers numbers;
    private final People people;
    private final CasePlanner cases;
    private final ContractPlanner contracts;
    private final DeliveryPlanner deliveries;
    private List<Returning> returningNextYear = new ArrayList<>();

    private record Returning(Company company, House house, LocalDate earliestOpening) {
    }

    YearPlanner(HistoryOptions options) {
        this.options = options;
        this.numbers = new CompanyNumbers(options.seed());
        this.people = new People(options.companiesPerYear());
        this.cases = new CasePlanner(options.until(), numbers);
        this.contracts = new ContractPlanner(options);
        this.deliveries = new DeliveryPlanner(options);
    }

    /** The first moment anything planned for {@code year} can be recorded: the December before, when contracts are proposed. */
    static LocalDate earliestDayOf(int year) {
        return LocalDate.of(year - 1, 12, 1);
    }

    void plan(int year, Consumer<ScriptedCommand> schedule) {
        contracts.plan(year, schedule);
        deliveries.planAwarenessSurveys(year, schedule);
        deliveries.planControlGroups(year, schedule);
        if (year == options.toYear()) {
            for (int later = year + 1; later <= year + 2; later++) {
                deliveries.planControlGroups(later, schedule);
            }
        }
        planGuidance(year, schedule);
    }

    private void planGuidance(int year, Consumer<ScriptedCommand> schedule) {
        Draw draw = Draw.of(options.seed(), "companies", year);
        Map<House, Integer> caseNumbers = new EnumMap<>(House.class);
        List<Returning> returning = returningNextYear;
        returningNextYear = new ArrayList<>();
        LocalDate lastOpening = LocalDate.of(year, 12, 18);

        int planned = 0;
        for (Returning company : returning) {
            if (planned++ >= options.companiesPerYear()) {
                break;
            }
            LocalDate openedOn = openingDay(draw, company.earliestOpening(), lastOpening);
            if (openedOn != null) {
                planCase(year, company.house(), company.company(), openedOn, caseNumbers, schedule, draw);
            }
        }
        for (; planned < options.companiesPerYear(); planned++) {
            House house = Houses.pick(draw);
            LocalDate openedOn = openingDay(draw, LocalDate.of(year, 1, 2), lastOpening);
            Company company = newCompany(draw, year, openedOn);
            planCase(year, house, company, openedOn, caseNumbers, schedule, draw);
            if (draw.chance(SECOND_HOUSE_SHARE)) {
                LocalDate earliest = company.foundedOn.plusDays(30);
                LocalDate secondOpening = openingDay(draw,
                        earliest.isAfter(LocalDate.of(year, 1, 2)) ? earliest : LocalDate.of(year, 1, 2), lastOpening);
                if (secondOpening != null) {
                    planCase(year, Houses.pickOther(draw, house), company, secondOpening, caseNumbers, schedule, draw);
                }
            }
        }
    }

    private void planCase(int year, House house, Company company, LocalDate openedOn, Map<House, Integer> caseNumbers,
                          Consumer<ScriptedCommand> schedule, Draw draw) {
        int number = caseNumbers.merge(house, 1, Integer::sum);
        String caseId = String.format("case-%d-%s-%05d", year, People.key(house), number);
        List<String> advisers = people.advisers(house);
        String adviserId = draw.pick(advisers);
        CasePlanner.Outcome outcome = cases.plan(caseId, house, company, openedOn, adviserId, advisers,
                Draw.of(options.seed(), "case", year, house.ordinal(), number));
        outcome.commands().forEach(schedule);
        LocalDate closedOn = outcome.closedOn();
        if (closedOn == null) {
            return;
        }
        deliveries.planAccounts(company, closedOn, schedule);
        if (year < options.toYear() && draw.chance(RETURNING_SHARE)) {
            LocalDate earliest = BusinessCalendar.plusBusinessDays(closedOn, draw.between(15, 80));
            LocalDate nextYearStart = LocalDate.of(year + 1, 1, 2);
            earliest = earliest.isBefore(nextYearStart) ? nextYearStart : earliest;
            if (!earliest.isAfter(LocalDate.of(year + 1, 11, 30))) {
                returningNextYear.add(new Returning(company, house, earliest));
            }
        }
    }

    private Company newCompany(Draw draw, int year, LocalDate openedOn) {
        boolean entrepreneur = draw.chance(options.entrepreneurShare());
        LocalDate foundedOn;
        if (entrepreneur) {
            // well inside 3 years at the first meeting, whatever day of the year the age is told on
            foundedOn = openedOn.minusDays(draw.between(60, 980));
        } else {
            double years = switch (draw.weighted(40, 35, 25)) {
                case 0 -> draw.uniform(3.3, 8);
                case 1 -> draw.uniform(8, 20);
                default -> draw.uniform(20, 45);
            };
            foundedOn = openedOn.minusDays(Math.round(years * 365.25));
        }
        Segment segment = draw.chance(GROWTH_SEGMENT_SHARE) ? Segment.GROWTH : Segment.OPERATIONS;
        return new Company(numbers.nextCvr(), numbers.nextPNumber(), foundedOn, segment, entrepreneur, year, draw);
    }

    /** A business day from {@code from} through {@code to}, fewer in July and December (holidays). */
    private static LocalDate openingDay(Draw draw, LocalDate from, LocalDate to) {
        LocalDate day = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            day = BusinessCalendar.anyBusinessDay(draw, from, to);
            if (day == null || draw.chance(MONTH_WEIGHTS[day.getMonthValue() - 1] / 115.0)) {
                return day;
            }
        }
        return day;
    }
}
