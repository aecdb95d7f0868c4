package dk.erhvervshuse.events.store.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshuse.events.store.CommitHash;
import dk.erhvervshuse.events.store.StoredCommit;
import dk.erhvervshuse.events.store.StoredEvent;
import dk.erhvervshuse.events.store.testing.SampleLog;
import dk.erhvervshuse.events.store.testing.TamperCase;
import dk.erhvervshuse.events.store.testing.Tampering;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Supervision may verify the log away from the registry (§10.2): an export holds everything needed to
 * recompute every hash, and verifying it gives exactly the answer the registry gives for the same commits.
 */
class AuditExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void anExportOfAnUntouchedLogVerifiesOfflineAsInTheRegistry() {
        ChainVerification offline = AuditExportReader.verify(new StringReader(export(1, VerificationRequest.TO_HEAD)));

        assertThat(offline.verified()).isTrue();
        assertThat(offline).isEqualTo(chain.verify(1, VerificationRequest.TO_HEAD));
    }

    @ParameterizedTest
    @EnumSource(TamperCase.class)
    void anExportOfAChangedLogNamesTheSameBreakAsTheRegistry(TamperCase tamperCase) {
        TamperCase.Expected expected = tamperCase.apply(sample, commits, new Tampering(sample.database()));

        ChainVerification offline = AuditExportReader.verify(new StringReader(export(1, VerificationRequest.TO_HEAD)));

        assertThat(offline).isEqualTo(chain.verify(1, VerificationRequest.TO_HEAD));
        assertThat(offline.firstBreak().kind()).isEqualTo(expected.kind());
        assertThat(offline.firstBreak().position()).isEqualTo(expected.position());
    }

    @Test
    void aRangeFromMidLogCarriesItsAnchorAndVerifiesAsInTheRegistry() {
        long from = commits.get(commits.size() - 3).position();

        ChainVerification offline = AuditExportReader.verify(new StringReader(export(from, VerificationRequest.TO_HEAD)));

        assertThat(offline.verified()).isTrue();
        assertThat(offline.anchor().source()).isEqualTo(Anchor.Source.CHECKPOINT);
        assertThat(offline).isEqualTo(chain.verify(from, VerificationRequest.TO_HEAD));
    }

    @Test
    void holdsOneLinePerCommitWithWhatItsHashIsComputedFrom() throws Exception {
        String[] lines = export(1, VerificationRequest.TO_HEAD).split("\n");

        List<JsonNode> commitLines = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            if (node.get("type").asText().equals("commit")) {
                commitLines.add(node);
            }
        }
        assertThat(JSON.readTree(lines[0]).get("type").asText()).isEqualTo("header");
        assertThat(JSON.readTree(lines[lines.length - 1]).get("type").asText()).isEqualTo("end");
        assertThat(lines).filteredOn(line -> line.contains("\"type\":\"checkpoint\"")).hasSize(3);
        assertThat(commitLines).hasSameSizeAs(commits);
        String previous = CommitHash.GENESIS;
        for (JsonNode line : commitLines) {
            List<StoredEvent> events = new ArrayList<>();
            for (JsonNode e : line.get("events")) {
                events.add(new StoredEvent(e.get("eventId").asText(), e.get("payloadType").asText(),
                        e.get("payloadRevision").isNull() ? null : e.get("payloadRevision").asText(),
                        e.get("sequenceNumber").asLong(), e.get("timestamp").asText(), e.get("payload").asText(),
                        e.get("metadata").asText()));
            }
            String hash = CommitHash.of(previous, line.get("position").asLong(), line.get("aggregateType").asText(),
                    line.get("aggregateId").asText(), line.get("firstSequenceNumber").asLong(), events);
            assertThat(hash).isEqualTo(line.get("hash").asText());
            previous = hash;
        }
    }

    @Test
    void aChangedLineInTheFileIsNamedByItsPosition() {
        StoredCommit target = commits.get(commits.size() / 2);
        String changed = export(1, VerificationRequest.TO_HEAD).lines()
                .map(line -> line.contains("\"position\":" + target.position() + ",") && line.contains("\"type\":\"commit\"")
                        ? line.replace("\\\"FYN\\\"", "\\\"SJAELLAND\\\"") : line)
                .reduce("", (a, b) -> a + b + "\n");

        ChainVerification offline = AuditExportReader.verify(new StringReader(changed));

        assertThat(offline.firstBreak().kind()).isEqualTo(BreakKind.ALTERED);
        assertThat(offline.firstBreak().position()).isEqualTo(target.position());
    }

    @Test
    void aFileWithoutItsEndLineDoesNotPassForTheWholeExport() {
        String whole = export(1, VerificationRequest.TO_HEAD);
        String cut = whole.substring(0, whole.lastIndexOf("{\"type\":\"end\""));

        assertThatThrownBy(() -> AuditExportReader.verify(new StringReader(cut)))
                .isInstanceOf(MalformedExport.class)
                .hasMessageContaining("incomplete");
    }

    @Test
    void aFileCutBeforeItsLastCommitEndsShortOfWhereTheLogHadReached() {
        String whole = export(1, VerificationRequest.TO_HEAD);
        String cut = whole.substring(0, whole.lastIndexOf("{\"type\":\"commit\""));

        ChainVerification offline = AuditExportReader.verify(new StringReader(cut));

        assertThat(offline.firstBreak().kind()).isEqualTo(BreakKind.MISSING);
        assertThat(offline.firstBreak().position()).isEqualTo(commits.get(commits.size() - 1).position());
    }

    @Test
    void aLineRemovedFromTheFileIsNoticed() {
        String whole = export(1, VerificationRequest.TO_HEAD);
        String firstCheckpoint = whole.lines().filter(line -> line.contains("\"type\":\"checkpoint\"")).findFirst().orElseThrow();

        assertThatThrownBy(() -> AuditExportReader.verify(new StringReader(whole.replace(firstCheckpoint + "\n", ""))))
                .isInstanceOf(MalformedExport.class)
                .hasMessageContaining("end line");
    }

    private String export(long from, long to) {
        StringWriter out = new StringWriter();
        chain.export(from, to, out);
        return out.toString();
    }
}
