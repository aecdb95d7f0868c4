package dk.erhvervshuse.command.contract;

import dk.erhvervshuse.command.api.AmendResultContract;
import dk.erhvervshuse.command.api.ProposeResultContract;
import dk.erhvervshuse.command.api.SignResultContract;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Fyn's result contract for 2025, negotiated in November 2024 and signed by both chairs in December 2024,
 * and builders for the commands and the events they should give.
 */
final class ContractTestData {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), COPENHAGEN);

    static final House HOUSE = House.FYN;
    static final int YEAR = 2025;
    static final String CONTRACT_ID = "FYN:2025";
    static final LocalDate PROPOSED_ON = LocalDate.of(2024, 11, 20);
    static final LocalDate KKR_SIGNED_ON = LocalDate.of(2024, 12, 10);
    static final LocalDate BOARD_SIGNED_ON = LocalDate.of(2024, 12, 18);
    static final String KKR_CHAIR = "kkr-syddanmark-chair";
    static final String BOARD_CHAIR = "fyn-board-chair";
    static final List<String> CHAIRS = List.of(KKR_CHAIR, BOARD_CHAIR);
    static final LocalDate AMENDED_ON = LocalDate.of(2025, 3, 4);
    static final String REASON = "KKR and the house agreed to raise the entrepreneur target after a strong first quarter";

    private ContractTestData() {
    }

    static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    /** The agreement's national goals for Fyn in 2025 (§8.1). */
    static List<ContractGoal> agreementGoals() {
        return AgreementTerms.nationalGoals(HOUSE, YEAR);
    }

    static ContractGoal local(String goalId) {
        return new ContractGoal(goalId, "Food companies guided", "Distinct companies of the food cluster guided in the year",
                "companies", Comparison.AT_LEAST, new BigDecimal("40"));
    }

    static ContractGoal goal(List<ContractGoal> goals, String goalId) {
        return goals.stream().filter(goal -> goal.goalId().equals(goalId)).findFirst().orElseThrow();
    }

    static BigDecimal target(List<ContractGoal> goals, String goalId) {
        return goal(goals, goalId).target();
    }

    /** The goals with the one named changed. */
    static List<ContractGoal> changed(List<ContractGoal> goals, String goalId, UnaryOperator<ContractGoal> change) {
        return goals.stream().map(goal -> goal.goalId().equals(goalId) ? change.apply(goal) : goal).toList();
    }

    static List<ContractGoal> withTarget(List<ContractGoal> goals, String goalId, String target) {
        return changed(goals, goalId, goal -> withTarget(goal, target));
    }

    static ContractGoal withTarget(ContractGoal goal, String target) {
        return new ContractGoal(goal.goalId(), goal.title(), goal.measure(), goal.unit(), goal.comparison(),
                target == null ? null : new BigDecimal(target));
    }

    static List<ContractGoal> without(List<ContractGoal> goals, String goalId) {
        return goals.stream().filter(goal -> !goal.goalId().equals(goalId)).toList();
    }

    @SafeVarargs
    static <T> List<T> plus(List<T> list, T... more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(Arrays.asList(more));
        return all;
    }

    static ProposeResultContract propose(List<ContractGoal> nationalGoals, List<ContractGoal> localGoals) {
        return ProposeResultContract.of(HOUSE, YEAR, nationalGoals, localGoals, PROPOSED_ON);
    }

    static ProposeResultContract proposeTheAgreementsGoals() {
        return propose(null, null);
    }

    static ResultContractProposed proposed(List<ContractGoal> goals) {
        return new ResultContractProposed(CONTRACT_ID, HOUSE, YEAR, goals, PROPOSED_ON);
    }

    static ResultContractProposed proposedByTheAgreement() {
        return proposed(agreementGoals());
    }

    static String chairOf(Party party) {
        return party == Party.KKR_CHAIR ? KKR_CHAIR : BOARD_CHAIR;
    }

    static SignResultContract sign(Party party, LocalDate signedOn) {
        return SignResultContract.of(HOUSE, YEAR, party, chairOf(party), signedOn);
    }

    static ResultContractSigned signed(Party party, LocalDate signedOn) {
        return new ResultContractSigned(CONTRACT_ID, HOUSE, YEAR, party, chairOf(party), signedOn);
    }

    static ResultContractTookEffect tookEffect(LocalDate effectiveOn) {
        return new ResultContractTookEffect(CONTRACT_ID, HOUSE, YEAR, effectiveOn);
    }

    /** Proposed with the agreement's goals, signed by both chairs in December 2024, in force from the 18th. */
    static Object[] inForce() {
        return new Object[]{proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON),
                signed(Party.BOARD_CHAIR, BOARD_SIGNED_ON), tookEffect(BOARD_SIGNED_ON)};
    }

    static AmendResultContract amend(List<ContractGoal> goals) {
        return amend(goals, AMENDED_ON);
    }

    static AmendResultContract amend(List<ContractGoal> goals, LocalDate amendedOn) {
        return AmendResultContract.of(HOUSE, YEAR, goals, REASON, CHAIRS, amendedOn);
    }

    static ResultContractAmended amended(List<ContractGoal> goals) {
        return amended(goals, AMENDED_ON);
    }

    static ResultContractAmended amended(List<ContractGoal> goals, LocalDate amendedOn) {
        return new ResultContractAmended(CONTRACT_ID, HOUSE, YEAR, goals, REASON, CHAIRS, amendedOn);
    }
}
