/**
 * External data delivered to the registry (agreement §8.1, §9): the Business Authority's awareness survey
 * (goal 2) and the effect data of goal 5 (company accounts, control-group growth).
 * <p>
 * One aggregate per kind of delivery, each stream its own consistency boundary — the deliveries of one
 * subject for one year: {@link dk.erhvervshuse.command.delivery.AwarenessSurveyDeliveries} (house × year),
 * {@link dk.erhvervshuse.command.delivery.CompanyAccountsDeliveries} (CVR × year) and
 * {@link dk.erhvervshuse.command.delivery.ControlGroupGrowthDeliveries} (segment × year). Three typed
 * aggregates rather than one generic stream, so each keeps its own figures with their own types and a
 * command can only reach a stream of its kind; what they share, preliminary → final and restatement by
 * revision, is one rule, {@link dk.erhvervshuse.command.delivery.RestatementRule}.
 */
package dk.erhvervshuse.command.delivery;
