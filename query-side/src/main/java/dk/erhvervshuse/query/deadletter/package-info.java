/**
 * Dead letters: an event a projection cannot apply is parked, with the later events that change the same read
 * models, in a queue on MongoDB read by key; the rest of the log goes on. Parked events are shown, retried and
 * evicted through {@link dk.erhvervshuse.query.api.ParkedEvents}.
 */
package dk.erhvervshuse.query.deadletter;
