package dk.erhvervshuse.query.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Two builds' dashboards side by side for a year: per scope (a house, or the national roll-up) each
 * national goal under both, and the entries that moved between them.
 */
public record DashboardDiff(String from, String to, String fromDefinitionSet, String toDefinitionSet, int year,
                            List<Scope> scopes) {

    /** One house's (or the nation's, {@code NATIONAL}) goals under both builds. */
    public record Scope(String scope, List<Goal> goals) {
    }

    /**
     * One goal under both builds. {@code moved} lists entries counted under one and not the other, or counted
     * under both with another value (a house's goals only: the national roll-up has no entries of its own).
     */
    public record Goal(String goalId, String fromDefinition, String toDefinition, BigDecimal fromActual,
                       BigDecimal toActual, BigDecimal fromTarget, BigDecimal toTarget, Boolean fromMet,
                       Boolean toMet, boolean changed, int movedCount, List<Moved> moved) {
    }

    /** An entry that moved: a company, case or evaluation, with the reason under each definition. */
    public record Moved(String cvr, String caseId, Boolean fromCounted, Boolean toCounted, BigDecimal fromValue,
                        BigDecimal toValue, String fromReason, String toReason) {
    }
}
