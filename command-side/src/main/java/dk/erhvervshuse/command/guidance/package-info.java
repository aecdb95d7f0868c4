/**
 * Specialised guidance (specialiseret vejledning, agreement §5.1 and §9) on the command side.
 * <p>
 * Two consistency boundaries. {@link dk.erhvervshuse.command.guidance.GuidanceCase} is one company's
 * case at one house: its registration minimum (§9), meetings, referrals, user evaluations and the
 * 3-hour selection rule ({@link dk.erhvervshuse.command.guidance.EvaluationSelectionPolicy}).
 * {@link dk.erhvervshuse.command.guidance.CompanyHoursLedger} is one company at one house across all
 * its cases: the 20-hour rule of §5.1 ({@link dk.erhvervshuse.command.guidance.TwentyHourRule}) spans
 * cases, so it cannot live in a case. {@link dk.erhvervshuse.command.guidance.TwentyHourPolicy} carries
 * meeting hours from the cases to the ledger.
 */
package dk.erhvervshuse.command.guidance;
