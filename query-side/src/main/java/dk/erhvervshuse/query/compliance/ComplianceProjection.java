package dk.erhvervshuse.query.compliance;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import dk.erhvervshuse.query.support.BatchWork;
import dk.erhvervshuse.query.support.BatchedDocuments;
import dk.erhvervshuse.query.support.LogPosition;
import dk.erhvervshuse.query.support.Recording;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps the compliance views of supervision (tilsyn, §10.2), per house and year: companies over 20 hours
 * without management's decision (§5.1), cases over 3 hours never selected for evaluation, registrations lacking
 * the minimum, evaluations of cases never selected, and corrections per adviser (§9). Processing group
 * {@value #PROCESSING_GROUP}.
 * <p>
 * A batch is handled in two halves, as the dashboards are: first the facts of each case
 * ({@code compliance_cases}) and each hours ledger ({@code compliance_ledgers}) the events change,
 * position-guarded ({@link BatchedDocuments}); then, after the batch's last event, the entries of every case and
 * ledger the batch touched, in every house-year each ever touched ({@link ComplianceDerivation}), set from the
 * facts and written only where they changed. So a batch costs a constant number of reads and writes, and a
 * redelivered batch writes nothing. Every event passes through a handler here, so that the last one of a batch
 * is always seen. One segment only: a house-year's document gathers many cases.
 */
@Component
@ProcessingGroup(ComplianceProjection.PROCESSING_GROUP)
public class ComplianceProjection {

    public static final String PROCESSING_GROUP = "compliance";
    static final String CASES = "compliance_cases";
    static final String LEDGERS = "compliance_ledgers";
    /** Every collection this projection keeps: the facts and the views. */
    public static final List<String> COLLECTIONS = Stream.concat(Stream.of(CASES, LEDGERS),
            Stream.of(ComplianceView.values()).map(ComplianceView::collection)).toList();

    private final MongoDatabase database;
    private final BatchedDocuments documents;
    private final BatchWork<ComplianceBatch> batches;

    public ComplianceProjection(MongoDatabase database) {
        this.database = database;
        this.documents = new BatchedDocuments(database, PROCESSING_GROUP, ComplianceProjection::keysOf);
        this.batches = new BatchWork<>(ComplianceProjection.class.getName() + "@" + System.identityHashCode(this),
                ComplianceBatch::derive);
    }

    private static void keysOf(EventMessage<?> message, BatchedDocuments.KeySink needs) {
        Object event = message.getPayload();
        if (event instanceof GuidanceCaseEvent caseEvent) {
            needs.document(CASES, caseEvent.caseId());
        } else if (event instanceof GuidanceHoursEvent hoursEvent) {
            needs.document(LEDGERS, hoursEvent.ledgerId());
        }
    }

    @EventHandler
    void on(GuidanceCaseOpened event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token);
    }

    @EventHandler
    void on(GuidanceMeetingRecorded event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token);
    }

    @EventHandler
    void on(GuidanceMeetingCorrected event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token);
    }

    @EventHandler
    void on(GuidanceMeetingWithdrawn event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token);
    }

    @EventHandler
    void on(CaseSelectedForUserEvaluation event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token);
    }

    @EventHandler
    void on(CompanyReferred event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token);
    }

    @EventHandler
    void on(UserEvaluationReceived event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token);
    }

    @EventHandler
    void on(CaseRegistrationCorrected event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token);
    }

    @EventHandler
    void on(GuidanceCaseClosed event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token);
    }

    @EventHandler
    void on(GuidanceHoursCounted event, EventMessage<?> message, TrackingToken token) {
        hoursEvent(event, message, token);
    }

    @EventHandler
    void on(ManagementDecisionRequired event, EventMessage<?> message, TrackingToken token) {
        hoursEvent(event, message, token);
    }

    @EventHandler
    void on(ManagementDecisionRecorded event, EventMessage<?> message, TrackingToken token) {
        hoursEvent(event, message, token);
    }

    /** Any other event changes nothing here, but may be the last of its batch, which ends the batch's work. */
    @EventHandler
    void passOver(Object event, EventMessage<?> message, TrackingToken token) {
        documents.apply(message, LogPosition.of(token), nothing -> {
        });
        finish(batch());
    }

    @ResetHandler
    public void reset() {
        COLLECTIONS.forEach(collection -> database.getCollection(collection).drop());
    }

    private void caseEvent(GuidanceCaseEvent event, EventMessage<?> message, TrackingToken token) {
        long position = LogPosition.of(token);
        Recording recording = Recording.of(message);
        CaseFacts[] touched = new CaseFacts[1];
        documents.apply(message, position, changes -> {
            changes.update(CASES, event.caseId(), document -> new CaseFacts(document).apply(event, position, recording));
            touched[0] = new CaseFacts(changes.read(CASES, event.caseId()));
        });
        ComplianceBatch batch = batch();
        batch.cases.put(event.caseId(), touched[0]);
        finish(batch);
    }

    private void hoursEvent(GuidanceHoursEvent event, EventMessage<?> message, TrackingToken token) {
        long position = LogPosition.of(token);
        LedgerFacts[] touched = new LedgerFacts[1];
        documents.apply(message, position, changes -> {
            changes.update(LEDGERS, event.ledgerId(), document -> new LedgerFacts(document).apply(event));
            touched[0] = new LedgerFacts(changes.read(LEDGERS, event.ledgerId()));
        });
        ComplianceBatch batch = batch();
        batch.ledgers.put(event.ledgerId(), touched[0]);
        finish(batch);
    }

    /**
     * The batch's touched cases and ledgers; outside a unit of work an event is a batch of its own. Started after
     * the batch's documents (the first event's facts are applied first), so that its derivation runs after their
     * writes, which it reads.
     */
    private ComplianceBatch batch() {
        return batches.current(ComplianceBatch::new);
    }

    private void finish(ComplianceBatch batch) {
        batches.handled(batch);
    }

    /** What the events of one batch touched: the sources of the second half. */
    private final class ComplianceBatch {

        final Map<String, CaseFacts> cases = new LinkedHashMap<>();
        final Map<String, LedgerFacts> ledgers = new LinkedHashMap<>();

        void derive() {
            if (cases.isEmpty() && ledgers.isEmpty()) {
                return;
            }
            new ComplianceDerivation(database).run(new ArrayList<>(cases.values()), new ArrayList<>(ledgers.values()));
            cases.clear();
            ledgers.clear();
        }
    }
}
