/**
 * What every projection of the query side shares: the log position of an event, the documents of one
 * event batch loaded and written at once, and the conversions between view values and BSON.
 */
package dk.erhvervshuse.query.support;
