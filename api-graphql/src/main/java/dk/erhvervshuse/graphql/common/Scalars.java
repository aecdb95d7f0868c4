package dk.erhvervshuse.graphql.common;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The schema's own scalars ({@code common.graphqls}): business dates, recording instants and decimal
 * hours. Plain graphql-java coercings, so no scalar library is needed.
 */
public final class Scalars {

    /** A business date (a meeting's day, a case's opening), ISO-8601 {@code 2025-03-04}. */
    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date, ISO-8601 (2025-03-04)")
            .coercing(new TextCoercing<>(LocalDate.class, LocalDate::parse, LocalDate::toString, "a date like 2025-03-04"))
            .build();

    /** When something was written to the log, ISO-8601 in UTC {@code 2025-03-04T09:15:00Z}. */
    public static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant, ISO-8601 in UTC (2025-03-04T09:15:00Z)")
            .coercing(new TextCoercing<>(Instant.class, Instant::parse, Instant::toString,
                    "an instant like 2025-03-04T09:15:00Z"))
            .build();

    /**
     * The most digits a Decimal holds before and after its point. Hours, amounts and percentages stay far inside;
     * a number like 1e999999999 (which written out is a billion digits long) is no value the registry records, and
     * refusing it here keeps it from ever being written out.
     */
    public static final int MAX_INTEGER_DIGITS = 40;
    public static final int MAX_FRACTION_DIGITS = 30;

    /** Decimal hours: written as a string so that 2.50 stays 2.50; read from a string or a number literal. */
    public static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
            .name("Decimal")
            .description("A decimal number, returned as a string (\"2.50\"), accepted as a string or a number, of at most "
                    + MAX_INTEGER_DIGITS + " digits before and " + MAX_FRACTION_DIGITS + " after the point")
            .coercing(new DecimalCoercing())
            .build();

    private Scalars() {
    }

    /** A scalar written and read as text in one fixed format. */
    private static final class TextCoercing<T> implements Coercing<T, String> {

        private final Class<T> type;
        private final Function<String, T> parse;
        private final Function<T, String> format;
        private final String expected;

        TextCoercing(Class<T> type, Function<String, T> parse, Function<T, String> format, String expected) {
            this.type = type;
            this.parse = parse;
            this.format = format;
            this.expected = expected;
        }

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (type.isInstance(value)) {
                return format.apply(type.cast(value));
            }
            if (value instanceof String text) {
                return format.apply(parseOrNull(text));
            }
            throw new CoercingSerializeException("expected " + expected);
        }

        @Override
        public T parseValue(Object input, GraphQLContext context, Locale locale) {
            if (type.isInstance(input)) {
                return type.cast(input);
            }
            T parsed = input instanceof String text ? parseOrNull(text) : null;
            if (parsed == null) {
                throw new CoercingParseValueException("'" + input + "' is not " + expected);
            }
            return parsed;
        }

        @Override
        public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            T parsed = input instanceof StringValue text ? parseOrNull(text.getValue()) : null;
            if (parsed == null) {
                throw new CoercingParseLiteralException("the literal is not " + expected);
            }
            return parsed;
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }

        private T parseOrNull(String text) {
            try {
                return parse.apply(text.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static final class DecimalCoercing implements Coercing<BigDecimal, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            BigDecimal decimal = toDecimal(value);
            if (decimal == null) {
                throw new CoercingSerializeException("expected a decimal number");
            }
            return decimal.toPlainString();
        }

        @Override
        public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
            BigDecimal decimal = toDecimal(input);
            if (decimal == null) {
                throw new CoercingParseValueException("'" + abbreviated(input) + "' is not a decimal number");
            }
            if (!withinBounds(decimal)) {
                throw new CoercingParseValueException("'" + abbreviated(input) + "' is not a decimal number of at most "
                        + MAX_INTEGER_DIGITS + " digits before and " + MAX_FRACTION_DIGITS + " after the point");
            }
            return decimal;
        }

        @Override
        public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
            BigDecimal decimal = null;
            if (input instanceof StringValue text) {
                decimal = parse(text.getValue());
            } else if (input instanceof IntValue integer) {
                decimal = new BigDecimal(integer.getValue());
            } else if (input instanceof FloatValue floating) {
                decimal = floating.getValue();
            }
            if (decimal == null || !withinBounds(decimal)) {
                throw new CoercingParseLiteralException("the literal is not a decimal number of at most "
                        + MAX_INTEGER_DIGITS + " digits before and " + MAX_FRACTION_DIGITS + " after the point");
            }
            return decimal;
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }

        /** Digits before the point (precision − scale) and after it (scale), without writing the number out. */
        private static boolean withinBounds(BigDecimal decimal) {
            long integerDigits = (long) decimal.precision() - decimal.scale();
            return integerDigits <= MAX_INTEGER_DIGITS && decimal.scale() <= MAX_FRACTION_DIGITS;
        }

        private static String abbreviated(Object input) {
            String text = String.valueOf(input);
            return text.length() <= 60 ? text : text.substring(0, 60) + "…";
        }

        private static BigDecimal toDecimal(Object value) {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                return BigDecimal.valueOf(((Number) value).longValue());
            }
            if (value instanceof BigInteger integer) {
                return new BigDecimal(integer);
            }
            // A JSON number in variables arrives as a double: take its shortest decimal form, 2.5 not 2.4999…
            if (value instanceof Double floating && Double.isFinite(floating)) {
                return BigDecimal.valueOf(floating);
            }
            if (value instanceof Float floating && Float.isFinite(floating)) {
                return new BigDecimal(Float.toString(floating));
            }
            if (value instanceof String text) {
                return parse(text);
            }
            return null;
        }

        private static BigDecimal parse(String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
