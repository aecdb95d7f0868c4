package dk.erhvervshuse.query.dashboard;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import dk.erhvervshuse.events.delivery.DeliveryEvent;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import dk.erhvervshuse.query.support.BatchEnd;
import dk.erhvervshuse.query.support.BatchWork;
import dk.erhvervshuse.query.support.BatchedDocuments;
import dk.erhvervshuse.query.support.LogPosition;
import dk.erhvervshuse.query.support.Recording;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.DefinitionSets;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Keeps the dashboards of one {@link DefinitionSet} in its own collections ({@link DashboardNamespace}):
 * per house and year, every national goal's value against the target of the contract in force (else the
 * agreement's), with the counts behind it and an explanation of every company counted or left out; the
 * national roll-up; and the result contracts. Processing group {@value #PROCESSING_GROUP}, which builds
 * {@link DefinitionSets#V1}; another definition set is built by another instance of this class, with its own
 * namespace, assigned to its own processing group (see {@link #processingGroupOf}), from the same log.
 * <p>
 * An event batch is handled in two halves, each one read and one write per collection:
 * <ol>
 *     <li>The facts the events change, position-guarded as every projection here ({@link BatchedDocuments}):
 *     per company (CVR) its cases and accounts, per contract its terms and history, per delivery stream its
 *     deliveries.</li>
 *     <li>After the batch's last event, everything derived from the facts the batch touched (whether or not
 *     the guard let an event change them): contributions, explanation parts, tallies, dashboards
 *     ({@link Derivation}). Derived documents are set from their sources, never incremented, and compared
 *     before writing, so a redelivered batch writes nothing and a crash between the two halves heals when the
 *     batch comes again.</li>
 * </ol>
 * Every event of the batch passes through a handler here (those of no interest through
 * {@link #passOver}), so that the batch's last event is seen and its writes happen before the processor
 * stores its token. Where the processor's batch boundary is installed ({@link BatchEnd}, with the dead-letter
 * queue), both halves run there instead, after the last event: an event that fails is parked with the later
 * events of its company (contract, delivery stream), its facts left as they were, and the batch's other
 * companies are derived in full; when the parked events are retried, each is a batch of its own and derives
 * its company's dashboards again.
 * <p>
 * One segment only (as {@code QuerySideAutoConfiguration} registers it): a dashboard, its tallies and the
 * national roll-up gather many companies, so two segments handling batches at once would each write a
 * dashboard computed without the other's changes.
 */
@Component
@ProcessingGroup(DashboardProjection.PROCESSING_GROUP)
public class DashboardProjection {

    public static final String PROCESSING_GROUP = "dashboards";

    private final MongoDatabase database;
    private final DefinitionSet definitions;
    private final DashboardNamespace namespace;
    private final DashboardChangeHub changes;
    private final BatchedDocuments documents;
    private final BatchWork<DashboardBatch> batches;

    /** Definition set {@code v1}, in {@link DashboardNamespace#V1}, publishing its changes to {@code changes}. */
    @Autowired
    public DashboardProjection(MongoDatabase database, DashboardChangeHub changes) {
        this(database, DefinitionSets.V1, DashboardNamespace.V1, changes);
    }

    /**
     * @param changes where to publish changed dashboards (heard while this namespace is the one published); null
     *                to publish nowhere
     */
    public DashboardProjection(MongoDatabase database, DefinitionSet definitions, DashboardNamespace namespace,
                               DashboardChangeHub changes) {
        this.database = Objects.requireNonNull(database, "database");
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        if (!definitions.id().equals(namespace.definitionSet())) {
            throw new IllegalArgumentException("namespace " + namespace + " is not that of definition set "
                    + definitions.id());
        }
        this.changes = changes;
        this.documents = new BatchedDocuments(database, countedAs(namespace), this::keysOf);
        this.batches = new BatchWork<>(DashboardProjection.class.getName() + "[" + namespace.collectionPrefix() + "]@"
                + System.identityHashCode(this), DashboardBatch::derive);
    }

    /** The processing group of the instance building this definition set: {@code dashboards}, {@code dashboards-v2}. */
    public static String processingGroupOf(DefinitionSet definitions) {
        return definitions.id().equals(DefinitionSets.V1.id()) ? PROCESSING_GROUP
                : PROCESSING_GROUP + "-" + definitions.id();
    }

    /**
     * The name the events applied into {@code namespace} are counted under ({@code AppliedEvents}): the processing
     * group {@value #PROCESSING_GROUP} for the live dashboards, {@code dashboards:<collection prefix>} for any other.
     */
    public static String countedAs(DashboardNamespace namespace) {
        return namespace.equals(DashboardNamespace.V1) ? PROCESSING_GROUP
                : PROCESSING_GROUP + ":" + namespace.collectionPrefix();
    }

    public DefinitionSet definitions() {
        return definitions;
    }

    public DashboardNamespace namespace() {
        return namespace;
    }

    private void keysOf(EventMessage<?> message, BatchedDocuments.KeySink needs) {
        Object event = message.getPayload();
        if (event instanceof GuidanceCaseEvent caseEvent && caseEvent.cvr() != null) {
            needs.document(namespace.facts(), caseEvent.cvr().value());
        } else if (event instanceof CompanyAccountsDelivered accounts && accounts.cvr() != null) {
            needs.document(namespace.facts(), accounts.cvr().value());
        } else if (event instanceof ResultContractEvent contract) {
            needs.document(namespace.contracts(), contract.contractId());
        } else if (event instanceof AwarenessSurveyDelivered || event instanceof ControlGroupGrowthDelivered) {
            needs.document(namespace.deliveries(), ((DeliveryEvent) event).deliveryStreamId());
        }
    }

    // ---- guidance

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

    // ---- deliveries

    @EventHandler
    void on(CompanyAccountsDelivered event, EventMessage<?> message, TrackingToken token) {
        if (event.cvr() == null) {
            passOver(event, message, token);
            return;
        }
        companyEvent(event.cvr().value(), message, token, facts -> facts.apply(event, LogPosition.of(token)));
    }

    @EventHandler
    void on(AwarenessSurveyDelivered event, EventMessage<?> message, TrackingToken token) {
        deliveryEvent(event, message, token, deliveries -> deliveries.apply(event, LogPosition.of(token)));
    }

    @EventHandler
    void on(ControlGroupGrowthDelivered event, EventMessage<?> message, TrackingToken token) {
        deliveryEvent(event, message, token, deliveries -> deliveries.apply(event, LogPosition.of(token)));
    }

    // ---- result contracts

    @EventHandler
    void on(ResultContractProposed event, EventMessage<?> message, TrackingToken token) {
        contractEvent(event, message, token);
    }

    @EventHandler
    void on(ResultContractSigned event, EventMessage<?> message, TrackingToken token) {
        contractEvent(event, message, token);
    }

    @EventHandler
    void on(ResultContractTookEffect event, EventMessage<?> message, TrackingToken token) {
        contractEvent(event, message, token);
    }

    @EventHandler
    void on(ResultContractAmended event, EventMessage<?> message, TrackingToken token) {
        contractEvent(event, message, token);
    }

    /** Any other event changes nothing here, but may be the last of its batch, which ends the batch's work. */
    @EventHandler
    void passOver(Object event, EventMessage<?> message, TrackingToken token) {
        documents.apply(message, LogPosition.of(token), nothing -> {
        });
        finish(batch());
    }

    /**
     * An event a bounded build leaves out (past its bound): it changes nothing, but may be the last of its batch,
     * whose writes it then makes.
     */
    public void skip(TrackedEventMessage<?> message) {
        passOver(message.getPayload(), message, message.trackingToken());
    }

    @ResetHandler
    public void reset() {
        namespace.collections().forEach(collection -> database.getCollection(collection).drop());
    }

    // ---- the two halves

    private void caseEvent(GuidanceCaseEvent event, EventMessage<?> message, TrackingToken token) {
        if (event.cvr() == null) {
            passOver(event, message, token);
            return;
        }
        long position = LogPosition.of(token);
        Recording recording = Recording.of(message);
        companyEvent(event.cvr().value(), message, token, facts -> facts.apply(event, position, recording));
    }

    private void companyEvent(String cvr, EventMessage<?> message, TrackingToken token,
                              Consumer<FactsDocument> change) {
        Document[] facts = new Document[1];
        documents.apply(message, LogPosition.of(token), changes -> {
            changes.update(namespace.facts(), cvr, document -> {
                FactsDocument company = new FactsDocument(document);
                change.accept(company);
                company.widenScopes(definitions);
            });
            facts[0] = changes.read(namespace.facts(), cvr);
        });
        DashboardBatch batch = batch();
        batch.companies.put(cvr, facts[0]);
        finish(batch);
    }

    private void contractEvent(ResultContractEvent event, EventMessage<?> message, TrackingToken token) {
        long position = LogPosition.of(token);
        Document[] contract = new Document[1];
        documents.apply(message, position, changes -> {
            changes.update(namespace.contracts(), event.contractId(),
                    document -> new ContractDocument(document).apply(event, position));
            contract[0] = changes.read(namespace.contracts(), event.contractId());
        });
        DashboardBatch batch = batch();
        if (contract[0].getString("house") != null) {
            batch.contracts.put(event.contractId(), contract[0]);
        }
        finish(batch);
    }

    private void deliveryEvent(DeliveryEvent event, EventMessage<?> message, TrackingToken token,
                               Consumer<DeliveryDocument> change) {
        Document[] delivery = new Document[1];
        documents.apply(message, LogPosition.of(token), changes -> {
            changes.update(namespace.deliveries(), event.deliveryStreamId(),
                    document -> change.accept(new DeliveryDocument(document)));
            delivery[0] = changes.read(namespace.deliveries(), event.deliveryStreamId());
        });
        DashboardBatch batch = batch();
        if (delivery[0].getString("kind") != null) {
            batch.deliveries.put(event.deliveryStreamId(), delivery[0]);
        }
        finish(batch);
    }

    /**
     * The batch's touched sources; outside a unit of work an event is a batch of its own. Started after the batch's
     * documents (the first event's facts are applied first), so that its derivation runs after their writes, which
     * it reads.
     */
    private DashboardBatch batch() {
        return batches.current(DashboardBatch::new);
    }

    private void finish(DashboardBatch batch) {
        batches.handled(batch);
    }

    /** What the events of one batch touched: the sources of the second half. */
    private final class DashboardBatch {

        final Map<String, Document> companies = new LinkedHashMap<>();
        final Map<String, Document> contracts = new LinkedHashMap<>();
        final Map<String, Document> deliveries = new LinkedHashMap<>();

        void derive() {
            if (companies.isEmpty() && contracts.isEmpty() && deliveries.isEmpty()) {
                return;
            }
            List<Document> changed = new Derivation(database, namespace, definitions, companies, contracts,
                    deliveries).run();
            companies.clear();
            contracts.clear();
            deliveries.clear();
            if (changes != null) {
                changes.published(namespace, changed.stream().map(DashboardDocument::toView).toList());
            }
        }
    }
}
