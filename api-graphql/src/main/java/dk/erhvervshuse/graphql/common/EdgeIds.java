package dk.erhvervshuse.graphql.common;

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
}
