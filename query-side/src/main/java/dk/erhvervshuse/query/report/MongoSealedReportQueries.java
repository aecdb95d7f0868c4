package dk.erhvervshuse.query.report;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.report.ReportEvent;
import dk.erhvervshuse.query.api.SealedReportQueries;
import dk.erhvervshuse.query.api.SealedReportView;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Answers {@link SealedReportQueries} from {@link SealedReportProjection}'s documents: by {@code _id} only. */
@Component
public class MongoSealedReportQueries implements SealedReportQueries {

    private final MongoCollection<Document> seals;
    private final MongoCollection<Document> index;

    public MongoSealedReportQueries(MongoDatabase database) {
        this.seals = database.getCollection(SealedReportProjection.SEALS);
        this.index = database.getCollection(SealedReportProjection.INDEX);
    }

    @Override
    public Optional<SealedReportView> sealedReport(String sealId) {
        if (sealId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(seals.find(Filters.eq("_id", sealId)).first()).map(SealedReportDocument::toView);
    }

    @Override
    public List<SealedReportView> sealedReports(House house, int year) {
        Document found = index.find(Filters.eq("_id", ReportEvent.reportIdOf(house, year))).first();
        if (found == null) {
            return List.of();
        }
        List<String> ids = found.getList("seals", String.class, List.of()).stream().filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SealedReportView> views = new ArrayList<>();
        for (Document seal : seals.find(Filters.in("_id", ids)).batchSize(ids.size())) {
            views.add(SealedReportDocument.toView(seal));
        }
        views.sort(Comparator.comparingInt(SealedReportView::sealNumber));
        return views;
    }
}
