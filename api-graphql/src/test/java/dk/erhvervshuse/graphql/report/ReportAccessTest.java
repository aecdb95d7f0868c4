package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.graphql.security.Actor;
import dk.erhvervshuse.graphql.security.Forbidden;
import dk.erhvervshuse.graphql.security.ReportAccess;
import dk.erhvervshuse.graphql.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every role reads every report, except a house's advisers and management, who read their own house's and the
 * national one; a house's management seals its own house's report (§9), the Business Authority any report, and
 * supervision only reads (§10.2).
 */
class ReportAccessTest {

    private final ReportAccess access = new ReportAccess();

    static Actor actor(Role role) {
        return new Actor("someone", role, role.actsForAHouse() ? House.FYN : null);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsItsOwnHousesReportAndTheNationalOne(Role role) {
        assertThatCode(() -> access.requireMayRead(actor(role), null)).doesNotThrowAnyException();
        if (role.actsForAHouse()) {
            assertThatCode(() -> access.requireMayRead(actor(role), House.FYN)).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADVISER", "HOUSE_MANAGER", "KKR_CHAIR", "BOARD_CHAIR"})
    void aHousesPeopleAndChairsMayNotReadAnotherHousesReport(Role role) {
        assertForbidden(() -> access.requireMayRead(actor(role), House.HOVEDSTADEN), "house.notOwn");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"BUSINESS_AUTHORITY_ANALYST", "MINISTRY_AUDITOR", "ADMINISTRATOR"})
    void nationalRolesReadEveryHousesReport(Role role) {
        assertThatCode(() -> access.requireMayRead(actor(role), House.HOVEDSTADEN)).doesNotThrowAnyException();
    }

    @Test
    void theBusinessAuthoritySealsAnyReport() {
        assertThatCode(() -> access.requireMaySeal(actor(Role.BUSINESS_AUTHORITY_ANALYST), House.HOVEDSTADEN))
                .doesNotThrowAnyException();
        assertThatCode(() -> access.requireMaySeal(actor(Role.BUSINESS_AUTHORITY_ANALYST), null))
                .doesNotThrowAnyException();
    }

    @Test
    void aHousesManagementSealsItsOwnHousesReportOnly() {
        assertThatCode(() -> access.requireMaySeal(actor(Role.HOUSE_MANAGER), House.FYN)).doesNotThrowAnyException();
        assertForbidden(() -> access.requireMaySeal(actor(Role.HOUSE_MANAGER), House.HOVEDSTADEN), "house.notOwn");
        assertForbidden(() -> access.requireMaySeal(actor(Role.HOUSE_MANAGER), null), "report.nationalByAuthority");
    }

    @Test
    void supervisionReadsButDoesNotSeal() {
        assertForbidden(() -> access.requireMaySeal(actor(Role.MINISTRY_AUDITOR), House.FYN), "role.readOnly");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADVISER", "KKR_CHAIR", "BOARD_CHAIR"})
    void noOtherRoleSeals(Role role) {
        assertForbidden(() -> access.requireMaySeal(actor(role), House.FYN), "role.notReportSealer");
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Forbidden.class,
                forbidden -> org.assertj.core.api.Assertions.assertThat(forbidden.rule()).isEqualTo(rule));
    }
}
