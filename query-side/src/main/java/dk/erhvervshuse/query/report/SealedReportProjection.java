package dk.erhvervshuse.query.report;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.report.ReportSealed;
import dk.erhvervshuse.query.support.BatchedDocuments;
import dk.erhvervshuse.query.support.LogPosition;
import dk.erhvervshuse.query.support.Recording;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the sealed yearly reports (§9) for supervision (§10.2), each read by key: per seal ({@value #SEALS},
 * {@code _id} = {@code report:FYN:2025:1}) the report as sealed, and per report ({@value #INDEX}, {@code _id} =
 * {@code report:FYN:2025}) the ids of its seals in the order of their numbers, so the seals of a house-year are
 * one look-up and one {@code _id $in}. Processing group {@value #PROCESSING_GROUP}; safe to repeat: a seal's
 * document is its one event's, written whole, and the index is position-guarded ({@link BatchedDocuments}).
 */
@Component
@ProcessingGroup(SealedReportProjection.PROCESSING_GROUP)
public class SealedReportProjection {

    public static final String PROCESSING_GROUP = "sealed-reports";
    public static final String SEALS = "report_seal";
    public static final String INDEX = "report_seal_index";
    public static final List<String> COLLECTIONS = List.of(SEALS, INDEX);

    private final MongoDatabase database;
    private final BatchedDocuments documents;

    public SealedReportProjection(MongoDatabase database) {
        this.database = database;
        this.documents = new BatchedDocuments(database, PROCESSING_GROUP, (message, needs) -> {
            if (message.getPayload() instanceof ReportSealed sealed) {
                needs.document(INDEX, sealed.reportId());
            }
        });
    }

    @EventHandler
    void on(ReportSealed event, EventMessage<?> message, TrackingToken token) {
        long position = LogPosition.of(token);
        Document seal = SealedReportDocument.of(event, Recording.of(message), position);
        documents.apply(message, position, changes -> {
            changes.replace(SEALS, seal);
            changes.update(INDEX, event.reportId(), index -> {
                List<String> ids = new ArrayList<>(index.getList("seals", String.class, List.of()));
                while (ids.size() < event.sealNumber()) {
                    ids.add(null);
                }
                ids.set(event.sealNumber() - 1, event.sealId());
                index.put("seals", ids);
            });
        });
    }

    /** Any other event changes nothing here, but may end its batch, whose writes it then makes. */
    @EventHandler
    void passOver(Object event, EventMessage<?> message, TrackingToken token) {
        documents.apply(message, LogPosition.of(token), nothing -> {
        });
    }

    @ResetHandler
    public void reset() {
        COLLECTIONS.forEach(collection -> database.getCollection(collection).drop());
    }
}
