package dk.erhvervshuse.events.common;

/**
 * The category a referral is registered under. Goal 4 (hub function, §8.1) counts referrals to
 * "external advice or highly specialised state promotion"; which categories count is a target
 * definition's choice, not the event's.
 */
public enum PartnerCategory {
    /** højt specialiseret statslig erhvervsfremme */
    STATE_PROMOTION,
    /** ekstern (privat) rådgivning */
    PRIVATE_ADVICE,
    /** øvrige offentlige aktører */
    OTHER_PUBLIC
}
