package dk.erhvervshuse.graphql.common;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates, instants and hours cross the API in one fixed text form each, and hours keep their decimals. */
class ScalarsTest {

    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

    @SuppressWarnings("unchecked")
    private static <I> Coercing<I, String> coercing(graphql.schema.GraphQLScalarType scalar) {
        return (Coercing<I, String>) scalar.getCoercing();
    }

    @Test
    void aBusinessDateIsWrittenAndReadAsAnIsoDate() {
        Coercing<LocalDate, String> date = coercing(Scalars.DATE);

        assertThat(date.serialize(LocalDate.of(2025, 3, 4), CONTEXT, Locale.ROOT)).isEqualTo("2025-03-04");
        assertThat(date.parseValue("2025-03-04", CONTEXT, Locale.ROOT)).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(date.parseLiteral(StringValue.of("2025-03-04"), CoercedVariables.emptyVariables(), CONTEXT,
                Locale.ROOT)).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void aDateThatIsNotIsoIsRefusedBeforeAnyHandlerRuns() {
        Coercing<LocalDate, String> date = coercing(Scalars.DATE);

        assertThatThrownBy(() -> date.parseValue("04-03-2025", CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> date.parseLiteral(IntValue.of(20250304), CoercedVariables.emptyVariables(), CONTEXT,
                Locale.ROOT)).isInstanceOf(CoercingParseLiteralException.class);
    }

    @Test
    void anInstantIsWrittenInUtc() {
        Coercing<Instant, String> dateTime = coercing(Scalars.DATE_TIME);

        assertThat(dateTime.serialize(Instant.parse("2025-03-04T09:15:00Z"), CONTEXT, Locale.ROOT))
                .isEqualTo("2025-03-04T09:15:00Z");
        assertThat(dateTime.parseValue("2025-03-04T09:15:00Z", CONTEXT, Locale.ROOT))
                .isEqualTo(Instant.parse("2025-03-04T09:15:00Z"));
    }

    @Test
    void hoursAreWrittenAsAStringThatKeepsTheirScale() {
        Coercing<BigDecimal, String> decimal = coercing(Scalars.DECIMAL);

        assertThat(decimal.serialize(new BigDecimal("2.50"), CONTEXT, Locale.ROOT)).isEqualTo("2.50");
        assertThat(decimal.serialize(new BigDecimal("1E+1"), CONTEXT, Locale.ROOT)).isEqualTo("10");
    }

    @Test
    void hoursAreReadFromAStringOrANumberWithoutBinaryRoundingErrors() {
        Coercing<BigDecimal, String> decimal = coercing(Scalars.DECIMAL);

        assertThat(decimal.parseValue("2.5", CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("2.5"));
        assertThat(decimal.parseValue(0.1, CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("0.1"));
        assertThat(decimal.parseValue(3, CONTEXT, Locale.ROOT)).isEqualTo(new BigDecimal("3"));
        assertThat(decimal.parseLiteral(FloatValue.of(2.25), CoercedVariables.emptyVariables(), CONTEXT,
                Locale.ROOT)).isEqualByComparingTo("2.25");
        assertThat(decimal.parseLiteral(new IntValue(BigInteger.TEN), CoercedVariables.emptyVariables(), CONTEXT,
                Locale.ROOT)).isEqualTo(BigDecimal.TEN);
        assertThat(decimal.parseLiteral(StringValue.of("7.75"), CoercedVariables.emptyVariables(), CONTEXT,
                Locale.ROOT)).isEqualTo(new BigDecimal("7.75"));
    }

    @Test
    void aNumberTooLongToWriteOutIsRefusedBeforeAnyoneWritesItOut() {
        Coercing<BigDecimal, String> decimal = coercing(Scalars.DECIMAL);

        for (Object huge : List.of("1e999999999", "1e41", "1e-31", 1e300, "0." + "0".repeat(30) + "1")) {
            assertThatThrownBy(() -> decimal.parseValue(huge, CONTEXT, Locale.ROOT))
                    .as(String.valueOf(huge)).isInstanceOf(CoercingParseValueException.class)
                    .hasMessageContaining("at most 40 digits before and 30 after the point");
        }
        assertThat(decimal.parseValue("1" + "0".repeat(39), CONTEXT, Locale.ROOT)).isEqualByComparingTo("1e39");
        assertThat(decimal.parseValue("1e-30", CONTEXT, Locale.ROOT)).isEqualByComparingTo("1e-30");
    }

    @Test
    void somethingThatIsNotANumberIsNotHours() {
        Coercing<BigDecimal, String> decimal = coercing(Scalars.DECIMAL);

        assertThatThrownBy(() -> decimal.parseValue("two", CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> decimal.parseValue(Double.NaN, CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
    }
}
