package dk.erhvervshuse.command.delivery;

import dk.erhvervshuse.command.api.DeliverAwarenessSurvey;
import dk.erhvervshuse.command.api.DeliverCompanyAccounts;
import dk.erhvervshuse.command.api.DeliverControlGroupGrowth;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Fyn's awareness survey for 2024, one company's accounts for 2023 and the vækst control group's growth to
 * 2024, each first delivered preliminary; builders for the commands and the events they should give.
 */
final class DeliveryTestData {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), COPENHAGEN);

    static final LocalDate FIRST_DELIVERED = LocalDate.of(2025, 2, 1);
    static final LocalDate RESTATED = LocalDate.of(2025, 4, 1);

    private DeliveryTestData() {
    }

    static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static Survey survey() {
        return new Survey();
    }

    static Accounts accounts() {
        return new Accounts();
    }

    static Growth growth() {
        return new Growth();
    }

    static final class Survey {
        static final String STREAM_ID = "awareness:FYN:2024";
        private String streamId = STREAM_ID;
        private House house = House.FYN;
        private int year = 2024;
        private String awareOfHouse = "52.5";
        private String awareOfOffers = "57";
        private Integer respondents = 1013;
        private DeliveryStatus status = DeliveryStatus.PRELIMINARY;
        private LocalDate deliveredOn = FIRST_DELIVERED;

        Survey streamId(String value) {
            streamId = value;
            return this;
        }

        Survey house(House value) {
            house = value;
            return this;
        }

        Survey year(int value) {
            year = value;
            streamId = house == null ? null : AwarenessSurveyDelivered.streamIdOf(house, value);
            return this;
        }

        Survey awareOfHouse(String value) {
            awareOfHouse = value;
            return this;
        }

        Survey awareOfOffers(String value) {
            awareOfOffers = value;
            return this;
        }

        Survey respondents(Integer value) {
            respondents = value;
            return this;
        }

        Survey status(DeliveryStatus value) {
            status = value;
            return this;
        }

        Survey finalFigures() {
            return status(DeliveryStatus.FINAL);
        }

        Survey deliveredOn(LocalDate value) {
            deliveredOn = value;
            return this;
        }

        DeliverAwarenessSurvey deliver() {
            return new DeliverAwarenessSurvey(streamId, house, year, number(awareOfHouse), number(awareOfOffers),
                    respondents, status, deliveredOn);
        }

        AwarenessSurveyDelivered delivered(int revision) {
            return new AwarenessSurveyDelivered(streamId, house, year, number(awareOfHouse), number(awareOfOffers),
                    respondents, status, revision, deliveredOn);
        }
    }

    static final class Accounts {
        static final String CVR = "13748136";
        static final String STREAM_ID = "accounts:13748136:2023";
        private String streamId = STREAM_ID;
        private String cvr = CVR;
        private int year = 2023;
        private String revenue = "12500000";
        private String fullTimeEmployees = "14.5";
        private String grossProfit = "4100000";
        private DeliveryStatus status = DeliveryStatus.PRELIMINARY;
        private LocalDate deliveredOn = FIRST_DELIVERED;

        Accounts streamId(String value) {
            streamId = value;
            return this;
        }

        Accounts cvr(String value) {
            cvr = value;
            return this;
        }

        Accounts year(int value) {
            year = value;
            streamId = cvr == null ? null : "accounts:" + cvr + ":" + value;
            return this;
        }

        Accounts revenue(String value) {
            revenue = value;
            return this;
        }

        Accounts fullTimeEmployees(String value) {
            fullTimeEmployees = value;
            return this;
        }

        Accounts grossProfit(String value) {
            grossProfit = value;
            return this;
        }

        Accounts status(DeliveryStatus value) {
            status = value;
            return this;
        }

        Accounts finalFigures() {
            return status(DeliveryStatus.FINAL);
        }

        Accounts deliveredOn(LocalDate value) {
            deliveredOn = value;
            return this;
        }

        DeliverCompanyAccounts deliver() {
            return new DeliverCompanyAccounts(streamId, cvr, year, number(revenue), number(fullTimeEmployees),
                    number(grossProfit), status, deliveredOn);
        }

        CompanyAccountsDelivered delivered(int revision) {
            return new CompanyAccountsDelivered(streamId, new Cvr(cvr), year, number(revenue),
                    number(fullTimeEmployees), number(grossProfit), status, revision, deliveredOn);
        }
    }

    static final class Growth {
        static final String STREAM_ID = "control:GROWTH:2024";
        private String streamId = STREAM_ID;
        private Segment segment = Segment.GROWTH;
        private int year = 2024;
        private String revenue = "8.4";
        private String employment = "3.1";
        private String revenuePerEmployee = "5.2";
        private String grossProfitPerEmployee = "-1.5";
        private DeliveryStatus status = DeliveryStatus.PRELIMINARY;
        private LocalDate deliveredOn = FIRST_DELIVERED;

        Growth streamId(String value) {
            streamId = value;
            return this;
        }

        Growth segment(Segment value) {
            segment = value;
            streamId = value == null ? null : ControlGroupGrowthDelivered.streamIdOf(value, year);
            return this;
        }

        Growth revenue(String value) {
            revenue = value;
            return this;
        }

        Growth employment(String value) {
            employment = value;
            return this;
        }

        Growth revenuePerEmployee(String value) {
            revenuePerEmployee = value;
            return this;
        }

        Growth grossProfitPerEmployee(String value) {
            grossProfitPerEmployee = value;
            return this;
        }

        Growth status(DeliveryStatus value) {
            status = value;
            return this;
        }

        Growth finalFigures() {
            return status(DeliveryStatus.FINAL);
        }

        Growth deliveredOn(LocalDate value) {
            deliveredOn = value;
            return this;
        }

        DeliverControlGroupGrowth deliver() {
            return new DeliverControlGroupGrowth(streamId, segment, year, number(revenue), number(employment),
                    number(revenuePerEmployee), number(grossProfitPerEmployee), status, deliveredOn);
        }

        ControlGroupGrowthDelivered delivered(int revision) {
            return new ControlGroupGrowthDelivered(streamId, segment, year, number(revenue), number(employment),
                    number(revenuePerEmployee), number(grossProfitPerEmployee), status, revision, deliveredOn);
        }
    }
}
