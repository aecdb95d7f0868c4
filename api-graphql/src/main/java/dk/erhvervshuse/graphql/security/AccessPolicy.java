package dk.erhvervshuse.graphql.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Map.entry;

/**
 * Who may call which operation of the API, and for which house: the registry's one table of permissions.
 * {@link OperationGate} applies it to every query, mutation and subscription before its resolver runs; an
 * operation of the schema that has no line here is refused to everyone (and named in a warning at start-up).
 * <p>
 * House roles (ADVISER, HOUSE_MANAGER, KKR_CHAIR, BOARD_CHAIR) act for their own house only: an operation
 * scoped to a house, a case or a company of another house is refused with {@code house.notOwn}, never
 * answered. National roles (BUSINESS_AUTHORITY_ANALYST, MINISTRY_AUDITOR, ADMINISTRATOR) are not scoped.
 * A refusal is FORBIDDEN with a stable rule: {@code role.*} when the role may not call the operation at all,
 * {@code house.notOwn} when it may, but not for that house.
 * <table>
 *     <caption>operations and who may call them</caption>
 *     <tr><th>operation</th><th>ADVISER</th><th>HOUSE_MANAGER</th><th>KKR_CHAIR, BOARD_CHAIR</th>
 *         <th>BUSINESS_AUTHORITY_ANALYST</th><th>MINISTRY_AUDITOR</th><th>ADMINISTRATOR</th></tr>
 *     <tr><td>{@code guidanceCase}, {@code company}, {@code explainGoal}</td><td>own house</td><td>own house</td>
 *         <td>no ({@code role.notCaseReader})</td><td>all</td><td>all</td><td>all</td></tr>
 *     <tr><td>{@code auditTrail}</td><td>own house's entries</td><td>own house's entries</td>
 *         <td>no ({@code role.notCaseReader})</td><td>all</td><td>all</td><td>all</td></tr>
 *     <tr><td>{@code dashboard}, {@code resultContract}, {@code dashboardChanged}</td><td>own house</td>
 *         <td>own house</td><td>own house</td><td>all</td><td>all</td><td>all</td></tr>
 *     <tr><td>{@code nationalDashboard}</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *     <tr><td>{@code signedInUser} (of themselves)</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td>
 *         <td>yes</td></tr>
 *     <tr><td>guidance: {@code openGuidanceCase}, meetings, referrals, evaluations, corrections, closing</td>
 *         <td>own house</td><td>own house</td><td colspan="4">no ({@code role.notGuidance}; the auditor
 *         {@code role.readOnly})</td></tr>
 *     <tr><td>{@code recordManagementDecision} (§5.1)</td><td>no ({@code role.notManagement})</td>
 *         <td>own house</td><td colspan="4">no</td></tr>
 *     <tr><td>{@code proposeResultContract}, {@code signResultContract} (own party), {@code amendResultContract}
 *         (§8.2)</td><td colspan="2">no ({@code role.notChair})</td><td>own house</td><td colspan="3">no</td></tr>
 *     <tr><td>deliveries of §9: {@code deliverAwarenessSurvey}, {@code deliverCompanyAccounts},
 *         {@code deliverControlGroupGrowth}</td><td colspan="3">no ({@code role.notAnalyst})</td><td>yes</td>
 *         <td colspan="2">no</td></tr>
 *     <tr><td>{@code definitionSets}, {@code dashboardBuilds}, {@code dashboardBuild},
 *         {@code dashboardBuildProgress}, {@code nationalReport}</td><td>yes</td><td>yes</td><td>yes</td>
 *         <td>yes</td><td>yes</td><td>yes</td></tr>
 *     <tr><td>{@code dashboardDiff}</td><td colspan="3">no ({@code role.notNational})</td><td>yes</td>
 *         <td>yes</td><td>yes</td></tr>
 *     <tr><td>{@code verifyAuditChain}, {@code auditCheckpoints}</td><td colspan="3">no
 *         ({@code role.notSupervision})</td><td>yes</td><td>yes</td><td>no</td></tr>
 *     <tr><td>{@code compliance}</td><td>no</td><td>own house</td><td>no</td><td>all</td><td>all</td>
 *         <td>no</td></tr>
 *     <tr><td>{@code yearlyReport}, {@code sealedReports}, {@code sealedReport}, {@code reportRestatement}</td>
 *         <td>own house</td><td>own house</td><td>own house</td><td>all</td><td>all</td><td>all</td></tr>
 *     <tr><td>{@code sealReport}</td><td>no</td><td>own house</td><td>no</td><td>yes</td><td>no</td>
 *         <td>no</td></tr>
 *     <tr><td>operational mutations: {@code startDashboardBuild}, {@code cancelDashboardBuild},
 *         {@code promoteDashboardBuild}, {@code retireDashboardBuild}</td><td colspan="3">no ({@code role.notOperations})</td>
 *         <td>yes</td><td>no</td><td>yes</td></tr>
 * </table>
 * Why so:
 * <ul>
 *     <li>Guidance data names companies and what they were helped with; it is the house's own (§10.2), and
 *     national supervision reads it all (tilsyn, §10.2). The chairs agree targets and figures, so they read
 *     their house's dashboard and contract, not the companies behind them.</li>
 *     <li>The national dashboard is the roll-up the Business Authority publishes every year (§9): every user
 *     may read it. A house's dashboard is that house's until published, so other houses do not read it.</li>
 *     <li>Writing follows the agreement: the house's people register guidance (§9) and management decides on
 *     the 20-hour rule (§5.1); the two chairs agree the contract (§8.2); the Business Authority delivers its
 *     data (§9); supervision writes nothing; operations keeps the registry running and records nothing of
 *     the business.</li>
 *     <li>A company guided by several houses is shown to a house with that house's cases, decisions and
 *     timeline only; an audit trail to a house with that house's entries only ({@link HouseScope}).</li>
 *     <li>Something that does not exist (yet) is answered as such (null), whoever asks; a refusal therefore
 *     tells that another house holds it, never what it holds.</li>
 * </ul>
 * Adding an operation is one line in {@link #OPERATIONS}; the authorization matrix test then needs one line
 * saying what it expects.
 */
public final class AccessPolicy {

    /** One line per operation of the schema (Type.field): what kind of operation it is, and what scopes it. */
    private static final Map<String, Access> OPERATIONS = Map.ofEntries(
            // reading
            entry("Query.guidanceCase", Access.of(Family.CASE_DATA, Scope.caseIn("id"))),
            entry("Query.company", Access.of(Family.CASE_DATA, Scope.companyIn("cvr"))),
            entry("Query.auditTrail", Access.of(Family.CASE_DATA, Scope.auditFilter("filter"))),
            entry("Query.explainGoal", Access.of(Family.CASE_DATA, Scope.houseIn("house"))),
            entry("Query.dashboard", Access.of(Family.HOUSE_FIGURES, Scope.houseIn("house"))),
            entry("Query.resultContract", Access.of(Family.HOUSE_FIGURES, Scope.houseIn("house"))),
            entry("Query.nationalDashboard", Access.of(Family.NATIONAL_FIGURES, Scope.none())),
            entry("Query.signedInUser", Access.of(Family.SIGNED_IN, Scope.none())),
            entry("Subscription.dashboardChanged", Access.of(Family.HOUSE_FIGURES, Scope.houseIn("house"))),
            // guidance (§5.1, §9)
            entry("Mutation.openGuidanceCase", Access.of(Family.GUIDANCE, Scope.houseIn("input.house"))),
            entry("Mutation.recordGuidanceMeeting", Access.of(Family.GUIDANCE, Scope.caseIn("input.caseId"))),
            entry("Mutation.correctGuidanceMeeting", Access.of(Family.GUIDANCE, Scope.caseIn("input.caseId"))),
            entry("Mutation.withdrawGuidanceMeeting", Access.of(Family.GUIDANCE, Scope.caseIn("input.caseId"))),
            entry("Mutation.referCompany", Access.of(Family.GUIDANCE, Scope.caseIn("input.caseId"))),
            entry("Mutation.recordUserEvaluation", Access.of(Family.GUIDANCE, Scope.caseIn("input.caseId"))),
            entry("Mutation.correctCaseRegistration", Access.of(Family.GUIDANCE, Scope.caseIn("input.caseId"))),
            entry("Mutation.closeGuidanceCase", Access.of(Family.GUIDANCE, Scope.caseIn("input.caseId"))),
            entry("Mutation.recordManagementDecision", Access.of(Family.MANAGEMENT, Scope.houseIn("input.house"))),
            // result contracts (§8.2)
            entry("Mutation.proposeResultContract", Access.of(Family.CONTRACT, Scope.houseIn("input.house"))),
            entry("Mutation.signResultContract", Access.of(Family.CONTRACT, Scope.houseIn("input.house"))),
            entry("Mutation.amendResultContract", Access.of(Family.CONTRACT, Scope.houseIn("input.house"))),
            // the Business Authority's deliveries (§9)
            entry("Mutation.deliverAwarenessSurvey", Access.of(Family.DELIVERY, Scope.none())),
            entry("Mutation.deliverCompanyAccounts", Access.of(Family.DELIVERY, Scope.none())),
            entry("Mutation.deliverControlGroupGrowth", Access.of(Family.DELIVERY, Scope.none())),
            // definition sets and dashboard builds: read by all, compared by national roles, run by operations
            entry("Query.definitionSets", Access.of(Family.NATIONAL_FIGURES, Scope.none())),
            entry("Query.dashboardBuilds", Access.of(Family.NATIONAL_FIGURES, Scope.none())),
            entry("Query.dashboardBuild", Access.of(Family.NATIONAL_FIGURES, Scope.none())),
            entry("Subscription.dashboardBuildProgress", Access.of(Family.NATIONAL_FIGURES, Scope.none())),
            entry("Query.dashboardDiff", Access.of(Family.NATIONAL_READING, Scope.none())),
            entry("Mutation.startDashboardBuild", Access.of(Family.OPERATIONS, Scope.none())),
            entry("Mutation.cancelDashboardBuild", Access.of(Family.OPERATIONS, Scope.none())),
            entry("Mutation.promoteDashboardBuild", Access.of(Family.OPERATIONS, Scope.none())),
            entry("Mutation.retireDashboardBuild", Access.of(Family.OPERATIONS, Scope.none())),
            entry("Query.deadLetters", Access.of(Family.OPERATIONS_READING, Scope.none())),
            entry("Mutation.retryDeadLetters", Access.of(Family.OPERATIONS, Scope.none())),
            entry("Mutation.evictDeadLetter", Access.of(Family.OPERATIONS, Scope.none())),
            // supervision (§10.2): the log's tamper evidence, and the compliance views
            entry("Query.verifyAuditChain", Access.of(Family.SUPERVISION, Scope.none())),
            entry("Query.auditCheckpoints", Access.of(Family.SUPERVISION, Scope.none())),
            entry("Query.compliance", Access.of(Family.COMPLIANCE, Scope.houseIn("house"))),
            // the yearly reports (§9); ReportAccess adds who reads another house's and who seals
            entry("Query.yearlyReport", Access.of(Family.HOUSE_FIGURES, Scope.houseIn("house"))),
            entry("Query.nationalReport", Access.of(Family.NATIONAL_FIGURES, Scope.none())),
            entry("Query.sealedReports", Access.of(Family.HOUSE_FIGURES, Scope.houseIn("house"))),
            entry("Query.sealedReport", Access.of(Family.HOUSE_FIGURES, Scope.none())),
            entry("Query.reportRestatement", Access.of(Family.HOUSE_FIGURES, Scope.none())),
            entry("Mutation.sealReport", Access.of(Family.SEALING, Scope.houseIn("input.house"))));

    private AccessPolicy() {
    }

    /** @param operation the root type and field, e.g. {@code Query.guidanceCase} */
    public static Optional<Access> of(String operation) {
        return Optional.ofNullable(OPERATIONS.get(operation));
    }

    /**
     * The operations a role may call at all, sorted: those whose kind admits it (the ministry's auditor writes
     * nothing). A house role calls those scoped to a house for its own house only.
     */
    public static SortedSet<String> operationsFor(Role role) {
        SortedSet<String> operations = new TreeSet<>();
        OPERATIONS.forEach((operation, access) -> {
            Family family = access.family();
            if (family.roles().contains(role) && !(family.writes() && role == Role.MINISTRY_AUDITOR)) {
                operations.add(operation);
            }
        });
        return operations;
    }

    /** Every operation the policy lists, sorted. */
    public static Map<String, Access> operations() {
        return Collections.unmodifiableMap(new TreeMap<>(OPERATIONS));
    }

    /** One operation's line: what kind it is (who may call it) and what scopes it to a house. */
    public record Access(Family family, Scope scope) {

        static Access of(Family family, Scope scope) {
            return new Access(family, scope);
        }
    }

    /**
     * Kinds of operation, each with the roles that may call it at all and the rule a refusal names. Writing
     * kinds refuse the ministry's auditor as {@code role.readOnly}, whatever else they say.
     */
    public enum Family {
        /** Company-level guidance data: cases, companies, the audit trail, the companies behind a number. */
        CASE_DATA(RoleSets.union(RoleSets.HOUSE_STAFF, RoleSets.NATIONAL), false, "role.notCaseReader",
                "guidance data about companies is read by the house's advisers and management and by national roles"),
        /** A house's own figures: its dashboard (also live) and its result contract. */
        HOUSE_FIGURES(EnumSet.allOf(Role.class), false, "role.notReader", "every role reads a house's figures"),
        /** Who the caller is signed in as, and what their role may call: every user, of themselves. */
        SIGNED_IN(EnumSet.allOf(Role.class), false, "role.notReader", "every signed-in user may ask who they are"),
        /** The national roll-up the Business Authority publishes (§9). */
        NATIONAL_FIGURES(EnumSet.allOf(Role.class), false, "role.notReader", "every role reads the national figures"),
        /** Registering guidance (§9): the house's advisers and management. */
        GUIDANCE(RoleSets.HOUSE_STAFF, true, "role.notGuidance",
                "guidance is registered by the house's advisers and management (§9)"),
        /** The explicit decision of the 20-hour rule (§5.1): house management. */
        MANAGEMENT(EnumSet.of(Role.HOUSE_MANAGER), true, "role.notManagement",
                "only house management records the decision of the 20-hour rule (§5.1)"),
        /** The result contract (§8.2): the chairs of KKR and of the house's board. */
        CONTRACT(RoleSets.CHAIRS, true, "role.notChair",
                "a result contract is agreed by the chair of KKR and the chair of the house's board (§8.2)"),
        /** External data (§9): the Business Authority's analysts. */
        DELIVERY(EnumSet.of(Role.BUSINESS_AUTHORITY_ANALYST), true, "role.notAnalyst",
                "external data are delivered by the Business Authority's analysts (§9)"),
        /** Comparing builds across every house: the national roles. */
        NATIONAL_READING(RoleSets.NATIONAL, false, "role.notNational",
                "comparing every house's figures under two builds is for national roles"),
        /** The log's tamper evidence (§10.2): supervision and the Business Authority. */
        SUPERVISION(EnumSet.of(Role.BUSINESS_AUTHORITY_ANALYST, Role.MINISTRY_AUDITOR), false, "role.notSupervision",
                "the log's tamper evidence is read by supervision and the Business Authority (§10.2)"),
        /** The compliance views (§5.1, §9, §10.2): supervision, the Business Authority, a house's management. */
        COMPLIANCE(EnumSet.of(Role.BUSINESS_AUTHORITY_ANALYST, Role.MINISTRY_AUDITOR, Role.HOUSE_MANAGER), false,
                "role.notSupervision", "compliance is read by supervision, the Business Authority and the house's "
                + "management (§10.2)"),
        /** Sealing a yearly report (§9): the Business Authority, or a house's management for its own. */
        SEALING(EnumSet.of(Role.BUSINESS_AUTHORITY_ANALYST, Role.HOUSE_MANAGER), true, "role.notReportSealer",
                "a yearly report is sealed by the Business Authority or by the house's management (§9)"),
        /** The registry's own state, parked events among it: operations, the Business Authority, supervision. */
        OPERATIONS_READING(EnumSet.of(Role.BUSINESS_AUTHORITY_ANALYST, Role.MINISTRY_AUDITOR, Role.ADMINISTRATOR),
                false, "role.notOperations", "the registry's operational state is seen by the Business Authority's "
                + "analysts, the registry's operators and supervision"),
        /** Running the registry: rebuilds, definitions, parked events. The Business Authority's analysts and operations. */
        OPERATIONS(EnumSet.of(Role.BUSINESS_AUTHORITY_ANALYST, Role.ADMINISTRATOR), true, "role.notOperations",
                "operational mutations are run by the Business Authority's analysts and the registry's operators");

        private final Set<Role> roles;
        private final boolean writes;
        private final String refusalRule;
        private final String why;

        Family(Set<Role> roles, boolean writes, String refusalRule, String why) {
            this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
            this.writes = writes;
            this.refusalRule = refusalRule;
            this.why = why;
        }

        public Set<Role> roles() {
            return roles;
        }

        public boolean writes() {
            return writes;
        }

        /** Refuses an actor whose role may not call operations of this kind. */
        void requireRole(Actor actor, String operation) {
            if (writes && actor.role() == Role.MINISTRY_AUDITOR) {
                throw new Forbidden(null, "role.readOnly",
                        actor.userId() + " acts as " + actor.role() + " and may not register anything");
            }
            if (!roles.contains(actor.role())) {
                throw new Forbidden(null, refusalRule, operation + ": " + why + "; " + actor.userId() + " acts as "
                        + actor.role());
            }
        }
    }

    /**
     * What ties an operation to a house, by the path of the argument that names it ({@code house},
     * {@code input.house}, {@code input.caseId}, …). Only house roles are scoped.
     */
    public sealed interface Scope {

        /** National data, or an operation only national roles may call. */
        static Scope none() {
            return new None();
        }

        /** The argument names the house. */
        static Scope houseIn(String path) {
            return new HouseArgument(path);
        }

        /** The argument names a guidance case: its house is the case's. */
        static Scope caseIn(String path) {
            return new CaseArgument(path);
        }

        /** The argument names a company (CVR): a house may ask only for companies it guides. */
        static Scope companyIn(String path) {
            return new CompanyArgument(path);
        }

        /** The audit trail's filter: a case or a company as above, or none (the house's own entries). */
        static Scope auditFilter(String path) {
            return new AuditFilterArgument(path);
        }

        record None() implements Scope {
        }

        record HouseArgument(String path) implements Scope {
        }

        record CaseArgument(String path) implements Scope {
        }

        record CompanyArgument(String path) implements Scope {
        }

        record AuditFilterArgument(String path) implements Scope {
        }
    }

    /** Groups of roles; apart from the policy, so that {@link Family} needs nothing of the policy to start. */
    static final class RoleSets {

        /** The house's own people: forretningsudviklere and ledelse. */
        static final Set<Role> HOUSE_STAFF = EnumSet.of(Role.ADVISER, Role.HOUSE_MANAGER);
        /** The result contract's signatories (§8.2). */
        static final Set<Role> CHAIRS = EnumSet.of(Role.KKR_CHAIR, Role.BOARD_CHAIR);
        /** National roles, who read every house. */
        static final Set<Role> NATIONAL = EnumSet.of(Role.BUSINESS_AUTHORITY_ANALYST, Role.MINISTRY_AUDITOR,
                Role.ADMINISTRATOR);

        private RoleSets() {
        }

        static Set<Role> union(Set<Role> first, Set<Role> second) {
            Set<Role> union = EnumSet.copyOf(first);
            union.addAll(second);
            return union;
        }
    }
}
