package dk.erhvervshuse.ops.audit;

import dk.erhvervshuse.events.store.verify.ChainBreak;
import dk.erhvervshuse.events.store.verify.ChainVerification;

import java.io.PrintStream;

/**
 * The answer of a verification as an auditor reads it: a first line that says VERIFIED or BROKEN (with the
 * position and kind of the break), then what was checked and from what anchor.
 */
final class VerificationReport {

    private VerificationReport() {
    }

    static void print(ChainVerification result, PrintStream out) {
        ChainBreak found = result.firstBreak();
        if (found == null) {
            out.println("VERIFIED positions " + result.from() + "-" + result.to());
        } else {
            out.println("BROKEN at position " + found.position() + ": " + found.kind());
            out.println("expected hash: " + (found.expectedHash() == null ? "-" : found.expectedHash()));
            out.println("found hash:    " + (found.foundHash() == null ? "-" : found.foundHash()));
            out.println("detail: " + found.detail());
            out.println("intact: positions " + result.from() + "-" + result.to());
        }
        out.println("checked: " + result.commitsChecked() + " commits, " + result.eventsChecked() + " events, "
                + result.checkpointsChecked() + " daily checkpoints");
        out.println("anchored at: " + result.anchor().describe() + " (hash " + result.anchor().hash() + ")");
        out.println("hash at position " + result.to() + ": " + result.headHash());
    }
}
