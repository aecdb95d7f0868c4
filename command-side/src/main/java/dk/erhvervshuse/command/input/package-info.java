/**
 * Checks of a command's input on its own (ids, free text, names, CVR and P-numbers, dates, number ranges),
 * shared by the features of the command side so that a field breaks the same rule with the same code
 * wherever it is entered.
 */
package dk.erhvervshuse.command.input;
