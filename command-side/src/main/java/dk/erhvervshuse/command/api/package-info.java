/**
 * What the command side accepts: imperative command records, and the typed rejections a command
 * can meet. The only part of the command side the API layer may touch.
 */
package dk.erhvervshuse.command.api;
