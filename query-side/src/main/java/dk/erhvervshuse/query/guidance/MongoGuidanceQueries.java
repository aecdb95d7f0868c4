package dk.erhvervshuse.query.guidance;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.erhvervshuse.query.api.CompanyView;
import dk.erhvervshuse.query.api.GuidanceCaseView;
import dk.erhvervshuse.query.api.GuidanceQueries;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Answers {@link GuidanceQueries} from the views {@link GuidanceViewsProjection} keeps: each answer a key look-up. */
@Component
public class MongoGuidanceQueries implements GuidanceQueries {

    private final MongoCollection<Document> caseViews;
    private final MongoCollection<Document> companyViews;

    public MongoGuidanceQueries(MongoDatabase database) {
        this.caseViews = database.getCollection(GuidanceViewsProjection.CASE_VIEW);
        this.companyViews = database.getCollection(GuidanceViewsProjection.COMPANY_VIEW);
    }

    @Override
    public Optional<GuidanceCaseView> guidanceCase(String caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(caseViews.find(Filters.eq("_id", caseId)).first())
                .map(CaseViewDocument::new)
                .filter(CaseViewDocument::isOpened)
                .map(CaseViewDocument::toView);
    }

    @Override
    public List<GuidanceCaseView> guidanceCases(Collection<String> caseIds) {
        Set<String> wanted = new LinkedHashSet<>();
        caseIds.stream().filter(Objects::nonNull).forEach(wanted::add);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, GuidanceCaseView> found = new HashMap<>();
        for (Document document : caseViews.find(Filters.in("_id", wanted)).batchSize(wanted.size())) {
            CaseViewDocument view = new CaseViewDocument(document);
            if (view.isOpened()) {
                found.put(view.caseId(), view.toView());
            }
        }
        List<GuidanceCaseView> views = new ArrayList<>();
        for (String caseId : caseIds) {
            GuidanceCaseView view = caseId == null ? null : found.get(caseId);
            if (view != null) {
                views.add(view);
            }
        }
        return views;
    }

    @Override
    public Optional<CompanyView> company(String cvr) {
        if (cvr == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(companyViews.find(Filters.eq("_id", cvr)).first())
                .map(document -> new CompanyViewDocument(document).toView());
    }
}
