/**
 * A generated history of the business houses under the agreement 2024–2027, for demos and benchmarks: the
 * commands the houses' advisers and managers, the chairs of KKR and the boards, and the Business Authority
 * would send over some years, in the order and at the times they would send them, seeded and reproducible.
 * <p>
 * {@link dk.erhvervshuse.command.history.HistoryGenerator} is the entry point; it sits on the command side
 * because it promises what only the command side can check: every command of a script passes the aggregates'
 * rules when sent in order. To keep that promise for the 20-hour rule (§5.1), whose requirement ids depend on
 * every meeting of a company at a house, the generator counts hours with the command side's own
 * {@link dk.erhvervshuse.command.guidance.TwentyHourRule}.
 * <p>
 * The same script is also given as the registry records it ({@link dk.erhvervshuse.command.history.RecordedCommit}),
 * for loading a long history straight into a log: the events come from the command side's own rules (the 3-hour
 * selection, the 20-hour ledger, the contract's signing and goals, the deliveries' restatement), and a test holds
 * them to what the aggregates write through Axon. Pure Java: nothing here is a Spring bean or an Axon handler.
 */
package dk.erhvervshuse.command.history;
