package dk.erhvervshuse.ops.audit;

import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.testing.SampleLog;
import dk.erhvervshuse.events.store.testing.TamperCase;
import dk.erhvervshuse.events.store.testing.Tampering;
import dk.erhvervshuse.events.store.testing.TestMongo;
import dk.erhvervshuse.events.store.verify.AuditChain;
import dk.erhvervshuse.events.store.verify.ChainBreak;
import dk.erhvervshuse.events.store.verify.ChainVerification;
import dk.erhvervshuse.events.store.verify.VerificationRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor exports the log from the registry's MongoDB and verifies the file with no registry and no database
 * (§10.2): the tool answers exactly what the registry answers, exit code and position included.
 */
class AuditChainToolTest {

    @TempDir
    Path directory;

    private SampleLog sample;
    private AuditChain chain;
    private List<StoredCommit> commits;

    @BeforeEach
    void recordThreeDaysAndTheirCheckpoints() {
        sample = SampleLog.recorded(LocalDate.of(2026, 3, 2), 3, 8);
        chain = new AuditChain(sample.database(), "");
        chain.follower().catchUp();
        commits = sample.commits();
    }

    @Test
    void anExportOfAnUntouchedLogVerifiesWithExitCodeZero() {
        Path file = exportWholeLog();

        Run verified = tool("verify", file.toString());

        ChainVerification inRegistry = chain.verify(1, VerificationRequest.TO_HEAD);
        assertThat(verified.exitCode()).isZero();
        assertThat(verified.firstLine()).isEqualTo("VERIFIED positions 1-" + inRegistry.to());
        assertThat(verified.out()).contains("hash at position " + inRegistry.to() + ": " + inRegistry.headHash());
    }

    @ParameterizedTest
    @EnumSource(TamperCase.class)
    void namesTheBreakTheRegistryNamesWithExitCodeOne(TamperCase tamperCase) {
        TamperCase.Expected expected = tamperCase.apply(sample, commits, new Tampering(sample.database()));
        Path file = exportWholeLog();

        Run verified = tool("verify", file.toString());

        ChainBreak inRegistry = chain.verify(1, VerificationRequest.TO_HEAD).firstBreak();
        assertThat(inRegistry.position()).isEqualTo(expected.position());
        assertThat(verified.exitCode()).isEqualTo(1);
        assertThat(verified.firstLine()).isEqualTo("BROKEN at position " + inRegistry.position() + ": " + inRegistry.kind());
    }

    @Test
    void aFileThatIsNotAnExportExitsWithTwo() throws Exception {
        Path file = Files.writeString(directory.resolve("notes.txt"), "not an export\n");

        Run verified = tool("verify", file.toString());

        assertThat(verified.exitCode()).isEqualTo(2);
        assertThat(verified.firstLine()).startsWith("UNREADABLE");
    }

    @Test
    void exportsARangeThatVerifiesAsTheRegistryVerifiesIt() {
        long from = commits.get(commits.size() / 2).position();
        long to = commits.get(commits.size() - 2).lastPosition();
        Path file = directory.resolve("range.jsonl");

        Run exported = tool("export", "--uri", TestMongo.connectionString(), "--database", sample.database().getName(),
                "--from", Long.toString(from), "--to", Long.toString(to), "--out", file.toString());
        Run verified = tool("verify", file.toString());

        ChainVerification inRegistry = chain.verify(from, to);
        assertThat(exported.exitCode()).isZero();
        assertThat(verified.exitCode()).isZero();
        assertThat(verified.firstLine()).isEqualTo("VERIFIED positions " + inRegistry.from() + "-" + inRegistry.to());
        assertThat(verified.out()).contains("anchored at: " + inRegistry.anchor().describe());
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        Run exported = tool("export", "--uri", TestMongo.connectionString(), "--from", "9", "--to", "3");

        assertThat(exported.exitCode()).isEqualTo(2);
        assertThat(exported.err()).contains("--from must not be after --to");
    }

    private Path exportWholeLog() {
        Path file = directory.resolve("log.jsonl");
        Run exported = tool("export", "--uri", TestMongo.connectionString(), "--database",
                sample.database().getName(), "--out", file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        return file;
    }

    static Run tool(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = AuditChainTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int exitCode, String out, String err) {
        String firstLine() {
            return out.lines().findFirst().orElse("");
        }
    }
}
