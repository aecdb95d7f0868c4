package dk.erhvervshuse.query.api;

import java.time.Instant;
import java.util.List;

/**
 * A build of the dashboards under one definition set, with its own collections: the live one the
 * dashboards answer with, one being built side by side, or one as of a past moment.
 *
 * @param id            e.g. {@code v1} (the build the application configures) or {@code v2-1}
 * @param definitionSet the definition set built, e.g. {@code v2}
 * @param definitions   its definitions, e.g. {@code goal1/v2}
 * @param stopsAt       for a bounded build, the log position it reads to; null for one that follows the log
 * @param isDefault     the build {@code dashboard} answers with when no build is named
 */
public record DashboardBuildView(String id, String definitionSet, List<String> definitions, BuildBound bound,
                                 BuildStatus status, Long stopsAt, Instant startedAt, String startedBy,
                                 Instant finishedAt, Instant promotedAt, String promotedBy, Instant endedAt,
                                 String endedBy, boolean isDefault, BuildProgress progress) {
}
