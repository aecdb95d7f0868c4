/**
 * How far the read models are behind the log, for the application's readiness and its metrics.
 */
package dk.erhvervshuse.query.lag;
