package dk.erhvervshuse.graphql.errors;

import graphql.ErrorClassification;

/**
 * Classifications beside Spring's {@code ErrorType} (BAD_REQUEST, NOT_FOUND, FORBIDDEN, …), shown as
 * {@code extensions.classification} in an error.
 */
public enum RegistryErrorType implements ErrorClassification {
    /**
     * The request contradicts what has already happened: a case opened twice, a meeting on a closed case,
     * or a concurrent change by someone else (reload and retry).
     */
    CONFLICT
}
