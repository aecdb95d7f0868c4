package dk.erhvervshuse.query.api;

import dk.erhvervshuse.events.common.House;

import java.util.List;
import java.util.Optional;

/** Sealed yearly reports (§9), as supervision reads them (§10.2). Each answer is a key look-up. */
public interface SealedReportQueries {

    /** The seal with this id, e.g. {@code report:FYN:2025:1}. */
    Optional<SealedReportView> sealedReport(String sealId);

    /** Every seal of the house's report for the year ({@code house} null: the national report), by number. */
    List<SealedReportView> sealedReports(House house, int year);
}
