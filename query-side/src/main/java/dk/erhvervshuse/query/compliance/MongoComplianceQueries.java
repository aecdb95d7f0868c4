package dk.erhvervshuse.query.compliance;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.query.api.AdviserCorrections;
import dk.erhvervshuse.query.api.CaseOverThreeHoursNotSelected;
import dk.erhvervshuse.query.api.ComplianceQueries;
import dk.erhvervshuse.query.api.EvaluationOfUnselectedCase;
import dk.erhvervshuse.query.api.IncompleteRegistration;
import dk.erhvervshuse.query.api.InvalidQuery;
import dk.erhvervshuse.query.api.TwentyHoursWithoutDecision;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dk.erhvervshuse.query.support.BsonValues.date;
import static dk.erhvervshuse.query.support.BsonValues.decimal;
import static dk.erhvervshuse.query.support.BsonValues.nested;

/** Answers {@link ComplianceQueries} with one {@code _id} look-up of the view's house-year document each. */
@Component
public class MongoComplianceQueries implements ComplianceQueries {

    private final MongoDatabase database;

    public MongoComplianceQueries(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public List<TwentyHoursWithoutDecision> twentyHoursWithoutDecision(House house, int year) {
        return read(ComplianceView.TWENTY_HOURS_WITHOUT_DECISION, house, year, entry ->
                new TwentyHoursWithoutDecision(entry.getString("cvr"), entry.getString("ledgerId"),
                        TwentyHoursWithoutDecision.Status.valueOf(entry.getString("status")),
                        entry.getString("requirementId"), date(entry, "windowFrom"), date(entry, "windowTo"),
                        decimal(entry, "hoursInWindow")),
                Comparator.comparing(TwentyHoursWithoutDecision::cvr)
                        .thenComparing(TwentyHoursWithoutDecision::windowTo));
    }

    @Override
    public List<CaseOverThreeHoursNotSelected> casesOverThreeHoursNotSelected(House house, int year) {
        return read(ComplianceView.CASES_OVER_THREE_HOURS_NOT_SELECTED, house, year, entry ->
                new CaseOverThreeHoursNotSelected(entry.getString("caseId"), entry.getString("cvr"),
                        date(entry, "passedOn"), decimal(entry, "hoursWhenPassed"), decimal(entry, "countingHours")),
                Comparator.comparing(CaseOverThreeHoursNotSelected::passedOn)
                        .thenComparing(CaseOverThreeHoursNotSelected::caseId));
    }

    @Override
    public List<IncompleteRegistration> incompleteRegistrations(House house, int year) {
        return read(ComplianceView.INCOMPLETE_REGISTRATIONS, house, year, entry -> {
            List<IncompleteRegistration.Missing> missing = new ArrayList<>();
            for (Document gap : nested(entry, "missing")) {
                missing.add(new IncompleteRegistration.Missing(
                        IncompleteRegistration.Field.valueOf(gap.getString("field")), gap.getString("referralId")));
            }
            return new IncompleteRegistration(entry.getString("caseId"), entry.getString("cvr"),
                    date(entry, "openedOn"), missing);
        }, Comparator.comparing(IncompleteRegistration::caseId));
    }

    @Override
    public List<EvaluationOfUnselectedCase> evaluationsOfUnselectedCases(House house, int year) {
        return read(ComplianceView.EVALUATIONS_OF_UNSELECTED_CASES, house, year, entry ->
                new EvaluationOfUnselectedCase(entry.getString("caseId"), entry.getString("cvr"),
                        entry.getString("evaluationId"), date(entry, "receivedOn"), decimal(entry, "countingHours")),
                Comparator.comparing(EvaluationOfUnselectedCase::receivedOn)
                        .thenComparing(EvaluationOfUnselectedCase::caseId)
                        .thenComparing(EvaluationOfUnselectedCase::evaluationId));
    }

    /** The view holds counts per case and user; here they are gathered per user, most corrections first. */
    @Override
    public List<AdviserCorrections> correctionsByAdviser(House house, int year) {
        Map<String, List<Document>> byUser = new LinkedHashMap<>();
        for (Document entry : entriesOf(ComplianceView.CORRECTIONS, house, year)) {
            byUser.computeIfAbsent(entry.getString("userId") + "\u0000" + entry.getString("role"),
                    key -> new ArrayList<>()).add(entry);
        }
        List<AdviserCorrections> advisers = new ArrayList<>();
        byUser.values().forEach(entries -> {
            List<AdviserCorrections.CorrectedCase> cases = new ArrayList<>();
            for (Document entry : entries) {
                cases.add(new AdviserCorrections.CorrectedCase(entry.getString("caseId"), entry.getString("cvr"),
                        count(entry, CaseFacts.Correction.MEETING_CORRECTED),
                        count(entry, CaseFacts.Correction.MEETING_WITHDRAWN),
                        count(entry, CaseFacts.Correction.REGISTRATION_CORRECTED)));
            }
            cases.sort(Comparator.comparing(AdviserCorrections.CorrectedCase::caseId));
            advisers.add(new AdviserCorrections(entries.get(0).getString("userId"), entries.get(0).getString("role"),
                    cases.stream().mapToInt(AdviserCorrections.CorrectedCase::meetingCorrections).sum(),
                    cases.stream().mapToInt(AdviserCorrections.CorrectedCase::meetingWithdrawals).sum(),
                    cases.stream().mapToInt(AdviserCorrections.CorrectedCase::registrationCorrections).sum(),
                    cases));
        });
        advisers.sort(Comparator.comparingInt(AdviserCorrections::total).reversed()
                .thenComparing(adviser -> String.valueOf(adviser.userId())));
        return List.copyOf(advisers);
    }

    private <T> List<T> read(ComplianceView view, House house, int year, Function<Document, T> reading,
                             Comparator<T> order) {
        List<T> entries = new ArrayList<>();
        for (Document entry : entriesOf(view, house, year)) {
            entries.add(reading.apply(entry));
        }
        entries.sort(order);
        return List.copyOf(entries);
    }

    private List<Document> entriesOf(ComplianceView view, House house, int year) {
        if (house == null) {
            throw new InvalidQuery("house", "house.required", "house: name the house whose compliance to read");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidQuery("year", "year.range",
                    "year: must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year);
        }
        Document document = database.getCollection(view.collection())
                .find(Filters.eq("_id", ComplianceView.idOf(house.name(), year))).first();
        return document == null ? List.of() : nested(document, ComplianceView.ENTRIES);
    }

    private static int count(Document entry, CaseFacts.Correction kind) {
        Integer count = entry.getInteger(kind.name());
        return count == null ? 0 : count;
    }
}
