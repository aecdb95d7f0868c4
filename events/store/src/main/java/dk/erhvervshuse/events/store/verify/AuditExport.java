package dk.erhvervshuse.events.store.verify;

/**
 * The export of the log for supervision (§10.2) as JSON lines, one object a line, in this order:
 * <ol>
 *   <li>{@code {"type":"header","format":"erhvervshuse-audit-chain","version":1,"requestedFrom":…,
 *       "requestedTo":…|null,"reach":…,"anchor":{"source":…,"position":…,"hash":…,"date":…|null}}}</li>
 *   <li>the commits in position order, starting with the commit the anchor ends at (unless the anchor is the
 *       start of the log): {@code {"type":"commit","position":…,"aggregateType":…,"aggregateId":…,
 *       "firstSequenceNumber":…,"previousHash":…,"hash":…,"events":[{"eventId":…,"payloadType":…,
 *       "payloadRevision":…,"sequenceNumber":…,"timestamp":…,"payload":"…","metadata":"…"}]}}, with payload and
 *       metadata as the exact JSON text the hash covers; a stored document that is not a commit as
 *       {@code {"type":"unreadable","position":…,"reason":…}};</li>
 *   <li>before the first commit of each day, that day's checkpoint, if one is recorded:
 *       {@code {"type":"checkpoint","date":"2026-03-04","position":…,"hash":…}};</li>
 *   <li>{@code {"type":"end","commits":…,"checkpoints":…}}, so that a file cut short is noticed.</li>
 * </ol>
 * Everything needed to recompute every hash is in the file; {@link dk.erhvervshuse.events.store.CommitHash}
 * describes the canonical form.
 *
 */
public final class AuditExport {

    public static final String FORMAT = "erhvervshuse-audit-chain";
    public static final int VERSION = 1;
    /** The media type of the export: newline-delimited JSON. */
    public static final String MEDIA_TYPE = "application/x-ndjson";

    static final String TYPE = "type";
    static final String HEADER = "header";
    static final String COMMIT = "commit";
    static final String UNREADABLE = "unreadable";
    static final String CHECKPOINT = "checkpoint";
    static final String END = "end";

    private AuditExport() {
    }

    /** What an export wrote. */
    public record Summary(long commits, long checkpoints, long lines) {
    }
}
