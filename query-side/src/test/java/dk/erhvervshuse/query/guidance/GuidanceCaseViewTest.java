package dk.erhvervshuse.query.guidance;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.GuidanceStories;
import dk.erhvervshuse.query.api.GuidanceCaseView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import static dk.erhvervshuse.query.GuidanceStories.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GuidanceCaseViewTest {

    private MongoDatabase database;
    private GuidanceViewsProjection projection;
    private MongoGuidanceQueries queries;
    private final EventLog log = new EventLog();

    @BeforeEach
    void freshViews() {
        database = TestMongo.freshDatabase();
        projection = new GuidanceViewsProjection(database);
        queries = new MongoGuidanceQueries(database);
        GuidanceStories.wholeCase(log);
    }

    private GuidanceCaseView caseOne() {
        return queries.guidanceCase("c-1").orElseThrow();
    }

    @Test
    void totalHoursLeaveOutWithdrawnMeetingsAndCountCorrectedOnesAtTheirCorrectedHours() {
        Deliver.inOneBatch(projection, log.all());

        assertThat(caseOne().totalHours()).isEqualByComparingTo("4.0");
        assertThat(caseOne().meetings())
                .extracting(GuidanceCaseView.Meeting::meetingId, GuidanceCaseView.Meeting::status,
                        m -> m.hours().toPlainString())
                .containsExactly(
                        tuple("m-1", "RECORDED", "2.5"),
                        tuple("m-2", "CORRECTED", "1.5"),
                        tuple("m-3", "WITHDRAWN", "4.0"));
    }

    @Test
    void aCorrectedMeetingShowsItsNewFactsAndListsTheCorrectionWithItsReasonAndAuthor() {
        Deliver.inOneBatch(projection, log.all());

        GuidanceCaseView.Meeting corrected = caseOne().meetings().get(1);
        assertThat(corrected.form()).isEqualTo("DIGITAL");
        assertThat(corrected.themes()).containsExactly("CAPITAL");
        assertThat(corrected.heldOn()).isEqualTo(LocalDate.parse("2025-03-11"));
        assertThat(corrected.corrections()).containsExactly(new GuidanceCaseView.MeetingCorrection(
                "CORRECTED", "hours were 1.5", new BigDecimal("1.5"), LocalDate.parse("2025-03-11"),
                EventLog.recordedAtOf(5), "adviser-1"));
    }

    @Test
    void aWithdrawnMeetingStaysVisibleWithWhyItWasWithdrawn() {
        Deliver.inOneBatch(projection, log.all());

        GuidanceCaseView.Meeting withdrawn = caseOne().meetings().get(2);
        assertThat(withdrawn.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.kind()).isEqualTo("WITHDRAWN");
            assertThat(correction.reason()).isEqualTo("duplicate of m-1");
            assertThat(correction.recordedAt()).isEqualTo(EventLog.recordedAtOf(6));
            assertThat(correction.recordedBy()).isEqualTo("adviser-1");
        });
    }

    @Test
    void aRegistrationCorrectionReplacesTheRegistrationAndNamesTheFieldsItChanged() {
        Deliver.inOneBatch(projection, log.all());

        GuidanceCaseView view = caseOne();
        assertThat(view.office()).isEqualTo("BRANCH");
        assertThat(view.segment()).isEqualTo("OPERATIONS");
        assertThat(view.pNumber()).isEqualTo("1000000001");
        assertThat(view.registrationCorrections()).containsExactly(new GuidanceCaseView.RegistrationCorrection(
                List.of("office", "segment"), "segment registered wrongly", EventLog.recordedAtOf(10),
                "manager-2"));
    }

    @Test
    void theCaseShowsItsSelectionForEvaluationReferralEvaluationAndClosing() {
        Deliver.inOneBatch(projection, log.all());

        GuidanceCaseView view = caseOne();
        assertThat(view.evaluationSelection()).isEqualTo(new GuidanceCaseView.EvaluationSelection(
                new BigDecimal("4.0"), LocalDate.parse("2025-03-11")));
        assertThat(view.referrals()).containsExactly(new GuidanceCaseView.Referral(
                "r-1", "EIFO", "STATE_PROMOTION", null, LocalDate.parse("2025-03-15")));
        assertThat(view.evaluations()).containsExactly(new GuidanceCaseView.Evaluation(
                "e-1", 9, true, null, LocalDate.parse("2025-04-01")));
        assertThat(view.status()).isEqualTo("CLOSED");
        assertThat(view.closedOn()).isEqualTo(LocalDate.parse("2025-04-30"));
    }

    @Test
    void theCaseKeepsItsRegistrationMinimumAndEveryPositionOfItsHistory() {
        Deliver.inOneBatch(projection, log.all());

        GuidanceCaseView view = caseOne();
        assertThat(view.caseId()).isEqualTo("c-1");
        assertThat(view.house()).isEqualTo("HOVEDSTADEN");
        assertThat(view.cvr()).isEqualTo(COMPANY.value());
        assertThat(view.foundedOn()).isEqualTo(GuidanceStories.FOUNDED);
        assertThat(view.themes()).containsExactly("DIGITALISATION_AND_TECHNOLOGY");
        assertThat(view.openedOn()).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(view.eventPositions()).containsExactlyElementsOf(
                LongStream.rangeClosed(1, log.size()).boxed().toList());
        assertThat(view.lastRecordedAt()).isEqualTo(EventLog.recordedAtOf(log.size()));
    }

    @Test
    void theSameHistoryOneEventAtATimeGivesTheSameCaseAsInOneBatch() throws Exception {
        Deliver.inOneBatch(projection, log.all());
        GuidanceCaseView batched = caseOne();

        MongoDatabase other = TestMongo.freshDatabase();
        Deliver.oneByOne(new GuidanceViewsProjection(other), log.all());

        assertThat(new MongoGuidanceQueries(other).guidanceCase("c-1")).contains(batched);
    }

    @Test
    void manyCasesComeBackInTheOrderAskedSkippingCasesNeverOpened() {
        EventLog many = new EventLog();
        GuidanceStories.manyCases(many, 3, 1, 2);
        many.append(GuidanceStories.opened("c-x", House.FYN, COMPANY, LocalDate.parse("2025-05-01")));
        Deliver.inOneBatch(projection, many.all());

        assertThat(queries.guidanceCases(List.of("case-2", "never-opened", "case-0", "c-x")))
                .extracting(GuidanceCaseView::caseId)
                .containsExactly("case-2", "case-0", "c-x");
        assertThat(queries.guidanceCase("never-opened")).isEmpty();
        assertThat(queries.guidanceCases(List.of())).isEmpty();
    }
}
