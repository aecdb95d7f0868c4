package dk.erhvervshuse.query.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How explanations put numbers, ages and lists into words, the same way for every definition. */
final class Wording {

    private Wording() {
    }

    /** "3 years and 2 months", "2 years, 11 months and 30 days", "0 days". */
    static String age(LocalDate from, LocalDate to) {
        Period period = Period.between(from, to);
        List<String> parts = new ArrayList<>();
        unit(parts, period.getYears(), "year");
        unit(parts, period.getMonths(), "month");
        unit(parts, period.getDays(), "day");
        if (parts.isEmpty()) {
            return "0 days";
        }
        return list(parts);
    }

    private static void unit(List<String> parts, int amount, String name) {
        if (amount != 0) {
            parts.add(amount + " " + name + (Math.abs(amount) == 1 ? "" : "s"));
        }
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** 1250000 → "1,250,000"; 12.5 → "12.5". */
    static String number(BigDecimal value) {
        if (value == null) {
            return "?";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** 25 → "+25.00 %"; -3.456 → "-3.46 %". */
    static String percent(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + " %";
    }
}
