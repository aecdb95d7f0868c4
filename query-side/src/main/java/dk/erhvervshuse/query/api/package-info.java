/**
 * What the query side answers: question-shaped query interfaces and the view records they return.
 * Views are plain records, never database documents. The only part of the query side the API layer
 * may touch.
 */
package dk.erhvervshuse.query.api;
