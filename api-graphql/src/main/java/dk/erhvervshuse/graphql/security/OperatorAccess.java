package dk.erhvervshuse.graphql.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may look inside the running registry (health details, metrics, Prometheus' page under {@code /actuator}): its
 * operators (drift, {@link Role#ADMINISTRATOR}) and the Business Authority's analysts, who already see, retry and
 * evict parked events and run the dashboard builds these figures follow. Nobody else: a house's people and the
 * chairs have no business with the registry's machinery, and supervision reads the record, not the machine.
 * The liveness and readiness probes are open to all: they say UP or not, and nothing else.
 */
final class OperatorAccess {

    static final Set<Role> OPERATORS = EnumSet.of(Role.ADMINISTRATOR, Role.BUSINESS_AUTHORITY_ANALYST);

    private OperatorAccess() {
    }

    /** The operators as Spring Security role names. */
    static String[] roleNames() {
        return OPERATORS.stream().map(Role::name).toArray(String[]::new);
    }
}
