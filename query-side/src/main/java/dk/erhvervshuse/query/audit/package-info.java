/**
 * The audit trail for ministry supervision (tilsyn, §10.2): {@code audit_trail} holds one document per
 * event, keyed by its log position, with who recorded it, when, in which role and in answer to which
 * command. Kept by the processing group {@code audit-trail}; read a page at a time by enumerating
 * positions, never by a range or a sort.
 */
package dk.erhvervshuse.query.audit;
