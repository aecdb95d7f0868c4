package dk.erhvervshuse.query.audit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.store.serialization.EventSerialization;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.api.AuditEntry;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.api.AuditPage;
import dk.erhvervshuse.query.api.InvalidQuery;
import dk.erhvervshuse.query.guidance.GuidanceViewsProjection;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static dk.erhvervshuse.query.DashboardStories.cvr;
import static dk.erhvervshuse.query.DashboardStories.target;
import static dk.erhvervshuse.query.DashboardStories.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Supervision (§10.2) lists the audit trail by company, case, house, user, event type and recording time, in
 * any combination, a page at a time: every filter lists exactly the events that meet all its criteria, in log
 * order, each once, across pages and across the index's chunks; and every read it makes is a key look-up.
 * <p>
 * The history spans several index chunks: 24 cases at the six houses with 100 meetings each, every 23rd
 * meeting corrected and every 101st withdrawn by the house's manager, and Fyn's result contract and awareness
 * survey, each restated once. Expected entries are worked out from the log itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailFiltersTest {

    private static final int CASES = 24;
    private static final int MEETINGS_EACH = 100;
    private static final int PAGE = 7;

    private final List<BsonDocument> finds = new ArrayList<>();
    private final EventLog log = history();
    private MongoClient client;
    private MongoAuditTrailQueries queries;

    @BeforeAll
    void projectTheHistory() {
        CommandListener recordFinds = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    synchronized (finds) {
                        finds.add(event.getCommand().getDocument("filter", new BsonDocument()).clone());
                    }
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestMongo.connectionString()))
                .addCommandListener(recordFinds)
                .build());
        MongoDatabase database = client.getDatabase(TestMongo.freshDatabaseName());
        Deliver.inBatchesOf(200, new GuidanceViewsProjection(database), log.all());
        Deliver.inBatchesOf(200, new AuditTrailProjection(database, EventSerialization.jacksonSerializer()), log.all());
        queries = new MongoAuditTrailQueries(database);
    }

    @AfterAll
    void close() {
        client.close();
    }

    private static EventLog history() {
        EventLog log = new EventLog();
        DashboardStories story = new DashboardStories(log);
        House[] houses = House.values();
        for (int c = 0; c < CASES; c++) {
            House house = houses[c % houses.length];
            adviserOf(log, house);
            story.opened("case-" + c, house, cvr(c % 8), "2020-01-01", Segment.GROWTH, "2025-01-02");
        }
        for (int m = 0; m < MEETINGS_EACH; m++) {
            for (int c = 0; c < CASES; c++) {
                House house = houses[c % houses.length];
                String caseId = "case-" + c;
                String heldOn = "2025-02-01";
                adviserOf(log, house);
                story.meeting(caseId, house, cvr(c % 8), "m-" + m, heldOn);
                int n = m * CASES + c;
                if (n % 23 == 0) {
                    managerOf(log, house);
                    story.meetingCorrected(caseId, house, cvr(c % 8), "m-" + m, "2025-02-02", "held a day later");
                }
                if (n % 101 == 0) {
                    managerOf(log, house);
                    story.meetingWithdrawn(caseId, house, cvr(c % 8), "m-" + m, "duplicate");
                }
            }
            if (m == 40) {
                log.recordedBy("kkr.fyn", "KKR_CHAIR", "FYN");
                story.contractProposed(House.FYN, 2025, terms(House.FYN, 2025), "2025-01-10");
                log.recordedBy("analyst", "BUSINESS_AUTHORITY_ANALYST", null);
                story.survey(House.FYN, 2025, "48", "51", 300, DeliveryStatus.PRELIMINARY, 1, "2025-06-01");
            }
            if (m == 80) {
                log.recordedBy("kkr.fyn", "KKR_CHAIR", "FYN");
                story.contractAmended(House.FYN, 2025, terms(House.FYN, 2025,
                        target("goal1", "Guided companies under 3 years old", Comparison.AT_LEAST, 80)),
                        "fewer entrepreneurs in the region", "2025-06-15");
                log.recordedBy("analyst", "BUSINESS_AUTHORITY_ANALYST", null);
                story.survey(House.FYN, 2025, "49.5", "51", 320, DeliveryStatus.FINAL, 2, "2025-09-01");
            }
        }
        return log;
    }

    private static void adviserOf(EventLog log, House house) {
        log.recordedBy("adviser." + house.name().toLowerCase(), "ADVISER", house.name());
    }

    private static void managerOf(EventLog log, House house) {
        log.recordedBy("manager." + house.name().toLowerCase(), "HOUSE_MANAGER", house.name());
    }

    // ---- what the log says

    private List<Long> positionsWhere(Predicate<TrackedEventMessage<?>> event) {
        return log.positionsOf(event);
    }

    private static Predicate<TrackedEventMessage<?>> house(House house) {
        return event -> {
            Object payload = event.getPayload();
            House concerned = payload instanceof GuidanceCaseEvent e ? e.house()
                    : payload instanceof GuidanceHoursEvent e ? e.house()
                    : payload instanceof ResultContractEvent e ? e.house()
                    : payload instanceof AwarenessSurveyDelivered e ? e.house() : null;
            return concerned == house;
        };
    }

    private static Predicate<TrackedEventMessage<?>> user(String userId) {
        return event -> userId.equals(event.getMetaData().get("userId"));
    }

    private static Predicate<TrackedEventMessage<?>> type(String... types) {
        Set<String> any = Set.of(types);
        return event -> any.contains(event.getPayloadType().getSimpleName());
    }

    private static Predicate<TrackedEventMessage<?>> recorded(long fromPosition, long toPosition) {
        Instant from = EventLog.recordedAtOf(fromPosition);
        Instant to = EventLog.recordedAtOf(toPosition);
        return event -> !event.getTimestamp().isBefore(from) && event.getTimestamp().isBefore(to);
    }

    private static Predicate<TrackedEventMessage<?>> ofCase(String caseId) {
        return event -> event.getPayload() instanceof GuidanceCaseEvent e && e.caseId().equals(caseId);
    }

    private static Predicate<TrackedEventMessage<?>> ofCompany(String cvr) {
        return event -> event.getPayload() instanceof GuidanceCaseEvent caseEvent
                ? caseEvent.cvr().value().equals(cvr)
                : event.getPayload() instanceof GuidanceHoursEvent hoursEvent && hoursEvent.cvr().value().equals(cvr);
    }

    // ---- what the trail answers

    private List<Long> readAllPages(AuditFilter filter) {
        return AuditPages.readAll(queries, filter, PAGE, log.size());
    }

    @Nested
    class EachCriterionAlone {

        @Test
        void aHouseListsItsCasesEventsItsContractAndItsSurvey() {
            List<Long> expected = positionsWhere(house(House.FYN));

            assertThat(readAllPages(AuditFilter.wholeLog().andHouse(House.FYN))).containsExactlyElementsOf(expected);
            assertThat(expected).anySatisfy(position -> assertThat(position).isGreaterThan(2 * AuditIndex.CHUNK_SPAN));
            assertThat(positionsWhere(type("ResultContractAmended", "AwarenessSurveyDelivered")))
                    .isSubsetOf(expected);
        }

        @Test
        void aUserListsTheEventsOfTheirCommandsAcrossTheIndexsChunks() {
            List<Long> expected = positionsWhere(user("manager.fyn"));

            assertThat(readAllPages(AuditFilter.wholeLog().andUser("manager.fyn"))).containsExactlyElementsOf(expected);
            assertThat(expected.stream().map(AuditIndex::chunkOf).distinct()).hasSizeGreaterThan(1);
        }

        @Test
        void anEventTypeListsEveryEventOfThatType() {
            assertThat(readAllPages(AuditFilter.wholeLog().andEventTypes("GuidanceMeetingCorrected")))
                    .containsExactlyElementsOf(positionsWhere(type("GuidanceMeetingCorrected")));
        }

        @Test
        void severalEventTypesListEveryEventOfAnyOfThem() {
            String[] corrections = {"GuidanceMeetingCorrected", "GuidanceMeetingWithdrawn", "ResultContractAmended"};

            assertThat(readAllPages(AuditFilter.wholeLog().andEventTypes(corrections)))
                    .containsExactlyElementsOf(positionsWhere(type(corrections)));
        }

        @Test
        void aRecordingTimeRangeIncludesItsStartAndExcludesItsEnd() {
            Instant from = EventLog.recordedAtOf(990);
            Instant to = EventLog.recordedAtOf(2017);

            assertThat(readAllPages(AuditFilter.wholeLog().andRecordedBetween(from, to)))
                    .containsExactlyElementsOf(positionsWhere(recorded(990, 2017)));
        }

        @Test
        void aRangeOpenAtEitherEndReachesTheStartOrTheEndOfTheLog() {
            assertThat(readAllPages(AuditFilter.wholeLog().andRecordedBetween(null, EventLog.recordedAtOf(12))))
                    .containsExactlyElementsOf(positionsWhere(recorded(0, 12)));
            assertThat(readAllPages(AuditFilter.wholeLog().andRecordedBetween(EventLog.recordedAtOf(log.size() - 9),
                    null))).containsExactlyElementsOf(positionsWhere(recorded(log.size() - 9, log.size() + 1)));
        }
    }

    @Nested
    class CriteriaCombined {

        @Test
        void aHouseAnEventTypeAndATimeRange() {
            AuditFilter filter = AuditFilter.wholeLog().andHouse(House.HOVEDSTADEN)
                    .andEventTypes("GuidanceMeetingCorrected", "GuidanceMeetingWithdrawn")
                    .andRecordedBetween(EventLog.recordedAtOf(300), EventLog.recordedAtOf(2200));

            List<Long> expected = positionsWhere(house(House.HOVEDSTADEN)
                    .and(type("GuidanceMeetingCorrected", "GuidanceMeetingWithdrawn")).and(recorded(300, 2200)));
            assertThat(expected).hasSizeGreaterThan(PAGE);
            assertThat(readAllPages(filter)).containsExactlyElementsOf(expected);
        }

        @Test
        void aUserAndAnEventType() {
            assertThat(readAllPages(AuditFilter.wholeLog().andUser("adviser.sjaelland")
                    .andEventTypes("GuidanceCaseOpened")))
                    .containsExactlyElementsOf(positionsWhere(user("adviser.sjaelland").and(type("GuidanceCaseOpened"))));
        }

        @Test
        void aCaseAndAUser() {
            assertThat(readAllPages(AuditFilter.ofCase("case-0").andUser("manager.hovedstaden")))
                    .containsExactlyElementsOf(positionsWhere(ofCase("case-0").and(user("manager.hovedstaden"))))
                    .isNotEmpty();
        }

        @Test
        void aCompanyAHouseAndATimeRange() {
            String company = cvr(2);
            AuditFilter filter = AuditFilter.ofCompany(company).andHouse(House.SJAELLAND)
                    .andRecordedBetween(EventLog.recordedAtOf(1000), EventLog.recordedAtOf(1600));

            assertThat(readAllPages(filter)).containsExactlyElementsOf(
                    positionsWhere(ofCompany(company).and(house(House.SJAELLAND)).and(recorded(1000, 1600))))
                    .hasSizeGreaterThan(PAGE);
        }

        @Test
        void aCaseAndItsOwnCompanyListTheCaseAndAnotherCompanyNothing() {
            assertThat(readAllPages(AuditFilter.ofCase("case-3").andCompany(cvr(3))))
                    .containsExactlyElementsOf(positionsWhere(ofCase("case-3")));
            assertThat(readAllPages(AuditFilter.ofCase("case-3").andCompany(cvr(4)))).isEmpty();
        }

        @Test
        void everyCriterionAtOnce() {
            AuditFilter filter = AuditFilter.ofCase("case-5").andCompany(cvr(5)).andHouse(House.FYN)
                    .andUser("adviser.fyn").andEventTypes("GuidanceMeetingRecorded")
                    .andRecordedBetween(EventLog.recordedAtOf(100), EventLog.recordedAtOf(1900));

            assertThat(readAllPages(filter)).containsExactlyElementsOf(positionsWhere(ofCase("case-5")
                    .and(user("adviser.fyn")).and(type("GuidanceMeetingRecorded")).and(recorded(100, 1900))));
        }
    }

    @Nested
    class NothingToList {

        @Test
        void aUserWhoNeverRecordedAnything() {
            assertThat(queries.auditTrail(AuditFilter.wholeLog().andUser("nobody"), null, PAGE))
                    .isEqualTo(new AuditPage(List.of(), null, false));
        }

        @Test
        void criteriaThatNeverMeet() {
            assertThat(positionsWhere(user("adviser.fyn").and(house(House.HOVEDSTADEN)))).isEmpty();

            assertThat(queries.auditTrail(AuditFilter.wholeLog().andUser("adviser.fyn").andHouse(House.HOVEDSTADEN),
                    null, PAGE)).isEqualTo(new AuditPage(List.of(), null, false));
        }

        @Test
        void aTimeRangeBeforeTheLogBeganOrAfterItsLastEvent() {
            Instant before = EventLog.START.minusSeconds(3600);
            Instant after = EventLog.recordedAtOf(log.size() + 5);

            assertThat(queries.auditTrail(AuditFilter.wholeLog().andRecordedBetween(before, EventLog.START), null,
                    PAGE).entries()).isEmpty();
            assertThat(queries.auditTrail(AuditFilter.wholeLog().andRecordedBetween(after, null), null, PAGE)
                    .entries()).isEmpty();
            assertThat(queries.auditTrail(AuditFilter.wholeLog().andHouse(House.FYN).andRecordedBetween(after, null),
                    null, PAGE)).isEqualTo(new AuditPage(List.of(), null, false));
        }
    }

    @Nested
    class BadInput {

        @Test
        void anUnknownEventTypeIsRefusedListingTheKnownOnes() {
            assertThatThrownBy(() -> queries.auditTrail(AuditFilter.wholeLog().andEventTypes("MeetingHeld"), null, PAGE))
                    .isInstanceOfSatisfying(InvalidQuery.class, refused -> {
                        assertThat(refused.field()).isEqualTo("filter.eventTypes");
                        assertThat(refused.rule()).isEqualTo("eventType.unknown");
                        assertThat(refused.getMessage()).contains("'MeetingHeld'", "GuidanceMeetingRecorded",
                                "ManagementDecisionRecorded", "ResultContractAmended", "CompanyAccountsDelivered");
                    });
        }

        @Test
        void aTimeRangeThatEndsWhereItBeginsIsRefused() {
            Instant at = EventLog.recordedAtOf(10);

            assertThatThrownBy(() -> queries.auditTrail(AuditFilter.wholeLog().andRecordedBetween(at, at), null, PAGE))
                    .isInstanceOfSatisfying(InvalidQuery.class, refused -> {
                        assertThat(refused.field()).isEqualTo("filter.recordedTo");
                        assertThat(refused.rule()).isEqualTo("recordedTo.notAfterFrom");
                    });
        }

        @Test
        void blankCriteriaCountAsNotGiven() {
            AuditFilter blank = new AuditFilter(" ", "", null, "  ", List.of(" "), null, null);

            assertThat(blank).isEqualTo(AuditFilter.wholeLog());
        }
    }

    @Test
    void everyReadOfAFilteredPageIsAKeyLookUp() {
        synchronized (finds) {
            finds.clear();
        }
        readAllPages(AuditFilter.ofCompany(cvr(1)).andHouse(House.MIDTJYLLAND).andUser("manager.midtjylland")
                .andEventTypes("GuidanceMeetingCorrected", "GuidanceMeetingWithdrawn")
                .andRecordedBetween(EventLog.recordedAtOf(50), EventLog.recordedAtOf(2300)));

        synchronized (finds) {
            assertThat(finds).isNotEmpty().allSatisfy(filter -> assertThat(filter.keySet()).containsExactly("_id"));
        }
    }

    @Test
    void theEntriesOfAFilteredPageAreTheTrailsOwn() {
        AuditEntry filtered = queries.auditTrail(AuditFilter.wholeLog().andEventTypes("ResultContractAmended"), null, 1)
                .entries().get(0);
        AuditEntry unfiltered = queries.auditTrail(AuditFilter.wholeLog(), AuditCursor.of(filtered.position() - 1), 1)
                .entries().get(0);

        assertThat(filtered).isEqualTo(unfiltered);
        assertThat(filtered.house()).isEqualTo("FYN");
        assertThat(filtered.userId()).isEqualTo("kkr.fyn");
    }
}
