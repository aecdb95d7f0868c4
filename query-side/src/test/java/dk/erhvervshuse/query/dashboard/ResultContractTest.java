package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.ResultContractView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshuse.query.DashboardStories.localGoal;
import static dk.erhvervshuse.query.DashboardStories.target;
import static dk.erhvervshuse.query.DashboardStories.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Result contracts (§8.2): the targets a dashboard holds a house to, and the contract's own view. */
class ResultContractTest {

    private static final House HOUSE = House.FYN;
    private final DashboardFixture fixture = new DashboardFixture();
    private final List<ContractGoal> proposed = terms(HOUSE, 2025,
            target("goal1", "Guided companies under 3 years old", Comparison.AT_LEAST, 120),
            localGoal("tourism", "Tourism companies guided", "companies", 40));

    private ResultContractView contract() {
        fixture.deliver();
        return fixture.queries.resultContract(HOUSE, 2025).orElseThrow();
    }

    @Test
    void aProposedContractIsADraftAndTheDashboardKeepsTheAgreementsDefaults() {
        fixture.story.contractProposed(HOUSE, 2025, proposed, "2025-01-10");

        assertThat(contract().status()).isEqualTo("DRAFT");
        DashboardView dashboard = fixture.dashboard(HOUSE, 2025);
        assertThat(dashboard.contractStatus()).isEqualTo("DRAFT");
        assertThat(dashboard.goal("goal1").target()).isEqualByComparingTo("94");
        assertThat(dashboard.goal("goal1").targetSource()).isEqualTo("AGREEMENT_DEFAULT");
        assertThat(dashboard.goal("local.tourism")).isNull();
    }

    @Test
    void oneSignatureLeavesTheContractPartlySignedAndTheDefaultsShown() {
        fixture.story.contractProposed(HOUSE, 2025, proposed, "2025-01-10")
                .contractSigned(HOUSE, 2025, Party.KKR_CHAIR, "kkr-chair-1", "2025-01-20");

        assertThat(contract().status()).isEqualTo("PARTLY_SIGNED");
        assertThat(contract().signatures()).containsExactly(
                new ResultContractView.Signature("KKR_CHAIR", "kkr-chair-1", LocalDate.parse("2025-01-20")));
        assertThat(fixture.goal(HOUSE, 2025, "goal1").target()).isEqualByComparingTo("94");
        assertThat(fixture.goal(HOUSE, 2025, "goal1").targetSource()).isEqualTo("AGREEMENT_DEFAULT");
    }

    @Test
    void bothSignaturesPutTheContractInForceAndItsTargetsOnTheDashboard() {
        fixture.story.opened("c-1", HOUSE, "13748136", "2024-01-01", Segment.GROWTH, "2025-02-01")
                .meeting("c-1", HOUSE, "13748136", "m-1", "2025-02-03")
                .contractProposed(HOUSE, 2025, proposed, "2025-01-10")
                .contractSigned(HOUSE, 2025, Party.KKR_CHAIR, "kkr-chair-1", "2025-01-20")
                .contractSigned(HOUSE, 2025, Party.BOARD_CHAIR, "board-chair-1", "2025-01-25")
                .contractTookEffect(HOUSE, 2025, "2025-01-25");

        assertThat(contract().status()).isEqualTo("IN_FORCE");
        assertThat(contract().effectiveOn()).isEqualTo(LocalDate.parse("2025-01-25"));
        DashboardView dashboard = fixture.dashboard(HOUSE, 2025);
        assertThat(dashboard.contractStatus()).isEqualTo("IN_FORCE");
        GoalResultView entrepreneurs = dashboard.goal("goal1");
        assertThat(entrepreneurs.target()).isEqualByComparingTo("120");
        assertThat(entrepreneurs.targetSource()).isEqualTo("CONTRACT");
        assertThat(entrepreneurs.actual()).isEqualByComparingTo("1");
        assertThat(dashboard.goal("goal3.growth").target()).isEqualByComparingTo("70");
        assertThat(dashboard.goal("goal3.growth").targetSource()).isEqualTo("CONTRACT");
        GoalResultView tourism = dashboard.goal("local.tourism");
        assertThat(tourism.national()).isFalse();
        assertThat(tourism.target()).isEqualByComparingTo("40");
        assertThat(tourism.actual()).isNull();
        assertThat(tourism.met()).isNull();
        assertThat(tourism.note()).isEqualTo("reported by the house");
        assertThat(fixture.queries.explainGoal(HOUSE, 2025, "local.tourism", null, 10).note())
                .startsWith("reported by the house");
    }

    @Test
    void anAmendmentSetsNewTargetsAndTheHistoryKeepsEveryStepWithItsReason() {
        fixture.story.contractInForce(HOUSE, 2025, proposed)
                .contractAmended(HOUSE, 2025, terms(HOUSE, 2025,
                                target("goal1", "Guided companies under 3 years old", Comparison.AT_LEAST, 150)),
                        "more entrepreneurs after the municipal start-up programme", "2025-06-01");

        assertThat(fixture.goal(HOUSE, 2025, "goal1").target()).isEqualByComparingTo("150");
        assertThat(fixture.dashboard(HOUSE, 2025).goal("local.tourism")).isNull();
        ResultContractView contract = contract();
        assertThat(contract.status()).isEqualTo("IN_FORCE");
        assertThat(contract.goals()).extracting(ResultContractView.Goal::goalId).doesNotContain("local.tourism");
        assertThat(contract.history()).extracting(ResultContractView.HistoryEntry::kind,
                        ResultContractView.HistoryEntry::on, ResultContractView.HistoryEntry::reason)
                .containsExactly(
                        tuple("PROPOSED", LocalDate.parse("2025-01-10"), null),
                        tuple("SIGNED", LocalDate.parse("2025-01-20"), null),
                        tuple("SIGNED", LocalDate.parse("2025-01-25"), null),
                        tuple("TOOK_EFFECT", LocalDate.parse("2025-01-25"), null),
                        tuple("AMENDED", LocalDate.parse("2025-06-01"),
                                "more entrepreneurs after the municipal start-up programme"));
        assertThat(contract.history().get(4).agreedBy()).containsExactly("kkr-chair-1", "board-chair-1");
        assertThat(contract.history().get(4).goals()).extracting(ResultContractView.Goal::goalId)
                .contains("goal1");
    }

    @Test
    void aNewProposalReplacesTheDraftAndVoidsItsSignatures() {
        fixture.story.contractProposed(HOUSE, 2025, proposed, "2025-01-10")
                .contractSigned(HOUSE, 2025, Party.KKR_CHAIR, "kkr-chair-1", "2025-01-20")
                .contractProposed(HOUSE, 2025, terms(HOUSE, 2025), "2025-01-22");

        ResultContractView contract = contract();
        assertThat(contract.status()).isEqualTo("DRAFT");
        assertThat(contract.signatures()).isEmpty();
        assertThat(contract.proposedOn()).isEqualTo(LocalDate.parse("2025-01-22"));
        assertThat(contract.history()).hasSize(3);
    }

    @Test
    void aContractIsAbsentUntilProposedAndEachYearHasItsOwn() {
        fixture.story.contractInForce(HOUSE, 2025, proposed);
        fixture.deliver();

        assertThat(fixture.queries.resultContract(HOUSE, 2026)).isEmpty();
        assertThat(fixture.queries.resultContract(House.SJAELLAND, 2025)).isEmpty();
        assertThat(fixture.queries.dashboard(HOUSE, 2026).goal("goal1").targetSource()).isEqualTo("AGREEMENT_DEFAULT");
        assertThat(fixture.queries.dashboard(HOUSE, 2026).contractStatus()).isNull();
    }
}
