package dk.erhvervshuse.graphql.limits;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.instrumentation.fieldvalidation.FieldAndArguments;
import graphql.execution.instrumentation.fieldvalidation.FieldValidation;
import graphql.execution.instrumentation.fieldvalidation.FieldValidationEnvironment;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dk.erhvervshuse.graphql.errors.ClassifiedErrors.badRequest;

/**
 * Rules every argument of every field obeys, checked with the request's variables in place before any resolver
 * runs, whatever the operation (so a new operation obeys them too). Each breach is BAD_REQUEST naming the input
 * field and a rule {@code field.rule}, as the command side's own rejections do:
 * <ul>
 *     <li>{@code first.range}: a page holds 1 to {@code maxPageSize} entries;</li>
 *     <li>{@code field.tooLong}: an ID at most {@code maxIdLength} characters, a String at most
 *     {@code maxTextLength};</li>
 *     <li>{@code field.controlCharacters}: no control characters, except line breaks and tabs inside a String;</li>
 *     <li>{@code field.encoding}: no broken characters (an unpaired UTF-16 surrogate cannot be stored as UTF-8);</li>
 *     <li>{@code field.formulaPrefix}: text a mutation would record does not begin with {@code =}, {@code +},
 *     {@code -}, {@code @}, a tab or a carriage return. Spreadsheets run such a cell as a formula when the
 *     registry's data are opened in one (CSV injection), and supervision does open them there. Refusing at the
 *     door keeps the log exactly as entered, with nothing to neutralise on the way out; a user who means such
 *     text writes it after a word or a quote ("note: -2 hours").</li>
 * </ul>
 */
final class ArgumentRules implements FieldValidation {

    private static final String FORMULA_PREFIXES = "=+-@\t\r";

    private final RequestLimitsProperties limits;

    ArgumentRules(RequestLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public List<GraphQLError> validateFields(FieldValidationEnvironment environment) {
        boolean recorded = environment.getExecutionContext().getOperationDefinition().getOperation()
                == OperationDefinition.Operation.MUTATION;
        List<GraphQLError> errors = new ArrayList<>();
        for (FieldAndArguments field : environment.getFields()) {
            for (GraphQLArgument argument : field.getFieldDefinition().getArguments()) {
                check(argument.getName(), argument.getType(), field.getArgumentValue(argument.getName()), recorded, errors);
            }
        }
        return errors;
    }

    private void check(String name, GraphQLType type, Object value, boolean recorded, List<GraphQLError> errors) {
        if (value == null) {
            return;
        }
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (unwrapped instanceof GraphQLList list && value instanceof List<?> values) {
            values.forEach(element -> check(name, list.getWrappedType(), element, recorded, errors));
        } else if (unwrapped instanceof GraphQLInputObjectType input && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                GraphQLInputType fieldType = field.getType();
                check(field.getName(), fieldType, fields.get(field.getName()), recorded, errors);
            }
        } else if (unwrapped instanceof GraphQLScalarType scalar) {
            checkScalar(name, scalar, value, recorded, errors);
        }
    }

    private void checkScalar(String name, GraphQLScalarType scalar, Object value, boolean recorded,
                             List<GraphQLError> errors) {
        if (scalar.getName().equals(Scalars.GraphQLInt.getName()) && name.equals("first") && value instanceof Number size) {
            if (size.longValue() < 1 || size.longValue() > limits.maxPageSize()) {
                errors.add(badRequest(name, "first.range", "first must be between 1 and " + limits.maxPageSize()
                        + ", not " + size));
            }
            return;
        }
        boolean id = scalar.getName().equals(Scalars.GraphQLID.getName());
        if (!(value instanceof String text) || !(id || scalar.getName().equals(Scalars.GraphQLString.getName()))) {
            return;
        }
        int max = id ? limits.maxIdLength() : limits.maxTextLength();
        if (text.length() > max) {
            errors.add(badRequest(name, name + ".tooLong",
                    name + " has " + text.length() + " characters; at most " + max + " are allowed"));
            return;
        }
        if (recorded && !text.isEmpty() && FORMULA_PREFIXES.indexOf(text.charAt(0)) >= 0) {
            errors.add(badRequest(name, name + ".formulaPrefix", name + " begins with "
                    + describe(text.charAt(0)) + ", which a spreadsheet would run as a formula; begin with a letter, "
                    + "a digit or a quote instead"));
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && !pairedAt(text, i)) {
                errors.add(badRequest(name, name + ".encoding",
                        name + " holds a broken character (an unpaired surrogate) at position " + (i + 1)));
                return;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
                continue;
            }
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && (id || !lineBreakOrTab)) {
                errors.add(badRequest(name, name + ".controlCharacters", name
                        + " contains the control character U+" + String.format("%04X", (int) c)
                        + " at position " + (i + 1)));
                return;
            }
        }
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static String describe(char c) {
        return switch (c) {
            case '\t' -> "a tab";
            case '\r' -> "a carriage return";
            default -> "'" + c + "'";
        };
    }
}
