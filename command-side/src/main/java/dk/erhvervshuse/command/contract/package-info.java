/**
 * Result contracts (resultatkontrakter, agreement §8.2) on the command side.
 * <p>
 * One consistency boundary, {@link dk.erhvervshuse.command.contract.ResultContract}: the contract between
 * KKR and one house for one year, from proposal through the two chairs' signatures to its amendments.
 * What a contract must contain (every national goal of §8.1, local goals) is
 * {@link dk.erhvervshuse.command.contract.ContractGoalRules}; when it takes effect is
 * {@link dk.erhvervshuse.command.contract.SigningRule}. The agreement's default targets are the catalog's
 * {@link dk.erhvervshuse.events.contract.AgreementTerms}.
 */
package dk.erhvervshuse.command.contract;
