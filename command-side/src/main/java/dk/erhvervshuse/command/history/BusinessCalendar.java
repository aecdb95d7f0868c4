package dk.erhvervshuse.command.history;

import dk.erhvervshuse.command.input.InputGuards;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Set;

/**
 * Danish working days and office hours: the houses register on weekdays that are not public holidays,
 * between 08:00 and 16:00 Copenhagen time. Store Bededag is a working day again from 2024.
 */
final class BusinessCalendar {

    static final ZoneId COPENHAGEN = InputGuards.COPENHAGEN;
    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(16, 0);
    static final int OPEN_SECONDS = 8 * 60 * 60;

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(6, 5),
            MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));
    /** Skærtorsdag, langfredag, 2. påskedag, Kristi himmelfartsdag, 2. pinsedag, counted from Easter Sunday. */
    private static final int[] EASTER_OFFSETS = {-3, -2, 1, 39, 50};

    /** Business days of 2000–2100 are numbered once, so that stepping over them is a look-up. */
    private static final LocalDate TABLE_START = LocalDate.of(2000, 1, 1);
    private static final LocalDate TABLE_END = LocalDate.of(2100, 12, 31);
    private static final long TABLE_OFFSET = TABLE_START.toEpochDay();
    /** For each day of the table, the number of business days before it. */
    private static final int[] RANK;
    /** The business days of the table, as epoch days. */
    private static final long[] BUSINESS_DAYS;

    static {
        int days = (int) (TABLE_END.toEpochDay() - TABLE_OFFSET + 1);
        RANK = new int[days];
        long[] businessDays = new long[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            RANK[i] = count;
            LocalDate day = TABLE_START.plusDays(i);
            if (computeIsBusinessDay(day)) {
                businessDays[count++] = day.toEpochDay();
            }
        }
        BUSINESS_DAYS = Arrays.copyOf(businessDays, count);
    }

    private BusinessCalendar() {
    }

    static boolean isBusinessDay(LocalDate date) {
        if (inTable(date)) {
            int i = index(date);
            return i + 1 < RANK.length ? RANK[i + 1] > RANK[i] : BUSINESS_DAYS[BUSINESS_DAYS.length - 1] == date.toEpochDay();
        }
        return computeIsBusinessDay(date);
    }

    private static boolean computeIsBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || FIXED_HOLIDAYS.contains(MonthDay.from(date))) {
            return false;
        }
        LocalDate easter = easterSunday(date.getYear());
        for (int offset : EASTER_OFFSETS) {
            if (date.equals(easter.plusDays(offset))) {
                return false;
            }
        }
        return true;
    }

    static LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The business day {@code days} business days after (or, negative, before) the business day on or after {@code date}. */
    static LocalDate plusBusinessDays(LocalDate date, int days) {
        LocalDate start = days >= 0 ? onOrAfter(date) : onOrBefore(date);
        if (inTable(start)) {
            int target = RANK[index(start)] + days;
            if (target >= 0 && target < BUSINESS_DAYS.length) {
                return LocalDate.ofEpochDay(BUSINESS_DAYS[target]);
            }
        }
        LocalDate day = start;
        int step = days >= 0 ? 1 : -1;
        for (int left = Math.abs(days); left > 0; left--) {
            day = day.plusDays(step);
            while (!isBusinessDay(day)) {
                day = day.plusDays(step);
            }
        }
        return day;
    }

    private static boolean inTable(LocalDate date) {
        return !date.isBefore(TABLE_START) && !date.isAfter(TABLE_END);
    }

    private static int index(LocalDate date) {
        return (int) (date.toEpochDay() - TABLE_OFFSET);
    }

    /** A business day from {@code from} through {@code to}, or null when there is none. */
    static LocalDate anyBusinessDay(Draw draw, LocalDate from, LocalDate to) {
        LocalDate first = onOrAfter(from);
        LocalDate last = onOrBefore(to);
        if (first.isAfter(last)) {
            return null;
        }
        long span = last.toEpochDay() - first.toEpochDay();
        for (int attempt = 0; attempt < 50; attempt++) {
            LocalDate day = first.plusDays(draw.between(0L, span));
            if (isBusinessDay(day)) {
                return day;
            }
        }
        return first;
    }

    /** The moment {@code secondsAfterOpening} seconds after 08:00 on {@code day}, in Copenhagen. */
    static Instant at(LocalDate day, int secondsAfterOpening) {
        return ZonedDateTime.of(day, OPENS.plusSeconds(secondsAfterOpening), COPENHAGEN).toInstant();
    }

    static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, COPENHAGEN);
    }

    static boolean withinOfficeHours(Instant instant) {
        ZonedDateTime local = instant.atZone(COPENHAGEN);
        LocalTime time = local.toLocalTime();
        return isBusinessDay(local.toLocalDate()) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
