package dk.erhvervshuse.command.contract;

import dk.erhvervshuse.command.api.AmendResultContract;
import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.NotFound;
import dk.erhvervshuse.command.api.ProposeResultContract;
import dk.erhvervshuse.command.api.SignResultContract;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.NationalGoal;
import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dk.erhvervshuse.command.Rejections.rejected;
import static dk.erhvervshuse.command.contract.ContractTestData.AMENDED_ON;
import static dk.erhvervshuse.command.contract.ContractTestData.BOARD_CHAIR;
import static dk.erhvervshuse.command.contract.ContractTestData.BOARD_SIGNED_ON;
import static dk.erhvervshuse.command.contract.ContractTestData.CHAIRS;
import static dk.erhvervshuse.command.contract.ContractTestData.CLOCK;
import static dk.erhvervshuse.command.contract.ContractTestData.CONTRACT_ID;
import static dk.erhvervshuse.command.contract.ContractTestData.HOUSE;
import static dk.erhvervshuse.command.contract.ContractTestData.KKR_CHAIR;
import static dk.erhvervshuse.command.contract.ContractTestData.KKR_SIGNED_ON;
import static dk.erhvervshuse.command.contract.ContractTestData.PROPOSED_ON;
import static dk.erhvervshuse.command.contract.ContractTestData.REASON;
import static dk.erhvervshuse.command.contract.ContractTestData.TODAY;
import static dk.erhvervshuse.command.contract.ContractTestData.YEAR;
import static dk.erhvervshuse.command.contract.ContractTestData.agreementGoals;
import static dk.erhvervshuse.command.contract.ContractTestData.amend;
import static dk.erhvervshuse.command.contract.ContractTestData.amended;
import static dk.erhvervshuse.command.contract.ContractTestData.changed;
import static dk.erhvervshuse.command.contract.ContractTestData.goal;
import static dk.erhvervshuse.command.contract.ContractTestData.inForce;
import static dk.erhvervshuse.command.contract.ContractTestData.local;
import static dk.erhvervshuse.command.contract.ContractTestData.plus;
import static dk.erhvervshuse.command.contract.ContractTestData.propose;
import static dk.erhvervshuse.command.contract.ContractTestData.proposeTheAgreementsGoals;
import static dk.erhvervshuse.command.contract.ContractTestData.proposed;
import static dk.erhvervshuse.command.contract.ContractTestData.proposedByTheAgreement;
import static dk.erhvervshuse.command.contract.ContractTestData.repeat;
import static dk.erhvervshuse.command.contract.ContractTestData.sign;
import static dk.erhvervshuse.command.contract.ContractTestData.signed;
import static dk.erhvervshuse.command.contract.ContractTestData.target;
import static dk.erhvervshuse.command.contract.ContractTestData.tookEffect;
import static dk.erhvervshuse.command.contract.ContractTestData.withTarget;
import static dk.erhvervshuse.command.contract.ContractTestData.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

class ResultContractTest {

    private FixtureConfiguration<ResultContract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResultContract.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Nested
    class ProposingAContract {

        @Test
        void proposesTheAgreementsNationalGoalsWhenNoneAreGiven() {
            fixture.givenNoPriorActivity()
                    .when(proposeTheAgreementsGoals())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(proposedByTheAgreement());
        }

        @Test
        void takesAnEmptyListOfNationalGoalsAsTheAgreements() {
            fixture.givenNoPriorActivity()
                    .when(propose(List.of(), List.of()))
                    .expectEvents(proposedByTheAgreement());
        }

        @Test
        void givesFynItsShareOfTheEntrepreneurGoalAndTheAgreementsOtherTargetsFor2025() {
            fixture.givenNoPriorActivity()
                    .when(proposeTheAgreementsGoals())
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate((ResultContractProposed event) ->
                                    target(event.goals(), "goal1").compareTo(new BigDecimal("94")) == 0
                                            && target(event.goals(), "goal2.house").compareTo(new BigDecimal("50")) == 0
                                            && target(event.goals(), "goal2.offers").compareTo(new BigDecimal("55")) == 0
                                            && target(event.goals(), "goal3.operations").compareTo(new BigDecimal("70")) == 0
                                            && target(event.goals(), "goal4").compareTo(new BigDecimal("50")) == 0
                                            && target(event.goals(), "goal5.growth.revenue").compareTo(BigDecimal.TEN) == 0
                                            && goal(event.goals(), "goal5.operations.productivity").comparison()
                                            == Comparison.GREATER_THAN
                                            && target(event.goals(), "goal6").compareTo(new BigDecimal("70")) == 0
                                            && event.goals().size() == NationalGoal.values().length),
                            andNoMore())));
        }

        @ParameterizedTest
        @CsvSource({"2024, 55", "2025, 55", "2026, 60", "2027, 65"})
        void raisesTheTargetForAwarenessOfOffersFrom55PercentIn2025To65PercentIn2027(int year, String offers) {
            fixture.givenNoPriorActivity()
                    .when(ProposeResultContract.of(HOUSE, year, null, null, PROPOSED_ON))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate((ResultContractProposed event) -> event.year() == year
                                    && event.contractId().equals("FYN:" + year)
                                    && target(event.goals(), "goal2.offers").compareTo(new BigDecimal(offers)) == 0),
                            andNoMore())));
        }

        @Test
        void takesEachHousesShareOfTheEntrepreneurGoal() {
            fixture.givenNoPriorActivity()
                    .when(ProposeResultContract.of(House.HOVEDSTADEN, YEAR, null, null, PROPOSED_ON))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate((ResultContractProposed event) -> event.contractId().equals("HOVEDSTADEN:2025")
                                    && target(event.goals(), "goal1").compareTo(new BigDecimal("385")) == 0),
                            andNoMore())));
        }

        @Test
        void proposesTheNegotiatedTargetsAndLocalGoalsWithNationalGoalsInTheAgreementsOrder() {
            List<ContractGoal> negotiated = withTarget(agreementGoals(), "goal1", "110");
            List<ContractGoal> shuffled = new ArrayList<>(negotiated);
            Collections.reverse(shuffled);
            ContractGoal food = local("local.food");
            ContractGoal tourism = local("local.tourism");

            fixture.givenNoPriorActivity()
                    .when(propose(shuffled, List.of(food, tourism)))
                    .expectEvents(proposed(plus(negotiated, food, tourism)));
        }

        @Test
        void givesANationalGoalWithoutTitleOrUnitTheAgreementsTitleAndTheGoalsUnit() {
            List<ContractGoal> bare = changed(agreementGoals(), "goal4", goal -> new ContractGoal(goal.goalId(), null,
                    null, null, Comparison.AT_LEAST, new BigDecimal("55")));

            fixture.givenNoPriorActivity()
                    .when(propose(bare, null))
                    .expectEvents(proposed(withTarget(agreementGoals(), "goal4", "55")));
        }

        @Test
        void keepsANationalGoalsOwnTitle() {
            List<ContractGoal> titled = changed(agreementGoals(), "goal1", goal -> new ContractGoal(goal.goalId(),
                    "Iværksættere vejledt", null, goal.unit(), goal.comparison(), goal.target()));

            fixture.givenNoPriorActivity()
                    .when(propose(titled, null))
                    .expectEvents(proposed(titled));
        }

        @Test
        void rejectsNationalGoalsThatLeaveOneOut() {
            fixture.givenNoPriorActivity()
                    .when(propose(without(agreementGoals(), "goal6"), null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals", "nationalGoals.missing"))
                    .expectExceptionMessage("a result contract holds every national goal of §8.1; missing goal6");
        }

        @Test
        void rejectsANationalGoalGivenTwice() {
            fixture.givenNoPriorActivity()
                    .when(propose(plus(agreementGoals(), goal(agreementGoals(), "goal3.growth")), null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals", "nationalGoals.duplicate"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"goal7", "goal2", "local.food", "GOAL1"})
        void rejectsAGoalThatIsNoNationalGoal(String goalId) {
            ContractGoal unknown = new ContractGoal(goalId, "Something else", null, "percent", Comparison.AT_LEAST,
                    BigDecimal.ONE);
            fixture.givenNoPriorActivity()
                    .when(propose(plus(agreementGoals(), unknown), null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals", "nationalGoals.unknown"));
        }

        @Test
        void rejectsAnEmptyEntryAmongTheNationalGoals() {
            fixture.givenNoPriorActivity()
                    .when(propose(plus(agreementGoals(), (ContractGoal) null), null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals", "nationalGoals.required"));
        }

        @Test
        void rejectsANationalGoalWithoutTarget() {
            fixture.givenNoPriorActivity()
                    .when(propose(withTarget(agreementGoals(), "goal1", null), null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals.target", "nationalGoals.target.required"))
                    .expectExceptionMessage("goal goal1: nationalGoals.target is required");
        }

        @ParameterizedTest
        @CsvSource({"goal1, -1", "goal2.house, 100.01", "goal2.offers, -0.5", "goal3.growth, 101", "goal4, 150",
                "goal5.growth.revenue, -10", "goal6, 100.001"})
        void rejectsATargetBelowZeroOrAPercentOrScoreAbove100(String goalId, String target) {
            fixture.givenNoPriorActivity()
                    .when(propose(withTarget(agreementGoals(), goalId, target), null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals.target", "nationalGoals.target.range"));
        }

        @ParameterizedTest
        @CsvSource({"goal1, 1200", "goal2.house, 100", "goal3.operations, 0", "goal5.growth.employment, 120"})
        void acceptsTargetsAtTheBoundsAndCountsAndPointsAbove100(String goalId, String target) {
            List<ContractGoal> goals = withTarget(agreementGoals(), goalId, target);
            fixture.givenNoPriorActivity()
                    .when(propose(goals, null))
                    .expectEvents(proposed(goals));
        }

        @Test
        void rejectsANationalGoalWithoutComparison() {
            List<ContractGoal> goals = changed(agreementGoals(), "goal3.growth", goal -> new ContractGoal(goal.goalId(),
                    goal.title(), null, goal.unit(), null, goal.target()));
            fixture.givenNoPriorActivity()
                    .when(propose(goals, null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals.comparison",
                            "nationalGoals.comparison.required"));
        }

        @Test
        void rejectsAMeasureOfItsOwnOnANationalGoal() {
            List<ContractGoal> goals = changed(agreementGoals(), "goal5.operations.productivity",
                    goal -> new ContractGoal(goal.goalId(), goal.title(), "gross profit per full-time employee",
                            goal.unit(), goal.comparison(), goal.target()));
            fixture.givenNoPriorActivity()
                    .when(propose(goals, null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals.measure",
                            "nationalGoals.measure.notApplicable"));
        }

        @Test
        void rejectsAnotherUnitThanTheNationalGoals() {
            List<ContractGoal> goals = changed(agreementGoals(), "goal1", goal -> new ContractGoal(goal.goalId(),
                    goal.title(), null, "percent", goal.comparison(), goal.target()));
            fixture.givenNoPriorActivity()
                    .when(propose(goals, null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals.unit", "nationalGoals.unit.mismatch"));
        }

        @Test
        void rejectsANationalGoalTitleLongerThan200Characters() {
            List<ContractGoal> goals = changed(agreementGoals(), "goal1", goal -> new ContractGoal(goal.goalId(),
                    repeat('t', 201), null, goal.unit(), goal.comparison(), goal.target()));
            fixture.givenNoPriorActivity()
                    .when(propose(goals, null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "nationalGoals.title", "nationalGoals.title.tooLong"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"food", "lokal.food", "local.", "goal1"})
        void rejectsALocalGoalWhoseIdIsNotLocalDotAName(String goalId) {
            fixture.givenNoPriorActivity()
                    .when(propose(null, List.of(local(goalId))))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "localGoals.goalId", "localGoals.goalId.format"));
        }

        @Test
        void rejectsALocalGoalIdLongerThan100Characters() {
            fixture.givenNoPriorActivity()
                    .when(propose(null, List.of(local("local." + repeat('x', 95)))))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "localGoals.goalId", "localGoals.goalId.tooLong"));
        }

        @Test
        void rejectsALocalGoalGivenTwice() {
            fixture.givenNoPriorActivity()
                    .when(propose(null, List.of(local("local.food"), local("local.food"))))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "localGoals", "localGoals.duplicate"));
        }

        @Test
        void rejectsAnEmptyEntryAmongTheLocalGoals() {
            fixture.givenNoPriorActivity()
                    .when(propose(null, plus(List.of(local("local.food")), (ContractGoal) null)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "localGoals", "localGoals.required"));
        }

        @ParameterizedTest
        @CsvSource(value = {"NULL, food, companies, localGoals.title, required",
                "'  ', food, companies, localGoals.title, required",
                "Food, NULL, companies, localGoals.measure, required",
                "Food, food, NULL, localGoals.unit, required",
                "'Food\u0007', food, companies, localGoals.title, controlCharacters",
                "Food, 'food\nand drink', companies, localGoals.measure, controlCharacters"}, nullValues = "NULL")
        void rejectsALocalGoalWithoutTitleMeasureOrUnitOnOneLine(String title, String measure, String unit,
                                                                 String field, String rule) {
            ContractGoal goal = new ContractGoal("local.food", title, measure, unit, Comparison.AT_LEAST, BigDecimal.ONE);
            fixture.givenNoPriorActivity()
                    .when(propose(null, List.of(goal)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, field, field + "." + rule));
        }

        @Test
        void acceptsALocalGoalWithTitleMeasureAndUnitOfExactly200Characters() {
            ContractGoal goal = new ContractGoal("local.food", repeat('t', 200), repeat('m', 200), repeat('u', 200),
                    Comparison.AT_MOST, BigDecimal.ONE);
            fixture.givenNoPriorActivity()
                    .when(propose(null, List.of(goal)))
                    .expectEvents(proposed(plus(agreementGoals(), goal)));
        }

        @Test
        void rejectsALocalGoalMeasureLongerThan200Characters() {
            ContractGoal goal = new ContractGoal("local.food", "Food", repeat('m', 201), "companies",
                    Comparison.AT_LEAST, BigDecimal.ONE);
            fixture.givenNoPriorActivity()
                    .when(propose(null, List.of(goal)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "localGoals.measure", "localGoals.measure.tooLong"));
        }

        @Test
        void rejectsALocalGoalWithoutComparisonOrTarget() {
            ContractGoal noComparison = new ContractGoal("local.food", "Food", "food", "companies", null, BigDecimal.ONE);
            fixture.givenNoPriorActivity()
                    .when(propose(null, List.of(noComparison)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "localGoals.comparison",
                            "localGoals.comparison.required"));

            fixture.givenNoPriorActivity()
                    .when(propose(null, List.of(withTarget(local("local.food"), null))))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "localGoals.target", "localGoals.target.required"));
        }

        @ParameterizedTest
        @CsvSource({"percent, 100.5", "Procent, 101", "%, 200", "companies, -1"})
        void rejectsALocalTargetBelowZeroOrInPercentAbove100(String unit, String target) {
            ContractGoal goal = new ContractGoal("local.share", "Share", "share of members guided", unit,
                    Comparison.AT_LEAST, new BigDecimal(target));
            fixture.givenNoPriorActivity()
                    .when(propose(null, List.of(goal)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "localGoals.target", "localGoals.target.range"));
        }

        @ParameterizedTest
        @ValueSource(ints = {2015, 2023, 2028, 0})
        void rejectsAYearOutsideTheAgreement2024To2027(int year) {
            fixture.givenNoPriorActivity()
                    .when(ProposeResultContract.of(HOUSE, year, null, null, PROPOSED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "year", "year.outsideAgreement"));
        }

        @Test
        void rejectsAMissingHouse() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeResultContract(CONTRACT_ID, null, YEAR, null, null, PROPOSED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "house", "house.required"));
        }

        @Test
        void rejectsAMissingHouseWhenTheIdIsComputedFromIt() {
            ProposeResultContract withoutHouse = ProposeResultContract.of(null, YEAR, null, null, PROPOSED_ON);
            assertThat(withoutHouse.contractId()).isNull();
            fixture.givenNoPriorActivity()
                    .when(withoutHouse)
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "house", "house.required"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"FYN:2026", "HOVEDSTADEN:2025", "fyn:2025", "FYN-2025"})
        void rejectsAContractIdThatIsNotTheHousesForTheYear(String contractId) {
            fixture.givenNoPriorActivity()
                    .when(new ProposeResultContract(contractId, HOUSE, YEAR, null, null, PROPOSED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "contractId", "contractId.mismatch"));
        }

        @Test
        void rejectsABlankContractId() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeResultContract(" ", HOUSE, YEAR, null, null, PROPOSED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "contractId", "contractId.required"));
        }

        @Test
        void rejectsAProposalDatedInTheFutureOrWithoutADate() {
            fixture.givenNoPriorActivity()
                    .when(ProposeResultContract.of(HOUSE, YEAR, null, null, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "proposedOn", "proposedOn.inFuture"));

            fixture.givenNoPriorActivity()
                    .when(ProposeResultContract.of(HOUSE, YEAR, null, null, null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "proposedOn", "proposedOn.required"));
        }

        @Test
        void replacesTheDraftWithANewProposalBeforeItTakesEffect() {
            List<ContractGoal> renegotiated = withTarget(agreementGoals(), "goal1", "100");
            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .when(propose(renegotiated, null))
                    .expectEvents(proposed(renegotiated));
        }

        @Test
        void voidsTheSignaturesOfTheReplacedDraftSoBothChairsSignTheNewOne() {
            List<ContractGoal> renegotiated = withTarget(agreementGoals(), "goal1", "100");
            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON), proposed(renegotiated))
                    .when(sign(Party.BOARD_CHAIR, BOARD_SIGNED_ON))
                    .expectEvents(signed(Party.BOARD_CHAIR, BOARD_SIGNED_ON));

            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON), proposed(renegotiated))
                    .when(sign(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .expectEvents(signed(Party.KKR_CHAIR, KKR_SIGNED_ON));
        }

        @Test
        void rejectsAProposalWithTheSameGoalsAsTheDraftSoARetryCannotVoidASignature() {
            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .when(proposeTheAgreementsGoals())
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "proposal.noChange"));
        }

        @Test
        void rejectsAProposalOnceTheContractIsInForce() {
            fixture.given(inForce())
                    .when(propose(withTarget(agreementGoals(), "goal1", "100"), null))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, null, "contract.inForce"));
        }
    }

    @Nested
    class SigningAContract {

        @Test
        void recordsTheFirstChairsSignatureWithoutPuttingTheContractInForce() {
            fixture.given(proposedByTheAgreement())
                    .when(sign(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(signed(Party.KKR_CHAIR, KKR_SIGNED_ON));
        }

        @Test
        void putsTheContractInForceWithTheSecondSignatureFromThatDay() {
            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .when(sign(Party.BOARD_CHAIR, BOARD_SIGNED_ON))
                    .expectEvents(signed(Party.BOARD_CHAIR, BOARD_SIGNED_ON), tookEffect(BOARD_SIGNED_ON));
        }

        @Test
        void putsTheContractInForceFromTheLaterSigningDateWhateverTheOrderOfSigning() {
            LocalDate boardFirst = LocalDate.of(2025, 1, 20);
            LocalDate kkrLaterButDatedEarlier = LocalDate.of(2025, 1, 8);
            fixture.given(proposedByTheAgreement(), signed(Party.BOARD_CHAIR, boardFirst))
                    .when(sign(Party.KKR_CHAIR, kkrLaterButDatedEarlier))
                    .expectEvents(signed(Party.KKR_CHAIR, kkrLaterButDatedEarlier), tookEffect(boardFirst));
        }

        @Test
        void keepsTheSigningDateApartFromTheYearTheContractCovers() {
            LocalDate december2024 = LocalDate.of(2024, 12, 30);
            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .when(sign(Party.BOARD_CHAIR, december2024))
                    .expectEvents(signed(Party.BOARD_CHAIR, december2024), tookEffect(december2024));
        }

        @Test
        void acceptsBothSignaturesOnTheDayOfTheProposal() {
            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, PROPOSED_ON))
                    .when(sign(Party.BOARD_CHAIR, PROPOSED_ON))
                    .expectEvents(signed(Party.BOARD_CHAIR, PROPOSED_ON), tookEffect(PROPOSED_ON));
        }

        @Test
        void rejectsASecondSignatureOfTheSameChair() {
            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .when(sign(Party.KKR_CHAIR, BOARD_SIGNED_ON))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "party", "party.alreadySigned"));
        }

        @Test
        void rejectsASignatureOnAContractAlreadyInForce() {
            fixture.given(inForce())
                    .when(sign(Party.BOARD_CHAIR, TODAY))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "party", "party.alreadySigned"));
        }

        @Test
        void rejectsASignatureOnAContractNeverProposed() {
            fixture.givenNoPriorActivity()
                    .when(sign(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .expectNoEvents()
                    .expectException(rejected(NotFound.class, "contractId", "contract.notProposed"))
                    .expectExceptionMessage("no result contract FYN:2025 has been proposed");
        }

        @Test
        void rejectsOnePersonSigningForBothParties() {
            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .when(SignResultContract.of(HOUSE, YEAR, Party.BOARD_CHAIR, KKR_CHAIR, BOARD_SIGNED_ON))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, "signatoryId", "signatoryId.signedForOtherParty"));
        }

        @Test
        void rejectsASignatureWithoutParty() {
            fixture.given(proposedByTheAgreement())
                    .when(SignResultContract.of(HOUSE, YEAR, null, KKR_CHAIR, KKR_SIGNED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "party", "party.required"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  "})
        void rejectsASignatureWithoutSignatory(String signatoryId) {
            fixture.given(proposedByTheAgreement())
                    .when(SignResultContract.of(HOUSE, YEAR, Party.KKR_CHAIR, signatoryId, KKR_SIGNED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "signatoryId", "signatoryId.required"));
        }

        @Test
        void rejectsASignatureDatedInTheFuture() {
            fixture.given(proposedByTheAgreement())
                    .when(sign(Party.KKR_CHAIR, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "signedOn", "signedOn.inFuture"));
        }

        @Test
        void acceptsASignatureDatedToday() {
            fixture.given(proposedByTheAgreement())
                    .when(sign(Party.KKR_CHAIR, TODAY))
                    .expectEvents(signed(Party.KKR_CHAIR, TODAY));
        }

        @Test
        void rejectsASignatureDatedBeforeTheProposal() {
            fixture.given(proposedByTheAgreement())
                    .when(sign(Party.KKR_CHAIR, PROPOSED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "signedOn", "signedOn.beforeProposal"));
        }

        @Test
        void rejectsASignatureWithoutADate() {
            fixture.given(proposedByTheAgreement())
                    .when(sign(Party.KKR_CHAIR, null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "signedOn", "signedOn.required"));
        }

        @Test
        void rejectsASignatureForAnotherHousesContract() {
            fixture.given(proposedByTheAgreement())
                    .when(new SignResultContract(CONTRACT_ID, House.SJAELLAND, YEAR, Party.KKR_CHAIR, KKR_CHAIR,
                            KKR_SIGNED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "contractId", "contractId.mismatch"));
        }
    }

    @Nested
    class AmendingAContract {

        private final List<ContractGoal> raised = withTarget(agreementGoals(), "goal1", "110");

        @Test
        void amendsAContractInForceWithItsFullGoalsTheReasonAndTheTwoChairs() {
            List<ContractGoal> withLocal = plus(raised, local("local.food"));
            fixture.given(inForce())
                    .when(amend(withLocal))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(amended(withLocal));
        }

        @Test
        void keepsEachAmendmentInTheContractsHistory() {
            List<ContractGoal> second = withTarget(raised, "goal6", "75");
            LocalDate later = AMENDED_ON.plusMonths(2);
            fixture.given(inForce())
                    .andGiven(amended(raised))
                    .when(amend(second, later))
                    .expectEvents(amended(second, later));
        }

        @Test
        void comparesAnAmendmentWithTheTermsAsLastAmendedNotAsFirstSigned() {
            fixture.given(inForce())
                    .andGiven(amended(raised))
                    .when(amend(agreementGoals(), AMENDED_ON.plusDays(1)))
                    .expectEvents(amended(agreementGoals(), AMENDED_ON.plusDays(1)));

            fixture.given(inForce())
                    .andGiven(amended(raised))
                    .when(amend(raised, AMENDED_ON.plusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "amendment.noChange"));
        }

        @Test
        void rejectsAnAmendmentThatChangesNothing() {
            fixture.given(inForce())
                    .when(amend(agreementGoals()))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "amendment.noChange"));
        }

        @Test
        void takesTheSameGoalsInAnotherOrderOrWithTrailingZerosAsNoChange() {
            List<ContractGoal> reordered = new ArrayList<>(withTarget(agreementGoals(), "goal1", "94.00"));
            Collections.reverse(reordered);
            fixture.given(inForce())
                    .when(amend(reordered))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, null, "amendment.noChange"));
        }

        @Test
        void rejectsAnAmendmentOfADraft() {
            fixture.given(proposedByTheAgreement(), signed(Party.KKR_CHAIR, KKR_SIGNED_ON))
                    .when(amend(raised))
                    .expectNoEvents()
                    .expectException(rejected(StateConflict.class, null, "contract.notInForce"));
        }

        @Test
        void rejectsAnAmendmentOfAContractNeverProposed() {
            fixture.givenNoPriorActivity()
                    .when(amend(raised))
                    .expectNoEvents()
                    .expectException(rejected(NotFound.class, "contractId", "contract.notProposed"));
        }

        @Test
        void holdsTheAmendedGoalsToTheRulesOfAProposalUnderTheFieldGoals() {
            fixture.given(inForce())
                    .when(amend(without(raised, "goal4")))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "goals", "goals.missing"));

            fixture.given(inForce())
                    .when(amend(plus(raised, goal(raised, "goal4"))))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "goals", "goals.duplicate"));

            fixture.given(inForce())
                    .when(amend(plus(raised, new ContractGoal("goal7", "More", null, "percent", Comparison.AT_LEAST,
                            BigDecimal.ONE))))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "goals", "goals.unknown"));

            fixture.given(inForce())
                    .when(amend(withTarget(raised, "goal2.offers", "101")))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "goals.target", "goals.target.range"));

            fixture.given(inForce())
                    .when(amend(plus(raised, new ContractGoal("local.food", "Food", null, "companies",
                            Comparison.AT_LEAST, BigDecimal.ONE))))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "goals.measure", "goals.measure.required"));

            fixture.given(inForce())
                    .when(amend(plus(raised, local("local.food"), local("local.food"))))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "goals", "goals.duplicate"));
        }

        @Test
        void rejectsAnAmendmentWithoutGoals() {
            fixture.given(inForce())
                    .when(amend(null))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "goals", "goals.required"));

            fixture.given(inForce())
                    .when(amend(List.of()))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "goals", "goals.missing"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " \n "})
        void rejectsAnAmendmentWithoutReason(String reason) {
            fixture.given(inForce())
                    .when(AmendResultContract.of(HOUSE, YEAR, raised, reason, CHAIRS, AMENDED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "reason", "reason.required"));
        }

        @Test
        void rejectsAReasonLongerThan1000Characters() {
            fixture.given(inForce())
                    .when(AmendResultContract.of(HOUSE, YEAR, raised, repeat('r', 1001), CHAIRS, AMENDED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "reason", "reason.tooLong"));
        }

        @Test
        void acceptsAReasonOfExactly1000CharactersOverSeveralLines() {
            String reason = repeat('r', 500) + "\n" + repeat('s', 499);
            fixture.given(inForce())
                    .when(AmendResultContract.of(HOUSE, YEAR, raised, reason, CHAIRS, AMENDED_ON))
                    .expectEvents(new ResultContractAmended(CONTRACT_ID, HOUSE, YEAR,
                            raised, reason, CHAIRS, AMENDED_ON));
        }

        @Test
        void rejectsAnAmendmentWithoutTheChairs() {
            fixture.given(inForce())
                    .when(AmendResultContract.of(HOUSE, YEAR, raised, REASON, null, AMENDED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "agreedBy", "agreedBy.required"));
        }

        @Test
        void rejectsAnAmendmentAgreedByOtherThanTwo() {
            fixture.given(inForce())
                    .when(AmendResultContract.of(HOUSE, YEAR, raised, REASON, List.of(KKR_CHAIR), AMENDED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "agreedBy", "agreedBy.count"));

            fixture.given(inForce())
                    .when(AmendResultContract.of(HOUSE, YEAR, raised, REASON,
                            List.of(KKR_CHAIR, BOARD_CHAIR, "mayor-odense"), AMENDED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "agreedBy", "agreedBy.count"));
        }

        @Test
        void rejectsTheSameChairTwice() {
            fixture.given(inForce())
                    .when(AmendResultContract.of(HOUSE, YEAR, raised, REASON, List.of(KKR_CHAIR, KKR_CHAIR), AMENDED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "agreedBy", "agreedBy.duplicate"));
        }

        @Test
        void rejectsABlankChair() {
            fixture.given(inForce())
                    .when(AmendResultContract.of(HOUSE, YEAR, raised, REASON, List.of(KKR_CHAIR, " "), AMENDED_ON))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "agreedBy", "agreedBy.required"));
        }

        @Test
        void rejectsAnAmendmentDatedInTheFuture() {
            fixture.given(inForce())
                    .when(amend(raised, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "amendedOn", "amendedOn.inFuture"));
        }

        @Test
        void rejectsAnAmendmentDatedBeforeTheContractTookEffect() {
            fixture.given(inForce())
                    .when(amend(raised, BOARD_SIGNED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "amendedOn", "amendedOn.beforeEffective"));
        }

        @Test
        void acceptsAnAmendmentOnTheDayTheContractTookEffect() {
            fixture.given(inForce())
                    .when(amend(raised, BOARD_SIGNED_ON))
                    .expectEvents(amended(raised, BOARD_SIGNED_ON));
        }

        @Test
        void rejectsAnAmendmentDatedBeforeThePreviousAmendment() {
            fixture.given(inForce())
                    .andGiven(amended(raised))
                    .when(amend(agreementGoals(), AMENDED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(InvalidInput.class, "amendedOn", "amendedOn.beforePreviousAmendment"));
        }
    }

    @Test
    void computesTheContractIdFromHouseAndYear() {
        assertThat(ProposeResultContract.of(House.NORDJYLLAND, 2026, null, null, PROPOSED_ON).contractId())
                .isEqualTo("NORDJYLLAND:2026");
        assertThat(SignResultContract.of(HOUSE, YEAR, Party.KKR_CHAIR, KKR_CHAIR, KKR_SIGNED_ON).contractId())
                .isEqualTo(CONTRACT_ID);
        assertThat(AmendResultContract.of(HOUSE, YEAR, List.of(), REASON, CHAIRS, AMENDED_ON).contractId())
                .isEqualTo(CONTRACT_ID);
    }
}
