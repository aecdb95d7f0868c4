/**
 * Value types shared by every event: the company's identifiers (CVR, P-number), the six business
 * houses (erhvervshuse), segments, themes and referral partners. They hold no validation beyond
 * non-null, so that tightening a rule never makes an old event unreadable; the command side checks
 * input against the rules of the agreement before any event is written.
 */
package dk.erhvervshuse.events.common;
