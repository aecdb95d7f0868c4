package dk.erhvervshuse.query;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.MeetingForm;
import dk.erhvervshuse.events.common.Office;
import dk.erhvervshuse.events.common.PNumber;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.Party;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
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
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Events for the dashboards, written as the command side would write them, appended to a log: guidance
 * cases of companies by CVR, result contracts, and the external deliveries. Dates are ISO strings for
 * brevity; every case is registered at the head office with one P-number.
 */
public final class DashboardStories {

    private static final PNumber P_NUMBER = new PNumber("1000000001");

    private final EventLog log;

    public DashboardStories(EventLog log) {
        this.log = log;
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A made-up CVR whose first two digits vary with {@code i}, so companies spread over explanation parts. */
    public static String cvr(int i) {
        return String.valueOf((10 + i % 80) * 1_000_000 + i);
    }

    // ---- guidance

    public DashboardStories opened(String caseId, House house, String cvr, String foundedOn, Segment segment,
                                   String openedOn, Theme... themes) {
        log.append(new GuidanceCaseOpened(caseId, house, new Cvr(cvr), Office.HEAD_OFFICE, P_NUMBER,
                foundedOn == null ? null : day(foundedOn), segment, themesOrDefault(themes), day(openedOn)));
        return this;
    }

    public DashboardStories meeting(String caseId, House house, String cvr, String meetingId, String heldOn,
                                    Theme... themes) {
        log.append(new GuidanceMeetingRecorded(caseId, house, new Cvr(cvr), meetingId, "developer-7",
                MeetingForm.PHYSICAL, new BigDecimal("1.5"), themesOrDefault(themes), day(heldOn)));
        return this;
    }

    public DashboardStories meetingCorrected(String caseId, House house, String cvr, String meetingId, String heldOn,
                                             String reason) {
        log.append(new GuidanceMeetingCorrected(caseId, house, new Cvr(cvr), meetingId, "developer-7",
                MeetingForm.DIGITAL, new BigDecimal("1.5"), themesOrDefault(), day(heldOn), reason), reason);
        return this;
    }

    public DashboardStories meetingWithdrawn(String caseId, House house, String cvr, String meetingId,
                                             String reason) {
        log.append(new GuidanceMeetingWithdrawn(caseId, house, new Cvr(cvr), meetingId, reason), reason);
        return this;
    }

    public DashboardStories registrationCorrected(String caseId, House house, String cvr, String foundedOn,
                                                  Segment segment, String reason, Theme... themes) {
        log.append(new CaseRegistrationCorrected(caseId, house, new Cvr(cvr), Office.HEAD_OFFICE, P_NUMBER,
                day(foundedOn), segment, themesOrDefault(themes), reason), reason);
        return this;
    }

    public DashboardStories referred(String caseId, House house, String cvr, String referralId,
                                     ReferralPartner partner, String referredOn) {
        log.append(new CompanyReferred(caseId, house, new Cvr(cvr), referralId, partner, partner.defaultCategory(),
                null, day(referredOn)));
        return this;
    }

    public DashboardStories referredAs(String caseId, House house, String cvr, String referralId,
                                       ReferralPartner partner, PartnerCategory category, String referredOn) {
        log.append(new CompanyReferred(caseId, house, new Cvr(cvr), referralId, partner, category, null,
                day(referredOn)));
        return this;
    }

    public DashboardStories evaluated(String caseId, House house, String cvr, String evaluationId, int score,
                                      Boolean referralUsed, Boolean sustainabilityHelped, String receivedOn) {
        log.append(new UserEvaluationReceived(caseId, house, new Cvr(cvr), evaluationId, score, referralUsed,
                sustainabilityHelped, day(receivedOn)));
        return this;
    }

    public DashboardStories closed(String caseId, House house, String cvr, String closedOn) {
        log.append(new GuidanceCaseClosed(caseId, house, new Cvr(cvr), day(closedOn)));
        return this;
    }

    // ---- result contracts

    /** The agreement's terms for the house and year with some national targets changed and local goals added. */
    public static List<ContractGoal> terms(House house, int year, ContractGoal... changes) {
        List<ContractGoal> goals = new ArrayList<>(AgreementTerms.nationalGoals(house, year));
        for (ContractGoal change : changes) {
            goals.removeIf(goal -> goal.goalId().equals(change.goalId()));
            goals.add(change);
        }
        return goals;
    }

    public static ContractGoal target(String goalId, String title, Comparison comparison, int target) {
        return new ContractGoal(goalId, title, null, null, comparison, BigDecimal.valueOf(target));
    }

    public static ContractGoal localGoal(String name, String measure, String unit, int target) {
        return new ContractGoal("local." + name, measure, measure, unit, Comparison.AT_LEAST, BigDecimal.valueOf(target));
    }

    public DashboardStories contractProposed(House house, int year, List<ContractGoal> goals, String proposedOn) {
        log.append(new ResultContractProposed(ResultContractEvent.contractIdOf(house, year), house, year, goals,
                day(proposedOn)));
        return this;
    }

    public DashboardStories contractSigned(House house, int year, Party party, String signatoryId, String signedOn) {
        log.append(new ResultContractSigned(ResultContractEvent.contractIdOf(house, year), house, year, party,
                signatoryId, day(signedOn)));
        return this;
    }

    public DashboardStories contractTookEffect(House house, int year, String effectiveOn) {
        log.append(new ResultContractTookEffect(ResultContractEvent.contractIdOf(house, year), house, year,
                day(effectiveOn)));
        return this;
    }

    public DashboardStories contractAmended(House house, int year, List<ContractGoal> goals, String reason,
                                            String amendedOn) {
        log.append(new ResultContractAmended(ResultContractEvent.contractIdOf(house, year), house, year, goals, reason,
                List.of("kkr-chair-1", "board-chair-1"), day(amendedOn)), reason);
        return this;
    }

    /** Proposed, signed by both chairs and in force, as the contract aggregate writes it. */
    public DashboardStories contractInForce(House house, int year, List<ContractGoal> goals) {
        return contractProposed(house, year, goals, year + "-01-10")
                .contractSigned(house, year, Party.KKR_CHAIR, "kkr-chair-1", year + "-01-20")
                .contractSigned(house, year, Party.BOARD_CHAIR, "board-chair-1", year + "-01-25")
                .contractTookEffect(house, year, year + "-01-25");
    }

    // ---- deliveries

    public DashboardStories survey(House house, int year, String awareOfHouse, String awareOfOffers, int respondents,
                                   DeliveryStatus status, int revision, String deliveredOn) {
        log.append(new AwarenessSurveyDelivered(AwarenessSurveyDelivered.streamIdOf(house, year), house, year,
                new BigDecimal(awareOfHouse), new BigDecimal(awareOfOffers), respondents, status, revision,
                day(deliveredOn)));
        return this;
    }

    public DashboardStories accounts(String cvr, int year, String revenue, String fullTimeEmployees,
                                     DeliveryStatus status, int revision, String deliveredOn) {
        log.append(new CompanyAccountsDelivered(CompanyAccountsDelivered.streamIdOf(new Cvr(cvr), year), new Cvr(cvr),
                year, new BigDecimal(revenue), new BigDecimal(fullTimeEmployees), null, status, revision,
                day(deliveredOn)));
        return this;
    }

    /** Accounts that also carry gross profit (bruttofortjeneste), which goal5.operations.productivity/v2 uses. */
    public DashboardStories accountsWithGrossProfit(String cvr, int year, String revenue, String fullTimeEmployees,
                                                    String grossProfit, DeliveryStatus status, int revision,
                                                    String deliveredOn) {
        log.append(new CompanyAccountsDelivered(CompanyAccountsDelivered.streamIdOf(new Cvr(cvr), year), new Cvr(cvr),
                year, new BigDecimal(revenue), new BigDecimal(fullTimeEmployees), new BigDecimal(grossProfit), status,
                revision, day(deliveredOn)));
        return this;
    }

    /** A control group that also carries its gross profit per full-time employee growth. */
    public DashboardStories controlGroupWithGrossProfit(Segment segment, int year, String revenueGrowth,
                                                        String employmentGrowth, String revenuePerEmployeeGrowth,
                                                        String grossProfitPerEmployeeGrowth, DeliveryStatus status,
                                                        int revision, String deliveredOn) {
        log.append(new ControlGroupGrowthDelivered(ControlGroupGrowthDelivered.streamIdOf(segment, year), segment,
                year, new BigDecimal(revenueGrowth), new BigDecimal(employmentGrowth),
                new BigDecimal(revenuePerEmployeeGrowth), new BigDecimal(grossProfitPerEmployeeGrowth), status,
                revision, day(deliveredOn)));
        return this;
    }

    public DashboardStories controlGroup(Segment segment, int year, String revenueGrowth, String employmentGrowth,
                                         String revenuePerEmployeeGrowth, DeliveryStatus status, int revision,
                                         String deliveredOn) {
        log.append(new ControlGroupGrowthDelivered(ControlGroupGrowthDelivered.streamIdOf(segment, year), segment,
                year, new BigDecimal(revenueGrowth), new BigDecimal(employmentGrowth),
                new BigDecimal(revenuePerEmployeeGrowth), null, status, revision, day(deliveredOn)));
        return this;
    }

    private static List<Theme> themesOrDefault(Theme... themes) {
        return themes.length == 0 ? List.of(Theme.DIGITALISATION_AND_TECHNOLOGY) : Arrays.asList(themes);
    }
}
