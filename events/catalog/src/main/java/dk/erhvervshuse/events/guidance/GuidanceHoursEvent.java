package dk.erhvervshuse.events.guidance;

import dk.erhvervshuse.events.common.Cvr;
import dk.erhvervshuse.events.common.House;

/**
 * Everything that can happen to the hours ledger of one company at one house: the consistency
 * boundary of the 20-hour rule (§5.1), which spans all the company's cases at that house.
 */
public sealed interface GuidanceHoursEvent permits GuidanceHoursCounted, ManagementDecisionRequired,
        ManagementDecisionRecorded {

    String ledgerId();

    House house();

    Cvr cvr();

    /** The ledger of a company at a house: one per (house, CVR). */
    static String ledgerIdOf(House house, Cvr cvr) {
        return house.name() + ":" + cvr.value();
    }
}
