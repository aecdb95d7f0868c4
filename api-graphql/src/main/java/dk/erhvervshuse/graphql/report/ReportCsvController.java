package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.report.ReportEvent;
import dk.erhvervshuse.graphql.security.Forbidden;
import dk.erhvervshuse.graphql.security.CurrentActor;
import dk.erhvervshuse.graphql.security.ReportAccess;
import dk.erhvervshuse.query.api.BuildRejected;
import dk.erhvervshuse.query.api.InvalidQuery;
import dk.erhvervshuse.query.api.ReportQueries;
import dk.erhvervshuse.query.api.ReportView;
import dk.erhvervshuse.query.api.SealedReportQueries;
import dk.erhvervshuse.query.api.SealedReportView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The yearly reports (§9) as CSV ({@link ReportCsv}), authenticated as {@code /graphql} is and readable as over
 * GraphQL ({@link ReportAccess}):
 * <ul>
 *     <li>{@code GET /reports/{year}/houses/{house}.csv}: a house's report now;</li>
 *     <li>{@code GET /reports/{year}/national.csv}: the national report now;</li>
 *     <li>{@code GET /reports/{year}/houses/{house}/seals/{number}.csv} and
 *     {@code GET /reports/{year}/national/seals/{number}.csv}: a sealed report exactly as sealed;</li>
 * </ul>
 * each with {@code ?public=true} for the published form (small counts suppressed, {@link SmallCountSuppression})
 * and, for a report now, {@code ?build=} for another dashboard build than the default one. A refusal is answered
 * with its status and {@code {field, rule, message}}.
 */
@RestController
@RequestMapping("/reports")
class ReportCsvController {

    private final ReportQueries reports;
    private final SealedReportQueries seals;
    private final ReportAccess access;
    private final CurrentActor currentActor;

    ReportCsvController(ReportQueries reports, SealedReportQueries seals, ReportAccess access,
                        CurrentActor currentActor) {
        this.reports = reports;
        this.seals = seals;
        this.access = access;
        this.currentActor = currentActor;
    }

    @GetMapping("/{year}/houses/{house}.csv")
    ResponseEntity<byte[]> houseReport(@PathVariable int year, @PathVariable("house") String houseName,
                                       @RequestParam(required = false) String build,
                                       @RequestParam(name = "public", defaultValue = "false") boolean publicExport) {
        House house = ReportArguments.house(houseName);
        access.requireMayRead(currentActor.get(), house);
        ReportView report = reports.houseReport(house, ReportArguments.requireYear(year), build);
        return csv(report, null, null, publicExport);
    }

    @GetMapping("/{year}/national.csv")
    ResponseEntity<byte[]> nationalReport(@PathVariable int year, @RequestParam(required = false) String build,
                                          @RequestParam(name = "public", defaultValue = "false") boolean publicExport) {
        access.requireMayRead(currentActor.get(), null);
        return csv(reports.nationalReport(ReportArguments.requireYear(year), build), null, null, publicExport);
    }

    @GetMapping("/{year}/houses/{house}/seals/{number}.csv")
    ResponseEntity<byte[]> sealedHouseReport(@PathVariable int year, @PathVariable("house") String houseName,
                                             @PathVariable int number,
                                             @RequestParam(name = "public", defaultValue = "false") boolean publicExport) {
        House house = ReportArguments.house(houseName);
        access.requireMayRead(currentActor.get(), house);
        return sealed(house, year, number, publicExport);
    }

    @GetMapping("/{year}/national/seals/{number}.csv")
    ResponseEntity<byte[]> sealedNationalReport(@PathVariable int year, @PathVariable int number,
                                                @RequestParam(name = "public", defaultValue = "false") boolean publicExport) {
        access.requireMayRead(currentActor.get(), null);
        return sealed(null, year, number, publicExport);
    }

    private ResponseEntity<byte[]> sealed(House house, int year, int number, boolean publicExport) {
        String sealId = ReportEvent.sealIdOf(ReportEvent.reportIdOf(house, ReportArguments.requireYear(year)), number);
        SealedReportView seal = seals.sealedReport(sealId).orElse(null);
        if (seal == null) {
            throw new SealNotFound(sealId);
        }
        return csv(seal.report(), seal.sealId(), seal.commitHash(), publicExport);
    }

    private static ResponseEntity<byte[]> csv(ReportView report, String sealId, String commitHash,
                                              boolean publicExport) {
        String name = (sealId != null ? sealId : report.reportId()).replace(':', '-') + (publicExport ? "-public" : "")
                + ".csv";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReportCsv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(ReportCsv.of(report, sealId, commitHash, publicExport));
    }

    /** No seal of that number (yet). */
    static final class SealNotFound extends RuntimeException {
        SealNotFound(String sealId) {
            super("there is no seal " + sealId);
        }
    }

    @ExceptionHandler(SealNotFound.class)
    ResponseEntity<Map<String, String>> notFound(SealNotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "number", "seal.notFound", notFound.getMessage());
    }

    @ExceptionHandler(InvalidQuery.class)
    ResponseEntity<Map<String, String>> invalid(InvalidQuery invalid) {
        return problem(HttpStatus.BAD_REQUEST, invalid.field(), invalid.rule(), invalid.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> mistyped(MethodArgumentTypeMismatchException mismatch) {
        return problem(HttpStatus.BAD_REQUEST, mismatch.getName(), mismatch.getName() + ".format",
                mismatch.getName() + " has an invalid value: " + mismatch.getValue());
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<Map<String, String>> forbidden(Forbidden forbidden) {
        return problem(HttpStatus.FORBIDDEN, forbidden.field(), forbidden.rule(), forbidden.getMessage());
    }

    @ExceptionHandler(BuildRejected.class)
    ResponseEntity<Map<String, String>> buildRejected(BuildRejected rejected) {
        return problem(rejected.kind() == BuildRejected.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                rejected.field(), rejected.rule(), rejected.getMessage());
    }

    /** A problem as JSON: the field at fault, the rule and a message, as GraphQL errors carry them. */
    private static ResponseEntity<Map<String, String>> problem(HttpStatus status, String field, String rule,
                                                               String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("field", field);
        body.put("rule", rule);
        body.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
