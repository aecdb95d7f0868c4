/**
 * Events of the annual result contracts (resultatkontrakter, agreement §8.2) between KKR and each house:
 * the national goals of §8.1 with the house's targets for the year, local goals, the two signatures,
 * and amendments. Frozen package: class names are stored in the log.
 */
package dk.erhvervshuse.events.contract;
