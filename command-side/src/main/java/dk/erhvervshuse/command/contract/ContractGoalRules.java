package dk.erhvervshuse.command.contract;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.NationalGoal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static dk.erhvervshuse.command.input.InputGuards.invalid;
import static dk.erhvervshuse.command.input.InputGuards.requireId;
import static dk.erhvervshuse.command.input.InputGuards.requireName;
import static dk.erhvervshuse.command.input.InputGuards.requirePresent;

/**
 * What a result contract must contain, agreement §8.2: "årlige resultatkontrakter mellem KKR og det enkelte
 * erhvervshus, som skal indeholde de nationale mål, og som kan fastsætte yderligere lokale mål" — every
 * national goal of §8.1 with the house's target for the year, and any local goals.
 * <p>
 * Choices made here:
 * <ul>
 *     <li>Every national goal ({@link NationalGoal}) exactly once; none unknown. A contract without national
 *     goals takes the agreement's targets for the house and year ({@link AgreementTerms#nationalGoals}).</li>
 *     <li>A national goal's unit is the goal's own and it has no measure of its own (the agreement defines it);
 *     its title may be left null for the agreement's. Its comparison and target are the parties' to set:
 *     a contract may set a higher target than the agreement's.</li>
 *     <li>A local goal's id is {@code local.<name>}, unique in the contract; title, measure and unit are
 *     required single-line text of at most 200 characters.</li>
 *     <li>Every target is present and not negative: a falling measure is a goal with
 *     {@link Comparison#AT_MOST}, not a negative target. A target in percent, or a Net Promoter Score, is at
 *     most 100.</li>
 *     <li>National goals are kept in the order of {@link NationalGoal}, local goals in the order given; the
 *     order of goals means nothing, so two lists with the same goals in another order are the same terms.</li>
 * </ul>
 * Rule codes name the command's field: {@code nationalGoals.*} and {@code localGoals.*} for a proposal,
 * {@code goals.*} for an amendment, e.g. {@code nationalGoals.missing}, {@code goals.target.range}.
 */
public final class ContractGoalRules {

    static final String LOCAL_PREFIX = "local.";

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Units whose values cannot pass 100: shares in percent, and the Net Promoter Score (−100 to 100). */
    private static final Set<String> UNITS_UP_TO_100 = Set.of("percent", "procent", "pct", "pct.", "%", "nps");

    private ContractGoalRules() {
    }

    /**
     * The goals of a proposal: the national goals given, or the agreement's when none are given, then the
     * local goals.
     *
     * @param agreementGoals the agreement's national goals for the house and year
     */
    public static List<ContractGoal> proposedGoals(List<ContractGoal> agreementGoals, List<ContractGoal> nationalGoals,
                                                   List<ContractGoal> localGoals) {
        List<ContractGoal> goals = new ArrayList<>(nationalGoals == null || nationalGoals.isEmpty()
                ? agreementGoals
                : requireNationalGoals("nationalGoals", nationalGoals, agreementGoals));
        goals.addAll(requireLocalGoals("localGoals", localGoals == null ? List.of() : localGoals));
        return List.copyOf(goals);
    }

    /** The goals of an amendment: the contract's full list after it, national and local, in one field. */
    public static List<ContractGoal> amendedGoals(List<ContractGoal> agreementGoals, List<ContractGoal> goals) {
        String field = "goals";
        requirePresent(field, goals);
        List<ContractGoal> national = new ArrayList<>();
        List<ContractGoal> local = new ArrayList<>();
        for (ContractGoal goal : goals) {
            requireEntry(field, goal);
            (goal.concernsNationalGoal() ? national : local).add(goal);
        }
        List<ContractGoal> amended = new ArrayList<>(requireNationalGoals(field, national, agreementGoals));
        amended.addAll(requireLocalGoals(field, local));
        return List.copyOf(amended);
    }

    /** Whether two goal lists are the same terms: the same goals, whatever their order, targets by value (94 = 94.0). */
    static boolean sameTerms(List<ContractGoal> a, List<ContractGoal> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Map<String, ContractGoal> byId = new HashMap<>();
        b.forEach(goal -> byId.put(goal.goalId(), goal));
        return a.stream().allMatch(goal -> sameGoal(goal, byId.get(goal.goalId())));
    }

    private static boolean sameGoal(ContractGoal a, ContractGoal b) {
        return b != null && Objects.equals(a.title(), b.title()) && Objects.equals(a.measure(), b.measure())
                && Objects.equals(a.unit(), b.unit()) && a.comparison() == b.comparison()
                && a.target().compareTo(b.target()) == 0;
    }

    private static List<ContractGoal> requireNationalGoals(String field, List<ContractGoal> given,
                                                           List<ContractGoal> agreementGoals) {
        Map<NationalGoal, ContractGoal> byGoal = new EnumMap<>(NationalGoal.class);
        for (ContractGoal goal : given) {
            requireEntry(field, goal);
            NationalGoal national = nationalGoalOf(field, goal.goalId());
            if (byGoal.containsKey(national)) {
                throw invalid(field, field + ".duplicate", "national goal " + national.id() + " is given more than once");
            }
            ContractGoal agreed = agreementGoals.stream()
                    .filter(candidate -> candidate.goalId().equals(national.id()))
                    .findFirst().orElseThrow();
            byGoal.put(national, forGoal(national.id(), () -> requireNationalGoal(field, national, goal, agreed)));
        }
        Set<NationalGoal> missing = EnumSet.allOf(NationalGoal.class);
        missing.removeAll(byGoal.keySet());
        if (!missing.isEmpty()) {
            throw invalid(field, field + ".missing", "a result contract holds every national goal of §8.1; missing "
                    + missing.stream().map(NationalGoal::id).collect(Collectors.joining(", ")));
        }
        return List.copyOf(byGoal.values());
    }

    private static NationalGoal nationalGoalOf(String field, String goalId) {
        for (NationalGoal goal : NationalGoal.values()) {
            if (goal.id().equals(goalId)) {
                return goal;
            }
        }
        throw invalid(field, field + ".unknown", goalId + " is no national goal of §8.1 (a local goal's id starts with "
                + LOCAL_PREFIX + ")");
    }

    private static ContractGoal requireNationalGoal(String field, NationalGoal national, ContractGoal goal,
                                                    ContractGoal agreed) {
        String title = goal.title() == null ? agreed.title() : requireName(field + ".title", goal.title());
        if (goal.measure() != null) {
            throw invalid(field + ".measure", field + ".measure.notApplicable",
                    "a national goal is measured as the agreement says; it takes no measure of its own");
        }
        if (goal.unit() != null && !goal.unit().equals(national.unit())) {
            throw invalid(field + ".unit", field + ".unit.mismatch",
                    "unit " + goal.unit() + " is not the goal's unit, " + national.unit());
        }
        Comparison comparison = requirePresent(field + ".comparison", goal.comparison());
        BigDecimal target = requireTarget(field, goal.target(), national.unit());
        return new ContractGoal(national.id(), title, null, national.unit(), comparison, target);
    }

    private static List<ContractGoal> requireLocalGoals(String field, List<ContractGoal> given) {
        Set<String> ids = new HashSet<>();
        List<ContractGoal> goals = new ArrayList<>();
        for (ContractGoal goal : given) {
            requireEntry(field, goal);
            String goalId = requireId(field + ".goalId", goal.goalId());
            if (!goalId.startsWith(LOCAL_PREFIX) || goalId.length() == LOCAL_PREFIX.length()) {
                throw invalid(field + ".goalId", field + ".goalId.format",
                        "a local goal's id is " + LOCAL_PREFIX + "<name>, not " + goalId);
            }
            if (!ids.add(goalId)) {
                throw invalid(field, field + ".duplicate", "local goal " + goalId + " is given more than once");
            }
            goals.add(forGoal(goalId, () -> requireLocalGoal(field, goal)));
        }
        return goals;
    }

    private static ContractGoal requireLocalGoal(String field, ContractGoal goal) {
        String title = requireName(field + ".title", goal.title());
        String measure = requireName(field + ".measure", goal.measure());
        String unit = requireName(field + ".unit", goal.unit());
        Comparison comparison = requirePresent(field + ".comparison", goal.comparison());
        BigDecimal target = requireTarget(field, goal.target(), unit);
        return new ContractGoal(goal.goalId(), title, measure, unit, comparison, target);
    }

    private static BigDecimal requireTarget(String field, BigDecimal target, String unit) {
        String targetField = field + ".target";
        requirePresent(targetField, target);
        if (target.signum() < 0) {
            throw invalid(targetField, targetField + ".range", "target " + target.toPlainString()
                    + " is negative; a falling measure is a goal with comparison AT_MOST");
        }
        if (boundedBy100(unit) && target.compareTo(HUNDRED) > 0) {
            throw invalid(targetField, targetField + ".range",
                    "target " + target.toPlainString() + " is above 100 " + unit);
        }
        return target;
    }

    static boolean boundedBy100(String unit) {
        return UNITS_UP_TO_100.contains(unit.trim().toLowerCase(Locale.ROOT));
    }

    private static void requireEntry(String field, ContractGoal goal) {
        if (goal == null) {
            throw invalid(field, field + ".required", field + " must not contain an empty entry");
        }
    }

    /** Names the goal at fault in the message; the field and rule stay as the guard gave them. */
    private static <T> T forGoal(String goalId, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInput rejection) {
            throw invalid(rejection.field(), rejection.rule(), "goal " + goalId + ": " + rejection.getMessage());
        }
    }
}
