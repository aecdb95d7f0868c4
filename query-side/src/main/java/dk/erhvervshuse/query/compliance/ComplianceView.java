package dk.erhvervshuse.query.compliance;

import java.util.List;

/**
 * The compliance views, each a read model of its own: one document per house and year ({@code _id}
 * {@code HOUSE:YEAR}, e.g. {@code FYN:2025}) holding the entries of that house-year, each tagged with the case
 * or hours ledger it comes from ({@value #SUBJECT}), so that a subject's entries are replaced whole when it
 * changes.
 */
enum ComplianceView {
    TWENTY_HOURS_WITHOUT_DECISION("compliance_twenty_hours"),
    CASES_OVER_THREE_HOURS_NOT_SELECTED("compliance_unselected_cases"),
    INCOMPLETE_REGISTRATIONS("compliance_incomplete_registrations"),
    EVALUATIONS_OF_UNSELECTED_CASES("compliance_unselected_evaluations"),
    CORRECTIONS("compliance_corrections");

    static final String SUBJECT = "subject";
    static final String ENTRIES = "entries";
    static final String HOUSE = "house";
    static final String YEAR = "year";

    /** The views a guidance case contributes to; an hours ledger contributes to the 20-hour view. */
    static final List<ComplianceView> OF_CASES = List.of(CASES_OVER_THREE_HOURS_NOT_SELECTED,
            INCOMPLETE_REGISTRATIONS, EVALUATIONS_OF_UNSELECTED_CASES, CORRECTIONS);
    static final List<ComplianceView> OF_LEDGERS = List.of(TWENTY_HOURS_WITHOUT_DECISION);

    private final String collection;

    ComplianceView(String collection) {
        this.collection = collection;
    }

    String collection() {
        return collection;
    }

    static String idOf(String house, int year) {
        return house + ":" + year;
    }
}
