package dk.erhvervshuse.command.report;

import dk.erhvervshuse.command.api.InvalidInput;
import dk.erhvervshuse.command.api.SealReport;
import dk.erhvervshuse.command.api.StateConflict;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.report.ReportEvent;
import dk.erhvervshuse.events.report.ReportSealed;
import dk.erhvervshuse.events.report.SealedCounts;
import dk.erhvervshuse.events.report.SealedGoal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static dk.erhvervshuse.command.Rejections.rejected;

/** Sealing a yearly report (§9): numbered per report, for a year that is over, with lines of its own scope. */
class ReportSealsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    static final LocalDate SEALED_ON = LocalDate.of(2026, 3, 31);
    static final String REPORT = "report:FYN:2025";
    static final String HASH = "ab".repeat(32);

    private FixtureConfiguration<ReportSeals> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReportSeals.class);
        fixture.registerInjectableResource(CLOCK);
    }

    static SealedGoal goal1(String scope, int counted) {
        return new SealedGoal(scope, "goal1", 1, true, "Guided companies under 3 years old", "goal1/v1", null,
                "companies", BigDecimal.valueOf(counted), new BigDecimal("94"), Comparison.AT_LEAST, "CONTRACT",
                counted >= 94, null, new SealedCounts(counted, 0, null, null, null, null, null, null, null, null, 0, 0),
                null);
    }

    static SealReport seal(House house, long position, List<SealedGoal> goals) {
        return SealReport.of(house, 2025, "v1", "v1", position, HASH, goals, SEALED_ON);
    }

    static ReportSealed sealed(House house, int number, long position, List<SealedGoal> goals) {
        String reportId = ReportEvent.reportIdOf(house, 2025);
        return new ReportSealed(reportId, house, 2025, number, ReportEvent.sealIdOf(reportId, number), "v1", "v1",
                position, HASH, goals, SEALED_ON);
    }

    @Nested
    class Numbering {

        @Test
        void theFirstSealOfAReportIsNumberOne() {
            fixture.givenNoPriorActivity()
                    .when(seal(House.FYN, 120, List.of(goal1("FYN", 90))))
                    .expectEvents(sealed(House.FYN, 1, 120, List.of(goal1("FYN", 90))))
                    .expectResultMessagePayload(new SealReport.Sealed(REPORT + ":1", 1));
        }

        @Test
        void aLaterSealOfTheSameReportGetsTheNextNumber() {
            fixture.given(sealed(House.FYN, 1, 120, List.of(goal1("FYN", 90))))
                    .when(seal(House.FYN, 135, List.of(goal1("FYN", 91))))
                    .expectEvents(sealed(House.FYN, 2, 135, List.of(goal1("FYN", 91))))
                    .expectResultMessagePayload(new SealReport.Sealed(REPORT + ":2", 2));
        }

        @Test
        void theNationalReportIsSealedUnderItsOwnId() {
            List<SealedGoal> lines = List.of(goal1("NATIONAL", 1210), goal1("FYN", 90));
            fixture.givenNoPriorActivity()
                    .when(seal(null, 300, lines))
                    .expectEvents(sealed(null, 1, 300, lines))
                    .expectResultMessagePayload(new SealReport.Sealed("report:NATIONAL:2025:1", 1));
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesToSealTheSameNumbersOfTheSameBuildAgain() {
            fixture.given(sealed(House.FYN, 1, 120, List.of(goal1("FYN", 90))))
                    .when(seal(House.FYN, 121, List.of(goal1("FYN", 90))))
                    .expectException(rejected(StateConflict.class, null, "seal.noChange"))
                    .expectNoEvents();
        }

        @Test
        void refusesAYearThatIsNotOver() {
            fixture.givenNoPriorActivity()
                    .when(SealReport.of(House.FYN, 2026, "v1", "v1", 120, HASH, List.of(goal1("FYN", 90)), SEALED_ON))
                    .expectException(rejected(InvalidInput.class, "sealedOn", "sealedOn.yearNotOver"))
                    .expectNoEvents();
        }

        @Test
        void refusesAYearOutsideTheAgreement() {
            fixture.givenNoPriorActivity()
                    .when(SealReport.of(House.FYN, 2023, "v1", "v1", 120, HASH, List.of(goal1("FYN", 90)), SEALED_ON))
                    .expectException(rejected(InvalidInput.class, "year", "year.outsideAgreement"))
                    .expectNoEvents();
        }

        @Test
        void refusesALineOfAnotherHouseInAHousesReport() {
            fixture.givenNoPriorActivity()
                    .when(seal(House.FYN, 120, List.of(goal1("FYN", 90), goal1("HOVEDSTADEN", 400))))
                    .expectException(rejected(InvalidInput.class, "goals.scope", "goals.scope.notOfReport"))
                    .expectNoEvents();
        }

        @Test
        void refusesAGoalTwiceForOneScope() {
            fixture.givenNoPriorActivity()
                    .when(seal(House.FYN, 120, List.of(goal1("FYN", 90), goal1("FYN", 91))))
                    .expectException(rejected(InvalidInput.class, "goals.goalId", "goals.goalId.duplicate"))
                    .expectNoEvents();
        }

        @Test
        void refusesAReportOfAnEmptyLog() {
            fixture.givenNoPriorActivity()
                    .when(seal(House.FYN, 0, List.of(goal1("FYN", 0))))
                    .expectException(rejected(InvalidInput.class, "logPosition", "logPosition.notPositive"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "abc", "ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB"})
        void refusesAHashThatIsNotTheChainsSha256(String hash) {
            fixture.givenNoPriorActivity()
                    .when(SealReport.of(House.FYN, 2025, "v1", "v1", 120, hash, List.of(goal1("FYN", 90)), SEALED_ON))
                    .expectException(rejected(InvalidInput.class, "commitHash", "commitHash.format"))
                    .expectNoEvents();
        }

        @Test
        void refusesAReportIdThatIsNotTheHouseYears() {
            fixture.givenNoPriorActivity()
                    .when(new SealReport("report:HOVEDSTADEN:2025", House.FYN, 2025, "v1", "v1", 120, HASH,
                            List.of(goal1("FYN", 90)), SEALED_ON))
                    .expectException(rejected(InvalidInput.class, "reportId", "reportId.mismatch"))
                    .expectNoEvents();
        }
    }
}
