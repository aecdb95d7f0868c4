/**
 * Guidance cases and the companies they concern, as read models: {@code case_view} (one document per
 * case: registration, meetings with their corrections, referrals, evaluations, the 3-hour selection of
 * §9) and {@code company_view} (one per CVR across houses: case summaries, the management decisions
 * the 20-hour rule of §5.1 requires, a timeline). Kept by the processing group {@code guidance-views}.
 */
package dk.erhvervshuse.query.guidance;
