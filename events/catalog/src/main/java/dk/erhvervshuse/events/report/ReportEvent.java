package dk.erhvervshuse.events.report;

import dk.erhvervshuse.events.common.House;

/** Everything that can happen to the yearly report of one house (or the national report) for one year. */
public sealed interface ReportEvent permits ReportSealed {

    /** Where a house's name would stand in the id of the Business Authority's national report. */
    String NATIONAL = "NATIONAL";

    /** {@code report:FYN:2025}, or {@code report:NATIONAL:2025}; see {@link #reportIdOf}. */
    String reportId();

    /** The house whose report it is; null for the national report. */
    House house();

    int year();

    /** {@code report:FYN:2025} for a house's report, {@code report:NATIONAL:2025} for the national one (house null). */
    static String reportIdOf(House house, int year) {
        return "report:" + scopeOf(house) + ":" + year;
    }

    /** {@code report:FYN:2025:2}: the second seal of that report. */
    static String sealIdOf(String reportId, int sealNumber) {
        return reportId + ":" + sealNumber;
    }

    /** A house's name, or {@link #NATIONAL} for the national report. */
    static String scopeOf(House house) {
        return house == null ? NATIONAL : house.name();
    }
}
