package dk.erhvervshuse.command.history;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A seeded, realistic history of the six business houses under the agreement 2024–2027, as the commands
 * their users would send, in the order and at the times they would send them. For demos and benchmarks:
 * every command passes the command side's rules when sent in order to an empty registry whose clock reads
 * {@code until} or later.
 * <p>
 * What a year holds, per house in proportion to the goal-1 split (§8.1):
 * <ul>
 *     <li>guidance (§5.1, §9): {@code companiesPerYear} companies, {@code entrepreneurShare} of them entrepreneurs
 *     (by default about a quarter), drift 55 % and vækst 45 %; one case each (a few at two houses, a few again
 *     at the same house the next year), one to six meetings, referrals in about 45 % of cases, user evaluations
 *     (NPS in the 70s), the odd correction and withdrawal, closings; about 3 % of companies pass 20 hours within
 *     12 months at a house, and its management records the decision of §5.1 against the requirement the ledger
 *     raises;</li>
 *     <li>the result contract (§8.2), proposed the December before, signed by both chairs, a third amended;</li>
 *     <li>the awareness survey (goal 2), preliminary in the autumn and final early the next year;</li>
 *     <li>effect data (goal 5): accounts of companies whose case closed, for that year and two years on, and
 *     the control group's growth per segment.</li>
 * </ul>
 * Nothing is dated or recorded after {@code until}. The same options give the same script, command for
 * command; the only randomness is a {@link java.util.SplittableRandom} seeded from the options' seed.
 */
public final class HistoryGenerator {

    private HistoryGenerator() {
    }

    /** The whole script in memory: for small histories and tests. */
    public static List<ScriptedCommand> generate(HistoryOptions options) {
        List<ScriptedCommand> script = new ArrayList<>();
        generate(options, script::add);
        return script;
    }

    /**
     * The script handed over command by command, in order, planning one year at a time: holds about a year's
     * planned commands at most, whatever the number of years.
     */
    public static void generate(HistoryOptions options, Consumer<? super ScriptedCommand> sink) {
        iterator(options).forEachRemaining(sink);
    }

    /** The script as a lazy, ordered, sequential stream. */
    public static Stream<ScriptedCommand> stream(HistoryOptions options) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(options),
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /** The script as a lazy iterator, for a caller that paces the sending itself. */
    public static Iterator<ScriptedCommand> iterator(HistoryOptions options) {
        return new Script(options);
    }

    /**
     * The same history as the registry records it, for writing straight to a log: commit by commit in recording
     * order, each the events the command side's aggregate applies for one command of the script, and the counts
     * the 20-hour policy adds to the hours ledgers a moment after each meeting, correction and withdrawal. Lazy,
     * like {@link #iterator}: it holds the script's planned commands and the aggregates that can still change.
     */
    public static Iterator<RecordedCommit> commits(HistoryOptions options) {
        return new Recorder(options);
    }
}
