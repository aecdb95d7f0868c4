package dk.erhvervshuse.query.report;

import com.mongodb.client.MongoDatabase;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.report.ReportEvent;
import dk.erhvervshuse.events.report.ReportSealed;
import dk.erhvervshuse.events.report.SealedCounts;
import dk.erhvervshuse.events.report.SealedDelivery;
import dk.erhvervshuse.events.report.SealedGoal;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.query.DashboardStories;
import dk.erhvervshuse.query.Deliver;
import dk.erhvervshuse.query.EventLog;
import dk.erhvervshuse.query.api.BuildBound;
import dk.erhvervshuse.query.api.BuildProgress;
import dk.erhvervshuse.query.api.BuildRejected;
import dk.erhvervshuse.query.api.BuildStatus;
import dk.erhvervshuse.query.api.DashboardBuildView;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.DashboardDiff;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.DefinitionSetView;
import dk.erhvervshuse.query.api.ReportLine;
import dk.erhvervshuse.query.api.ReportView;
import dk.erhvervshuse.query.dashboard.DashboardNamespace;
import dk.erhvervshuse.query.dashboard.DashboardProjection;
import dk.erhvervshuse.query.dashboard.MongoDashboardQueries;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.DefinitionSets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A fresh database with the dashboards of v1 (and v2 side by side), the sealed reports, and the reports computed
 * from them; builds whose position is the log position delivered so far, unless a test says otherwise.
 */
final class ReportFixture {

    static final String HASH = "c0ffee".repeat(10) + "c0ff";

    final MongoDatabase database = TestMongo.freshDatabase();
    final EventLog log = new EventLog();
    final DashboardStories story = new DashboardStories(log);
    final Map<String, Build> builds = new LinkedHashMap<>();
    final SealedReportProjection sealProjection = new SealedReportProjection(database);
    final MongoSealedReportQueries seals = new MongoSealedReportQueries(database);
    final StubBuilds dashboardBuilds = new StubBuilds();
    final DashboardReports reports = new DashboardReports(dashboardBuilds, seals);
    private int delivered;

    ReportFixture() {
        addBuild("v1", DefinitionSets.V1, DashboardNamespace.V1);
        addBuild("v2-1", DefinitionSets.V2, DashboardNamespace.of(DefinitionSets.V2));
    }

    private void addBuild(String id, DefinitionSet definitions, DashboardNamespace namespace) {
        builds.put(id, new Build(id, definitions, new DashboardProjection(database, definitions, namespace, null),
                new MongoDashboardQueries(database, definitions, namespace)));
    }

    /** A build of the dashboards and how far it has handled the log. */
    final class Build {
        final String id;
        final DefinitionSet definitions;
        final DashboardProjection projection;
        final MongoDashboardQueries queries;
        LongSupplier position = () -> delivered;

        Build(String id, DefinitionSet definitions, DashboardProjection projection, MongoDashboardQueries queries) {
            this.id = id;
            this.definitions = definitions;
            this.projection = projection;
            this.queries = queries;
        }
    }

    /** Hands the events appended since the last delivery to every projection, in one batch. */
    ReportFixture deliver() {
        if (delivered < log.size()) {
            var events = log.between(delivered + 1, log.size());
            builds.values().forEach(build -> Deliver.inOneBatch(build.projection, events));
            Deliver.inOneBatch(sealProjection, events);
            delivered = log.size();
        }
        return this;
    }

    MongoDashboardQueries v1() {
        deliver();
        return builds.get("v1").queries;
    }

    /** Seals the report as the edge does: its lines as they are, at its position, as the next number. */
    ReportSealed seal(ReportView report, String sealedBy) {
        House house = report.house() == null ? null : House.valueOf(report.house());
        int number = seals.sealedReports(house, report.year()).size() + 1;
        String reportId = ReportEvent.reportIdOf(house, report.year());
        ReportSealed sealed = new ReportSealed(reportId, house, report.year(), number,
                ReportEvent.sealIdOf(reportId, number), report.buildId(), report.definitionSet(),
                report.logPosition(), HASH, report.lines().stream().map(ReportFixture::sealedGoal).toList(),
                LocalDate.of(report.year() + 1, 3, 31));
        log.recordedBy(sealedBy, "BUSINESS_AUTHORITY_ANALYST", null).append(sealed);
        log.recordedBy("adviser-1", "ADVISER", "HOVEDSTADEN");
        deliver();
        return sealed;
    }

    static SealedGoal sealedGoal(ReportLine line) {
        var counts = line.counts();
        var delivery = line.delivery();
        return new SealedGoal(line.scope(), line.goalId(), line.goalNumber(), line.national(), line.title(),
                line.definitionId(), line.measure(), line.unit(), line.actual(), line.target(),
                line.comparison() == null ? null : Comparison.valueOf(line.comparison()), line.targetSource(),
                line.met(), line.note(),
                counts == null ? null : new SealedCounts(counts.counted(), counts.excluded(), counts.numerator(),
                        counts.denominator(), counts.promoters(), counts.passives(), counts.detractors(),
                        counts.respondents(), counts.companyMeanGrowth(), counts.controlGroupGrowth(),
                        counts.onPreliminaryDeliveries(), counts.onRestatedDeliveries()),
                delivery == null ? null : new SealedDelivery(delivery.source(), delivery.revision(),
                        DeliveryStatus.valueOf(delivery.status()), delivery.deliveredOn(), delivery.preliminary(),
                        delivery.restated()));
    }

    /** The builds as {@link DashboardBuilds} tells them: v1 the default; only what reports ask is answered. */
    final class StubBuilds implements DashboardBuilds {

        @Override
        public List<DefinitionSetView> definitionSets() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DashboardBuildView> builds() {
            List<DashboardBuildView> views = new ArrayList<>();
            builds.keySet().forEach(id -> build(id).ifPresent(views::add));
            return views;
        }

        @Override
        public Optional<DashboardBuildView> build(String id) {
            Build build = builds.get(id);
            if (build == null) {
                return Optional.empty();
            }
            long done = build.position.getAsLong();
            return Optional.of(new DashboardBuildView(id, build.definitions.id(), List.of(), BuildBound.NONE,
                    BuildStatus.LIVE, null, null, null, null, null, null, null, null, id.equals("v1"),
                    new BuildProgress(done, done, 0, 0L, null)));
        }

        @Override
        public String defaultBuild() {
            return "v1";
        }

        @Override
        public DashboardQueries dashboards(String buildId) {
            deliver();
            Build build = builds.get(buildId == null ? "v1" : buildId);
            if (build == null) {
                throw BuildRejected.notFound(buildId);
            }
            return build.queries;
        }

        @Override
        public DashboardBuildView start(String definitionSet, BuildBound bound, String requestedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DashboardBuildView cancel(String id, String requestedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DashboardBuildView promote(String id, String requestedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DashboardBuildView retire(String id, String requestedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DashboardDiff diff(String from, String to, House house, int year, int movedFirst) {
            throw new UnsupportedOperationException();
        }
    }
}
