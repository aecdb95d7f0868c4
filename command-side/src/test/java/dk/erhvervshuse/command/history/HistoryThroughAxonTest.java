package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.api.DeliverAwarenessSurvey;
import dk.erhvervshuse.command.api.DeliverCompanyAccounts;
import dk.erhvervshuse.command.api.DeliverControlGroupGrowth;
import dk.erhvervshuse.command.api.OpenGuidanceCase;
import dk.erhvervshuse.command.api.RecordGuidanceMeeting;
import dk.erhvervshuse.command.api.RecordManagementDecision;
import dk.erhvervshuse.command.api.RecordUserEvaluation;
import dk.erhvervshuse.command.api.ReferCompany;
import dk.erhvervshuse.command.api.SignResultContract;
import dk.erhvervshuse.command.contract.ResultContract;
import dk.erhvervshuse.command.delivery.AwarenessSurveyDeliveries;
import dk.erhvervshuse.command.delivery.CompanyAccountsDeliveries;
import dk.erhvervshuse.command.delivery.ControlGroupGrowthDeliveries;
import dk.erhvervshuse.command.guidance.CompanyHoursLedger;
import dk.erhvervshuse.command.guidance.GuidanceCase;
import dk.erhvervshuse.command.guidance.TwentyHourPolicy;
import dk.erhvervshuse.events.common.AuditMetadata;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's promise: a script sent in order to an empty registry whose clock reads {@code until} passes
 * every rule of the command side. One year at 300 companies, sent with the audit metadata through plain Axon
 * with the real aggregates and the 20-hour policy, as the application wires them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryThroughAxonTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);
    private static final HistoryOptions OPTIONS = new HistoryOptions(2025, 2025, 2025, 300, UNTIL);

    private Configuration axon;
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private List<ScriptedCommand> script;
    private HistorySummary summary;
    private final List<String> rejections = new ArrayList<>();
    private final Map<String, Long> eventsByType = new TreeMap<>();
    private List<? extends EventMessage<?>> events;

    @BeforeAll
    void sendTheWholeScript() {
        long started = System.nanoTime();
        script = HistoryGenerator.generate(OPTIONS);
        long generated = System.nanoTime();
        summary = HistorySummary.of(script);

        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> storage)
                .registerComponent(Clock.class,
                        c -> Clock.fixed(UNTIL.atTime(LocalTime.of(16, 0)).atZone(COPENHAGEN).toInstant(), COPENHAGEN))
                .configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(AuditMetadata.USER_ID, AuditMetadata.ROLE,
                                AuditMetadata.USER_HOUSE, AuditMetadata.REASON)))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(GuidanceCase.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CompanyHoursLedger.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(ResultContract.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(AwarenessSurveyDeliveries.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CompanyAccountsDeliveries.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(ControlGroupGrowthDeliveries.class))
                .eventProcessing(processing -> processing
                        .registerEventHandler(c -> new TwentyHourPolicy(c.commandGateway()))
                        .registerSubscribingEventProcessor("twenty-hour-policy"))
                .buildConfiguration();
        axon.start();
        CommandGateway commands = axon.commandGateway();
        for (ScriptedCommand scripted : script) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(scripted.command())
                        .andMetaData(scripted.metaData()));
            } catch (RuntimeException rejection) {
                rejections.add(scripted + "\n    -> " + rejection);
            }
        }
        long sent = System.nanoTime();
        events = storage.readEvents(null, false).toList();
        events.forEach(event -> eventsByType.merge(event.getPayloadType().getSimpleName(), 1L, Long::sum));
        System.out.printf("history of %d companies in %d: %d commands generated in %d ms, sent through Axon in %d ms, "
                        + "%d events%n%s%nevents: %s%n", OPTIONS.companiesPerYear(), OPTIONS.fromYear(), script.size(),
                Duration.ofNanos(generated - started).toMillis(), Duration.ofNanos(sent - generated).toMillis(),
                events.size(), summary.report(), eventsByType);
    }

    @AfterAll
    void stopAxon() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void everyCommandOfTheScriptIsAccepted() {
        assertThat(rejections).as("rejected commands").isEmpty();
        assertThat(script).hasSizeGreaterThan(1000);
    }

    @Test
    void everyCaseAndMeetingOfTheScriptIsInTheLog() {
        assertThat(eventsByType.get(GuidanceCaseOpened.class.getSimpleName()))
                .isEqualTo(summary.count(OpenGuidanceCase.class)).isBetween(290L, 330L);
        assertThat(eventsByType.get(GuidanceMeetingRecorded.class.getSimpleName()))
                .isEqualTo(summary.count(RecordGuidanceMeeting.class));
        assertThat(eventsByType.get(GuidanceHoursCounted.class.getSimpleName()))
                .isGreaterThanOrEqualTo(summary.count(RecordGuidanceMeeting.class));
        assertThat(eventsByType.get(CompanyReferred.class.getSimpleName())).isEqualTo(summary.count(ReferCompany.class));
        assertThat(eventsByType.get(UserEvaluationReceived.class.getSimpleName()))
                .isEqualTo(summary.count(RecordUserEvaluation.class));
    }

    /** §9: the cases over 3 hours are the ones the command side selects for evaluation, about four in ten. */
    @Test
    void theCasesOverThreeHoursAreSelectedForEvaluation() {
        long selected = eventsByType.get(CaseSelectedForUserEvaluation.class.getSimpleName());
        assertThat(selected).isEqualTo(summary.casesOverThreeHours());
        assertThat((double) selected / summary.count(OpenGuidanceCase.class)).isBetween(0.3, 0.5);
    }

    /** §5.1: every requirement the ledgers raise is answered by management, with the id the script predicted. */
    @Test
    void everyRequirementOfTheTwentyHourRuleIsDecided() {
        long required = eventsByType.getOrDefault(ManagementDecisionRequired.class.getSimpleName(), 0L);

        assertThat(required).isPositive();
        assertThat(eventsByType.get(ManagementDecisionRecorded.class.getSimpleName())).isEqualTo(required)
                .isEqualTo(summary.count(RecordManagementDecision.class));
    }

    @Test
    void everyHouseHasASignedContractASurveyAndTheEffectDataArrive() {
        assertThat(eventsByType.get(ResultContractSigned.class.getSimpleName()))
                .isEqualTo(summary.count(SignResultContract.class)).isEqualTo(12L);
        assertThat(eventsByType.get(ResultContractTookEffect.class.getSimpleName())).isEqualTo(6L);
        assertThat(eventsByType.get(AwarenessSurveyDelivered.class.getSimpleName()))
                .isEqualTo(summary.count(DeliverAwarenessSurvey.class)).isEqualTo(12L);
        assertThat(eventsByType.get(ControlGroupGrowthDelivered.class.getSimpleName()))
                .isEqualTo(summary.count(DeliverControlGroupGrowth.class)).isGreaterThanOrEqualTo(4L);
        assertThat(eventsByType.get(CompanyAccountsDelivered.class.getSimpleName()))
                .isEqualTo(summary.count(DeliverCompanyAccounts.class)).isGreaterThan(200L);
    }

    /**
     * The recorded history, written straight to a log for benchmarks, holds exactly the events the aggregates and
     * the 20-hour policy write for the same script: stream by stream, sequence number by sequence number, payload
     * and audit metadata alike.
     */
    @Test
    void theRecordedHistoryHoldsWhatTheAggregatesWrite() {
        Map<String, List<List<Object>>> written = new TreeMap<>();
        for (EventMessage<?> event : events) {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
            List<List<Object>> stream = written.computeIfAbsent(domain.getType() + " " + domain.getAggregateIdentifier(),
                    id -> new ArrayList<>());
            assertThat(domain.getSequenceNumber()).isEqualTo(stream.size());
            stream.add(List.of(domain.getPayload(), audit(domain.getMetaData())));
        }
        Map<String, List<List<Object>>> recorded = new TreeMap<>();
        HistoryGenerator.commits(OPTIONS).forEachRemaining(commit -> {
            List<List<Object>> stream = recorded.computeIfAbsent(commit.aggregateType() + " " + commit.aggregateId(),
                    id -> new ArrayList<>());
            assertThat(commit.firstSequenceNumber()).as("%s", commit).isEqualTo(stream.size());
            commit.events().forEach(payload -> stream.add(List.of(payload, audit(commit.metaData()))));
        });

        assertThat(recorded.keySet()).containsExactlyElementsOf(written.keySet());
        written.forEach((stream, writtenEvents) ->
                assertThat(recorded.get(stream)).as(stream).containsExactlyElementsOf(writtenEvents));
    }

    private static Map<String, Object> audit(Map<String, ?> metaData) {
        Map<String, Object> audit = new TreeMap<>();
        for (String key : List.of(AuditMetadata.USER_ID, AuditMetadata.ROLE, AuditMetadata.USER_HOUSE,
                AuditMetadata.REASON)) {
            if (metaData.get(key) != null) {
                audit.put(key, metaData.get(key));
            }
        }
        return audit;
    }

    /** Supervision (§10.2) sees who registered every fact, including the hours the policy counted. */
    @Test
    void everyEventCarriesWhoRegisteredItAndInWhichRole() {
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getMetaData()).containsKey(AuditMetadata.USER_ID).containsKey(AuditMetadata.ROLE);
        });
    }
}
