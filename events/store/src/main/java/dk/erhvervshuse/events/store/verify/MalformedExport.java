package dk.erhvervshuse.events.store.verify;

/** The file is not a complete audit export: a line that does not parse, or the end line missing. */
public class MalformedExport extends RuntimeException {

    private final long line;

    public MalformedExport(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The line at fault, from 1. */
    public long line() {
        return line;
    }
}
