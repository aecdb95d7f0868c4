/**
 * Events of the yearly reports (afrapportering, agreement §9): a house's report on its result contract's goals
 * to KKR, KL and the Business Authority, and the Authority's national report, each sealed with the numbers as
 * reported, the definitions and build they were computed with, and the place in the log they reflect, so that
 * supervision (tilsyn, §10.2) can see what was reported and hold it against the record. Frozen package: class
 * names are stored in the log.
 */
package dk.erhvervshuse.events.report;
