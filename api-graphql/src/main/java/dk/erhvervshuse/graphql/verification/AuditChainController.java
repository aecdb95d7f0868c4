package dk.erhvervshuse.graphql.verification;

import dk.erhvervshuse.events.store.verify.Anchor;
import dk.erhvervshuse.events.store.verify.AuditChain;
import dk.erhvervshuse.events.store.verify.ChainVerification;
import dk.erhvervshuse.events.store.verify.DailyCheckpoint;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.graphql.security.SupervisionAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.util.List;

/**
 * Kædeverifikation and daglige kontrolpunkter: the log's tamper evidence for supervision (tilsyn, §10.2) and the
 * Business Authority (§9). Both read the log by enumerated positions and the checkpoints by date, so a call
 * costs in proportion to what it asks for, whatever the log's length.
 */
@Controller
class AuditChainController {

    private final AuditChain chain;
    private final CurrentActor currentActor;
    private final SupervisionAccess access;

    AuditChainController(AuditChain chain, CurrentActor currentActor, SupervisionAccess access) {
        this.chain = chain;
        this.currentActor = currentActor;
        this.access = access;
    }

    @QueryMapping
    ChainVerification verifyAuditChain(@Argument Long from, @Argument Long to) {
        access.requireSupervision(currentActor.get());
        PositionRange range = PositionRange.forVerification(from, to, chain::headPosition);
        return chain.verify(range.from(), range.to());
    }

    @QueryMapping
    List<DailyCheckpoint> auditCheckpoints(@Argument LocalDate from, @Argument LocalDate to) {
        access.requireSupervision(currentActor.get());
        DateRange days = DateRange.of(from, to);
        return chain.checkpoints(days.from(), days.to());
    }

    @SchemaMapping(typeName = "AuditChainAnchor")
    String description(Anchor anchor) {
        return anchor.describe();
    }
}
