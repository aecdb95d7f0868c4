package dk.erhvervshuse.events.store.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.EventRevision;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.contract.Comparison;
import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractEvent;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.contract.ResultContractSigned;
import dk.erhvervshuse.events.contract.ResultContractTookEffect;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import dk.erhvervshuse.events.delivery.DeliveryEvent;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceHoursCounted;
import dk.erhvervshuse.events.guidance.GuidanceHoursEvent;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.ManagementDecisionRecorded;
import dk.erhvervshuse.events.guidance.ManagementDecisionRequired;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import dk.erhvervshuse.events.report.ReportEvent;
import dk.erhvervshuse.events.report.ReportSealed;
import dk.erhvervshuse.events.report.SealedCounts;
import dk.erhvervshuse.events.report.SealedDelivery;
import dk.erhvervshuse.events.report.SealedGoal;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The stored shape of every event is approved: each event, serialized with fixed values, must equal
 * its approved JSON in {@code src/test/resources/approved-events}, and that JSON must read back to the
 * same event. An event added to a sealed family without an approved file fails here, and so does a
 * change to a shipped event's shape (which needs a new revision and an upcaster instead).
 * To approve a new event, run with {@code -Dapprove.events=true} and review the written file.
 */
class EventContractTest {

    private static final JacksonSerializer SERIALIZER = EventSerialization.jacksonSerializer();
    private static final ObjectMapper MAPPER = EventSerialization.objectMapper();
    private static final Cvr CVR = new Cvr("13748136");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    /** 58, 58.0 and 58.00 are one number in JSON; other nodes compare as usual. */
    private static final java.util.Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    static Map<Class<?>, Object> examples() {
        Map<Class<?>, Object> examples = new LinkedHashMap<>();
        examples.put(GuidanceCaseOpened.class, new GuidanceCaseOpened("case-1", House.MIDTJYLLAND, CVR,
                Office.BRANCH, new PNumber("1012345678"), LocalDate.of(2023, 5, 1), Segment.GROWTH,
                List.of(Theme.CAPITAL, Theme.SUSTAINABILITY_SOCIAL), DAY));
        examples.put(GuidanceMeetingRecorded.class, new GuidanceMeetingRecorded("case-1", House.MIDTJYLLAND, CVR,
                "meeting-1", "adviser-7", MeetingForm.DIGITAL, new BigDecimal("2.50"), List.of(Theme.CAPITAL), DAY));
        examples.put(GuidanceMeetingCorrected.class, new GuidanceMeetingCorrected("case-1", House.MIDTJYLLAND, CVR,
                "meeting-1", "adviser-7", MeetingForm.PHYSICAL, new BigDecimal("1.75"), List.of(Theme.CAPITAL), DAY,
                "hours were typed twice"));
        examples.put(GuidanceMeetingWithdrawn.class, new GuidanceMeetingWithdrawn("case-1", House.MIDTJYLLAND, CVR,
                "meeting-1", "registered on the wrong company"));
        examples.put(CaseSelectedForUserEvaluation.class, new CaseSelectedForUserEvaluation("case-1",
                House.MIDTJYLLAND, CVR, new BigDecimal("3.50"), DAY));
        examples.put(CompanyReferred.class, new CompanyReferred("case-1", House.MIDTJYLLAND, CVR, "referral-1",
                ReferralPartner.PRIVATE_ADVISER, PartnerCategory.PRIVATE_ADVICE, "Revisor ApS", DAY));
        examples.put(UserEvaluationReceived.class, new UserEvaluationReceived("case-1", House.MIDTJYLLAND, CVR,
                "evaluation-1", 9, true, null, DAY));
        examples.put(CaseRegistrationCorrected.class, new CaseRegistrationCorrected("case-1", House.MIDTJYLLAND,
                CVR, Office.HEAD_OFFICE, new PNumber("1012345678"), LocalDate.of(2023, 5, 1), Segment.OPERATIONS,
                List.of(Theme.CAPITAL), "segment was misclassified"));
        examples.put(GuidanceCaseClosed.class, new GuidanceCaseClosed("case-1", House.MIDTJYLLAND, CVR, DAY));
        examples.put(GuidanceHoursCounted.class, new GuidanceHoursCounted("MIDTJYLLAND:13748136",
                House.MIDTJYLLAND, CVR, "case-1", "meeting-1", new BigDecimal("2.50"), DAY));
        examples.put(ManagementDecisionRequired.class, new ManagementDecisionRequired("MIDTJYLLAND:13748136",
                House.MIDTJYLLAND, CVR, "MIDTJYLLAND:13748136:2025-03-04", new BigDecimal("20.50"),
                LocalDate.of(2024, 3, 5), DAY));
        examples.put(ManagementDecisionRecorded.class, new ManagementDecisionRecorded("MIDTJYLLAND:13748136",
                House.MIDTJYLLAND, CVR, "MIDTJYLLAND:13748136:2025-03-04", "manager-2", true,
                "no private adviser offers this in the region", DAY));
        ContractGoal local = new ContractGoal("local.export-starts", "Companies starting export",
                "guided companies with their first export sale within the year", "companies",
                Comparison.AT_LEAST, new BigDecimal("40"));
        examples.put(ResultContractProposed.class, new ResultContractProposed("FYN:2025", House.FYN, 2025,
                List.of(AgreementTerms.nationalGoals(House.FYN, 2025).get(0), local), LocalDate.of(2024, 12, 2)));
        examples.put(ResultContractSigned.class, new ResultContractSigned("FYN:2025", House.FYN, 2025,
                Party.KKR_CHAIR, "kkr-chair-fyn", LocalDate.of(2024, 12, 10)));
        examples.put(ResultContractTookEffect.class, new ResultContractTookEffect("FYN:2025", House.FYN, 2025,
                LocalDate.of(2024, 12, 12)));
        examples.put(ResultContractAmended.class, new ResultContractAmended("FYN:2025", House.FYN, 2025,
                List.of(local), "local export goal raised after new municipal funding",
                List.of("kkr-chair-fyn", "board-chair-fyn"), LocalDate.of(2025, 6, 1)));
        examples.put(AwarenessSurveyDelivered.class, new AwarenessSurveyDelivered("awareness:FYN:2025", House.FYN,
                2025, new BigDecimal("47.5"), new BigDecimal("58.0"), 1012, DeliveryStatus.PRELIMINARY, 1,
                LocalDate.of(2025, 11, 3)));
        examples.put(CompanyAccountsDelivered.class, new CompanyAccountsDelivered("accounts:13748136:2025", CVR,
                2025, new BigDecimal("12500000"), new BigDecimal("14.5"), new BigDecimal("4100000"),
                DeliveryStatus.FINAL, 1, LocalDate.of(2026, 6, 30)));
        examples.put(ControlGroupGrowthDelivered.class, new ControlGroupGrowthDelivered("control:GROWTH:2025",
                Segment.GROWTH, 2025, new BigDecimal("6.1"), new BigDecimal("2.4"), new BigDecimal("3.6"),
                new BigDecimal("3.9"), DeliveryStatus.FINAL, 2, LocalDate.of(2026, 6, 30)));
        examples.put(ReportSealed.class, new ReportSealed("report:FYN:2025", House.FYN, 2025, 2,
                "report:FYN:2025:2", "v2-1", "v2", 4711L, "3f".repeat(32), List.of(
                new SealedGoal("FYN", "goal1", 1, true, "Guided companies under 3 years old", "goal1/v2", null,
                        "companies", new BigDecimal("97"), new BigDecimal("94"), Comparison.AT_LEAST, "CONTRACT",
                        true, null, new SealedCounts(97, 12, null, null, null, null, null, null, null, null, 0, 0),
                        null),
                new SealedGoal("FYN", "goal2.house", 2, true, "Companies that know the house", "goal2.house/v1",
                        null, "percent", new BigDecimal("47.5"), new BigDecimal("50"), Comparison.AT_LEAST,
                        "CONTRACT", false, null, new SealedCounts(1, 0, null, null, null, null, null, 1012, null,
                        null, 1, 0), new SealedDelivery("awareness survey FYN 2025", 1, DeliveryStatus.PRELIMINARY,
                        LocalDate.of(2025, 11, 3), true, false)),
                new SealedGoal("FYN", "local.export-starts", null, false, "Companies starting export",
                        null, "guided companies with their first export sale within the year", "companies", null,
                        new BigDecimal("40"), Comparison.AT_LEAST, "CONTRACT", null, "reported by the house", null,
                        null)), LocalDate.of(2026, 3, 31)));
        return examples;
    }

    static Stream<Class<?>> everyEventType() {
        return Stream.of(GuidanceCaseEvent.class, GuidanceHoursEvent.class, ResultContractEvent.class,
                        DeliveryEvent.class, ReportEvent.class)
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()));
    }

    @Test
    void everyEventOfEverySealedFamilyHasAnExampleAndARevision() {
        everyEventType().forEach(type -> {
            assertThat(examples()).as("example for %s", type.getSimpleName()).containsKey(type);
            assertThat(type.getAnnotation(EventRevision.class)).as("revision of %s", type.getSimpleName()).isNotNull();
        });
    }

    @TestFactory
    Stream<DynamicTest> everyEventIsStoredInItsApprovedShapeAndReadsBack() {
        return everyEventType().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Object event = examples().get(type);
            SerializedObject<String> serialized = SERIALIZER.serialize(event, String.class);
            assertThat(serialized.getType().getRevision()).isEqualTo(type.getAnnotation(EventRevision.class).value());
            JsonNode actual = MAPPER.readTree(serialized.getData());
            String file = type.getSimpleName() + ".json";
            if (Boolean.getBoolean("approve.events")) {
                Path target = Path.of("src/test/resources/approved-events", file);
                Files.writeString(target, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
            }
            JsonNode approved = approved(file);
            assertThat(actual.equals(NUMBERS_BY_VALUE, approved))
                    .as("stored shape of %s:%n%s%nbut approved:%n%s", type.getSimpleName(), actual, approved)
                    .isTrue();
            Object readBack = SERIALIZER.deserialize(new SimpleSerializedObject<>(
                    MAPPER.writeValueAsString(approved), String.class, serialized.getType()));
            // Decimal scale is not part of the contract (2.50 h and 2.5 h are the same hours).
            assertThat(readBack).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(event);
        }));
    }

    private static JsonNode approved(String file) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream("/approved-events/" + file)) {
            if (in == null) {
                fail("No approved shape for " + file + ": run with -Dapprove.events=true and review it");
            }
            return MAPPER.readTree(in);
        }
    }
}
