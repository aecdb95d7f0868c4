/**
 * The audit trail for ministry supervision (tilsyn, §10.2): {@code audit_trail} holds one document per
 * event, keyed by its log position, with who recorded it, when, in which role, in answer to which command
 * and, for a correction (§9), what it changed. Its indexes by house, user and event type are chunked by
 * position, so that any combination of filters, with a recording-time range, is read by key look-ups. Kept
 * by the processing group {@code audit-trail-v2}; read a page at a time by enumerating positions, never by a
 * range or a sort.
 */
package dk.erhvervshuse.query.audit;
