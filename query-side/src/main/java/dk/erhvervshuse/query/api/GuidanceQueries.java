package dk.erhvervshuse.query.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Questions about guidance cases and the companies they concern. Each answer is a key look-up. */
public interface GuidanceQueries {

    Optional<GuidanceCaseView> guidanceCase(String caseId);

    /** Many cases at once, in the order asked, skipping ids never opened (for batched GraphQL fields). */
    List<GuidanceCaseView> guidanceCases(Collection<String> caseIds);

    Optional<CompanyView> company(String cvr);
}
