package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;

/** Everything that can happen to a guidance case (vejledningsforløb). */
public sealed interface GuidanceCaseEvent permits GuidanceCaseOpened, GuidanceMeetingRecorded,
        GuidanceMeetingCorrected, GuidanceMeetingWithdrawn, CaseSelectedForUserEvaluation, CompanyReferred,
        UserEvaluationReceived, CaseRegistrationCorrected, GuidanceCaseClosed {

    String caseId();

    House house();

    /** The company the case concerns; repeated on every event so that a company's history needs no look-up. */
    Cvr cvr();
}
