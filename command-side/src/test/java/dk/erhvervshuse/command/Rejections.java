package dk.erhvervshuse.command;

import dk.erhvervshuse.command.api.CommandRejected;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.Objects;

/** Matches a command rejection by its type, the field it names and its rule code: what a caller relies on. */
public final class Rejections {

    private Rejections() {
    }

    public static Matcher<Throwable> rejected(Class<? extends CommandRejected> type, String field, String rule) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual, Description mismatch) {
                if (!type.isInstance(actual)) {
                    mismatch.appendText("was ").appendValue(actual);
                    return false;
                }
                CommandRejected rejection = (CommandRejected) actual;
                boolean matches = Objects.equals(rejection.field(), field) && Objects.equals(rejection.rule(), rule)
                        && rejection.getMessage() != null && !rejection.getMessage().isBlank();
                if (!matches) {
                    mismatch.appendText("was " + actual.getClass().getSimpleName() + " field=" + rejection.field()
                            + " rule=" + rejection.rule() + " message=" + rejection.getMessage());
                }
                return matches;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " field=" + field + " rule=" + rule + " with a message");
            }
        };
    }
}
