package dk.erhvervshuse.graphql.contract;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.support.Dashboards.Dashboard;
import dk.erhvervshuse.graphql.support.Dashboards.Goal;
import dk.erhvervshuse.graphql.support.Dashboards.HistoryEntry;
import dk.erhvervshuse.graphql.support.Dashboards.ResultContract;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.Dashboards.dashboard;
import static dk.erhvervshuse.graphql.support.Dashboards.resultContract;
import static dk.erhvervshuse.graphql.support.Registrations.agreementGoalInputs;
import static dk.erhvervshuse.graphql.support.Registrations.amend;
import static dk.erhvervshuse.graphql.support.Registrations.goalInputs;
import static dk.erhvervshuse.graphql.support.Registrations.propose;
import static dk.erhvervshuse.graphql.support.Registrations.sign;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.BOARD_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.KKR_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result contract's life through GraphQL (§8.2): until both chairs have signed, Fyn's dashboard holds the
 * house to the agreement's targets (goal 1: 94, its share of the national 1,200); once both have signed, to
 * the contract's; an amendment changes the target from its date on and stays in the contract's history with
 * its reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ResultContractLifecycleTest {

    private static final int YEAR = 2026;

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    private HttpGraphQlTester kkr;
    private HttpGraphQlTester board;
    private HttpGraphQlTester reader;

    @BeforeEach
    void connect() {
        RegistryClient registry = new RegistryClient(port);
        kkr = registry.as(KKR_FYN);
        board = registry.as(BOARD_FYN);
        reader = registry.as(ADVISER_FYN);
    }

    @Test
    void theAgreementsTargetsHoldUntilBothChairsSignThenTheContractsAsAmended() {
        Dashboard before = dashboard(reader, "FYN", YEAR);
        assertThat(before.contractStatus()).isNull();
        assertGoal1(before, "94", "AGREEMENT_DEFAULT");
        assertThat(resultContract(reader, "FYN", YEAR)).isNull();

        // Proposed with a goal-1 target above the agreement's: a draft binds no one.
        propose(kkr, "FYN", YEAR, agreementGoalInputs(House.FYN, YEAR, Map.of("goal1", "110")), "2025-11-20");
        eventually().untilAsserted(() -> {
            ResultContract draft = resultContract(reader, "FYN", YEAR);
            assertThat(draft.status()).isEqualTo("DRAFT");
            assertThat(draft.contractId()).isEqualTo("FYN:2026");
            assertThat(draft.goal("goal1").target()).isEqualByComparingTo("110");
            assertThat(draft.signatures()).isEmpty();
            Dashboard dashboard = dashboard(reader, "FYN", YEAR);
            assertThat(dashboard.contractStatus()).isEqualTo("DRAFT");
            assertGoal1(dashboard, "94", "AGREEMENT_DEFAULT");
        });

        // One signature: still the agreement's targets.
        sign(kkr, "FYN", YEAR, "KKR_CHAIR", "2025-12-03");
        eventually().untilAsserted(() -> {
            ResultContract partly = resultContract(reader, "FYN", YEAR);
            assertThat(partly.status()).isEqualTo("PARTLY_SIGNED");
            assertThat(partly.signatures()).extracting(signature -> signature.party() + " " + signature.signatoryId())
                    .containsExactly("KKR_CHAIR " + KKR_FYN);
            Dashboard dashboard = dashboard(reader, "FYN", YEAR);
            assertThat(dashboard.contractStatus()).isEqualTo("PARTLY_SIGNED");
            assertGoal1(dashboard, "94", "AGREEMENT_DEFAULT");
        });

        // Both signatures: in force from the later one, and the contract's targets apply.
        sign(board, "FYN", YEAR, "BOARD_CHAIR", "2025-12-10");
        eventually().untilAsserted(() -> {
            ResultContract inForce = resultContract(reader, "FYN", YEAR);
            assertThat(inForce.status()).isEqualTo("IN_FORCE");
            assertThat(inForce.effectiveOn()).isEqualTo("2025-12-10");
            Dashboard dashboard = dashboard(reader, "FYN", YEAR);
            assertThat(dashboard.contractStatus()).isEqualTo("IN_FORCE");
            assertThat(dashboard.contractEffectiveOn()).isEqualTo("2025-12-10");
            assertGoal1(dashboard, "110", "CONTRACT");
        });

        // Amended: the new target, and the amendment in the history with why and who agreed.
        ResultContract inForce = resultContract(reader, "FYN", YEAR);
        String reason = "KKR Fyn and the board raise the entrepreneur goal after a new start-up programme";
        amend(board, "FYN", YEAR, goalInputs(inForce.goals(), Map.of("goal1", "120")), reason,
                List.of(KKR_FYN, BOARD_FYN), "2026-03-01");
        eventually().untilAsserted(() -> {
            assertGoal1(dashboard(reader, "FYN", YEAR), "120", "CONTRACT");
            ResultContract amended = resultContract(reader, "FYN", YEAR);
            assertThat(amended.goal("goal1").target()).isEqualByComparingTo("120");
            assertThat(amended.history()).extracting(HistoryEntry::kind)
                    .containsExactly("PROPOSED", "SIGNED", "SIGNED", "TOOK_EFFECT", "AMENDED");
            HistoryEntry amendment = amended.history().get(4);
            assertThat(amendment.on()).isEqualTo("2026-03-01");
            assertThat(amendment.reason()).isEqualTo(reason);
            assertThat(amendment.agreedBy()).containsExactly(KKR_FYN, BOARD_FYN);
            assertThat(amendment.goals()).filteredOn(goal -> goal.goalId().equals("goal1")).singleElement()
                    .satisfies(goal -> assertThat(goal.target()).isEqualByComparingTo("120"));
            assertThat(amended.history().get(0).goals()).filteredOn(goal -> goal.goalId().equals("goal1"))
                    .singleElement().satisfies(goal -> assertThat(goal.target()).isEqualByComparingTo("110"));
            assertThat(amended.history()).extracting(HistoryEntry::position).isSorted();
        });
    }

    private static void assertGoal1(Dashboard dashboard, String target, String source) {
        Goal goal1 = dashboard.goal("goal1");
        assertThat(goal1.target()).isEqualByComparingTo(target);
        assertThat(goal1.targetSource()).isEqualTo(source);
    }
}
