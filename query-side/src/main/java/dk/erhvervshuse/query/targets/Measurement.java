package dk.erhvervshuse.query.targets;

import java.math.BigDecimal;

/**
 * A goal's value for a house (or the nation) and year, as a definition measures it.
 *
 * @param actual   the value as shown, rounded ({@link DefinitionChoices#displayScale}); null when not measurable
 * @param exact    the value before rounding, which is what is held against the target; null when not measurable
 * @param delivery the external delivery the value rests on, if any
 * @param note     why the value is missing, or what else a reader must know; null if nothing
 */
public record Measurement(BigDecimal actual, BigDecimal exact, Counts counts, DeliveryBasis delivery, String note) {

    public static Measurement of(BigDecimal exact, String unit, Counts counts, DeliveryBasis delivery, String note) {
        return new Measurement(DefinitionChoices.rounded(exact, unit), exact, counts, delivery, note);
    }

    public static Measurement notMeasurable(Counts counts, DeliveryBasis delivery, String why) {
        return new Measurement(null, null, counts, delivery, why);
    }
}
