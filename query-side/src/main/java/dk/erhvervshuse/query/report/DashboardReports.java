package dk.erhvervshuse.query.report;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.report.ReportEvent;
import dk.erhvervshuse.query.api.BuildRejected;
import dk.erhvervshuse.query.api.DashboardBuildView;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.DashboardQueries;
import dk.erhvervshuse.query.api.DashboardView;
import dk.erhvervshuse.query.api.GoalResultView;
import dk.erhvervshuse.query.api.NationalDashboardView;
import dk.erhvervshuse.query.api.ReportLine;
import dk.erhvervshuse.query.api.ReportQueries;
import dk.erhvervshuse.query.api.ReportRestatementView;
import dk.erhvervshuse.query.api.ReportView;
import dk.erhvervshuse.query.api.SealedReportQueries;
import dk.erhvervshuse.query.api.SealedReportView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The yearly reports (§9) read from a dashboard build: a house's report is its dashboard, the national report the
 * national roll-up and the six houses' dashboards, so a report is one to seven key look-ups.
 * <p>
 * A report says the log position it reflects: the position the build had handled both before and after its
 * dashboards were read. Builds write a batch's dashboards before they move their position on, so a read between
 * two equal positions shows that position's numbers, short of a batch whose writes landed between the second
 * read of the position and the build moving it (a window of a few statements). A read that the build overtakes
 * is read again, up to {@value #ATTEMPTS} times.
 */
@Component
public class DashboardReports implements ReportQueries {

    static final int ATTEMPTS = 20;

    private final DashboardBuilds builds;
    private final SealedReportQueries seals;

    public DashboardReports(DashboardBuilds builds, SealedReportQueries seals) {
        this.builds = builds;
        this.seals = seals;
    }

    @Override
    public ReportView houseReport(House house, int year, String buildId) {
        if (house == null) {
            throw new IllegalArgumentException("house: a house's report needs the house");
        }
        requireAgreementYear(year);
        String build = buildIdOf(buildId);
        Read<DashboardView> read = read(build, dashboards -> dashboards.dashboard(house, year));
        DashboardView dashboard = read.value();
        List<ReportLine> lines = dashboard.goals().stream().map(goal -> ReportLine.of(house.name(), goal)).toList();
        return new ReportView(ReportEvent.reportIdOf(house, year), house.name(), year, build,
                dashboard.definitionSet(), read.position(), dashboard.contractStatus(), lines);
    }

    @Override
    public ReportView nationalReport(int year, String buildId) {
        requireAgreementYear(year);
        String build = buildIdOf(buildId);
        Read<National> read = read(build, dashboards -> {
            Map<House, DashboardView> houses = new EnumMap<>(House.class);
            for (House house : House.values()) {
                houses.put(house, dashboards.dashboard(house, year));
            }
            return new National(dashboards.nationalDashboard(year), houses);
        });
        National national = read.value();
        List<ReportLine> lines = new ArrayList<>();
        for (GoalResultView goal : national.rollUp().goals()) {
            lines.add(ReportLine.of(ReportLine.NATIONAL, goal));
            national.houses().forEach((house, dashboard) -> {
                GoalResultView own = dashboard.goal(goal.goalId());
                if (own != null) {
                    lines.add(ReportLine.of(house.name(), own));
                }
            });
        }
        return new ReportView(ReportEvent.reportIdOf(null, year), null, year, build,
                national.rollUp().definitionSet(), read.position(), null, lines);
    }

    @Override
    public Optional<ReportRestatementView> restatement(String sealId, String buildId) {
        return seals.sealedReport(sealId).map(sealed -> Restatement.of(sealed, reportNowOf(sealed, buildId)));
    }

    private ReportView reportNowOf(SealedReportView sealed, String buildId) {
        return sealed.house() == null ? nationalReport(sealed.year(), buildId)
                : houseReport(House.valueOf(sealed.house()), sealed.year(), buildId);
    }

    /** The agreement's years (§8.1, §9): there are no goals, so no report, outside them. */
    static void requireAgreementYear(int year) {
        if (!AgreementTerms.covers(year)) {
            throw new IllegalArgumentException("year: the agreement covers " + AgreementTerms.FIRST_YEAR + "–"
                    + AgreementTerms.LAST_YEAR + "; there is no yearly report for " + year);
        }
    }

    private String buildIdOf(String buildId) {
        return buildId == null ? builds.defaultBuild() : buildId;
    }

    private record National(NationalDashboardView rollUp, Map<House, DashboardView> houses) {
    }

    private record Read<T>(T value, long position) {
    }

    /** Reads the dashboards between two equal positions of the build; see the class's note. */
    private <T> Read<T> read(String buildId, Function<DashboardQueries, T> reading) {
        DashboardQueries dashboards = builds.dashboards(buildId);
        long before = positionOf(buildId);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            T value = reading.apply(dashboards);
            long after = positionOf(buildId);
            if (after == before) {
                return new Read<>(value, after);
            }
            before = after;
        }
        throw new BuildRejected(BuildRejected.Kind.CONFLICT, "build", "build.moving", "dashboard build " + buildId
                + " moved on while its dashboards were read, " + ATTEMPTS + " times; read the report again");
    }

    private long positionOf(String buildId) {
        DashboardBuildView build = builds.build(buildId).orElseThrow(() -> BuildRejected.notFound(buildId));
        return build.progress().eventsDone();
    }
}
