package dk.erhvervshuse.graphql.support;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.events.contract.ContractGoal;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's mutations as one-line steps for stories told through GraphQL: each sends one mutation as the
 * given user and fails the test unless it is accepted. Dates are ISO strings, hours decimal strings.
 */
public final class Registrations {

    private Registrations() {
    }

    // ---- guidance (as an adviser of the house)

    public static void openCase(GraphQlTester adviser, String caseId, String house, String cvr, String foundedOn,
                                String segment, String openedOn, String... themes) {
        Map<String, Object> input = new HashMap<>();
        input.put("caseId", caseId);
        input.put("house", house);
        input.put("office", "HEAD_OFFICE");
        input.put("cvr", cvr);
        input.put("pNumber", RegistryClient.P_NUMBER);
        input.put("foundedOn", foundedOn);
        input.put("segment", segment);
        input.put("themes", Arrays.asList(themes));
        input.put("openedOn", openedOn);
        accepted(adviser, """
                mutation Open($input: OpenGuidanceCaseInput!) { openGuidanceCase(input: $input) { commandId } }
                """, "openGuidanceCase", input);
    }

    public static void meeting(GraphQlTester adviser, String caseId, String meetingId, String heldOn, String hours,
                               String... themes) {
        accepted(adviser, """
                mutation Meeting($input: RecordGuidanceMeetingInput!) { recordGuidanceMeeting(input: $input) { commandId } }
                """, "recordGuidanceMeeting", Map.of("caseId", caseId, "meetingId", meetingId, "form", "PHYSICAL",
                "hours", hours, "themes", Arrays.asList(themes), "heldOn", heldOn));
    }

    public static void correctMeetingDate(GraphQlTester adviser, String caseId, String meetingId, String adviserId,
                                          String heldOn, String hours, String reason, String... themes) {
        accepted(adviser, """
                mutation Correct($input: CorrectGuidanceMeetingInput!) { correctGuidanceMeeting(input: $input) { commandId } }
                """, "correctGuidanceMeeting", Map.of("caseId", caseId, "meetingId", meetingId, "adviserId", adviserId,
                "form", "PHYSICAL", "hours", hours, "themes", Arrays.asList(themes), "heldOn", heldOn,
                "reason", reason));
    }

    public static void withdrawMeeting(GraphQlTester adviser, String caseId, String meetingId, String reason) {
        accepted(adviser, """
                mutation Withdraw($input: WithdrawGuidanceMeetingInput!) { withdrawGuidanceMeeting(input: $input) { commandId } }
                """, "withdrawGuidanceMeeting", Map.of("caseId", caseId, "meetingId", meetingId, "reason", reason));
    }

    public static void correctSegment(GraphQlTester adviser, String caseId, String segment, String reason) {
        accepted(adviser, """
                mutation Correct($input: CorrectCaseRegistrationInput!) { correctCaseRegistration(input: $input) { commandId } }
                """, "correctCaseRegistration", Map.of("caseId", caseId, "segment", segment, "reason", reason));
    }

    /** @param partnerName for a private adviser or a bank; null for other partners */
    public static void refer(GraphQlTester adviser, String caseId, String referralId, String partner,
                             String partnerName, String referredOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("caseId", caseId);
        input.put("referralId", referralId);
        input.put("partner", partner);
        if (partnerName != null) {
            input.put("partnerName", partnerName);
        }
        input.put("referredOn", referredOn);
        accepted(adviser, """
                mutation Refer($input: ReferCompanyInput!) { referCompany(input: $input) { commandId } }
                """, "referCompany", input);
    }

    /**
     * @param referralUsed   null when the question was not asked
     * @param sustainability null when the question was not asked (only cases guided on sustainability are)
     */
    public static void evaluate(GraphQlTester adviser, String caseId, String evaluationId, int score,
                                Boolean referralUsed, Boolean sustainability, String receivedOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("caseId", caseId);
        input.put("evaluationId", evaluationId);
        input.put("recommendScore", score);
        if (referralUsed != null) {
            input.put("referralUsed", referralUsed);
        }
        if (sustainability != null) {
            input.put("sustainabilityHelpedToHighDegree", sustainability);
        }
        input.put("receivedOn", receivedOn);
        accepted(adviser, """
                mutation Evaluate($input: RecordUserEvaluationInput!) { recordUserEvaluation(input: $input) { commandId } }
                """, "recordUserEvaluation", input);
    }

    public static void close(GraphQlTester adviser, String caseId, String closedOn) {
        accepted(adviser, """
                mutation Close($input: CloseGuidanceCaseInput!) { closeGuidanceCase(input: $input) { commandId } }
                """, "closeGuidanceCase", Map.of("caseId", caseId, "closedOn", closedOn));
    }

    // ---- result contracts (as a chair of the house)

    public static final String PROPOSE = """
            mutation Propose($input: ProposeResultContractInput!) {
              proposeResultContract(input: $input) { contractId house year commandId acceptedAt }
            }
            """;

    public static final String SIGN = """
            mutation Sign($input: SignResultContractInput!) {
              signResultContract(input: $input) { contractId commandId }
            }
            """;

    public static final String AMEND = """
            mutation Amend($input: AmendResultContractInput!) {
              amendResultContract(input: $input) { contractId commandId }
            }
            """;

    /** @param nationalGoals null for the agreement's targets */
    public static void propose(GraphQlTester chair, String house, int year, List<Map<String, Object>> nationalGoals,
                               String proposedOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("house", house);
        input.put("year", year);
        if (nationalGoals != null) {
            input.put("nationalGoals", nationalGoals);
        }
        input.put("proposedOn", proposedOn);
        accepted(chair, PROPOSE, "proposeResultContract", input);
    }

    public static void sign(GraphQlTester chair, String house, int year, String party, String signedOn) {
        accepted(chair, SIGN, "signResultContract", Map.of("house", house, "year", year, "party", party,
                "signedOn", signedOn));
    }

    public static void amend(GraphQlTester chair, String house, int year, List<Map<String, Object>> goals,
                             String reason, List<String> agreedBy, String amendedOn) {
        accepted(chair, AMEND, "amendResultContract", Map.of("house", house, "year", year, "goals", goals,
                "reason", reason, "agreedBy", agreedBy, "amendedOn", amendedOn));
    }

    /** A contract's goals as the input of a proposal or amendment, with some targets replaced. */
    public static List<Map<String, Object>> goalInputs(List<Dashboards.ContractGoal> goals,
                                                       Map<String, String> newTargets) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Dashboards.ContractGoal goal : goals) {
            inputs.add(goalInput(goal.goalId(), goal.title(), goal.measure(), goal.unit(), goal.comparison(),
                    newTargets.getOrDefault(goal.goalId(), goal.target().toPlainString())));
        }
        return inputs;
    }

    /** The agreement's national goals for the house and year (§8.1) as input, with some targets replaced. */
    public static List<Map<String, Object>> agreementGoalInputs(House house, int year, Map<String, String> newTargets) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (ContractGoal goal : AgreementTerms.nationalGoals(house, year)) {
            inputs.add(goalInput(goal.goalId(), goal.title(), goal.measure(), goal.unit(), goal.comparison().name(),
                    newTargets.getOrDefault(goal.goalId(), goal.target().toPlainString())));
        }
        return inputs;
    }

    public static Map<String, Object> goalInput(String goalId, String title, String measure, String unit,
                                                String comparison, String target) {
        Map<String, Object> input = new HashMap<>();
        input.put("goalId", goalId);
        if (title != null) {
            input.put("title", title);
        }
        if (measure != null) {
            input.put("measure", measure);
        }
        if (unit != null) {
            input.put("unit", unit);
        }
        input.put("comparison", comparison);
        input.put("target", target);
        return input;
    }

    // ---- external deliveries (as the Business Authority's analyst)

    public static final String DELIVER_SURVEY = """
            mutation Survey($input: DeliverAwarenessSurveyInput!) {
              deliverAwarenessSurvey(input: $input) { deliveryStreamId house year commandId acceptedAt }
            }
            """;

    public static Map<String, Object> surveyInput(String house, int year, String awareOfHouse, String awareOfOffers,
                                                  int respondents, String status, String deliveredOn) {
        return Map.of("house", house, "year", year, "awareOfHousePercent", awareOfHouse,
                "awareOfOffersPercent", awareOfOffers, "respondents", respondents, "status", status,
                "deliveredOn", deliveredOn);
    }

    public static void survey(GraphQlTester analyst, String house, int year, String awareOfHouse, String awareOfOffers,
                              int respondents, String status, String deliveredOn) {
        accepted(analyst, DELIVER_SURVEY, "deliverAwarenessSurvey",
                surveyInput(house, year, awareOfHouse, awareOfOffers, respondents, status, deliveredOn));
    }

    public static void accounts(GraphQlTester analyst, String cvr, int year, String revenue, String fullTimeEmployees,
                                String status, String deliveredOn) {
        accepted(analyst, """
                        mutation Accounts($input: DeliverCompanyAccountsInput!) {
                          deliverCompanyAccounts(input: $input) { deliveryStreamId commandId }
                        }
                        """, "deliverCompanyAccounts", Map.of("cvr", cvr, "year", year, "revenue", revenue,
                "fullTimeEmployees", fullTimeEmployees, "grossProfit", "1000000", "status", status,
                "deliveredOn", deliveredOn));
    }

    public static void controlGroup(GraphQlTester analyst, String segment, int year, String revenueGrowth,
                                    String employmentGrowth, String revenuePerEmployeeGrowth,
                                    String grossProfitPerEmployeeGrowth, String status, String deliveredOn) {
        accepted(analyst, """
                        mutation Control($input: DeliverControlGroupGrowthInput!) {
                          deliverControlGroupGrowth(input: $input) { deliveryStreamId commandId }
                        }
                        """, "deliverControlGroupGrowth", Map.of("segment", segment, "year", year,
                "revenueGrowthPercent", revenueGrowth, "employmentGrowthPercent", employmentGrowth,
                "revenuePerEmployeeGrowthPercent", revenuePerEmployeeGrowth,
                "grossProfitPerEmployeeGrowthPercent", grossProfitPerEmployeeGrowth, "status", status,
                "deliveredOn", deliveredOn));
    }

    /** Sends the mutation and fails unless it was accepted (no errors, a commandId). */
    private static void accepted(GraphQlTester tester, String document, String field, Map<String, Object> input) {
        tester.document(document).variable("input", input).execute()
                .path(field + ".commandId").hasValue();
    }
}
