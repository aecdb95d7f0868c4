/**
 * Events of specialised guidance (specialiseret vejledning, agreement §5.1 and §9): a guidance case
 * of one company at one house, its meetings, referrals, user evaluation and corrections; and the
 * hours ledger of one company at one house, which carries the 20-hour rule across cases.
 * <p>
 * Frozen package: class names are stored in the log. Moving or renaming a class needs an upcaster.
 */
package dk.erhvervshuse.events.guidance;
