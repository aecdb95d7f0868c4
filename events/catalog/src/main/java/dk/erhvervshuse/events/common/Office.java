package dk.erhvervshuse.events.common;

/** Where in the house the guidance is given: the head office (hovedsæde) or its branch (filial), §10.2. */
public enum Office {
    HEAD_OFFICE,
    BRANCH
}
