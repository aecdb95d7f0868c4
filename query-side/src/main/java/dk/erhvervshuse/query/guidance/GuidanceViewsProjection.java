package dk.erhvervshuse.query.guidance;

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
import dk.erhvervshuse.query.support.BatchedDocuments;
import dk.erhvervshuse.query.support.LogPosition;
import dk.erhvervshuse.query.support.Recording;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Keeps {@code case_view} (one document per guidance case) and {@code company_view} (one per company,
 * across houses) in step with the guidance events. Every change goes through {@link BatchedDocuments}:
 * read and written once per event batch, each document guarded by the position of the last event
 * applied to it, so a redelivered event changes nothing and a replay from scratch rebuilds the same.
 */
@Component
@ProcessingGroup(GuidanceViewsProjection.PROCESSING_GROUP)
public class GuidanceViewsProjection {

    public static final String PROCESSING_GROUP = "guidance-views";
    public static final String CASE_VIEW = "case_view";
    public static final String COMPANY_VIEW = "company_view";

    private final MongoDatabase database;
    private final BatchedDocuments documents;

    public GuidanceViewsProjection(MongoDatabase database) {
        this.database = database;
        this.documents = new BatchedDocuments(database, PROCESSING_GROUP, GuidanceViewsProjection::keysOf);
    }

    /** A case event needs its case and its company; an hours event its company. */
    private static void keysOf(EventMessage<?> message, BatchedDocuments.KeySink needs) {
        Object event = message.getPayload();
        if (event instanceof GuidanceCaseEvent caseEvent) {
            needs.document(CASE_VIEW, caseEvent.caseId());
        }
        if (event instanceof GuidanceCaseEvent || event instanceof GuidanceHoursEvent) {
            needs.document(COMPANY_VIEW, GuidanceEventFacts.cvr(event));
        }
    }

    @EventHandler
    void on(GuidanceCaseOpened event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token, (view, recording) -> view.open(event));
    }

    @EventHandler
    void on(GuidanceMeetingRecorded event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token, (view, recording) -> view.recordMeeting(event));
    }

    @EventHandler
    void on(GuidanceMeetingCorrected event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token, (view, recording) -> view.correctMeeting(event, recording));
    }

    @EventHandler
    void on(GuidanceMeetingWithdrawn event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token, (view, recording) -> view.withdrawMeeting(event, recording));
    }

    @EventHandler
    void on(CaseSelectedForUserEvaluation event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token, (view, recording) -> view.select(event));
    }

    @EventHandler
    void on(CompanyReferred event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token, (view, recording) -> view.refer(event));
    }

    @EventHandler
    void on(UserEvaluationReceived event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token, (view, recording) -> view.receiveEvaluation(event));
    }

    @EventHandler
    void on(CaseRegistrationCorrected event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token, (view, recording) -> view.correctRegistration(event, recording));
    }

    @EventHandler
    void on(GuidanceCaseClosed event, EventMessage<?> message, TrackingToken token) {
        caseEvent(event, message, token, (view, recording) -> view.close(event));
    }

    @EventHandler
    void on(GuidanceHoursCounted event, EventMessage<?> message, TrackingToken token) {
        hoursEvent(event, message, token, company -> {
        });
    }

    @EventHandler
    void on(ManagementDecisionRequired event, EventMessage<?> message, TrackingToken token) {
        hoursEvent(event, message, token, company -> company.requireDecision(event));
    }

    @EventHandler
    void on(ManagementDecisionRecorded event, EventMessage<?> message, TrackingToken token) {
        hoursEvent(event, message, token, company -> company.recordDecision(event));
    }

    @ResetHandler
    public void reset() {
        database.getCollection(CASE_VIEW).drop();
        database.getCollection(COMPANY_VIEW).drop();
    }

    private void caseEvent(GuidanceCaseEvent event, EventMessage<?> message, TrackingToken token,
                           BiConsumer<CaseViewDocument, Recording> change) {
        long position = LogPosition.of(token);
        Recording recording = Recording.of(message);
        documents.apply(message, position, changes -> {
            changes.update(CASE_VIEW, event.caseId(), document -> {
                CaseViewDocument view = new CaseViewDocument(document);
                change.accept(view, recording);
                view.recorded(position, recording);
            });
            String cvr = GuidanceEventFacts.cvr(event);
            if (cvr != null) {
                // The summary copies the case as it stands in this batch, so it is right even where
                // the case document already held this event and the company document did not.
                CaseViewDocument caseView = new CaseViewDocument(changes.read(CASE_VIEW, event.caseId()));
                changes.update(COMPANY_VIEW, cvr, document -> {
                    CompanyViewDocument company = new CompanyViewDocument(document);
                    company.summarise(caseView);
                    company.addToTimeline(position, event, recording);
                });
            }
        });
    }

    private void hoursEvent(GuidanceHoursEvent event, EventMessage<?> message, TrackingToken token,
                            Consumer<CompanyViewDocument> change) {
        String cvr = GuidanceEventFacts.cvr(event);
        long position = LogPosition.of(token);
        Recording recording = Recording.of(message);
        documents.apply(message, position, changes -> {
            if (cvr != null) {
                changes.update(COMPANY_VIEW, cvr, document -> {
                    CompanyViewDocument company = new CompanyViewDocument(document);
                    change.accept(company);
                    company.addToTimeline(position, event, recording);
                });
            }
        });
    }
}
