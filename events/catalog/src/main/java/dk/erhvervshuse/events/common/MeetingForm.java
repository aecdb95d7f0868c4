package dk.erhvervshuse.events.common;

/** A guidance meeting is held in person or digitally (§5.1). */
public enum MeetingForm {
    PHYSICAL,
    DIGITAL
}
