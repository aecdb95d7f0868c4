package dk.erhvervshuse.graphql.common;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of new things come from the edge, never from inside an aggregate: the client's own (so that a
 * retry addresses the same thing and is refused as a duplicate rather than recorded twice), or a
 * random UUID when the client gave none.
 */
public final class EdgeIds {

    private EdgeIds() {
    }

    public static String orNew(String given) {
        return given != null ? given : UUID.randomUUID().toString();
    }

    /**
     * The client's own id, else one derived from the command's id when the client named the command (so that its
     * retry addresses the same new thing and is answered with the same id), else a random one.
     *
     * @param kind what the id is for ("case", "meeting"…), so that one command's ids of different things differ
     */
    public static String orFromCommand(String given, String commandId, String kind) {
        if (given != null || commandId == null) {
            return orNew(given);
        }
        return UUID.nameUUIDFromBytes((kind + ":" + commandId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
