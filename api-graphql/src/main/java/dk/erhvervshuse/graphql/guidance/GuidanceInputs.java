package dk.erhvervshuse.graphql.guidance;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The input types of the guidance mutations (guidance.graphqls), bound by Spring for GraphQL. */
final class GuidanceInputs {

    private GuidanceInputs() {
    }

    record OpenGuidanceCaseInput(String caseId, House house, Office office, String cvr, String pNumber,
                                 LocalDate foundedOn, Segment segment, List<Theme> themes, LocalDate openedOn, String commandId) {
    }

    record RecordGuidanceMeetingInput(String caseId, String meetingId, String adviserId, MeetingForm form,
                                      BigDecimal hours, List<Theme> themes, LocalDate heldOn, String commandId) {
    }

    record CorrectGuidanceMeetingInput(String caseId, String meetingId, String adviserId, MeetingForm form,
                                       BigDecimal hours, List<Theme> themes, LocalDate heldOn, String reason, String commandId) {
    }

    record WithdrawGuidanceMeetingInput(String caseId, String meetingId, String reason, String commandId) {
    }

    record ReferCompanyInput(String caseId, String referralId, ReferralPartner partner, PartnerCategory category,
                             String partnerName, LocalDate referredOn, String commandId) {
    }

    record RecordUserEvaluationInput(String caseId, String evaluationId, Integer recommendScore, Boolean referralUsed,
                                     Boolean sustainabilityHelpedToHighDegree, LocalDate receivedOn, String commandId) {
    }

    record CorrectCaseRegistrationInput(String caseId, Office office, String pNumber, LocalDate foundedOn,
                                        Segment segment, List<Theme> themes, String reason, String commandId) {
    }

    record CloseGuidanceCaseInput(String caseId, LocalDate closedOn, String commandId) {
    }
}
