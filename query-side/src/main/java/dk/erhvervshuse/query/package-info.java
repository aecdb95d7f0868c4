/**
 * The query side: projections of the event log into MongoDB read models, one per question, and the
 * query interfaces of {@code query.api} answered from them by key look-ups. Never depends on the
 * command side, the GraphQL layer or the event store.
 */
package dk.erhvervshuse.query;
