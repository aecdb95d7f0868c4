package dk.erhvervshuse.ops.audit;

import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.testing.SampleLog;
import dk.erhvervshuse.events.store.testing.Tampering;
import dk.erhvervshuse.events.store.verify.AuditChain;
import dk.erhvervshuse.events.store.verify.VerificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one command an auditor runs, {@code java -jar audit-chain.jar verify FILE}, works from the packaged jar
 * alone: no registry, no database, no other classpath.
 */
class AuditChainJarIT {

    private static final Path JAR = Path.of("target", "audit-chain.jar");

    @TempDir
    Path directory;

    @Test
    void thePackagedJarVerifiesAnExportAndNamesABreak() throws Exception {
        SampleLog sample = SampleLog.recorded(LocalDate.of(2026, 3, 2), 2, 6);
        AuditChain chain = new AuditChain(sample.database(), "");
        chain.follower().catchUp();
        Path intact = export(chain, "intact.jsonl");
        List<StoredCommit> commits = sample.commits();
        StoredCommit target = commits.get(commits.size() / 2);
        new Tampering(sample.database()).changePayload(target.position());
        Path changed = export(chain, "changed.jsonl");

        Result ok = java("verify", intact.toString());
        Result broken = java("verify", changed.toString());

        assertThat(ok.exitCode()).as(ok.output()).isZero();
        assertThat(ok.output()).startsWith("VERIFIED positions 1-" + commits.get(commits.size() - 1).lastPosition());
        assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).startsWith("BROKEN at position " + target.position() + ": ALTERED");
    }

    private Path export(AuditChain chain, String name) throws Exception {
        Path file = directory.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            chain.export(1, VerificationRequest.TO_HEAD, out);
        }
        return file;
    }

    private static Result java(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    record Result(int exitCode, String output) {
    }
}
