package dk.erhvervshuse.graphql.rebuild;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.graphql.security.CommandPermissions;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.query.api.BuildBound;
import dk.erhvervshuse.query.api.BuildRejected;
import dk.erhvervshuse.query.api.BuildStatus;
import dk.erhvervshuse.query.api.DashboardBuildView;
import dk.erhvervshuse.query.api.DashboardBuilds;
import dk.erhvervshuse.query.api.DashboardDiff;
import dk.erhvervshuse.query.api.DefinitionSetView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Dashboard builds over GraphQL: the definition sets, the builds and their progress, starting, cancelling,
 * promoting and retiring them (the Business Authority's analysts), the diff of two builds, and a build's
 * progress pushed every second.
 */
@Controller
class DashboardBuildController {

    static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final DashboardBuilds builds;
    private final CommandPermissions permissions;
    private final CurrentActor currentActor;

    DashboardBuildController(DashboardBuilds builds, CommandPermissions permissions, CurrentActor currentActor) {
        this.builds = builds;
        this.permissions = permissions;
        this.currentActor = currentActor;
    }

    record DefinitionSetInfo(String id, List<GoalDefinitionInfo> definitions) {
    }

    record GoalDefinitionInfo(String id, String goalId, String description) {
    }

    record BuildBoundInput(Long position, Instant recordedAt, LocalDate businessDate) {
    }

    record StartDashboardBuildInput(String definitionSet, BuildBoundInput upTo) {
    }

    record DashboardBuildInput(String build) {
    }

    record DashboardBuildPayload(DashboardBuildView build) {
    }

    record BuildBoundView(Long position, Instant recordedAt, LocalDate businessDate) {
    }

    @QueryMapping
    List<DefinitionSetInfo> definitionSets() {
        return builds.definitionSets().stream().map(DashboardBuildController::info).toList();
    }

    private static DefinitionSetInfo info(DefinitionSetView set) {
        return new DefinitionSetInfo(set.id(), set.definitions().stream()
                .map(definition -> new GoalDefinitionInfo(definition.id(), definition.goalId(), definition.description()))
                .toList());
    }

    @QueryMapping
    List<DashboardBuildView> dashboardBuilds() {
        return builds.builds();
    }

    @QueryMapping
    DashboardBuildView dashboardBuild(@Argument String id) {
        return builds.build(id).orElse(null);
    }

    @QueryMapping
    DashboardDiff dashboardDiff(@Argument String from, @Argument String to, @Argument int year,
                                @Argument House house, @Argument Integer movedFirst) {
        return builds.diff(from, to, house, year, movedFirst == null ? 100 : movedFirst);
    }

    @MutationMapping
    DashboardBuildPayload startDashboardBuild(@Argument StartDashboardBuildInput input) {
        Actor actor = analyst();
        BuildBoundInput upTo = input.upTo();
        BuildBound bound = upTo == null ? BuildBound.NONE
                : new BuildBound(upTo.position(), upTo.recordedAt(), upTo.businessDate());
        return new DashboardBuildPayload(builds.start(input.definitionSet(), bound, actor.userId()));
    }

    @MutationMapping
    DashboardBuildPayload cancelDashboardBuild(@Argument DashboardBuildInput input) {
        return new DashboardBuildPayload(builds.cancel(input.build(), analyst().userId()));
    }

    @MutationMapping
    DashboardBuildPayload promoteDashboardBuild(@Argument DashboardBuildInput input) {
        return new DashboardBuildPayload(builds.promote(input.build(), analyst().userId()));
    }

    @MutationMapping
    DashboardBuildPayload retireDashboardBuild(@Argument DashboardBuildInput input) {
        return new DashboardBuildPayload(builds.retire(input.build(), analyst().userId()));
    }

    /** The build now, then every second while it reads the log; the stream ends with the message that it no longer does. */
    @SubscriptionMapping
    Flux<DashboardBuildView> dashboardBuildProgress(@Argument String id) {
        DashboardBuildView first = builds.build(id).orElseThrow(() ->
                BuildRejected.notFound(id));
        Flux<DashboardBuildView> later = Flux.interval(PROGRESS_EVERY, Schedulers.boundedElastic())
                .map(tick -> builds.build(id).orElse(first))
                .takeUntil(build -> build.status() != BuildStatus.BUILDING);
        return first.status() == BuildStatus.BUILDING
                ? Flux.concat(Flux.just(first), later) : Flux.just(first);
    }

    @SchemaMapping(typeName = "DashboardBuild")
    BuildBoundView upTo(DashboardBuildView build) {
        BuildBound bound = build.bound();
        return bound == null || !bound.bounded() ? null
                : new BuildBoundView(bound.upToPosition(), bound.recordedUpTo(), bound.happenedBy());
    }

    private Actor analyst() {
        Actor actor = currentActor.get();
        permissions.requireMayBuildDashboards(actor);
        return actor;
    }
}
