/**
 * Recomputing the dashboards under another definition set from the unchanged log, side by side with the
 * ones serving (blue/green), and as they stood at a past position, recording time or business date.
 */
package dk.erhvervshuse.query.rebuild;
