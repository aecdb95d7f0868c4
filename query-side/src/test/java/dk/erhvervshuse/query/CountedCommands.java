package dk.erhvervshuse.query;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts the data commands the driver sends, by name (find, getMore, update, insert, delete...). */
public final class CountedCommands implements CommandListener {

    private static final Set<String> HANDSHAKES = Set.of("hello", "isMaster", "buildInfo", "endSessions");

    private final Map<String, Integer> counts = new TreeMap<>();

    @Override
    public synchronized void commandStarted(CommandStartedEvent event) {
        if (!HANDSHAKES.contains(event.getCommandName())) {
            counts.merge(event.getCommandName(), 1, Integer::sum);
        }
    }

    public synchronized void reset() {
        counts.clear();
    }

    public synchronized Map<String, Integer> counted() {
        return new TreeMap<>(counts);
    }
}
