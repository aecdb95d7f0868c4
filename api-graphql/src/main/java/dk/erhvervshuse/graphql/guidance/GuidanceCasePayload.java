package dk.erhvervshuse.graphql.guidance;

import dk.erhvervshuse.graphql.common.Acknowledgement;
import dk.erhvervshuse.query.api.GuidanceCaseView;

import java.time.Instant;

/**
 * The answer to every mutation on a case (the schema's GuidanceCasePayload, OpenGuidanceCasePayload,
 * GuidanceMeetingPayload, ReferCompanyPayload, RecordUserEvaluationPayload); each type shows the ids it
 * concerns.
 *
 * @param alreadyApplied the command was a retry of one already in the log: this is the first attempt's answer
 * @param guidanceCase   the case's view when the answer was written, read only when the client asked for it
 */
record GuidanceCasePayload(String caseId, String meetingId, String referralId, String evaluationId,
                           String commandId, Instant acceptedAt, boolean alreadyApplied,
                           GuidanceCaseView guidanceCase) {
}
