/**
 * Target definitions: how each measure of the national goals (§8.1) is computed from the event history,
 * as named, versioned definitions ({@code goal1/v1}) grouped in a {@link dk.erhvervshuse.query.targets.DefinitionSet}
 * ({@code v1}); every open choice of version 1 is written in {@link dk.erhvervshuse.query.targets.DefinitionChoices}.
 * Definitions are pure functions of a company's facts (or of a survey's deliveries) and know nothing of
 * MongoDB, so a later version is just another class, computed from the unchanged log side by side with the
 * old one. Also where a house's targets come from: its result contract in force, else the agreement's terms.
 */
package dk.erhvervshuse.query.targets;
