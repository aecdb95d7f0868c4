package dk.erhvervshuse.query.audit;

import dk.erhvervshuse.events.contract.ContractGoal;
import dk.erhvervshuse.events.contract.ResultContractAmended;
import dk.erhvervshuse.events.contract.ResultContractProposed;
import dk.erhvervshuse.events.delivery.AwarenessSurveyDelivered;
import dk.erhvervshuse.events.delivery.CompanyAccountsDelivered;
import dk.erhvervshuse.events.delivery.ControlGroupGrowthDelivered;
import dk.erhvervshuse.events.delivery.DeliveryEvent;
import dk.erhvervshuse.events.guidance.CaseRegistrationCorrected;
import dk.erhvervshuse.events.guidance.GuidanceCaseOpened;
import dk.erhvervshuse.events.guidance.GuidanceMeetingCorrected;
import dk.erhvervshuse.events.guidance.GuidanceMeetingRecorded;
import dk.erhvervshuse.events.guidance.GuidanceMeetingWithdrawn;
import dk.erhvervshuse.query.api.AuditCorrection;
import dk.erhvervshuse.query.api.AuditCorrection.Kind;
import org.bson.Document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static dk.erhvervshuse.query.support.BsonValues.documents;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/**
 * What a correction changed (§9: "misbrug og fejl undgås" — errors are corrected in the open): the audit trail
 * keeps, per subject that can be corrected, every version the log registered, each with its position, in
 * {@value #SUBJECTS}. A correction at position {@code p} is compared with the subject's last version before
 * {@code p}, so the answer depends only on the log up to {@code p}, however often the event is delivered.
 * <p>
 * Subjects: a meeting of a case ({@code case:<caseId>}, by meeting id), a case's registration (same document),
 * a delivery stream ({@code delivery:<streamId>}) and a result contract ({@code contract:<contractId>}).
 * Values are kept as text: decimals without trailing zeros, themes as a sorted list.
 */
final class AuditCorrections {

    static final String SUBJECTS = "audit_subjects";

    private static final String MEETINGS = "meetings";
    private static final String MEETING_ID = "meetingId";
    private static final String REGISTRATION = "registration";
    private static final String VERSIONS = "versions";
    private static final String POSITION = "position";
    private static final String FACTS = "facts";
    private static final String WITHDRAWN = "withdrawn";

    private AuditCorrections() {
    }

    /** The subject document an event adds a version to, or null for events that register nothing correctable. */
    static String subjectOf(Object payload) {
        if (payload instanceof GuidanceCaseOpened e) {
            return "case:" + e.caseId();
        } else if (payload instanceof GuidanceMeetingRecorded e) {
            return "case:" + e.caseId();
        } else if (payload instanceof GuidanceMeetingCorrected e) {
            return "case:" + e.caseId();
        } else if (payload instanceof GuidanceMeetingWithdrawn e) {
            return "case:" + e.caseId();
        } else if (payload instanceof CaseRegistrationCorrected e) {
            return "case:" + e.caseId();
        } else if (payload instanceof DeliveryEvent e) {
            return "delivery:" + e.deliveryStreamId();
        } else if (payload instanceof ResultContractProposed e) {
            return "contract:" + e.contractId();
        } else if (payload instanceof ResultContractAmended e) {
            return "contract:" + e.contractId();
        }
        return null;
    }

    /**
     * What the event at {@code position} corrected, judged against {@code subject} as the batch holds it
     * (possibly already holding this event and later ones, which are ignored); null if it corrects nothing.
     */
    static AuditCorrection correctionOf(Object payload, long position, Document subject) {
        if (payload instanceof GuidanceMeetingCorrected e) {
            Version before = lastBefore(meetingVersions(subject, e.meetingId()), position);
            return changed(Kind.MEETING_CORRECTED, e.meetingId(), before, meetingFacts(e.adviserId(),
                    e.form(), e.hours(), e.themes(), e.heldOn()));
        } else if (payload instanceof GuidanceMeetingWithdrawn e) {
            Version before = lastBefore(meetingVersions(subject, e.meetingId()), position);
            List<AuditCorrection.Field> fields = new ArrayList<>();
            if (before != null) {
                before.facts().forEach((name, value) -> fields.add(new AuditCorrection.Field(name, value, null)));
            }
            return new AuditCorrection(Kind.MEETING_WITHDRAWN, e.meetingId(),
                    before == null ? null : before.position(), fields);
        } else if (payload instanceof CaseRegistrationCorrected e) {
            Version before = lastBefore(versions(subject, REGISTRATION), position);
            return changed(Kind.REGISTRATION_CORRECTED, e.caseId(), before, registrationFacts(e));
        } else if (payload instanceof DeliveryEvent e) {
            Version before = lastBefore(versions(subject, VERSIONS), position);
            return before == null ? null : changed(Kind.DELIVERY_RESTATED, e.deliveryStreamId(), before,
                    deliveryFacts(e));
        } else if (payload instanceof ResultContractAmended e) {
            Version before = lastBefore(versions(subject, VERSIONS), position);
            return changed(Kind.CONTRACT_AMENDED, e.contractId(), before, goalFacts(e.goals()));
        }
        return null;
    }

    /** Adds the version the event registers to its subject; a version already there is not added again. */
    static void register(Object payload, long position, Document subject) {
        if (payload instanceof GuidanceMeetingRecorded e) {
            addVersion(meetingVersionList(subject, e.meetingId()), position,
                    meetingFacts(e.adviserId(), e.form(), e.hours(), e.themes(), e.heldOn()));
        } else if (payload instanceof GuidanceMeetingCorrected e) {
            addVersion(meetingVersionList(subject, e.meetingId()), position,
                    meetingFacts(e.adviserId(), e.form(), e.hours(), e.themes(), e.heldOn()));
        } else if (payload instanceof GuidanceMeetingWithdrawn e) {
            addVersion(meetingVersionList(subject, e.meetingId()), position, Map.of(WITHDRAWN, "true"));
        } else if (payload instanceof GuidanceCaseOpened e) {
            addVersion(documents(subject, REGISTRATION), position, registrationFacts(e));
        } else if (payload instanceof CaseRegistrationCorrected e) {
            addVersion(documents(subject, REGISTRATION), position, registrationFacts(e));
        } else if (payload instanceof DeliveryEvent e) {
            addVersion(documents(subject, VERSIONS), position, deliveryFacts(e));
        } else if (payload instanceof ResultContractProposed e) {
            addVersion(documents(subject, VERSIONS), position, goalFacts(e.goals()));
        } else if (payload instanceof ResultContractAmended e) {
            addVersion(documents(subject, VERSIONS), position, goalFacts(e.goals()));
        }
    }

    // ---- the facts of each subject, as text

    private static Map<String, String> meetingFacts(String adviserId, Object form, BigDecimal hours, List<?> themes,
                                                    Object heldOn) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("adviserId", adviserId);
        facts.put("form", text(form));
        facts.put("hours", text(hours));
        facts.put("themes", themes(themes));
        facts.put("heldOn", text(heldOn));
        return facts;
    }

    private static Map<String, String> registrationFacts(GuidanceCaseOpened e) {
        return registration(e.office(), e.pNumber() == null ? null : e.pNumber().value(), e.foundedOn(),
                e.segment(), e.themes());
    }

    private static Map<String, String> registrationFacts(CaseRegistrationCorrected e) {
        return registration(e.office(), e.pNumber() == null ? null : e.pNumber().value(), e.foundedOn(),
                e.segment(), e.themes());
    }

    private static Map<String, String> registration(Object office, String pNumber, Object foundedOn, Object segment,
                                                    List<?> themes) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("office", text(office));
        facts.put("pNumber", pNumber);
        facts.put("foundedOn", text(foundedOn));
        facts.put("segment", text(segment));
        facts.put("themes", themes(themes));
        return facts;
    }

    private static Map<String, String> deliveryFacts(DeliveryEvent event) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (event instanceof AwarenessSurveyDelivered e) {
            facts.put("awareOfHousePercent", text(e.awareOfHousePercent()));
            facts.put("awareOfOffersPercent", text(e.awareOfOffersPercent()));
            facts.put("respondents", String.valueOf(e.respondents()));
            facts.put("status", text(e.status()));
            facts.put("revision", String.valueOf(e.revision()));
        } else if (event instanceof CompanyAccountsDelivered e) {
            facts.put("revenue", text(e.revenue()));
            facts.put("fullTimeEmployees", text(e.fullTimeEmployees()));
            facts.put("grossProfit", text(e.grossProfit()));
            facts.put("status", text(e.status()));
            facts.put("revision", String.valueOf(e.revision()));
        } else if (event instanceof ControlGroupGrowthDelivered e) {
            facts.put("revenueGrowthPercent", text(e.revenueGrowthPercent()));
            facts.put("employmentGrowthPercent", text(e.employmentGrowthPercent()));
            facts.put("revenuePerEmployeeGrowthPercent", text(e.revenuePerEmployeeGrowthPercent()));
            facts.put("grossProfitPerEmployeeGrowthPercent", text(e.grossProfitPerEmployeeGrowthPercent()));
            facts.put("status", text(e.status()));
            facts.put("revision", String.valueOf(e.revision()));
        }
        return facts;
    }

    /** A contract's goals as {@code <goalId>.target}: "AT_LEAST 3", in goal order. */
    private static Map<String, String> goalFacts(List<ContractGoal> goals) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (ContractGoal goal : goals) {
            facts.put(goal.goalId() + ".target", text(goal.comparison()) + " " + text(goal.target()));
        }
        return facts;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static String themes(List<?> themes) {
        Set<String> names = new TreeSet<>();
        if (themes != null) {
            themes.forEach(theme -> names.add(text(theme)));
        }
        return String.join(", ", names);
    }

    // ---- versions

    private record Version(long position, Map<String, String> facts) {
    }

    private static AuditCorrection changed(Kind kind, String subjectId, Version before, Map<String, String> after) {
        List<AuditCorrection.Field> fields = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(after.keySet());
        if (before != null) {
            names.addAll(before.facts().keySet());
        }
        for (String name : names) {
            String previous = before == null ? null : before.facts().get(name);
            String corrected = after.get(name);
            if (before == null || !Objects.equals(previous, corrected)) {
                fields.add(new AuditCorrection.Field(name, previous, corrected));
            }
        }
        return new AuditCorrection(kind, subjectId, before == null ? null : before.position(), fields);
    }

    private static Version lastBefore(List<Document> versions, long position) {
        Version last = null;
        for (Document version : versions) {
            long at = ((Number) version.get(POSITION)).longValue();
            if (at < position && (last == null || at > last.position())) {
                Map<String, String> facts = new LinkedHashMap<>();
                Document stored = version.get(FACTS, Document.class);
                if (stored != null) {
                    stored.forEach((name, value) -> facts.put(name, value == null ? null : value.toString()));
                }
                last = new Version(at, facts);
            }
        }
        return last;
    }

    private static void addVersion(List<Document> versions, long position, Map<String, String> facts) {
        for (Document version : versions) {
            if (((Number) version.get(POSITION)).longValue() == position) {
                return;
            }
        }
        Document stored = new Document();
        facts.forEach(stored::append);
        versions.add(new Document(POSITION, position).append(FACTS, stored));
    }

    private static List<Document> versions(Document subject, String key) {
        return nested(subject, key);
    }

    private static List<Document> meetingVersions(Document subject, String meetingId) {
        for (Document meeting : nested(subject, MEETINGS)) {
            if (meetingId.equals(meeting.getString(MEETING_ID))) {
                return nested(meeting, VERSIONS);
            }
        }
        return List.of();
    }

    private static List<Document> meetingVersionList(Document subject, String meetingId) {
        List<Document> meetings = documents(subject, MEETINGS);
        for (Document meeting : meetings) {
            if (meetingId.equals(meeting.getString(MEETING_ID))) {
                return documents(meeting, VERSIONS);
            }
        }
        Document meeting = new Document(MEETING_ID, meetingId);
        meetings.add(meeting);
        return documents(meeting, VERSIONS);
    }
}
