package dk.erhvervshuse.graphql.page;

import dk.erhvervshuse.graphql.demo.DemoHistoryLoader;
import dk.erhvervshuse.graphql.support.RegistryClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard page in a real browser, Debian's headless Chromium driven through its chromedriver, against the
 * running registry with a year of the demo history a newcomer starts with (2025, at a smaller volume, loaded
 * through the command gateway by the demo loader). The Business Authority's analyst signs in, reads the six houses' six national goals for 2025
 * and sees the numbers the GraphQL API gives, follows one number to the companies behind it and on to a case's
 * audit trail, and opens the dashboard builds; a house's adviser then sees their own house only. Each view is saved
 * as a screenshot in {@code target/screenshots/}.
 * <p>
 * Skipped where Chromium or its driver is not installed ({@code apt-get install chromium chromium-driver}; the CI
 * script installs both). Nothing is downloaded: the driver is given by path, so Selenium Manager never runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "chromiumIsInstalled", disabledReason = "the dashboard page's browser test needs Debian's headless "
        + "Chromium and its driver at /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium "
        + "chromium-driver; .ci/run installs them), or -Ddashboard.chromium=… -Ddashboard.chromedriver=…")
class DashboardBrowserTest {

    private static final String CHROMIUM = System.getProperty("dashboard.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int YEAR = 2025;
    private static final int COMPANIES = 120;
    private static final List<String> HOUSES = List.of("HOVEDSTADEN", "MIDTJYLLAND", "SJAELLAND", "SYDJYLLAND",
            "NORDJYLLAND", "FYN");
    private static final List<String> DANISH_NAMES = List.of("Hovedstaden", "Midtjylland", "Sjælland", "Sydjylland",
            "Nordjylland", "Fyn");

    private static final String DASHBOARD = """
            query($house: House!, $year: Int!) {
              dashboard(house: $house, year: $year) { goals { goalId goalNumber national actual target met } }
            }""";
    private static final String EXPLANATION = """
            query($house: House!, $year: Int!, $goal: String!, $after: String) {
              explainGoal(house: $house, year: $year, goal: $goal, first: 20, after: $after) {
                totalCount edges { node { cvr caseId counted } } pageInfo { hasNextPage endCursor }
              }
            }""";
    private static final String CASE_TRAIL = """
            query($caseId: ID!) {
              auditTrail(filter: {caseId: $caseId}, first: 25) { edges { node { position eventType } } }
            }""";

    @TempDir
    static Path dataDirectory;

    @DynamicPropertySource
    static void ownEventLog(DynamicPropertyRegistry registry) {
        registry.add("registry.mongo.data-directory", () -> dataDirectory.toString());
        // the demo history a newcomer starts with, one year of it at a smaller volume
        registry.add("registry.demo.enabled", () -> "true");
        registry.add("registry.demo.companies-per-year", () -> String.valueOf(COMPANIES));
        registry.add("registry.demo.from-year", () -> String.valueOf(YEAR));
        registry.add("registry.demo.to-year", () -> String.valueOf(YEAR));
    }

    static boolean chromiumIsInstalled() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    @LocalServerPort
    int port;

    @Autowired
    DemoHistoryLoader demoHistory;

    private RegistryClient registry;

    /** One browser for the whole class, as a reader would keep one window open. */
    private static ChromeDriver browser;
    private static boolean prepared;

    /** Once, before the first test: the history, the dashboards caught up with it, and the browser. */
    @BeforeEach
    void aYearOfHistoryAndABrowser() throws IOException {
        registry = new RegistryClient(port);
        if (prepared) {
            assertThat(browser).as("the browser, started before the first test").isNotNull();
            return;
        }
        prepared = true;
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(demoHistory::isDone);
        assertThat(demoHistory.progress().refused()).as("demo commands refused").isZero();
        awaitTheDashboardsCaughtUp(Math.toIntExact(demoHistory.progress().appliedNow()));

        Files.createDirectories(SCREENSHOTS);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--no-first-run", "--lang=da-DK",
                "--window-size=1440,1000", "--force-device-scale-factor=1");
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    @Order(1)
    void aWrongPasswordIsRefusedInWordsOnThePageItself() throws IOException {
        browser.get("http://localhost:" + port + "/");
        awaitView("signin");
        signIn(RegistryClient.ANALYST, "not-the-password");

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.findElement(By.id("signin-error")).getText()).contains("ikke godkendt"));
        assertThat(browser.findElement(By.id("view")).getDomAttribute("data-view")).isEqualTo("signin");
        screenshot("signin");
    }

    @Test
    @Order(2)
    void theAnalystSeesSixHousesTimesSixGoalsWithTheNumbersOfTheApi() throws IOException {
        signIn(RegistryClient.ANALYST, RegistryClient.PASSWORD);
        awaitView("overview");
        pickYear(YEAR - 1);
        awaitView("overview", String.valueOf(YEAR - 1));
        // A year with nothing recorded shows the targets and no values, without an error.
        assertThat(browser.findElements(By.cssSelector("#goal-grid tbody tr[data-house]"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector("#view .notice-error"))).as("errors on the page").isEmpty();
        assertThat(browser.findElements(By.cssSelector("tr[data-house='FYN'] [data-status='noData']"))).isNotEmpty();
        pickYear(YEAR);
        awaitView("overview", String.valueOf(YEAR));
        assertThat(browser.getCurrentUrl()).endsWith("#/overview/" + YEAR);

        List<WebElement> rows = browser.findElements(By.cssSelector("#goal-grid tbody tr[data-house]"));
        assertThat(rows).extracting(row -> row.getDomAttribute("data-house"))
                .containsExactly("HOVEDSTADEN", "MIDTJYLLAND", "SJAELLAND", "SYDJYLLAND", "NORDJYLLAND", "FYN", "NATIONAL");
        assertThat(rows.subList(0, 6)).extracting(row -> row.findElement(By.cssSelector(".house-name")).getText())
                .containsExactlyElementsOf(DANISH_NAMES);
        for (WebElement row : rows) {
            assertThat(row.findElements(By.cssSelector("td[data-goal-number]")))
                    .extracting(cell -> cell.getDomAttribute("data-goal-number"))
                    .containsExactly("1", "2", "3", "4", "5", "6");
        }
        assertThat(browser.findElements(By.cssSelector("#view .notice-error"))).as("errors on the page").isEmpty();

        int compared = 0;
        for (String house : HOUSES) {
            for (Map<String, Object> goal : apiGoals(house)) {
                if (!Boolean.TRUE.equals(goal.get("national"))) {
                    continue;
                }
                WebElement measure = browser.findElement(By.cssSelector("tr[data-house='" + house + "'] td[data-goal-number='"
                        + goal.get("goalNumber") + "'] [data-goal-id='" + goal.get("goalId") + "']"));
                assertShows(measure, goal, house);
                compared++;
            }
        }
        assertThat(compared).as("measures compared: ten per house").isEqualTo(60);
        assertThat(browser.findElements(By.cssSelector("tr[data-house] [data-status='met']")))
                .as("some goal is met somewhere").isNotEmpty();
        screenshotWholePage("dashboard-" + YEAR);
    }

    @Test
    @Order(3)
    void aNumberLeadsToTheCompaniesBehindItAndOnToACasesAuditTrail() throws IOException {
        String house = "HOVEDSTADEN";
        String goal = "goal1";
        Map<String, Object> firstPage = explanation(house, goal, null);
        int total = ((Number) firstPage.get("totalCount")).intValue();
        assertThat(total).as("companies behind Hovedstaden's goal 1").isGreaterThan(20);

        browser.findElement(By.cssSelector("tr[data-house='" + house + "'] a.explain-link[data-goal-id='" + goal + "']")).click();
        awaitView("explanation", house + "/" + YEAR + "/" + goal);
        Map<String, Object> apiGoal = apiGoals(house).stream().filter(g -> goal.equals(g.get("goalId"))).findFirst().orElseThrow();
        assertShows(browser.findElement(By.id("figure")), apiGoal, house);
        assertThat(browser.findElement(By.id("pager-text")).getText()).isEqualTo("Viser 1–20 af " + total);
        assertThat(rowCvrs()).isEqualTo(cvrs(firstPage));
        screenshotWholePage("explanation");

        browser.findElement(By.id("pager-next")).click();
        Map<String, Object> secondPage = explanation(house, goal, endCursor(firstPage));
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
            assertThat(browser.findElement(By.id("view")).getDomAttribute("data-state")).isEqualTo("ready");
            assertThat(rowCvrs()).isEqualTo(cvrs(secondPage));
        });
        browser.findElement(By.id("pager-previous")).click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() ->
                assertThat(rowCvrs()).isEqualTo(cvrs(firstPage)));

        WebElement caseLink = browser.findElement(By.cssSelector("#explanation a.audit-link"));
        String caseId = caseLink.getDomAttribute("data-case-id");
        caseLink.click();
        awaitView("audit", "case/" + caseId);
        List<Map<String, Object>> apiTrail = registry.as(RegistryClient.ANALYST).document(CASE_TRAIL)
                .variable("caseId", caseId).execute()
                .path("auditTrail.edges[*].node").entityList(mapType()).get();
        List<WebElement> trail = browser.findElements(By.cssSelector("#audit-trail tbody tr"));
        assertThat(trail).extracting(row -> row.getDomAttribute("data-position"))
                .containsExactlyElementsOf(apiTrail.stream().map(entry -> String.valueOf(entry.get("position"))).toList());
        assertThat(trail.get(0).getDomAttribute("data-event-type")).isEqualTo("GuidanceCaseOpened");
        assertThat(trail.get(0).getText()).contains("Forløb oprettet");
        screenshotWholePage("audit-trail");

        browser.findElement(By.id("back")).click();
        awaitView("explanation");
        assertThat(rowCvrs()).isEqualTo(cvrs(firstPage));
    }

    @Test
    @Order(4)
    void theRebuildPageShowsTheDefaultBuildCaughtUp() throws IOException {
        browser.findElement(By.id("nav-builds")).click();
        awaitView("builds");

        WebElement build = browser.findElement(By.cssSelector("#builds tr[data-build]"));
        assertThat(build.getDomAttribute("data-status")).isEqualTo("LIVE");
        assertThat(build.getText()).contains("Standard", "Live", "100 %");
        screenshotWholePage("builds");
    }

    @Test
    @Order(5)
    void aHousesAdviserSeesTheirOwnHouseAndTheNationalRollUpOnly() throws IOException {
        browser.findElement(By.id("sign-out")).click();
        awaitView("signin");
        signIn(RegistryClient.ADVISER_FYN, RegistryClient.PASSWORD);
        awaitView("overview");

        assertThat(browser.findElements(By.cssSelector("#goal-grid tbody tr[data-house]")))
                .extracting(row -> row.getDomAttribute("data-house")).containsExactly("FYN", "NATIONAL");
        assertThat(browser.findElements(By.cssSelector("#view .notice-error"))).as("errors on the page").isEmpty();
        assertThat(browser.findElements(By.cssSelector("a.explain-link"))).isNotEmpty()
                .allSatisfy(link -> assertThat(link.getDomAttribute("href")).startsWith("#/explain/FYN/"));
        screenshotWholePage("dashboard-" + YEAR + "-fyn");

        browser.findElement(By.id("sign-out")).click();
        awaitView("signin");
        signIn(RegistryClient.KKR_FYN, RegistryClient.PASSWORD);
        awaitView("overview");
        assertThat(browser.findElements(By.cssSelector("#goal-grid tbody tr[data-house]"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("a.explain-link"))).as("drill-down offered to a chair").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#view .notice-error"))).as("errors on the page").isEmpty();
    }

    // ---- the browser

    private void signIn(String username, String password) {
        WebElement user = browser.findElement(By.id("signin-username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = browser.findElement(By.id("signin-password"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.id("signin-submit")).click();
    }

    private void pickYear(int year) {
        browser.findElement(By.id("year")).click();
        browser.findElement(By.cssSelector("#year option[value='" + year + "']")).click();
    }

    private void awaitView(String view) {
        awaitView(view, null);
    }

    /** Until the page shows the view (of this subject: a year, a number, a case) with everything it asked for. */
    private void awaitView(String view, String subject) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            WebElement main = browser.findElement(By.id("view"));
            assertThat(main.getDomAttribute("data-view")).isEqualTo(view);
            if (subject != null) {
                assertThat(main.getDomAttribute("data-subject")).isEqualTo(subject);
            }
            assertThat(main.getDomAttribute("data-state")).isEqualTo("ready");
        });
    }

    private List<String> rowCvrs() {
        return browser.findElements(By.cssSelector("#explanation tbody tr")).stream()
                .map(row -> row.getDomAttribute("data-cvr")).toList();
    }

    /** The element's figures, as attributes and as the Danish text the reader sees, are the API's. */
    private static void assertShows(WebElement element, Map<String, Object> goal, String house) {
        String where = house + " " + goal.get("goalId");
        assertThat(element.getDomAttribute("data-actual")).as("%s actual", where).isEqualTo(text(goal.get("actual")));
        assertThat(element.getDomAttribute("data-target")).as("%s target", where).isEqualTo(text(goal.get("target")));
        assertSameNumber(element.findElement(By.cssSelector(".actual")).getText(), goal.get("actual"), where + " actual");
        assertSameNumber(element.findElement(By.cssSelector(".target")).getText(), goal.get("target"), where + " target");
        if (element.getDomAttribute("data-status") != null) {
            String expected = goal.get("met") == null ? null : Boolean.TRUE.equals(goal.get("met")) ? "met" : "notMet";
            if (expected != null) {
                assertThat(element.getDomAttribute("data-status")).as("%s status", where).isEqualTo(expected);
            } else {
                assertThat(element.getDomAttribute("data-status")).as("%s status", where).isIn("noData", "noTarget");
            }
        }
    }

    /** "1.200", "72,5 %", "+3,25 pp" or "–" (nothing) against the API's "1200", "72.5", "3.25" or null. */
    private static void assertSameNumber(String shown, Object api, String what) {
        if (api == null) {
            assertThat(shown).as(what).isIn("–", "intet mål");
            return;
        }
        String digits = shown.replace("\u2212", "-").replaceAll("[^0-9,.\\-]", "").replace(".", "").replace(',', '.');
        assertThat(new BigDecimal(digits)).as("%s shown as %s", what, shown).isEqualByComparingTo(new BigDecimal(api.toString()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page, not only the window: the window is stretched to the page's height for the picture. */
    private void screenshotWholePage(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(Math.max(height + 140, 600), 6000)));
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    // ---- the API, for what the page must show

    private List<Map<String, Object>> apiGoals(String house) {
        return registry.as(RegistryClient.ANALYST).document(DASHBOARD)
                .variable("house", house).variable("year", YEAR).execute()
                .path("dashboard.goals").entityList(mapType()).get();
    }

    private Map<String, Object> explanation(String house, String goal, String after) {
        GraphQlTester.Request<?> request = registry.as(RegistryClient.ANALYST).document(EXPLANATION)
                .variable("house", house).variable("year", YEAR).variable("goal", goal);
        if (after != null) {
            request = request.variable("after", after);
        }
        return request.execute().path("explainGoal").entity(mapType()).get();
    }

    @SuppressWarnings("unchecked")
    private static List<String> cvrs(Map<String, Object> page) {
        List<String> cvrs = new ArrayList<>();
        for (Map<String, Object> edge : (List<Map<String, Object>>) page.get("edges")) {
            Object cvr = ((Map<String, Object>) edge.get("node")).get("cvr");
            cvrs.add(cvr == null ? "" : cvr.toString());
        }
        return cvrs;
    }

    @SuppressWarnings("unchecked")
    private static String endCursor(Map<String, Object> page) {
        return (String) ((Map<String, Object>) page.get("pageInfo")).get("endCursor");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class) LinkedHashMap.class;
    }

    /**
     * Waits until the dashboards have read the whole log: the default build has handled every position, the log
     * holds at least an event per command sent, and that stays so for a while (the 20-hour policy's counts follow
     * the commands by a moment).
     */
    private void awaitTheDashboardsCaughtUp(int commandsSent) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).during(Duration.ofSeconds(2))
                .ignoreExceptions().until(() -> {
                    List<Map<String, Object>> builds = registry.as(RegistryClient.ANALYST)
                            .document("{ dashboardBuilds { isDefault progress { eventsDone eventsTotal } } }").execute()
                            .path("dashboardBuilds").entityList(mapType()).get();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> progress = (Map<String, Object>) builds.stream()
                            .filter(build -> Boolean.TRUE.equals(build.get("isDefault"))).findFirst().orElseThrow()
                            .get("progress");
                    long done = ((Number) progress.get("eventsDone")).longValue();
                    long total = ((Number) progress.get("eventsTotal")).longValue();
                    return total >= commandsSent && done == total;
                });
    }
}
