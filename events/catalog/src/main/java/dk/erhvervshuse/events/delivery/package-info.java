/**
 * Events of the data delivered from outside the houses: the Business Authority's awareness survey
 * (goal 2, §8.1, §9) and the effect data of goal 5 (company accounts, control-group growth). A later
 * delivery for the same period restates the earlier one. Frozen package: class names are stored in the log.
 */
package dk.erhvervshuse.events.delivery;
