package dk.erhvervshuse.graphql.verification;

import dk.erhvervshuse.events.store.verify.AuditChain;
import dk.erhvervshuse.events.store.verify.AuditExport;
import dk.erhvervshuse.query.api.InvalidQuery;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /audit/export?from=&to=}: the log's positions {@code from … to} (default: all of it) as JSON lines,
 * with the daily checkpoints they pass, for supervision to verify offline (tilsyn, §10.2). Written to the
 * response as it is read, a window of positions at a time, so an export of the whole log never sits in memory.
 * Only supervision's roles reach it (see {@code SupervisionAccess}, enforced for {@code /audit/**}).
 */
@RestController
class AuditExportController {

    private static final int BUFFER = 64 * 1024;

    private final AuditChain chain;

    AuditExportController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                HttpServletResponse response) throws IOException {
        PositionRange range = PositionRange.of(from, to, chain::headPosition);
        response.setContentType(AuditExport.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit-chain-" + range.from() + "-" + range.to() + ".jsonl\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), BUFFER);
        chain.export(range.from(), range.to(), out);
        out.flush();
    }

    @ExceptionHandler(InvalidQuery.class)
    ResponseEntity<Map<String, String>> rejected(InvalidQuery invalid) {
        return ResponseEntity.badRequest().body(problem(invalid.field(), invalid.rule(), invalid.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> notANumber(MethodArgumentTypeMismatchException mismatch) {
        return ResponseEntity.badRequest().body(problem(mismatch.getName(), "position.notANumber",
                mismatch.getName() + " must be a whole number, a log position"));
    }

    private static Map<String, String> problem(String field, String rule, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("field", field);
        body.put("rule", rule);
        body.put("message", message);
        return body;
    }
}
