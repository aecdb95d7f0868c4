package dk.erhvervshuse.query.api;

import dk.erhvervshuse.events.common.House;

import java.util.List;

/**
 * Compliance with the agreement's rules, per house and year, for supervision (tilsyn, §10.2): each a view
 * of its own, precomputed from the log and read with one key look-up. Every list is empty when the house
 * kept the rule that year.
 *
 * @throws InvalidQuery from every method, naming {@code house} or {@code year} when not given or out of range
 */
public interface ComplianceQueries {

    /** The years a view may be asked for; anything outside is surely a mistake. */
    int MIN_YEAR = 2000;
    int MAX_YEAR = 2100;

    /**
     * §5.1: companies guided more than 20 hours within 12 months at the house without management's explicit
     * decision, by the year the guidance passed 20 hours.
     */
    List<TwentyHoursWithoutDecision> twentyHoursWithoutDecision(House house, int year);

    /** §9: cases guided more than 3 hours but never selected for user evaluation, by the year they passed 3 hours. */
    List<CaseOverThreeHoursNotSelected> casesOverThreeHoursNotSelected(House house, int year);

    /**
     * §9: cases whose registration lacks part of the minimum (P-number, segment, theme) or whose referral lacks
     * its partner or category, by the year the case was opened (a referral's gap by the year of the referral).
     */
    List<IncompleteRegistration> incompleteRegistrations(House house, int year);

    /** §9: user evaluations received for cases never selected for evaluation, by the year received. */
    List<EvaluationOfUnselectedCase> evaluationsOfUnselectedCases(House house, int year);

    /**
     * §9: the corrections and withdrawals each user registered at the house, by the year they were recorded
     * (Danish time), with the cases they concern; most corrections first.
     */
    List<AdviserCorrections> correctionsByAdviser(House house, int year);
}
