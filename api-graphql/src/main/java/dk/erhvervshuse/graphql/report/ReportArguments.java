package dk.erhvervshuse.graphql.report;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.contract.AgreementTerms;
import dk.erhvervshuse.query.api.InvalidQuery;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The arguments that name a report or a seal, checked before anything is read; each refusal names its rule. */
final class ReportArguments {

    static final String NATIONAL = "NATIONAL";
    private static final Pattern SEAL_ID = Pattern.compile("report:([A-Z]+):(\\d{4}):([1-9]\\d{0,8})");

    private ReportArguments() {
    }

    /** The agreement's years (§8.1, §9): there are no goals, so no report, outside them. */
    static int requireYear(int year) {
        if (!AgreementTerms.covers(year)) {
            throw new InvalidQuery("year", "year.outsideAgreement", "the agreement covers "
                    + AgreementTerms.FIRST_YEAR + "–" + AgreementTerms.LAST_YEAR + "; there is no yearly report for "
                    + year);
        }
        return year;
    }

    /** A house as a path names it, {@code fyn} or {@code FYN}. */
    static House house(String name) {
        try {
            return House.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidQuery("house", "house.unknown", "there is no house '" + name + "'; the houses are "
                    + java.util.Arrays.toString(House.values()));
        }
    }

    /** What a seal's id names: {@code report:FYN:2025:2} is the second seal of Fyn's report for 2025. */
    record SealRef(House house, int year, int number) {
    }

    static SealRef seal(String id) {
        Matcher matcher = id == null ? null : SEAL_ID.matcher(id);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidQuery("id", "sealId.format", "a sealed report's id is report:HOUSE:YEAR:NUMBER, e.g. "
                    + "report:FYN:2025:1 or report:NATIONAL:2025:1; not " + id);
        }
        String scope = matcher.group(1);
        House house = NATIONAL.equals(scope) ? null : house(scope);
        return new SealRef(house, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
    }
}
