package dk.erhvervshuse.graphql.errors;

import java.util.regex.Pattern;

/**
 * Keeps the server's insides out of error messages: a message that names a Java class or package, an exception
 * or a stack frame is replaced by a plain one. Messages written for users (the command side's, the API's own)
 * never do, so they pass as they are.
 */
final class SafeMessages {

    /** A qualified class name: lower-case package segments, then a capitalised name (java.lang.String, org.bson.Document). */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][\\w$]*");
    private static final Pattern INSIDES = Pattern.compile("Exception|Error:|\\bat [\\w$.]+\\(|\\$\\$|Caused by");

    private SafeMessages() {
    }

    static String of(String message, String plain) {
        if (message == null || message.isBlank()) {
            return plain;
        }
        return QUALIFIED_NAME.matcher(message).find() || INSIDES.matcher(message).find() ? plain : message;
    }
}
