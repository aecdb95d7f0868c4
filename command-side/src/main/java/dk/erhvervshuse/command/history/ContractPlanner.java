package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.api.AmendResultContract;
import dk.erhvervshuse.command.api.ProposeResultContract;
import dk.erhvervshuse.command.api.SignResultContract;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ContractGoal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static dk.erhvervshuse.command.history.BusinessCalendar.plusBusinessDays;

/**
 * The result contract (§8.2) of each house for each year of the agreement: negotiated with KKR and proposed in
 * the December before, with the agreement's national goals and one local goal; signed by the board chair and
 * the KKR chair in December or January; and for about a third of them amended in the summer.
 */
final class ContractPlanner {

    static final double AMENDED_SHARE = 1.0 / 3;

    private final long seed;
    private final int companiesPerYear;
    private final LocalDate until;

    ContractPlanner(HistoryOptions options) {
        this.seed = options.seed();
        this.companiesPerYear = options.companiesPerYear();
        this.until = options.until();
    }

    void plan(int year, Consumer<ScriptedCommand> schedule) {
        if (!AgreementTerms.covers(year)) {
            return;
        }
        for (House house : House.values()) {
            plan(house, year).forEach(schedule);
        }
    }

    private List<ScriptedCommand> plan(House house, int year) {
        Draw draw = Draw.of(seed, "contract", year, house.ordinal());
        Timeline timeline = new Timeline(until);
        String manager = People.manager(house, 1);
        Vocabulary.LocalGoal template = draw.pick(Vocabulary.LOCAL_GOALS);
        ContractGoal local = localGoal(template, target(draw, template, house));

        LocalDate proposedOn = BusinessCalendar.anyBusinessDay(draw, LocalDate.of(year - 1, 12, 1),
                LocalDate.of(year - 1, 12, 12));
        ScriptedCommand proposal = timeline.add(Timeline.registered(draw, proposedOn, null), proposedOn,
                ProposeResultContract.of(house, year, null, List.of(local), proposedOn), manager,
                ScriptedCommand.HOUSE_MANAGER, house);
        if (proposal == null) {
            return timeline.inOrder();
        }
        boolean boardFirst = draw.chance(0.6);
        LocalDate firstDay = plusBusinessDays(proposedOn, draw.between(2, 8));
        ScriptedCommand first = sign(timeline, draw, house, year, boardFirst ? Party.BOARD_CHAIR : Party.KKR_CHAIR,
                firstDay, proposal);
        if (first == null) {
            return timeline.inOrder();
        }
        LocalDate secondDay = plusBusinessDays(firstDay, draw.between(2, 20));
        ScriptedCommand second = sign(timeline, draw, house, year, boardFirst ? Party.KKR_CHAIR : Party.BOARD_CHAIR,
                secondDay, first);
        if (second != null && draw.chance(AMENDED_SHARE)) {
            LocalDate amendedOn = BusinessCalendar.anyBusinessDay(draw, LocalDate.of(year, 5, 1),
                    LocalDate.of(year, 9, 30));
            List<ContractGoal> goals = new ArrayList<>(AgreementTerms.nationalGoals(house, year));
            goals.add(localGoal(template, amendedTarget(draw, template, local.target())));
            timeline.add(Timeline.registered(draw, amendedOn, second.recordedAt()), amendedOn,
                    AmendResultContract.of(house, year, goals, draw.pick(Vocabulary.AMENDMENT_REASONS),
                            List.of(People.kkrChair(house), People.boardChair(house)), amendedOn),
                    manager, ScriptedCommand.HOUSE_MANAGER, house);
        }
        return timeline.inOrder();
    }

    private static ScriptedCommand sign(Timeline timeline, Draw draw, House house, int year, Party party,
                                        LocalDate signedOn, ScriptedCommand after) {
        boolean board = party == Party.BOARD_CHAIR;
        String chair = board ? People.boardChair(house) : People.kkrChair(house);
        return timeline.add(Timeline.registered(draw, signedOn, after.recordedAt()), signedOn,
                SignResultContract.of(house, year, party, chair, signedOn), chair,
                board ? ScriptedCommand.BOARD_CHAIR : ScriptedCommand.KKR_CHAIR, board ? house : null);
    }

    private static ContractGoal localGoal(Vocabulary.LocalGoal template, BigDecimal target) {
        return new ContractGoal(template.goalId(), template.title(), template.measure(), template.unit(),
                template.comparison(), target);
    }

    /** Goals counted in companies scale with the house's share of the year's guided companies. */
    private BigDecimal target(Draw draw, Vocabulary.LocalGoal template, House house) {
        if (template.perCompany() > 0) {
            double companies = companiesPerYear * Houses.share(house);
            return BigDecimal.valueOf(Math.max(5, Math.round(companies * template.perCompany()
                    * draw.uniform(0.9, 1.1))));
        }
        return BigDecimal.valueOf(draw.between(template.fixedLow(), template.fixedHigh()));
    }

    /** A different target: a tenth to a fifth off for counts, a few days or points otherwise. */
    private static BigDecimal amendedTarget(Draw draw, Vocabulary.LocalGoal template, BigDecimal target) {
        long current = target.longValueExact();
        long step = template.perCompany() > 0 ? Math.max(1, Math.round(current * draw.uniform(0.1, 0.2)))
                : draw.between(1, 3);
        boolean easier = draw.chance(0.5);
        boolean lower = template.comparison() == Comparison.AT_MOST ? !easier : easier;
        long amended = lower && current - step >= 1 ? current - step : current + step;
        if ("percent".equals(template.unit())) {
            amended = Math.min(100, amended);
        }
        return BigDecimal.valueOf(amended == current ? current + 1 : amended);
    }
}
