package dk.erhvervshuse.command.contract;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.ProposeResultContract;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.NationalGoal;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static dk.erhvervshuse.command.Rejections.rejected;
import static dk.erhvervshuse.command.contract.ContractTestData.CLOCK;
import static dk.erhvervshuse.command.contract.ContractTestData.PROPOSED_ON;
import static dk.erhvervshuse.command.contract.ContractTestData.TODAY;
import static dk.erhvervshuse.command.contract.ContractTestData.agreementGoals;
import static dk.erhvervshuse.command.contract.ContractTestData.propose;
import static dk.erhvervshuse.command.contract.ContractTestData.proposed;
import static dk.erhvervshuse.command.contract.ContractTestData.proposedByTheAgreement;
import static dk.erhvervshuse.command.contract.ContractTestData.sign;
import static dk.erhvervshuse.command.contract.ContractTestData.signed;
import static dk.erhvervshuse.command.contract.ContractTestData.tookEffect;
import static dk.erhvervshuse.command.contract.ContractTestData.withTarget;
import static dk.erhvervshuse.command.contract.ContractTestData.without;

/** The contract's rules over many generated goals, targets, years and dates rather than a few chosen ones. */
class ContractRulePropertyTest {

    private static final Set<String> PERCENT_GOALS = Set.of("goal2.house", "goal2.offers", "goal4", "goal6");

    // a fresh fixture per try: tries target different contracts, and a fixture keeps the id it last saw
    private FixtureConfiguration<ResultContract> fixture;

    @BeforeTry
    void newFixture() {
        fixture = new AggregateTestFixture<>(ResultContract.class).registerInjectableResource(CLOCK);
    }

    @Property(tries = 300)
    void anyPercentTargetOutsideZeroTo100IsRejectedWithTheTargetRangeRule(
            @ForAll("percentGoals") String goalId, @ForAll("outsideZeroTo100") BigDecimal target) {
        fixture.givenNoPriorActivity()
                .when(propose(withTarget(agreementGoals(), goalId, target.toPlainString()), null))
                .expectNoEvents()
                .expectException(rejected(InvalidInput.class, "nationalGoals.target", "nationalGoals.target.range"));
    }

    @Property(tries = 300)
    void anyTargetFromZeroTo100OnAnyNationalGoalIsProposedAsGiven(
            @ForAll NationalGoal goal, @ForAll("zeroTo100") BigDecimal target) {
        List<ContractGoal> goals = withTarget(agreementGoals(), goal.id(), target.toPlainString());
        fixture.givenNoPriorActivity()
                .when(propose(goals, null))
                .expectEvents(proposed(goals));
    }

    @Provide
    Arbitrary<String> percentGoals() {
        return Arbitraries.of(PERCENT_GOALS);
    }

    @Provide
    Arbitrary<BigDecimal> outsideZeroTo100() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("-0.001")).ofScale(3),
                Arbitraries.bigDecimals().between(new BigDecimal("100.001"), new BigDecimal("100000")).ofScale(3),
                Arbitraries.of(new BigDecimal("-0.01"), new BigDecimal("100.01"), new BigDecimal("101")));
    }

    @Provide
    Arbitrary<BigDecimal> zeroTo100() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("100")));
    }

    @Property(tries = 200)
    void aContractIsProposedExactlyForTheYearsOfTheAgreement(@ForAll House house,
                                                              @ForAll @IntRange(min = 2000, max = 2040) int year) {
        boolean covered = year >= 2024 && year <= 2027;
        Statistics.label("within the agreement").collect(covered)
                .coverage(coverage -> coverage.check(true).count(n -> n > 0));

        ProposeResultContract command = ProposeResultContract.of(house, year, null, null, PROPOSED_ON);
        if (covered) {
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectEvents(new ResultContractProposed(house.name() + ":" + year, house, year,
                            AgreementTerms.nationalGoals(house, year), PROPOSED_ON));
        } else {
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "year", "year.outsideAgreement"));
        }
    }

    @Property(tries = 100)
    void theOrderOfTheNationalGoalsMeansNothing(@ForAll long seed) {
        List<ContractGoal> shuffled = new ArrayList<>(agreementGoals());
        Collections.shuffle(shuffled, new Random(seed));
        fixture.givenNoPriorActivity()
                .when(propose(shuffled, null))
                .expectEvents(proposedByTheAgreement());
    }

    @Property(tries = 200)
    void leavingOutAnyNationalGoalIsRejectedAsMissing(
            @ForAll @Size(min = 1, max = 9) @UniqueElements List<NationalGoal> leftOut) {
        List<ContractGoal> goals = agreementGoals();
        for (NationalGoal goal : leftOut) {
            goals = without(goals, goal.id());
        }
        fixture.givenNoPriorActivity()
                .when(propose(goals, null))
                .expectNoEvents()
                .expectException(rejected(InvalidInput.class, "nationalGoals", "nationalGoals.missing"));
    }

    /** Whoever signs first and whatever the dates, the contract takes effect with the second signature, on the later date. */
    @Property(tries = 200)
    void theContractTakesEffectOnTheLaterOfTheTwoSigningDates(@ForAll Party first, @ForAll("signingDates") LocalDate firstOn,
                                                              @ForAll("signingDates") LocalDate secondOn) {
        Party second = first == Party.KKR_CHAIR ? Party.BOARD_CHAIR : Party.KKR_CHAIR;
        LocalDate later = firstOn.isAfter(secondOn) ? firstOn : secondOn;
        fixture.given(proposedByTheAgreement(), signed(first, firstOn))
                .when(sign(second, secondOn))
                .expectEvents(signed(second, secondOn), tookEffect(later));
    }

    @Provide
    Arbitrary<LocalDate> signingDates() {
        return Arbitraries.integers().between(0, (int) (TODAY.toEpochDay() - PROPOSED_ON.toEpochDay()))
                .map(PROPOSED_ON::plusDays);
    }
}
