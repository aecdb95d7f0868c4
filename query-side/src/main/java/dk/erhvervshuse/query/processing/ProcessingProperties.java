package dk.erhvervshuse.query.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the query side's processors share their work between instances of the registry on one database
 * ({@code registry.processing.*}). Every instance of a deployment must be given the same values, its
 * {@code instance-id} excepted.
 *
 * @param segments            per processing group, how many segments its tokens are split into (default 1); more
 *                            than one only for the groups whose documents each belong to one sequence (see
 *                            {@code QuerySideAutoConfiguration#PER_SEQUENCE_GROUPS}). Applied to a fresh token
 *                            store at the first start, and by splitting the stored segments at a later start.
 * @param maxClaimedSegments  the most segments of one processor this instance holds at once (default: no limit)
 * @param balance             whether the instances share the segments out between them (default true): each holds
 *                            at most its share of a processor's segments, and the single-segment processors are
 *                            dealt out one by one across the instances
 * @param tokenClaimInterval  how often a processor looks for segments to claim (default 5 s)
 * @param claimTimeout        how long a claim holds without being renewed, after which another instance may take
 *                            the segment over (default 10 s); also how long an instance counts as present without a
 *                            sign of life
 * @param instanceId          this instance's name in the token store and among the instances (default: the JVM's
 *                            {@code pid@host})
 */
@ConfigurationProperties("registry.processing")
public record ProcessingProperties(Map<String, Integer> segments, Integer maxClaimedSegments, Boolean balance,
                                   Duration tokenClaimInterval, Duration claimTimeout, String instanceId) {

    public static final Duration DEFAULT_CLAIM_TIMEOUT = Duration.ofSeconds(10);

    public ProcessingProperties {
        segments = segments == null ? Map.of() : Map.copyOf(new TreeMap<>(segments));
        maxClaimedSegments = maxClaimedSegments == null ? Short.MAX_VALUE : maxClaimedSegments;
        balance = balance == null || balance;
        tokenClaimInterval = tokenClaimInterval == null ? Duration.ofSeconds(5) : tokenClaimInterval;
        claimTimeout = claimTimeout == null ? DEFAULT_CLAIM_TIMEOUT : claimTimeout;
        instanceId = instanceId == null || instanceId.isBlank() ? defaultInstanceId() : instanceId.trim();
        if (maxClaimedSegments < 1) {
            throw new IllegalArgumentException("registry.processing.max-claimed-segments: at least 1, was "
                    + maxClaimedSegments);
        }
        if (tokenClaimInterval.toMillis() < 100) {
            throw new IllegalArgumentException("registry.processing.token-claim-interval: at least 100ms, was "
                    + tokenClaimInterval);
        }
        if (claimTimeout.toMillis() < 1000) {
            throw new IllegalArgumentException("registry.processing.claim-timeout: at least 1s, was " + claimTimeout);
        }
    }

    /** One instance, every processor in one segment: what the registry does when nothing is configured. */
    public static ProcessingProperties defaults() {
        return new ProcessingProperties(null, null, null, null, null, null);
    }

    /** Axon's token store names its owner this way when told nothing else. */
    public static String defaultInstanceId() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    /** The segments {@code group} is configured to have. */
    public int segmentsOf(String group) {
        return segments.getOrDefault(group, 1);
    }

    /** A work package renews its claim after this long without a batch: half the claim's timeout, as Axon's defaults. */
    public Duration claimExtensionThreshold() {
        return claimTimeout.dividedBy(2);
    }

    /**
     * Refuses a configuration that names a group the query side does not have, gives one fewer than one segment, or
     * gives more than one to a group whose documents gather many sequences: two segments of it, handled at once on
     * two instances, would each write such a document without the other's changes.
     */
    public void check(Collection<String> groups, Collection<String> perSequenceGroups) {
        segments.forEach((group, count) -> {
            String property = "registry.processing.segments." + group;
            if (!groups.contains(group)) {
                throw new IllegalArgumentException(property + ": there is no processing group " + group
                        + "; known are " + groups);
            }
            if (count == null || count < 1) {
                throw new IllegalArgumentException(property + ": at least 1, was " + count);
            }
            if (count > 1 && !perSequenceGroups.contains(group)) {
                throw new IllegalArgumentException(property + ": must be 1, was " + count + ": the documents of " + group
                        + " gather many companies (contracts, streams), so two segments handled at once would each "
                        + "write them without the other's changes; only " + perSequenceGroups + " may be split");
            }
        });
    }
}
