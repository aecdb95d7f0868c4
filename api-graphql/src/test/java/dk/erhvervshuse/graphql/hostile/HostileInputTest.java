package dk.erhvervshuse.graphql.hostile;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.store.CommitLogStorageEngine;
import dk.erhvervshuse.graphql.RegistryApplication;
import dk.erhvervshuse.graphql.support.Registrations;
import dk.erhvervshuse.graphql.support.RegistryClient;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dk.erhvervshuse.graphql.support.RegistryClient.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile input, a thousand and more of them, against one running registry: random CVRs, hours,
 * dates, scores and page sizes; text that begins like a spreadsheet formula, oversize text, control characters
 * and broken characters; deeply nested and heavily aliased queries; bodies that are not JSON or not GraphQL;
 * variables of the wrong type. Each must be refused with a specific classified error (never a 5xx, never
 * INTERNAL_ERROR, never the server's insides), and the event log must be exactly as it was: same head position,
 * same head hash.
 * <p>
 * The registry is started once for the whole suite (jqwik's properties do not run inside Spring's test context),
 * with the production defaults: no dev profile, so introspection and GraphiQL are off. The counts of inputs tried
 * and refused, by kind, are printed at the end and written to {@code target/hostile-input-report.txt}.
 */
class HostileInputTest {

    private static final String CASE_ID = "hostile-fixture-case";
    private static final String MEETING_ID = "m-1";
    private static final String CVR = RegistryClient.CVR;

    private static ConfigurableApplicationContext registry;
    private static Path dataDirectory;
    private static HostileClient client;
    private static CommitLogStorageEngine eventLog;
    private static long headPosition;
    private static String headHash;
    private static final Tally tally = new Tally();
    private static final AtomicInteger propertiesRun = new AtomicInteger();

    @BeforeContainer
    static void startTheRegistryWithOneCaseOfFyn() throws IOException {
        dataDirectory = Files.createTempDirectory("hostile-input");
        registry = new SpringApplicationBuilder(RegistryApplication.class)
                .properties("server.port=0", "registry.mongo.data-directory=" + dataDirectory,
                        "spring.main.banner-mode=off")
                .run();
        int port = registry.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        client = new HostileClient(port, tally);
        eventLog = registry.getBean(CommitLogStorageEngine.class);

        RegistryClient registryClient = new RegistryClient(port);
        Registrations.openCase(registryClient.as(RegistryClient.ADVISER_FYN), CASE_ID, "FYN", CVR, "2023-01-01",
                "GROWTH", LocalDate.now().minusDays(30).toString(), "SUSTAINABILITY_SOCIAL");
        Registrations.meeting(registryClient.as(RegistryClient.ADVISER_FYN), CASE_ID, MEETING_ID,
                LocalDate.now().minusDays(3).toString(), "2", "SUSTAINABILITY_SOCIAL");
        // The hours ledger counts the meeting by a policy of its own; the log is quiet once it has.
        eventually().untilAsserted(() -> assertThat(RegistryClient.auditTrail(registryClient.as(RegistryClient.AUDITOR),
                Map.of("cvr", CVR))).extracting(RegistryClient.AuditRow::eventType).contains("GuidanceHoursCounted"));
        eventually().untilAsserted(() -> registryClient.as(RegistryClient.AUDITOR)
                .document("query($id: ID!) { guidanceCase(id: $id) { meetings { meetingId } } }")
                .variable("id", CASE_ID).execute()
                .path("guidanceCase.meetings[0].meetingId").entity(String.class).isEqualTo(MEETING_ID));
        headPosition = eventLog.headPosition();
        headHash = eventLog.headHash();
    }

    @AfterProperty
    void theEventLogIsAsItWas() {
        propertiesRun.incrementAndGet();
        assertThat(eventLog.headPosition()).as("event log head position").isEqualTo(headPosition);
        assertThat(eventLog.headHash()).as("event log head hash").isEqualTo(headHash);
    }

    @AfterContainer
    static void reportAndStop() throws IOException {
        try {
            boolean unchanged = eventLog.headPosition() == headPosition && eventLog.headHash().equals(headHash);
            String report = tally.report(headPosition, headHash, unchanged);
            System.out.println(report);
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("hostile-input-report.txt"), report, StandardCharsets.UTF_8);
            }
            assertThat(unchanged).as("the event log is unchanged").isTrue();
            assertThat(tally.serverErrors()).as("answers with a 5xx status").isZero();
            if (propertiesRun.get() == declaredProperties()) {
                assertThat(tally.tried()).as("hostile inputs tried by the whole suite").isGreaterThanOrEqualTo(1_000);
            }
        } finally {
            registry.close();
            FileSystemUtils.deleteRecursively(dataDirectory);
        }
    }

    private static long declaredProperties() {
        return Arrays.stream(HostileInputTest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Property.class) || method.isAnnotationPresent(Example.class))
                .count();
    }

    // ---- the agreement's values: CVR, hours, dates, scores

    @Property(tries = 130)
    void aCvrThatIsNotEightDigitsPassingTheModulus11CheckOpensNoCase(@ForAll("invalidCvrs") String cvr) {
        Map<String, Object> input = openCaseInput();
        input.put("cvr", cvr);

        client.mutation(RegistryClient.ADVISER_FYN, "openGuidanceCase", "OpenGuidanceCaseInput", input)
                .refusedAs("BAD_REQUEST").onField("cvr");
    }

    @Provide
    Arbitrary<String> invalidCvrs() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().numeric().ofLength(8),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(10))
                .filter(cvr -> !Cvr.isValid(cvr));
    }

    @Property(tries = 120)
    void hoursThatAreNotMoreThanNothingAndAtMost24WithTwoDecimalsRecordNoMeeting(@ForAll("invalidHours") Object hours) {
        Map<String, Object> input = meetingInput();
        input.put("hours", hours);

        client.mutation(RegistryClient.ADVISER_FYN, "recordGuidanceMeeting", "RecordGuidanceMeetingInput", input)
                .refusedAs("BAD_REQUEST").onFieldOrVariables("hours");
    }

    @Provide
    Arbitrary<Object> invalidHours() {
        Arbitrary<BigDecimal> outOfRange = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), BigDecimal.ZERO).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("24.01"), new BigDecimal("1E12")).ofScale(2));
        Arbitrary<BigDecimal> tooPrecise = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.001"), new BigDecimal("23.999")).ofScale(3)
                .filter(hours -> hours.stripTrailingZeros().scale() > 2);
        Arbitrary<String> notNumbers = Arbitraries.of("", " ", "abc", "NaN", "Infinity", "-Infinity", "1e999999999",
                "0x10", "1,5", "2.5h", "½", "--1", "1e-9999", "1e9999");
        return Arbitraries.oneOf(outOfRange.map(BigDecimal::toPlainString), outOfRange.map(BigDecimal::doubleValue),
                tooPrecise.map(BigDecimal::toPlainString), notNumbers, Arbitraries.of(true, false),
                Arbitraries.integers().between(25, Integer.MAX_VALUE).map(Object.class::cast));
    }

    @Property(tries = 100)
    void aMeetingDateInTheFutureBeforeTheAgreementOrNotADateRecordsNoMeeting(@ForAll("invalidDates") String heldOn) {
        Map<String, Object> input = meetingInput();
        input.put("heldOn", heldOn);

        client.mutation(RegistryClient.ADVISER_FYN, "recordGuidanceMeeting", "RecordGuidanceMeetingInput", input)
                .refusedAs("BAD_REQUEST").onFieldOrVariables("heldOn");
    }

    @Provide
    Arbitrary<String> invalidDates() {
        LocalDate today = LocalDate.now();
        return Arbitraries.oneOf(
                Arbitraries.integers().between(2, 400_000).map(days -> today.plusDays(days).toString()),
                Arbitraries.integers().between(1, 700_000).map(days -> LocalDate.of(2024, 1, 1).minusDays(days).toString()),
                Arbitraries.of("2025-13-01", "2025-02-30", "2025-00-10", "25-01-01", "2025/01/01", "01-02-2025",
                        "2025-1-1", "", " ", "today", "2025-01-01T10:00:00Z", "+2025-01-01", "2025-W01-1"),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(20));
    }

    @Property(tries = 80)
    void aRecommendationScoreOutsideZeroToTenRecordsNoEvaluation(@ForAll("invalidScores") Object score) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("caseId", CASE_ID);
        input.put("recommendScore", score);

        client.mutation(RegistryClient.ADVISER_FYN, "recordUserEvaluation", "RecordUserEvaluationInput", input)
                .refusedAs("BAD_REQUEST").onFieldOrVariables("recommendScore");
    }

    @Provide
    Arbitrary<Object> invalidScores() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(Integer.MIN_VALUE, -1).map(Object.class::cast),
                Arbitraries.integers().between(11, Integer.MAX_VALUE).map(Object.class::cast),
                Arbitraries.longs().between(Integer.MAX_VALUE + 1L, Long.MAX_VALUE).map(Object.class::cast),
                Arbitraries.of("7", "ten", 7.5, 1e20, true));
    }

    @Property(tries = 80)
    void aPageSizeOutsideOneTo500IsRefused(@ForAll("invalidPageSizes") Object first, @ForAll boolean explanation) {
        String document = explanation
                ? "query($first: Int) { explainGoal(house: FYN, year: 2025, goal: \"goal1\", first: $first) { totalCount } }"
                : "query($first: Int) { auditTrail(first: $first) { pageInfo { hasNextPage } } }";

        client.query(RegistryClient.AUDITOR, document, Map.of("first", first))
                .refusedAs("BAD_REQUEST").onFieldOrVariables("first");
    }

    @Provide
    Arbitrary<Object> invalidPageSizes() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(Integer.MIN_VALUE, 0).map(Object.class::cast),
                Arbitraries.integers().between(501, Integer.MAX_VALUE).map(Object.class::cast),
                Arbitraries.longs().between(Integer.MAX_VALUE + 1L, Long.MAX_VALUE).map(Object.class::cast),
                Arbitraries.of("50", 2.5, 1e300));
    }

    // ---- free text: formulas, size, control characters, broken characters

    @Property(tries = 130)
    void textThatBeginsLikeASpreadsheetFormulaIsNeverRecorded(@ForAll("formulaPrefixes") String prefix,
                                                              @ForAll("plainText") String rest,
                                                              @ForAll("textFields") TextField field) {
        field.send(client, prefix + rest).refusedAs("BAD_REQUEST").withRule(field.name() + ".formulaPrefix");
    }

    @Provide
    Arbitrary<String> formulaPrefixes() {
        return Arbitraries.of("=", "+", "-", "@", "\t", "\r", "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")",
                "+1+1", "-2+3", "@SUM(A1:A9)", "=1+1");
    }

    @Provide
    Arbitrary<String> plainText() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'æ', 'ø', 'å', '(', ')', '!', '"')
                .ofMinLength(0).ofMaxLength(40);
    }

    @Provide
    Arbitrary<TextField> textFields() {
        return Arbitraries.of(TextField.values());
    }

    @Property(tries = 50)
    void textLongerThanAnyFieldAllowsIsRefusedOnItsField(@ForAll("textFields") TextField field,
                                                         @ForAll("oversizeLengths") int length) {
        field.send(client, "a".repeat(length)).refusedAs("BAD_REQUEST").withRule(field.name() + ".tooLong");
    }

    @Provide
    Arbitrary<Integer> oversizeLengths() {
        return Arbitraries.integers().between(1_001, 200_000);
    }

    @Property(tries = 90)
    void textWithAControlCharacterIsRefusedOnItsField(@ForAll("textFields") TextField field,
                                                      @ForAll("plainText") String before,
                                                      @ForAll("controlCharacters") char control,
                                                      @ForAll("plainText") String after) {
        field.send(client, "x" + before + control + after).refusedAs("BAD_REQUEST")
                .withRule(field.name() + ".controlCharacters");
    }

    @Provide
    Arbitrary<Character> controlCharacters() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'), Arbitraries.chars().range('\u000B', '\u000C'),
                Arbitraries.chars().range('\u000E', '\u001F'), Arbitraries.chars().range('\u007F', '\u009F'));
    }

    @Property(tries = 40)
    void textWithABrokenCharacterIsRefusedOnItsField(@ForAll("textFields") TextField field,
                                                     @ForAll("plainText") String before,
                                                     @ForAll("loneSurrogates") char broken) {
        field.send(client, "x" + before + broken).refusedAs("BAD_REQUEST").withRule(field.name() + ".encoding");
    }

    @Provide
    Arbitrary<Character> loneSurrogates() {
        return Arbitraries.chars().range('\uD800', '\uDFFF');
    }

    @Property(tries = 40)
    void anIdOrCvrAQueryIsAskedForObeysTheSameLimits(@ForAll("hostileIds") String id, @ForAll boolean byCase) {
        String document = byCase
                ? "query($value: ID!) { guidanceCase(id: $value) { caseId } }"
                : "query($value: String!) { company(cvr: $value) { cvr } }";

        client.query(RegistryClient.AUDITOR, document, Map.of("value", id))
                .refusedAs("BAD_REQUEST").onField(byCase ? "id" : "cvr");
    }

    @Provide
    Arbitrary<String> hostileIds() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1_001, 50_000).map("9"::repeat),
                controlCharacters().map(control -> "case" + control),
                loneSurrogates().map(broken -> "case" + broken));
    }

    // ---- the shape of a query

    @Property(tries = 50)
    void aQueryNestedDeeperThanTenLevelsIsRefusedAsTooDeep(@ForAll("nestings") int nestings) {
        // guidanceCase, then company and cases again and again, then caseId: 2 + 2 × nestings levels. Past about
        // 100 levels the parser itself gives up on the document, told as query.depth too.
        String document = "{ guidanceCase(id: \"" + CASE_ID + "\") { " + "company { cases { ".repeat(nestings)
                + "caseId" + " } }".repeat(nestings) + " } }";

        client.query(RegistryClient.AUDITOR, document, Map.of()).refusedAs("BAD_REQUEST").withRule("query.depth");
    }

    @Provide
    Arbitrary<Integer> nestings() {
        return Arbitraries.integers().between(5, 120);
    }

    @Property(tries = 50)
    void aQueryWithMoreThanThirtyAliasesIsRefused(@ForAll("aliasCounts") int aliases, @ForAll boolean costly) {
        StringBuilder document = new StringBuilder("{ ");
        for (int i = 0; i < aliases; i++) {
            document.append("a").append(i).append(costly
                    ? ": auditTrail(first: 500) { edges { node { payload } } } "
                    : ": nationalDashboard(year: 2025) { year } ");
        }
        document.append('}');

        client.query(RegistryClient.AUDITOR, document.toString(), Map.of()).refusedAs("BAD_REQUEST")
                .withRule("query.aliases");
    }

    @Provide
    Arbitrary<Integer> aliasCounts() {
        // Up to 600, under the parser's 15,000 tokens: larger documents are refused as such (query.size, below).
        return Arbitraries.integers().between(31, 600);
    }

    @Property(tries = 20)
    void aDocumentOfMoreThan15000TokensIsRefusedAsTooLargeBeforeItIsRead(@ForAll("repetitions") int repetitions,
                                                                         @ForAll boolean sameField) {
        // The same field thousands of times is also what makes validation's field merging quadratic.
        String fields = sameField ? "year ".repeat(repetitions) : "goals { goalId } ".repeat(repetitions / 4);
        client.query(RegistryClient.AUDITOR, "{ nationalDashboard(year: 2025) { " + fields + "} }", Map.of())
                .refusedAs("BAD_REQUEST").withRule("query.size");
    }

    @Provide
    Arbitrary<Integer> repetitions() {
        return Arbitraries.integers().between(16_000, 50_000);
    }

    @Property(tries = 30)
    void aQueryAskingForMoreValuesThanAllowedIsRefusedAsTooComplex(@ForAll("expensiveTimes") int times) {
        StringBuilder document = new StringBuilder("{ ");
        for (int i = 0; i < times; i++) {
            document.append("t").append(i).append(": auditTrail(first: 500) { edges { cursor node { position eventId ")
                    .append("eventType aggregateId house cvr businessDate recordedAt userId role payload } } } ");
        }
        document.append('}');

        client.query(RegistryClient.AUDITOR, document.toString(), Map.of()).refusedAs("BAD_REQUEST")
                .withRule("query.complexity");
    }

    @Provide
    Arbitrary<Integer> expensiveTimes() {
        return Arbitraries.integers().between(4, 30);
    }

    // ---- bodies and variables

    @Property(tries = 100)
    void aBodyThatIsNotAGraphQlRequestInJsonIsRefusedAsABadRequest(@ForAll("malformedBodies") byte[] body) {
        client.raw(RegistryClient.ADVISER_FYN, "application/json", body).refusedAs("BAD_REQUEST").withRuleAmong(
                "request.body", "request.tooLarge", "document.syntax");
    }

    @Property(tries = 20)
    void aBodyThatIsNotJsonOrNotAnObjectIsRefusedWhateverItClaimsToBe(@ForAll("notObjects") String body,
                                                                      @ForAll("jsonTypes") String contentType) {
        client.raw(RegistryClient.ADVISER_FYN, contentType, body.getBytes(StandardCharsets.UTF_8))
                .refusedAs("BAD_REQUEST").withRule("request.body");
    }

    @Provide
    Arbitrary<String> notObjects() {
        return Arbitraries.of("null", "[]", "[{\"query\":\"{ x }\"}]", "42", "-1", "\"{ x }\"", "true", "", "   ",
                "query { x }");
    }

    @Provide
    Arbitrary<String> jsonTypes() {
        return Arbitraries.of("application/json", "application/json; charset=UTF-8", "application/graphql+json");
    }

    @Provide
    Arbitrary<byte[]> malformedBodies() {
        String valid = "{\"query\":\"mutation($input: OpenGuidanceCaseInput!) { openGuidanceCase(input: $input) { caseId } }\","
                + "\"variables\":{\"input\":{\"house\":\"FYN\",\"office\":\"HEAD_OFFICE\",\"cvr\":\"24256791\"}}}";
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length() - 1)
                .map(cut -> valid.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> notObjects = Arbitraries.of("[]", "[1,2,3]", "42", "\"query\"", "null", "true", "{", "}",
                "{\"query\":}", "{'query':'{ x }'}", "{\"query\":\"{ x }\",}", "{\"variables\":{}}", "{\"query\":null}",
                "{\"query\":\"{ nationalDashboard(year: 2025) { year } }\",\"variables\":\"x\"}",
                "{\"query\":\"{ nationalDashboard(year: 2025) { year } }\",\"variables\":[1]}",
                "{\"query\":[\"{ x }\"]}", "{\"query\":{\"a\":1}}", "\uFEFF[]", "")
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> deeplyNested = Arbitraries.integers().between(1_001, 20_000)
                .map(depth -> ("{\"query\":\"{ x }\",\"variables\":{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}}")
                        .getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> notUtf8 = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64)
                .map(noise -> {
                    byte[] body = new byte[noise.length + 12];
                    System.arraycopy("{\"query\":\"".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 10);
                    for (int i = 0; i < noise.length; i++) {
                        body[10 + i] = (byte) (noise[i] | 0x80);
                    }
                    body[body.length - 2] = '"';
                    body[body.length - 1] = '}';
                    return body;
                });
        Arbitrary<byte[]> tooLarge = Arbitraries.integers().between(300_000, 1_000_000)
                .map(size -> ("{\"query\":\"{ nationalDashboard(year: 2025) { year } }\",\"variables\":{\"pad\":\""
                        + "x".repeat(size) + "\"}}").getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(truncated, notObjects, deeplyNested, notUtf8, tooLarge);
    }

    @Property(tries = 100)
    void aVariableOfTheWrongTypeIsRefusedBeforeAnythingRuns(@ForAll("wrongTypes") Map.Entry<String, Object> wrong) {
        Map<String, Object> input = openCaseInput();
        input.put("cvr", "24256791");
        input.put(wrong.getKey(), wrong.getValue());

        client.mutation(RegistryClient.ADVISER_FYN, "openGuidanceCase", "OpenGuidanceCaseInput", input)
                .refusedAs("BAD_REQUEST").withRule("variables.invalid");
    }

    @Provide
    Arbitrary<Map.Entry<String, Object>> wrongTypes() {
        Arbitrary<String> fields = Arbitraries.of("house", "office", "segment", "themes", "foundedOn", "pNumber",
                "openedOn", "unknownField");
        Arbitrary<Object> values = Arbitraries.oneOf(
                Arbitraries.of("ATLANTIS", "fyn", "", "HOVEDSTADEN; DROP TABLE"),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.of(List.of(1, 2), Map.of("a", 1), List.of(Map.of()), 3.14, false));
        return Combinators.combine(fields, values).as(Map::entry)
                .filter(entry -> !accepted(entry.getKey(), entry.getValue()));
    }

    /** Values that would be of the right type for the field (and so not this property's concern). */
    private static boolean accepted(String field, Object value) {
        return switch (field) {
            // A string is a P-number's type: the command side, not coercion, then refuses it.
            case "pNumber" -> value instanceof String;
            default -> false;
        };
    }

    // ---- what production does not serve

    @Example
    void introspectionIsRefusedOutsideDevelopment() {
        client.query(RegistryClient.AUDITOR, "{ __schema { types { name } } }", Map.of())
                .refusedAs("BAD_REQUEST").withRule("introspection.disabled");
        client.query(RegistryClient.AUDITOR, "{ __type(name: \"GuidanceCase\") { fields { name } } }", Map.of())
                .refusedAs("BAD_REQUEST").withRule("introspection.disabled");
    }

    @Example
    void aSubscriptionSentOverPlainHttpIsRefusedAndPointsToTheWebSocket() {
        client.query(RegistryClient.ADVISER_FYN, "subscription { dashboardChanged(house: FYN) { house } }", Map.of())
                .refusedAs("BAD_REQUEST").withRule("operation.notSupported");
    }

    @Example
    void aRequestThatIsNotAJsonPostIsRefusedInTheSameShape() {
        client.raw(RegistryClient.ADVISER_FYN, "text/plain", "{ nationalDashboard(year: 2025) { year } }"
                .getBytes(StandardCharsets.UTF_8)).refusedAs("BAD_REQUEST").withRule("request.mediaType");
        client.raw(RegistryClient.ADVISER_FYN, "application/x-www-form-urlencoded", "query=%7B%20x%20%7D"
                .getBytes(StandardCharsets.UTF_8)).refusedAs("BAD_REQUEST").withRule("request.mediaType");
        client.get(RegistryClient.ADVISER_FYN, "/graphql?query=%7B%20nationalDashboard(year%3A%202025)%20%7B%20year%20%7D%20%7D")
                .refusedAs("BAD_REQUEST").withRule("request.method");
    }

    @Example
    void theGraphiqlPageAndThePrintedSchemaAreNotServedOutsideDevelopment() {
        assertThat(client.status(null, "/graphiql")).isEqualTo(404);
        assertThat(client.status(null, "/webjars/graphiql/2.4.7/graphiql.min.js")).isIn(401, 404);
        assertThat(client.status(RegistryClient.AUDITOR, "/graphql/schema")).isEqualTo(404);
    }

    // ---- inputs

    private static Map<String, Object> openCaseInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("house", "FYN");
        input.put("office", "HEAD_OFFICE");
        input.put("cvr", CVR);
        input.put("pNumber", RegistryClient.P_NUMBER);
        input.put("foundedOn", "2023-01-01");
        input.put("segment", "GROWTH");
        input.put("themes", List.of("CAPITAL"));
        return input;
    }

    private static Map<String, Object> meetingInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("caseId", CASE_ID);
        input.put("form", "DIGITAL");
        input.put("hours", "1.5");
        input.put("themes", List.of("CAPITAL"));
        input.put("heldOn", LocalDate.now().minusDays(1).toString());
        return input;
    }

    /**
     * The free-text and id fields of the mutations, each sent as the user who may make that mutation, on the
     * fixture's own case, so that only the text itself can be the reason for a refusal.
     */
    enum TextField {
        reason {
            @Override
            HostileClient.Answer send(HostileClient client, String text) {
                return client.mutation(RegistryClient.ADVISER_FYN, "withdrawGuidanceMeeting", "WithdrawGuidanceMeetingInput",
                        Map.of("caseId", CASE_ID, "meetingId", MEETING_ID, "reason", text));
            }
        },
        justification {
            @Override
            HostileClient.Answer send(HostileClient client, String text) {
                return client.mutation(RegistryClient.MANAGER_FYN, "recordManagementDecision",
                        "RecordManagementDecisionInput", Map.of("house", "FYN", "cvr", CVR, "requirementId", "none",
                                "continueGuidance", true, "justification", text));
            }
        },
        partnerName {
            @Override
            HostileClient.Answer send(HostileClient client, String text) {
                return client.mutation(RegistryClient.ADVISER_FYN, "referCompany", "ReferCompanyInput",
                        Map.of("caseId", CASE_ID, "partner", "PRIVATE_ADVISER", "partnerName", text));
            }
        },
        adviserId {
            @Override
            HostileClient.Answer send(HostileClient client, String text) {
                Map<String, Object> input = meetingInput();
                input.put("adviserId", text);
                return client.mutation(RegistryClient.ADVISER_FYN, "recordGuidanceMeeting", "RecordGuidanceMeetingInput",
                        input);
            }
        },
        caseId {
            @Override
            HostileClient.Answer send(HostileClient client, String text) {
                Map<String, Object> input = openCaseInput();
                input.put("caseId", text);
                return client.mutation(RegistryClient.ADVISER_FYN, "openGuidanceCase", "OpenGuidanceCaseInput", input);
            }
        },
        title {
            @Override
            HostileClient.Answer send(HostileClient client, String text) {
                return client.mutation(RegistryClient.KKR_FYN, "proposeResultContract", "ProposeResultContractInput",
                        Map.of("house", "FYN", "year", 2026, "localGoals", List.of(Map.of("goalId", "local.startups",
                                "title", text, "comparison", "AT_LEAST", "target", "10"))));
            }
        },
        agreedBy {
            @Override
            HostileClient.Answer send(HostileClient client, String text) {
                return client.mutation(RegistryClient.BOARD_FYN, "amendResultContract", "AmendResultContractInput",
                        Map.of("house", "FYN", "year", 2026, "goals", List.of(), "reason", "amended",
                                "agreedBy", List.of("kkr.fyn", text)));
            }
        };

        abstract HostileClient.Answer send(HostileClient client, String text);
    }

    /** Counts what was tried and how each was refused, for the report. */
    static final class Tally {

        private final Map<String, Integer> byKind = new java.util.TreeMap<>();
        private int tried;
        private int serverErrors;
        private int internalErrors;
        private int accepted;

        synchronized void count(int status, String kind, boolean internal, boolean refused) {
            tried++;
            if (status >= 500) {
                serverErrors++;
            }
            if (internal) {
                internalErrors++;
            }
            if (!refused) {
                accepted++;
            }
            byKind.merge(kind, 1, Integer::sum);
        }

        synchronized int tried() {
            return tried;
        }

        synchronized int serverErrors() {
            return serverErrors;
        }

        synchronized String report(long position, String hash, boolean unchanged) {
            StringBuilder report = new StringBuilder("\nHostile input suite: ").append(tried).append(" inputs tried, ")
                    .append(tried - accepted).append(" refused, ").append(accepted).append(" accepted; ")
                    .append(serverErrors).append(" answered with a 5xx status, ").append(internalErrors)
                    .append(" with INTERNAL_ERROR\nRefused by kind (classification, rule):\n");
            List<Map.Entry<String, Integer>> kinds = new ArrayList<>(byKind.entrySet());
            kinds.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            kinds.forEach(kind -> report.append(String.format("  %6d  %s%n", kind.getValue(), kind.getKey())));
            report.append("Event log: head position ").append(position).append(", head hash ").append(hash)
                    .append(unchanged ? " before and after: unchanged\n" : " before; CHANGED after\n");
            return report.toString();
        }
    }
}
