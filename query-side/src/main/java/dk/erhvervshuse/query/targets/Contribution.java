package dk.erhvervshuse.query.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one company, case, evaluation or delivery contributes to one goal of one house and year: counted or
 * excluded, with the reason in words, the numbers it adds, and the log positions of the events it rests on.
 * A definition derives its contributions from the company's facts afresh each time (never as a change to
 * what was there), so re-deriving them after a redelivery gives the same.
 *
 * @param key         orders the explanation and identifies the entry: the CVR first (so entries of one company
 *                    sit together), e.g. {@code 13748136} or {@code 13748136/c-1/e-2}
 * @param counted     whether it is in the measure's population (the denominator of a share, the respondents of an NPS)
 * @param category    for an NPS: PROMOTER, PASSIVE or DETRACTOR
 * @param hit         for a share: whether it is in the numerator
 * @param value       the number it contributes: a score, a growth in percent, a survey's percentage
 * @param weight      the weight of the value where values are pooled: a survey's respondents
 * @param preliminary it rests on a preliminary delivery
 * @param restated    it rests on a delivery that restates an earlier one (revision 2 or later)
 */
public record Contribution(String key, String cvr, String caseId, boolean counted, String reason, String category,
                           boolean hit, BigDecimal value, long weight, boolean preliminary, boolean restated,
                           List<Long> positions) {

    /** Keys of entries that concern no company (a survey delivery) start with this, ahead of any CVR. */
    public static final String NO_COMPANY = "000";

    /** Characters of the key that name its part: a CVR's first three digits. */
    public static final int PART_KEY_LENGTH = 3;

    public Contribution {
        Objects.requireNonNull(key, "key");
        positions = positions == null ? List.of() : List.copyOf(positions);
    }

    public static Contribution counted(String key, String cvr, String caseId, String reason, List<Long> positions) {
        return new Contribution(key, cvr, caseId, true, reason, null, false, null, 0, false, false, positions);
    }

    public static Contribution excluded(String key, String cvr, String caseId, String reason, List<Long> positions) {
        return new Contribution(key, cvr, caseId, false, reason, null, false, null, 0, false, false, positions);
    }

    public Contribution withCategory(String newCategory) {
        return new Contribution(key, cvr, caseId, counted, reason, newCategory, hit, value, weight, preliminary,
                restated, positions);
    }

    public Contribution withHit(boolean newHit) {
        return new Contribution(key, cvr, caseId, counted, reason, category, newHit, value, weight, preliminary,
                restated, positions);
    }

    public Contribution withValue(BigDecimal newValue, long newWeight) {
        return new Contribution(key, cvr, caseId, counted, reason, category, hit, newValue, newWeight, preliminary,
                restated, positions);
    }

    public Contribution restingOn(boolean onPreliminary, boolean onRestated) {
        return new Contribution(key, cvr, caseId, counted, reason, category, hit, value, weight, onPreliminary,
                onRestated, positions);
    }

    /**
     * The part of the explanation the entry is kept in: the first three characters of its key (of a CVR), so
     * that the parts in order hold the entries in order, and a company's entries are always in the same part.
     */
    public String chunk() {
        return chunkOf(key);
    }

    public static String chunkOf(String key) {
        return key.length() <= PART_KEY_LENGTH ? key : key.substring(0, PART_KEY_LENGTH);
    }
}
