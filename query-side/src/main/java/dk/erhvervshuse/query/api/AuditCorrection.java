package dk.erhvervshuse.query.api;

import java.util.List;

/**
 * What a correction changed (§9: errors are corrected, never silently overwritten): the subject corrected
 * and, field by field, the value before and after, as the log knows them. Where the log holds no earlier
 * registration of the subject, the previous values are null.
 *
 * @param kind             what kind of correction
 * @param subjectId        the meeting, case, delivery stream or contract corrected
 * @param previousPosition the log position of the event that registered the values corrected; null if unknown
 * @param fields           the fields that changed, in a fixed order; for a withdrawal, the meeting as it stood
 */
public record AuditCorrection(Kind kind, String subjectId, Long previousPosition, List<Field> fields) {

    public AuditCorrection {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public enum Kind {
        /** Vejledningsmøde rettet: a meeting's facts corrected. */
        MEETING_CORRECTED,
        /** Vejledningsmøde trukket tilbage: a meeting withdrawn; it no longer counts. */
        MEETING_WITHDRAWN,
        /** Registrering rettet: the case's registration (§9 minimum) corrected. */
        REGISTRATION_CORRECTED,
        /** A later delivery of the same period restating an earlier one. */
        DELIVERY_RESTATED,
        /** Resultatkontrakt ændret: a contract's goals amended (§8.2). */
        CONTRACT_AMENDED
    }

    /**
     * @param name      the field, e.g. {@code hours}, {@code segment}, {@code goal1.target}
     * @param previous  its value before, as text; null if unknown or absent
     * @param corrected its value after, as text; null if absent (a withdrawn meeting, a removed goal)
     */
    public record Field(String name, String previous, String corrected) {
    }
}
