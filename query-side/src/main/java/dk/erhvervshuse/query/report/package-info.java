/**
 * The yearly reports of agreement §9: a house's report to KKR, KL and the Business Authority and the Authority's
 * national report, each derived from a dashboard build's precomputed dashboards ({@link
 * dk.erhvervshuse.query.report.DashboardReports}); the sealed reports as recorded in the log, read by key
 * ({@link dk.erhvervshuse.query.report.SealedReportProjection}); and the restatement of a sealed report against
 * the same report computed now ({@link dk.erhvervshuse.query.report.Restatement}).
 */
package dk.erhvervshuse.query.report;
