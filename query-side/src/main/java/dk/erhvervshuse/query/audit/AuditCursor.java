package dk.erhvervshuse.query.audit;

import dk.erhvervshuse.query.api.InvalidQuery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cursor of an audit trail entry: its log position, made opaque (base64 of {@code p:<position>})
 * so that clients pass it back rather than compute with it. The same cursor serves every filter: a page
 * continues with the first matching entry after that position.
 */
final class AuditCursor {

    private static final String PREFIX = "p:";

    private AuditCursor() {
    }

    static String of(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for; 0 (before the first event) for none. */
    static long positionOf(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                long position = Long.parseLong(decoded.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // reported below, with the argument's name
        }
        throw new InvalidQuery("after", "after.unknownCursor", "after: '" + after + "' is not a cursor of this "
                + "audit trail; pass the endCursor of a page already read, or null to start from the beginning");
    }
}
