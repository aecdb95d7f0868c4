package dk.erhvervshuse.query.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The cursor of an explanation entry: its key, made opaque (base64 of {@code k:<key>}). */
final class ExplainCursor {

    private static final String PREFIX = "k:";

    private ExplainCursor() {
    }

    static String of(String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor stands for; null (before the first entry) for none. */
    static String keyOf(String after) {
        if (after == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX) && decoded.length() > PREFIX.length()) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException malformed) {
            // reported below, with the argument's name
        }
        throw new IllegalArgumentException("after: '" + after + "' is not a cursor of this explanation; pass the "
                + "endCursor of a page already read, or null to start from the beginning");
    }
}
