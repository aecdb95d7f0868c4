package dk.erhvervshuse.graphql.guidance;

import dk.erhvervshuse.graphql.security.HouseScope;
import dk.erhvervshuse.query.api.CompanyView;
import dk.erhvervshuse.query.api.GuidanceCaseView;
import dk.erhvervshuse.query.api.GuidanceQueries;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The GuidanceCase type (vejledningsforløb): reading a case and what hangs off it. */
@Controller
class GuidanceCaseController {

    private final GuidanceQueries guidance;
    private final HouseScope houseScope;

    GuidanceCaseController(GuidanceQueries guidance, HouseScope houseScope) {
        this.guidance = guidance;
        this.houseScope = houseScope;
    }

    @QueryMapping
    GuidanceCaseView guidanceCase(@Argument String id) {
        return guidance.guidanceCase(id).orElse(null);
    }

    /**
     * The companies of many cases at once: one look-up per distinct CVR, however many cases ask; each as the
     * user may see it (a house sees its own part of a company that several houses guide).
     */
    @BatchMapping(typeName = "GuidanceCase")
    Map<GuidanceCaseView, CompanyView> company(List<GuidanceCaseView> cases) {
        Set<String> cvrs = new LinkedHashSet<>();
        cases.forEach(view -> cvrs.add(view.cvr()));
        Map<String, CompanyView> companies = new HashMap<>();
        for (String cvr : cvrs) {
            guidance.company(cvr).map(houseScope::visible).ifPresent(company -> companies.put(cvr, company));
        }
        Map<GuidanceCaseView, CompanyView> byCase = new HashMap<>();
        cases.forEach(view -> byCase.put(view, companies.get(view.cvr())));
        return byCase;
    }
}
