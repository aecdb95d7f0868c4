/**
 * Retries: a command sent again under the same command id is answered from the log with the first one's
 * result, never applied twice.
 */
package dk.erhvervshuse.command.retry;
