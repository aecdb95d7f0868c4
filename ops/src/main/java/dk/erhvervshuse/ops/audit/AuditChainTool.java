package dk.erhvervshuse.ops.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.erhvervshuse.events.store.verify.AuditChain;
import dk.erhvervshuse.events.store.verify.AuditExport;
import dk.erhvervshuse.events.store.verify.AuditExportReader;
import dk.erhvervshuse.events.store.verify.ChainVerification;
import dk.erhvervshuse.events.store.verify.MalformedExport;
import dk.erhvervshuse.events.store.verify.VerificationRequest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The auditor's tool for the event log's hash chain (tilsyn, §10.2), built as {@code ops/target/audit-chain.jar}:
 * <pre>
 * java -jar audit-chain.jar verify EXPORT.jsonl
 * java -jar audit-chain.jar export --uri MONGODB_URI [--database erhvervshuse] [--from N] [--to N] [--out FILE]
 * </pre>
 * {@code verify} needs neither the registry nor MongoDB: it recomputes every hash of an export (from the
 * registry's {@code GET /audit/export} or from {@code export}) with the same verifier the registry runs, and
 * exits 0 when the export is intact, 1 when the chain is broken (the position and kind on the first line of
 * its output), 2 when the file is not a complete export or the command is wrong. {@code export} reads a
 * registry's MongoDB directly and writes the same JSON lines as the registry's endpoint.
 */
public final class AuditChainTool {

    static final int VERIFIED = 0;
    static final int BROKEN = 1;
    static final int UNUSABLE = 2;

    private static final String USAGE = """
            usage: java -jar audit-chain.jar verify EXPORT.jsonl
                   java -jar audit-chain.jar export --uri MONGODB_URI [--database erhvervshuse] [--from N] [--to N] [--out FILE]
            verify exits 0 when the export is intact, 1 when its hash chain is broken, 2 when it cannot be read.""";

    private AuditChainTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return UNUSABLE;
        }
        try {
            return switch (args[0]) {
                case "verify" -> verify(args, out, err);
                case "export" -> export(args, out, err);
                default -> usage(err, "unknown command " + args[0]);
            };
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
    }

    private static int verify(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            return usage(err, "verify takes the export file, and nothing else");
        }
        Path file = Path.of(args[1]);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ChainVerification result = AuditExportReader.verify(in);
            VerificationReport.print(result, out);
            return result.verified() ? VERIFIED : BROKEN;
        } catch (NoSuchFileException e) {
            err.println("no such file: " + file);
            return UNUSABLE;
        } catch (MalformedExport e) {
            out.println("UNREADABLE " + file + " " + e.getMessage());
            return UNUSABLE;
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return UNUSABLE;
        }
    }

    private static int export(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = options(args);
        String uri = options.get("--uri");
        if (uri == null) {
            return usage(err, "export needs --uri, the registry's MongoDB connection string");
        }
        String database = options.getOrDefault("--database", "erhvervshuse");
        long from = position(options, "--from", 1);
        long to = position(options, "--to", VerificationRequest.TO_HEAD);
        if (from > to) {
            return usage(err, "--from must not be after --to");
        }
        String target = options.getOrDefault("--out", "-");
        try (MongoClient client = MongoClients.create(uri)) {
            AuditChain chain = new AuditChain(client.getDatabase(database), "");
            AuditExport.Summary summary;
            if (target.equals("-")) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                summary = chain.export(from, to, writer);
            } else {
                try (Writer writer = Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
                    summary = chain.export(from, to, writer);
                }
            }
            err.println("exported " + summary.commits() + " commits and " + summary.checkpoints()
                    + " daily checkpoints to " + (target.equals("-") ? "standard output" : target));
            return VERIFIED;
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot write " + target + ": " + e.getMessage());
            return UNUSABLE;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, found " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static long position(Map<String, String> options, String name, long absent) {
        String value = options.get(name);
        if (value == null) {
            return absent;
        }
        try {
            long position = Long.parseLong(value);
            if (position < 1) {
                throw new IllegalArgumentException(name + " must be a log position, 1 or more");
            }
            return position;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value);
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return UNUSABLE;
    }
}
