/**
 * Compliance views for ministry supervision (tilsyn, §10.2) of the agreement's rules, per house and year: the
 * 20-hour rule's management decision (§5.1), the 3-hour rule's selection for user evaluation and the
 * registration minimum (§9), evaluations of cases never selected, and corrections per adviser (§9: errors
 * corrected in the open). Each view is its own collection keyed by {@code HOUSE:YEAR}, kept by the processing
 * group {@code compliance} and read with one key look-up. The rules are checked independently of the command
 * side's policies ({@link dk.erhvervshuse.query.compliance.ComplianceRules}): a view lists what the log shows,
 * including what those policies should have prevented.
 */
package dk.erhvervshuse.query.compliance;
