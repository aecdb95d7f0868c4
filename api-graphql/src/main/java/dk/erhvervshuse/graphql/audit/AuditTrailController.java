package dk.erhvervshuse.graphql.audit;

import dk.erhvervshuse.graphql.security.HouseScope;
import dk.erhvervshuse.query.api.AuditEntry;
import dk.erhvervshuse.query.api.AuditFilter;
import dk.erhvervshuse.query.api.AuditTrailQueries;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The audit trail (revisionsspor) for ministry supervision (§10.2): every event with who, when and why. A house's
 * own people see the entries concerning their house only ({@link HouseScope}).
 */
@Controller
class AuditTrailController {

    private final AuditTrailQueries auditTrail;
    private final HouseScope houseScope;

    AuditTrailController(AuditTrailQueries auditTrail, HouseScope houseScope) {
        this.auditTrail = auditTrail;
        this.houseScope = houseScope;
    }

    @QueryMapping
    AuditEntryConnection auditTrail(@Argument AuditTrailFilterInput filter, @Argument Integer first,
                                    @Argument String after) {
        AuditFilter asked = filter == null ? AuditFilter.wholeLog() : filter.toFilter();
        return AuditConnections.page(auditTrail, asked, first, after, houseScope.visibleEntries());
    }

    @SchemaMapping(typeName = "AuditEntry")
    String payload(AuditEntry entry) {
        return entry.payloadJson();
    }
}
