package dk.erhvervshuse.query.audit;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.api.AuditCorrection;
import dk.erhvervshuse.query.api.AuditCorrection.Field;
import dk.erhvervshuse.query.api.AuditCorrection.Kind;
import dk.erhvervshuse.query.api.AuditEntry;
import dk.erhvervshuse.query.api.AuditFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dk.erhvervshuse.query.DashboardStories.target;
import static dk.erhvervshuse.query.DashboardStories.terms;
import static dk.erhvervshuse.query.GuidanceStories.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * §9 wants errors corrected in the open: the audit entry of a correction says what it corrected, field by field,
 * with the value before (as the log registered it, and where) and after. Case c-1 of {@link GuidanceStories}:
 * m-2 recorded at 1.0 hours physically on 10 March on digitalisation, corrected to 1.5 hours digitally on
 * 11 March on capital; m-3 (4.0 hours) withdrawn; the registration moved to the branch and to operations.
 */
class AuditCorrectionsTest {

    private final EventLog log = new EventLog();
    private MongoDatabase database;
    private AuditTrailProjection auditTrail;
    private MongoAuditTrailQueries queries;

    @BeforeEach
    void aDatabase() {
        database = TestMongo.freshDatabase();
        auditTrail = new AuditTrailProjection(database, EventSerialization.jacksonSerializer());
        queries = new MongoAuditTrailQueries(database);
    }

    private AuditEntry onlyEntryOf(String eventType) {
        List<AuditEntry> entries = queries.auditTrail(AuditFilter.wholeLog().andEventTypes(eventType), null, 10)
                .entries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private long positionOf(String eventType, String meetingId) {
        return log.positionsWhere(e -> e.getClass().getSimpleName().equals(eventType)
                && (meetingId == null || e.toString().contains("meetingId=" + meetingId + ","))).get(0);
    }

    @Test
    void aCorrectedMeetingShowsEachChangedFieldBeforeAndAfterAndWhereItWasRegistered() {
        GuidanceStories.wholeCase(log);
        Deliver.inBatchesOf(3, auditTrail, log.all());

        AuditCorrection correction = onlyEntryOf("GuidanceMeetingCorrected").correction();

        assertThat(correction.kind()).isEqualTo(Kind.MEETING_CORRECTED);
        assertThat(correction.subjectId()).isEqualTo("m-2");
        assertThat(correction.previousPosition()).isEqualTo(positionOf("GuidanceMeetingRecorded", "m-2"));
        assertThat(correction.fields()).containsExactly(
                new Field("form", "PHYSICAL", "DIGITAL"),
                new Field("hours", "1", "1.5"),
                new Field("themes", "DIGITALISATION_AND_TECHNOLOGY", "CAPITAL"),
                new Field("heldOn", "2025-03-10", "2025-03-11"));
    }

    @Test
    void aSecondCorrectionIsComparedWithTheFirst() {
        GuidanceStories.wholeCase(log);
        log.append(new GuidanceMeetingCorrected("c-1", House.HOVEDSTADEN, COMPANY, "m-2", "developer-7",
                MeetingForm.DIGITAL, new BigDecimal("2.00"), List.of(Theme.CAPITAL), LocalDate.parse("2025-03-11"),
                "hours were 2"), "hours were 2");
        Deliver.inOneBatch(auditTrail, log.all());

        AuditEntry second = queries.auditTrail(AuditFilter.wholeLog().andEventTypes("GuidanceMeetingCorrected"),
                AuditCursor.of(positionOf("GuidanceMeetingCorrected", "m-2")), 1).entries().get(0);

        assertThat(second.correction().previousPosition()).isEqualTo(positionOf("GuidanceMeetingCorrected", "m-2"));
        assertThat(second.correction().fields()).containsExactly(new Field("hours", "1.5", "2"));
    }

    @Test
    void aWithdrawnMeetingShowsTheMeetingAsItStood() {
        GuidanceStories.wholeCase(log);
        Deliver.inOneBatch(auditTrail, log.all());

        AuditCorrection withdrawal = onlyEntryOf("GuidanceMeetingWithdrawn").correction();

        assertThat(withdrawal.kind()).isEqualTo(Kind.MEETING_WITHDRAWN);
        assertThat(withdrawal.subjectId()).isEqualTo("m-3");
        assertThat(withdrawal.previousPosition()).isEqualTo(positionOf("GuidanceMeetingRecorded", "m-3"));
        assertThat(withdrawal.fields()).extracting(Field::name, Field::previous, Field::corrected).contains(
                org.assertj.core.groups.Tuple.tuple("hours", "4", null),
                org.assertj.core.groups.Tuple.tuple("heldOn", "2025-03-12", null));
    }

    @Test
    void aCorrectedRegistrationShowsTheFieldsOfTheMinimumThatChanged() {
        GuidanceStories.wholeCase(log);
        Deliver.inOneBatch(auditTrail, log.all());

        AuditEntry entry = onlyEntryOf("CaseRegistrationCorrected");

        assertThat(entry.correction().kind()).isEqualTo(Kind.REGISTRATION_CORRECTED);
        assertThat(entry.correction().subjectId()).isEqualTo("c-1");
        assertThat(entry.correction().previousPosition()).isEqualTo(positionOf("GuidanceCaseOpened", null));
        assertThat(entry.correction().fields()).containsExactly(
                new Field("office", "HEAD_OFFICE", "BRANCH"),
                new Field("segment", "GROWTH", "OPERATIONS"));
        assertThat(entry.reason()).isEqualTo("segment registered wrongly");
    }

    @Test
    void aRestatedDeliveryShowsWhatTheLaterRevisionChangedAndAFirstDeliveryCorrectsNothing() throws Exception {
        DashboardStories story = new DashboardStories(log);
        story.survey(House.FYN, 2025, "48", "51", 300, DeliveryStatus.PRELIMINARY, 1, "2025-06-01")
                .survey(House.FYN, 2025, "49.5", "51", 320, DeliveryStatus.FINAL, 2, "2025-09-01");
        Deliver.oneByOne(auditTrail, log.all());

        List<AuditEntry> deliveries = queries.auditTrail(AuditFilter.wholeLog(), null, 10).entries();

        assertThat(deliveries.get(0).correction()).isNull();
        assertThat(deliveries.get(1).correction()).isEqualTo(new AuditCorrection(Kind.DELIVERY_RESTATED,
                "awareness:FYN:2025", 1L, List.of(
                new Field("awareOfHousePercent", "48", "49.5"),
                new Field("respondents", "300", "320"),
                new Field("status", "PRELIMINARY", "FINAL"),
                new Field("revision", "1", "2"))));
    }

    @Test
    void anAmendedContractShowsTheTargetsItChanged() {
        DashboardStories story = new DashboardStories(log);
        story.contractInForce(House.FYN, 2025, terms(House.FYN, 2025))
                .contractAmended(House.FYN, 2025, terms(House.FYN, 2025,
                        target("goal1", "Guided companies under 3 years old", Comparison.AT_LEAST, 80)),
                        "fewer entrepreneurs in the region", "2025-06-15");
        Deliver.inOneBatch(auditTrail, log.all());

        AuditCorrection amendment = onlyEntryOf("ResultContractAmended").correction();

        assertThat(amendment.kind()).isEqualTo(Kind.CONTRACT_AMENDED);
        assertThat(amendment.subjectId()).isEqualTo("FYN:2025");
        assertThat(amendment.previousPosition()).isEqualTo(1L);
        assertThat(amendment.fields()).containsExactly(new Field("goal1.target", "AT_LEAST 94", "AT_LEAST 80"));
    }

    @Test
    void aCorrectionOfAMeetingTheLogNeverRegisteredHasNoPreviousValues() {
        log.append(new GuidanceMeetingCorrected("c-9", House.FYN, new Cvr("24256790"), "m-1", "developer-7",
                MeetingForm.PHYSICAL, new BigDecimal("2.0"), List.of(Theme.CAPITAL), LocalDate.parse("2025-03-11"),
                "imported"), "imported");
        Deliver.inOneBatch(auditTrail, log.all());

        AuditCorrection correction = onlyEntryOf("GuidanceMeetingCorrected").correction();

        assertThat(correction.previousPosition()).isNull();
        assertThat(correction.fields()).extracting(Field::previous).containsOnlyNulls();
        assertThat(correction.fields()).extracting(Field::name)
                .containsExactly("adviserId", "form", "hours", "themes", "heldOn");
    }

    @Test
    void aCorrectionDeliveredAgainAfterLaterEventsStillComparesWithWhatCameBefore() throws Exception {
        GuidanceStories.wholeCase(log);
        log.append(new GuidanceMeetingCorrected("c-1", House.HOVEDSTADEN, COMPANY, "m-2", "developer-7",
                MeetingForm.DIGITAL, new BigDecimal("2.00"), List.of(Theme.CAPITAL), LocalDate.parse("2025-03-11"),
                "hours were 2"), "hours were 2");
        Deliver.inOneBatch(auditTrail, log.all());
        long first = positionOf("GuidanceMeetingCorrected", "m-2");
        AuditEntry before = queries.auditTrail(AuditFilter.wholeLog(), AuditCursor.of(first - 1), 1).entries().get(0);

        Deliver.oneByOne(auditTrail, log.between(first, first));

        assertThat(queries.auditTrail(AuditFilter.wholeLog(), AuditCursor.of(first - 1), 1).entries().get(0))
                .isEqualTo(before);
        assertThat(before.correction().fields()).contains(new Field("hours", "1", "1.5"));
    }

    @Test
    void eventsThatCorrectNothingCarryNoCorrection() {
        GuidanceStories.wholeCase(log);
        Deliver.inOneBatch(auditTrail, log.all());

        assertThat(queries.auditTrail(AuditFilter.wholeLog().andEventTypes("GuidanceCaseOpened",
                "GuidanceMeetingRecorded", "CompanyReferred", "GuidanceCaseClosed"), null, 50).entries())
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.correction()).isNull());
    }
}
