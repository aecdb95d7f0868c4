package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.NationalDashboardView;
import dk.erhvervshuse.query.support.GoalResultDocuments;
import dk.erhvervshuse.query.targets.ControlGroupDelivery;
import dk.erhvervshuse.query.targets.Counts;
import dk.erhvervshuse.query.targets.Delivered;
import dk.erhvervshuse.query.targets.DeliveryBasis;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.GoalDefinition;
import dk.erhvervshuse.query.targets.GoalTarget;
import dk.erhvervshuse.query.targets.MeasureContext;
import dk.erhvervshuse.query.targets.Measurement;
import dk.erhvervshuse.query.targets.SurveyDelivery;
import dk.erhvervshuse.query.targets.Tally;
import dk.erhvervshuse.query.targets.TargetsInForce;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.name;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/**
 * A document of the dashboard collection: a house's dashboard for a year ({@code _id} = {@code v1:FYN:2025})
 * or the national roll-up ({@code v1:NATIONAL:2025}), computed whole from its sources (the goals' tallies,
 * the contract, the deliveries) each time one of them changes, so that computing it again gives the same.
 * Each goal keeps the tally behind it (not shown in the view) so that the national roll-up can pool them.
 */
final class DashboardDocument {

    static final String REPORTED_BY_THE_HOUSE = "reported by the house";

    private DashboardDocument() {
    }

    /** Everything a house's dashboard for a year is computed from. */
    record Sources(TallyDocument tallies, ContractDocument contract, List<SurveyDelivery> surveys,
                   Collection<ControlGroupDelivery> controlGroups) {
    }

    static Document house(DashboardNamespace namespace, DefinitionSet definitions, House house, int year,
                          Sources sources) {
        ContractDocument contract = sources.contract();
        List<ContractGoal> inForce = contract == null ? null : contract.goalsInForce();
        Map<String, GoalTarget> targets = new LinkedHashMap<>();
        TargetsInForce.forHouse(house, year, inForce).forEach(target -> targets.put(target.goalId(), target));
        SurveyDelivery survey = Delivered.latest(sources.surveys()).orElse(null);
        MeasureContext context = new MeasureContext(house, year, survey, latestBySegment(sources.controlGroups()));
        List<Document> goals = new ArrayList<>();
        for (GoalDefinition definition : definitions.definitions()) {
            Tally tally = sources.tallies().total(definition.goal().id());
            goals.add(goal(definition, targets.get(definition.goal().id()), definition.measure(tally, context),
                    tally));
        }
        targets.values().stream().filter(target -> !target.national()).forEach(local -> goals.add(local(local)));
        Document contractSummary = contract == null || !contract.exists() ? null
                : new Document("contractId", ContractDocument.idOf(house, year))
                .append("status", contract.status())
                .append("effectiveOn", contract.effectiveOn());
        return new Document("_id", namespace.dashboardId(house.name(), year))
                .append("definitionSet", definitions.id())
                .append("scope", house.name())
                .append("year", year)
                .append("contract", contractSummary)
                .append("goals", goals);
    }

    /**
     * The national roll-up: distinct-company goals from the national tallies, the others from the houses'
     * goal tallies pooled; the agreement's national targets.
     */
    static Document national(DashboardNamespace namespace, DefinitionSet definitions, int year,
                             Collection<Document> houseDashboards, TallyDocument nationalTallies,
                             Collection<ControlGroupDelivery> controlGroups) {
        Map<String, GoalTarget> targets = new LinkedHashMap<>();
        TargetsInForce.national(year).forEach(target -> targets.put(target.goalId(), target));
        MeasureContext context = new MeasureContext(null, year, null, latestBySegment(controlGroups));
        List<Document> goals = new ArrayList<>();
        for (GoalDefinition definition : definitions.definitions()) {
            String goalId = definition.goal().id();
            Tally tally;
            if (definition.nationalRollUp() == GoalDefinition.NationalRollUp.DISTINCT_COMPANIES) {
                tally = nationalTallies.total(goalId);
            } else {
                tally = Tally.EMPTY;
                for (Document houseDashboard : houseDashboards) {
                    tally = tally.plus(goalTally(houseDashboard, goalId));
                }
            }
            goals.add(goal(definition, targets.get(goalId), definition.measure(tally, context), tally));
        }
        return new Document("_id", namespace.dashboardId(DashboardNamespace.NATIONAL, year))
                .append("definitionSet", definitions.id())
                .append("scope", DashboardNamespace.NATIONAL)
                .append("year", year)
                .append("goals", goals);
    }

    private static Tally goalTally(Document dashboard, String goalId) {
        for (Document goal : nested(dashboard, "goals")) {
            if (goalId.equals(goal.getString("goalId"))) {
                return TallyDocument.tally(goal.get("tally", Document.class));
            }
        }
        return Tally.EMPTY;
    }

    private static Map<Segment, ControlGroupDelivery> latestBySegment(Collection<ControlGroupDelivery> deliveries) {
        Map<Segment, ControlGroupDelivery> latest = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            Delivered.latest(deliveries.stream().filter(d -> d.segment() == segment).toList())
                    .ifPresent(delivery -> latest.put(segment, delivery));
        }
        return latest;
    }

    private static Document goal(GoalDefinition definition, GoalTarget target, Measurement measurement, Tally tally) {
        return new Document("goalId", definition.goal().id())
                .append("number", definition.goal().number())
                .append("national", true)
                .append("title", target.title())
                .append("definitionId", definition.id())
                .append("definition", definition.description())
                .append("measure", null)
                .append("unit", definition.goal().unit())
                .append("actual", decimal(measurement.actual()))
                .append("target", decimal(target.target()))
                .append("comparison", name(target.comparison()))
                .append("targetSource", target.source().name())
                .append("met", target.metBy(measurement.exact()))
                .append("note", measurement.note())
                .append("counts", counts(measurement.counts()))
                .append("delivery", delivery(measurement.delivery()))
                .append("tally", TallyDocument.document(tally));
    }

    private static Document local(GoalTarget target) {
        return new Document("goalId", target.goalId())
                .append("number", null)
                .append("national", false)
                .append("title", target.title())
                .append("definitionId", null)
                .append("definition", null)
                .append("measure", target.measure())
                .append("unit", target.unit())
                .append("actual", null)
                .append("target", decimal(target.target()))
                .append("comparison", name(target.comparison()))
                .append("targetSource", target.source().name())
                .append("met", null)
                .append("note", REPORTED_BY_THE_HOUSE)
                .append("counts", null)
                .append("delivery", null)
                .append("tally", null);
    }

    private static Document counts(Counts counts) {
        if (counts == null) {
            return null;
        }
        return new Document("counted", counts.counted())
                .append("excluded", counts.excluded())
                .append("numerator", counts.numerator())
                .append("denominator", counts.denominator())
                .append("promoters", counts.promoters())
                .append("passives", counts.passives())
                .append("detractors", counts.detractors())
                .append("respondents", counts.respondents())
                .append("companyMeanGrowth", decimal(counts.companyMeanGrowth()))
                .append("controlGroupGrowth", decimal(counts.controlGroupGrowth()))
                .append("onPreliminaryDeliveries", counts.onPreliminaryDeliveries())
                .append("onRestatedDeliveries", counts.onRestatedDeliveries());
    }

    private static Document delivery(DeliveryBasis delivery) {
        if (delivery == null) {
            return null;
        }
        return new Document("source", delivery.source())
                .append("revision", delivery.revision())
                .append("status", name(delivery.status()))
                .append("deliveredOn", date(delivery.deliveredOn()))
                .append("preliminary", delivery.preliminary())
                .append("restated", delivery.restated());
    }

    // ---- reading

    static DashboardView toView(Document document) {
        Document contract = document.get("contract", Document.class);
        return new DashboardView(document.getString("definitionSet"), document.getString("scope"),
                document.getInteger("year", 0), contract == null ? null : contract.getString("status"),
                contract == null ? null : date(contract, "effectiveOn"), goalViews(document));
    }

    static NationalDashboardView toNationalView(Document document) {
        return new NationalDashboardView(document.getString("definitionSet"), document.getInteger("year", 0),
                goalViews(document));
    }

    private static List<GoalResultView> goalViews(Document document) {
        return nested(document, "goals").stream().map(DashboardDocument::goalView).toList();
    }

    private static GoalResultView goalView(Document goal) {
        return new GoalResultView(goal.getString("goalId"), goal.getInteger("number"),
                Boolean.TRUE.equals(goal.getBoolean("national")), goal.getString("title"),
                goal.getString("definitionId"), goal.getString("definition"), goal.getString("measure"),
                goal.getString("unit"), decimal(goal, "actual"), decimal(goal, "target"), goal.getString("comparison"),
                goal.getString("targetSource"), goal.getBoolean("met"), goal.getString("note"),
                GoalResultDocuments.countsOf(goal), GoalResultDocuments.deliveryOf(goal));
    }
}
