package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.DeliveryStatus;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.PartnerCategory;
import dk.erhvervshuse.events.common.ReferralPartner;
import dk.erhvervshuse.events.common.Segment;
import dk.erhvervshuse.events.common.Theme;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.CaseSelectedForUserEvaluation;
import dk.erhvervshuse.events.guidance.CompanyReferred;
import dk.erhvervshuse.events.guidance.GuidanceCaseClosed;
import dk.erhvervshuse.events.guidance.GuidanceCaseEvent;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.events.guidance.UserEvaluationReceived;
import dk.erhvervshuse.query.support.Recording;
import dk.erhvervshuse.query.targets.AccountsFacts;
import dk.erhvervshuse.query.targets.CaseFacts;
import dk.erhvervshuse.query.targets.CompanyFacts;
import dk.erhvervshuse.query.targets.CompanyMeasure;
import dk.erhvervshuse.query.targets.DefinitionSet;
import dk.erhvervshuse.query.targets.EvaluationFacts;
import dk.erhvervshuse.query.targets.MeetingFacts;
import dk.erhvervshuse.query.targets.ReferralFacts;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.longValue;
import static dk.erhvervshuse.query.support.BsonValues.name;
import static dk.erhvervshuse.query.support.BsonValues.names;
import static dk.erhvervshuse.query.support.BsonValues.nested;
import static dk.erhvervshuse.query.support.BsonValues.strings;
import static dk.erhvervshuse.query.support.BsonValues.findOrAdd;
import static dk.erhvervshuse.query.support.BsonValues.replaceById;

/**
 * A document of the facts collection, one per company ({@code _id} = CVR): what the target definitions look
 * at, kept as it now stands. Cases at every house (registration with corrections applied, meetings with
 * their corrected dates or withdrawal, referrals, evaluations, closing), every delivery of the company's
 * accounts, and {@value #SCOPES}: every house-year the company ever contributed to under the definition set,
 * which only grows, so that re-deriving the company's contributions also clears them where it no longer
 * contributes. One document per company rather than per house and company: accounts carry no house, and a
 * correction may move a case to another house.
 */
final class FactsDocument {

    static final String CASES = "cases";
    static final String ACCOUNTS = "accounts";
    static final String SCOPES = "scopes";

    private final Document document;

    FactsDocument(Document document) {
        this.document = document;
    }

    String cvr() {
        return document.getString("_id");
    }

    void apply(GuidanceCaseEvent event, long position, Recording recording) {
        Document guidanceCase = guidanceCase(event.caseId(), event.house());
        if (event instanceof GuidanceCaseOpened e) {
            register(guidanceCase, e.house(), date(e.foundedOn()), e.segment(),
                    e.themes(), position);
            guidanceCase.put("openedOn", date(e.openedOn()));
        } else if (event instanceof CaseRegistrationCorrected e) {
            register(guidanceCase, e.house() != null ? e.house() : house(guidanceCase.getString("house")),
                    date(e.foundedOn()), e.segment(), e.themes(), position);
        } else if (event instanceof GuidanceMeetingRecorded e) {
            Document meeting = findOrAdd(documents(guidanceCase, "meetings"), "meetingId", e.meetingId());
            meeting.put("heldOn", date(e.heldOn()));
            meeting.put("themes", names(e.themes()));
            meeting.putIfAbsent("withdrawn", false);
            meeting.put("position", position);
        } else if (event instanceof GuidanceMeetingCorrected e) {
            Document meeting = findOrAdd(documents(guidanceCase, "meetings"), "meetingId", e.meetingId());
            meeting.put("heldOn", date(e.heldOn()));
            meeting.put("themes", names(e.themes()));
            meeting.putIfAbsent("withdrawn", false);
            meeting.put("position", position);
        } else if (event instanceof GuidanceMeetingWithdrawn e) {
            Document meeting = findOrAdd(documents(guidanceCase, "meetings"), "meetingId", e.meetingId());
            meeting.put("withdrawn", true);
            meeting.put("withdrawalReason", e.reason() != null ? e.reason() : recording.reason());
            meeting.put("position", position);
        } else if (event instanceof CompanyReferred e) {
            replaceById(documents(guidanceCase, "referrals"), "referralId", e.referralId(),
                    new Document("referralId", e.referralId())
                            .append("partner", name(e.partner()))
                            .append("category", name(e.category()))
                            .append("partnerName", e.partnerName())
                            .append("referredOn", date(e.referredOn()))
                            .append("position", position));
        } else if (event instanceof UserEvaluationReceived e) {
            replaceById(documents(guidanceCase, "evaluations"), "evaluationId", e.evaluationId(),
                    new Document("evaluationId", e.evaluationId())
                            .append("recommendScore", e.recommendScore())
                            .append("referralUsed", e.referralUsed())
                            .append("sustainabilityHelpedToHighDegree", e.sustainabilityHelpedToHighDegree())
                            .append("receivedOn", date(e.receivedOn()))
                            .append("position", position));
        } else if (event instanceof GuidanceCaseClosed e) {
            guidanceCase.put("closedOn", date(e.closedOn()));
            guidanceCase.put("closedPosition", position);
        } else if (event instanceof CaseSelectedForUserEvaluation e) {
            guidanceCase.put("selectedOn", date(e.selectedOn()));
        }
    }

    void apply(CompanyAccountsDelivered e, long position) {
        documents(document, ACCOUNTS).add(new Document("year", e.year())
                .append("revenue", decimal(e.revenue()))
                .append("fullTimeEmployees", decimal(e.fullTimeEmployees()))
                .append("grossProfit", decimal(e.grossProfit()))
                .append("status", name(e.status()))
                .append("revision", e.revision())
                .append("deliveredOn", date(e.deliveredOn()))
                .append("position", position));
    }

    /** Adds the house-years the company contributes to now (by the definitions) to those it ever did. */
    void widenScopes(DefinitionSet definitions) {
        CompanyFacts company = toFacts();
        TreeSet<String> scopes = new TreeSet<>(strings(document, SCOPES));
        for (House house : company.houses()) {
            for (CompanyMeasure measure : definitions.companyMeasures()) {
                for (Integer year : measure.years(company, house)) {
                    scopes.add(ScopeYear.of(house, year).toString());
                }
            }
        }
        document.put(SCOPES, new ArrayList<>(scopes));
    }

    List<ScopeYear> scopes() {
        return strings(document, SCOPES).stream().map(ScopeYear::parse).toList();
    }

    CompanyFacts toFacts() {
        List<CaseFacts> cases = new ArrayList<>();
        for (Document c : nested(document, CASES)) {
            cases.add(new CaseFacts(c.getString("caseId"), house(c.getString("house")), date(c, "foundedOn"),
                    c.getString("segment") == null ? null : Segment.valueOf(c.getString("segment")),
                    themes(strings(c, "themes")), date(c, "openedOn"), date(c, "closedOn"),
                    nested(c, "meetings").stream().map(m -> new MeetingFacts(m.getString("meetingId"),
                            date(m, "heldOn"), themes(strings(m, "themes")), Boolean.TRUE.equals(m.getBoolean("withdrawn")),
                            m.getString("withdrawalReason"), position(m, "position"))).toList(),
                    nested(c, "referrals").stream().map(r -> new ReferralFacts(r.getString("referralId"),
                            r.getString("partner") == null ? null : ReferralPartner.valueOf(r.getString("partner")),
                            r.getString("category") == null ? null : PartnerCategory.valueOf(r.getString("category")),
                            r.getString("partnerName"), date(r, "referredOn"), position(r, "position"))).toList(),
                    nested(c, "evaluations").stream().map(v -> new EvaluationFacts(v.getString("evaluationId"),
                            v.getInteger("recommendScore", 0), v.getBoolean("referralUsed"),
                            v.getBoolean("sustainabilityHelpedToHighDegree"), date(v, "receivedOn"),
                            position(v, "position"))).toList(),
                    position(c, "registrationPosition"), position(c, "closedPosition")));
        }
        List<AccountsFacts> accounts = nested(document, ACCOUNTS).stream().map(a -> new AccountsFacts(
                a.getInteger("year", 0), decimal(a, "revenue"), decimal(a, "fullTimeEmployees"),
                decimal(a, "grossProfit"), a.getString("status") == null ? null
                : DeliveryStatus.valueOf(a.getString("status")), a.getInteger("revision", 0), date(a, "deliveredOn"),
                position(a, "position"))).toList();
        return new CompanyFacts(cvr(), cases, accounts);
    }

    private Document guidanceCase(String caseId, House house) {
        List<Document> cases = documents(document, CASES);
        for (Document guidanceCase : cases) {
            if (caseId.equals(guidanceCase.getString("caseId"))) {
                return guidanceCase;
            }
        }
        Document guidanceCase = new Document("caseId", caseId).append("house", name(house));
        cases.add(guidanceCase);
        return guidanceCase;
    }

    private static void register(Document guidanceCase, House house, String foundedOn, Segment segment,
                                 List<Theme> themes, long position) {
        guidanceCase.put("house", name(house));
        guidanceCase.put("foundedOn", foundedOn);
        guidanceCase.put("segment", name(segment));
        guidanceCase.put("themes", names(themes));
        guidanceCase.put("registrationPosition", position);
    }

    private static House house(String name) {
        return name == null ? null : House.valueOf(name);
    }

    private static List<Theme> themes(List<String> names) {
        return names.stream().map(Theme::valueOf).toList();
    }

    private static long position(Document document, String key) {
        Long value = longValue(document, key);
        return value == null ? 0 : value;
    }
}
