package dk.erhvervshuse.graphql.security;

import dk.erhvervshuse.events.common.House;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user configured wrongly stops the application at start-up, not on its first request. */
class RegistryUsersPropertiesTest {

    @Test
    void anAdviserWithoutAHouseIsRefused() {
        assertThatThrownBy(() -> new RegistryUsersProperties.User("adviser", "{noop}x", Role.ADVISER, null).check())
                .hasMessageContaining("needs a house");
    }

    @Test
    void aContractChairWithoutAHouseIsRefused() {
        assertThatThrownBy(() -> new RegistryUsersProperties.User("kkr", "{noop}x", Role.KKR_CHAIR, null).check())
                .hasMessageContaining("needs a house");
        assertThatThrownBy(() -> new RegistryUsersProperties.User("board", "{noop}x", Role.BOARD_CHAIR, null).check())
                .hasMessageContaining("needs a house");
    }

    @Test
    void theBusinessAuthoritysAnalystIsNational() {
        assertThatThrownBy(() -> new RegistryUsersProperties.User("analyst", "{noop}x",
                Role.BUSINESS_AUTHORITY_ANALYST, House.FYN).check()).hasMessageContaining("national role");
        assertThatCode(() -> new RegistryUsersProperties.User("analyst", "{noop}x", Role.BUSINESS_AUTHORITY_ANALYST,
                null).check()).doesNotThrowAnyException();
    }

    @Test
    void theMinistrysAuditorHasNoHouse() {
        assertThatThrownBy(() -> new RegistryUsersProperties.User("auditor", "{noop}x", Role.MINISTRY_AUDITOR,
                House.FYN).check()).hasMessageContaining("national role");
        assertThatCode(() -> new RegistryUsersProperties.User("auditor", "{noop}x", Role.MINISTRY_AUDITOR, null)
                .check()).doesNotThrowAnyException();
    }
}
