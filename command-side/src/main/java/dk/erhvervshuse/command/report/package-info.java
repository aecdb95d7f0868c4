/**
 * Sealed yearly reports (afrapportering, agreement §9) on the command side.
 * <p>
 * One consistency boundary, {@link dk.erhvervshuse.command.report.ReportSeals}: the seals of one report (a house's
 * for a year, or the national one), numbered 1, 2, … in the order given. Numbering is why the boundary is the
 * report and not each seal: the next number is the aggregate's to give, never read from a projection.
 */
package dk.erhvervshuse.command.report;
