/**
 * The yearly reports (afrapportering, agreement §9) over GraphQL and as CSV: a house's report to KKR, KL and the
 * Business Authority, the Authority's national report, sealing a report with the log position and commit hash it
 * rests on, the sealed reports, and a sealed report's restatement against now (§10.2). Who may read or seal is
 * {@code security.ReportAccess}'s.
 */
package dk.erhvervshuse.graphql.report;
