package dk.erhvervshuse.command.contract;

import dk.erhvervshuse.events.common.Party;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When a result contract takes effect, agreement §8.2: it "underskrives af formanden for KKR og formanden for
 * erhvervshusets bestyrelse" — it is signed by the chair of KKR and the chair of the house's board.
 * <p>
 * Choices made here: the contract is in force once both have signed, in either order, from the later of the
 * two signing dates; until then it is a draft. The signing dates are kept apart from the year the contract
 * covers: a contract for 2025 is often signed in December 2024.
 */
public final class SigningRule {

    private SigningRule() {
    }

    /** The day the contract takes effect, or empty while a chair has yet to sign. */
    public static Optional<LocalDate> effectiveOn(Map<Party, LocalDate> signedOn) {
        for (Party party : Party.values()) {
            if (!signedOn.containsKey(party)) {
                return Optional.empty();
            }
        }
        return signedOn.values().stream().max(LocalDate::compareTo);
    }
}
