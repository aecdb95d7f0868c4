package dk.erhvervshuse.graphql.report;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.graphql.report.Reports.GoalRestatement;
import dk.erhvervshuse.graphql.report.Reports.Line;
import dk.erhvervshuse.graphql.report.Reports.Report;
import dk.erhvervshuse.graphql.report.Reports.Sealed;
import dk.erhvervshuse.graphql.report.Reports.SealedReport;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.support.Registrations.meeting;
import static dk.erhvervshuse.graphql.support.Registrations.openCase;
import static dk.erhvervshuse.graphql.support.Registrations.withdrawMeeting;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ADVISER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.ANALYST;
import static dk.erhvervshuse.graphql.support.RegistryClient.AUDITOR;
import static dk.erhvervshuse.graphql.support.RegistryClient.CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.MANAGER_FYN;
import static dk.erhvervshuse.graphql.support.RegistryClient.MANAGER_HOVEDSTADEN;
import static dk.erhvervshuse.graphql.support.RegistryClient.OTHER_CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.THIRD_CVR;
import static dk.erhvervshuse.graphql.support.RegistryClient.auditTrail;
import static dk.erhvervshuse.graphql.support.RegistryClient.classificationOf;
import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static dk.erhvervshuse.graphql.support.RegistryClient.singleError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sealing a yearly report (§9) records it in the log with the position its numbers reflect and the hash of the
 * commit there, which the hash chain confirms (§10.2); each seal of a house-year gets the next number; a later
 * correction shows in the restatement as exactly the goals it changed, while the sealed report and its CSV stay as
 * sealed. A house's manager seals its own house's report, the Business Authority any; supervision only reads.
 * <p>
 * Each house's report is sealed by one test only, since a seal of numbers already sealed is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SealedReportTest {

    static final int YEAR = 2025;

    static final String VERIFY = """
            query Verify($from: Int, $to: Int) {
              verifyAuditChain(from: $from, to: $to) { verified to headHash }
            }
            """;

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    /** The registrations are made once for the class. */
    private static boolean registered;

    private RegistryClient registry;
    private HttpGraphQlTester auditor;

    @BeforeEach
    void connect() {
        registry = new RegistryClient(port);
        auditor = registry.as(AUDITOR);
        if (!registered) {
            HttpGraphQlTester adviserFyn = registry.as(ADVISER_FYN);
            openCase(adviserFyn, "s-1", "FYN", CVR, "2024-01-15", "GROWTH", "2025-02-01", "CAPITAL");
            meeting(adviserFyn, "s-1", "m-1", "2025-02-03", "2.0", "CAPITAL");
            HttpGraphQlTester adviserHovedstaden = registry.as(ADVISER_HOVEDSTADEN);
            openCase(adviserHovedstaden, "h-1", "HOVEDSTADEN", OTHER_CVR, "2024-02-01", "GROWTH", "2025-03-01",
                    "CAPITAL");
            meeting(adviserHovedstaden, "h-1", "m-1", "2025-03-03", "1.5", "CAPITAL");
            openCase(adviserHovedstaden, "h-2", "HOVEDSTADEN", THIRD_CVR, "2024-03-01", "OPERATIONS", "2025-04-01",
                    "CAPITAL");
            meeting(adviserHovedstaden, "h-2", "m-1", "2025-04-02", "1.0", "CAPITAL");
            eventually().untilAsserted(() -> {
                assertThat(entrepreneurs("FYN")).isEqualTo(1);
                assertThat(entrepreneurs("HOVEDSTADEN")).isEqualTo(2);
            });
            registered = true;
        }
    }

    private int entrepreneurs(String house) {
        return Reports.yearlyReport(auditor, house, YEAR).line(house, "goal1").counts().counted();
    }

    @Test
    void aSealIsOneEventInTheLogWhosePositionAndHashTheChainConfirms() {
        HttpGraphQlTester managerFyn = registry.as(MANAGER_FYN);
        int sealsBefore = Reports.sealIds(auditor, "FYN", YEAR).size();
        Report before = Reports.yearlyReport(auditor, "FYN", YEAR);

        Sealed sealed = Reports.seal(managerFyn, "FYN", YEAR);

        assertThat(sealed.sealNumber()).isEqualTo(sealsBefore + 1);
        assertThat(sealed.sealId()).isEqualTo("report:FYN:2025:" + sealed.sealNumber());
        assertThat(sealed.logPosition()).isGreaterThanOrEqualTo(before.logPosition());
        for (Long from : new Long[]{1L, sealed.logPosition()}) {
            Map<?, ?> verified = auditor.document(VERIFY).variable("from", from).variable("to", sealed.logPosition())
                    .execute().path("verifyAuditChain").entity(Map.class).get();
            assertThat(verified.get("verified")).isEqualTo(true);
            assertThat(verified.get("headHash")).as("the chain's hash at the sealed position, verified from %d", from)
                    .isEqualTo(sealed.commitHash());
        }
        // The audit trail indexes the log behind its head, so the seal shows there shortly after it is recorded.
        eventually().untilAsserted(() -> assertThat(auditTrail(auditor, null))
                .filteredOn(row -> row.eventType().equals("ReportSealed"))
                .filteredOn(row -> row.correlationId().equals(sealed.commandId())).singleElement()
                .satisfies(row -> {
                    assertThat(row.aggregateId()).isEqualTo("report:FYN:2025");
                    assertThat(row.userId()).isEqualTo(MANAGER_FYN);
                    assertThat(row.position()).isGreaterThan(sealed.logPosition());
                }));
        SealedReport stored = eventually().until(() -> Reports.sealedReport(auditor, sealed.sealId()), s -> s != null);
        assertThat(stored.logPosition()).isEqualTo(sealed.logPosition());
        assertThat(stored.commitHash()).isEqualTo(sealed.commitHash());
        assertThat(stored.sealedBy()).isEqualTo(MANAGER_FYN);
        assertThat(stored.sealedByRole()).isEqualTo("HOUSE_MANAGER");
        assertThat(stored.lines()).isEqualTo(Reports.yearlyReport(auditor, "FYN", YEAR).lines());
    }

    @Test
    void theSameNumbersAreNotSealedTwice() {
        HttpGraphQlTester analyst = registry.as(ANALYST);
        Sealed first = Reports.seal(analyst, null, YEAR);

        ResponseError error = singleError(analyst.document(Reports.SEAL)
                .variable("input", Reports.sealInput(null, YEAR)).execute());

        assertThat(first.sealId()).startsWith("report:NATIONAL:2025:");
        assertThat(classificationOf(error)).isEqualTo("CONFLICT");
        assertThat(error.getExtensions()).containsEntry("rule", "seal.noChange");
        assertThat(error.getMessage()).contains(first.sealId());
    }

    @Test
    void aLateCorrectionShowsInTheRestatementAsExactlyTheGoalItChangedAndASecondSealGetsTheNextNumber() {
        Sealed first = Reports.seal(registry.as(ANALYST), "HOVEDSTADEN", YEAR);
        Line sealedEntrepreneurs = Reports.yearlyReport(auditor, "HOVEDSTADEN", YEAR).line("HOVEDSTADEN", "goal1");

        withdrawMeeting(registry.as(ADVISER_HOVEDSTADEN), "h-2", "m-1", "registered on the wrong company");
        eventually().untilAsserted(() -> assertThat(entrepreneurs("HOVEDSTADEN"))
                .isEqualTo(sealedEntrepreneurs.counts().counted() - 1));

        GraphQlTester.Response response = auditor.document(Reports.RESTATEMENT).variable("id", first.sealId())
                .variable("changedOnly", true).execute();
        List<GoalRestatement> changed = response.path("reportRestatement.goals").entityList(GoalRestatement.class)
                .get();
        assertThat(response.path("reportRestatement.changedCount").entity(Integer.class).get()).isEqualTo(1);
        assertThat(changed).singleElement().satisfies(goal -> {
            assertThat(goal.scope()).isEqualTo("HOVEDSTADEN");
            assertThat(goal.goalId()).isEqualTo("goal1");
            assertThat(goal.status()).isEqualTo("CHANGED");
            assertThat(goal.changes()).contains("COUNTS", "VALUE").doesNotContain("DEFINITION", "TERMS");
            assertThat(goal.sealed().actual()).isEqualByComparingTo(sealedEntrepreneurs.actual());
            assertThat(goal.now().actual())
                    .isEqualByComparingTo(sealedEntrepreneurs.actual().subtract(BigDecimal.ONE));
        });

        String sealedCsv = "/reports/2025/houses/HOVEDSTADEN/seals/" + first.sealNumber() + ".csv";
        Map<String, String> asSealed = CsvRows.row(CsvRows.of(Reports.csv(registry.web(AUDITOR), sealedCsv)),
                "HOVEDSTADEN", "goal1");
        assertThat(asSealed.get("counted")).isEqualTo(sealedEntrepreneurs.counts().counted().toString());
        assertThat(asSealed.get("seal_id")).isEqualTo(first.sealId());
        assertThat(asSealed.get("commit_hash")).isEqualTo(first.commitHash());
        assertThat(asSealed.get("log_position")).isEqualTo(String.valueOf(first.logPosition()));

        Sealed second = Reports.seal(registry.as(MANAGER_HOVEDSTADEN), "HOVEDSTADEN", YEAR);

        assertThat(second.sealNumber()).isEqualTo(first.sealNumber() + 1);
        assertThat(second.logPosition()).isGreaterThan(first.logPosition());
        eventually().untilAsserted(() -> assertThat(Reports.sealIds(auditor, "HOVEDSTADEN", YEAR))
                .endsWith(first.sealId(), second.sealId()));
    }

    @Test
    void aReportWhoseCommitNoLongerGivesItsHashIsNotSealed() {
        int sealsBefore = Reports.sealIds(auditor, "FYN", YEAR).size();
        long position = Reports.yearlyReport(auditor, "FYN", YEAR).logPosition();
        MongoCollection<Document> log = database.getCollection(CommitLogStorageEngine.LOG_COLLECTION);
        Document commit = null;
        for (long id = position; commit == null && id > 0; id--) {
            commit = log.find(Filters.eq("_id", id)).first();
        }
        Document original = commit;
        long commitId = ((Number) original.get("_id")).longValue();
        ResponseError error;
        try {
            // a hash its content no longer gives, as after a change to the commit behind the registry's back
            log.updateOne(Filters.eq("_id", commitId), Updates.set("hash", "f".repeat(64)));
            error = singleError(registry.as(ANALYST).document(Reports.SEAL)
                    .variable("input", Reports.sealInput("FYN", YEAR)).execute());
        } finally {
            log.replaceOne(Filters.eq("_id", commitId), original);
        }

        assertThat(classificationOf(error)).isEqualTo("CONFLICT");
        assertThat(error.getExtensions()).containsEntry("rule", "log.chainBroken");
        assertThat(Reports.sealIds(auditor, "FYN", YEAR)).hasSize(sealsBefore);
    }

    @Test
    void theAuditorReadsTheSealsButMayNotSeal() {
        ResponseError error = singleError(auditor.document(Reports.SEAL)
                .variable("input", Reports.sealInput("FYN", YEAR)).execute());

        assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getExtensions()).containsEntry("rule", "role.readOnly");
        assertThat(Reports.sealIds(auditor, "FYN", YEAR)).isNotNull();
    }

    @Test
    void anotherHousesPeopleMayNeitherSealNorReadAHousesSeals() {
        ResponseError sealing = singleError(registry.as(MANAGER_HOVEDSTADEN).document(Reports.SEAL)
                .variable("input", Reports.sealInput("FYN", YEAR)).execute());
        ResponseError listing = singleError(registry.as(ADVISER_HOVEDSTADEN).document(Reports.SEALED_REPORTS)
                .variable("house", "FYN").variable("year", YEAR).execute());
        ResponseError reading = singleError(registry.as(ADVISER_HOVEDSTADEN).document(Reports.SEALED_REPORT)
                .variable("id", "report:FYN:2025:1").execute());
        ResponseError byAdviser = singleError(registry.as(ADVISER_FYN).document(Reports.SEAL)
                .variable("input", Reports.sealInput("FYN", YEAR)).execute());

        for (ResponseError error : List.of(sealing, listing, reading)) {
            assertThat(classificationOf(error)).isEqualTo("FORBIDDEN");
            assertThat(error.getExtensions()).containsEntry("field", "house").containsEntry("rule", "house.notOwn");
        }
        assertThat(classificationOf(byAdviser)).isEqualTo("FORBIDDEN");
        assertThat(byAdviser.getExtensions()).containsEntry("rule", "role.notReportSealer");
        registry.web(ADVISER_HOVEDSTADEN).get().uri("/reports/2025/houses/FYN/seals/1.csv").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aYearNotOverOrOutsideTheAgreementAndAMalformedSealIdAreRefusedNamingTheField() {
        HttpGraphQlTester analyst = registry.as(ANALYST);

        ResponseError notOver = singleError(analyst.document(Reports.SEAL)
                .variable("input", Reports.sealInput("FYN", RegistryClient.today().getYear())).execute());
        ResponseError outside = singleError(analyst.document(Reports.SEAL)
                .variable("input", Reports.sealInput("FYN", 2023)).execute());
        ResponseError malformed = singleError(auditor.document(Reports.SEALED_REPORT)
                .variable("id", "FYN-2025-1").execute());

        assertThat(classificationOf(notOver)).isEqualTo("BAD_REQUEST");
        assertThat(notOver.getExtensions()).containsEntry("field", "sealedOn").containsEntry("rule", "sealedOn.yearNotOver");
        assertThat(outside.getExtensions()).containsEntry("field", "year").containsEntry("rule", "year.outsideAgreement");
        assertThat(classificationOf(malformed)).isEqualTo("BAD_REQUEST");
        assertThat(malformed.getExtensions()).containsEntry("field", "id").containsEntry("rule", "sealId.format");
        registry.web(AUDITOR).get().uri("/reports/2025/houses/FYN/seals/99.csv").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.rule").isEqualTo("seal.notFound");
    }
}
