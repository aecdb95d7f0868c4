package dk.erhvervshuse.graphql.common;

/**
 * What a command addresses, in words a user understands, so that Axon's own exceptions about event
 * streams ("aggregate not found", "stream already exists") reach the user as "guidance case X was never
 * opened".
 *
 * @param field         the input field naming it
 * @param notFound      said when it does not exist
 * @param alreadyExists said when a command meant to create it finds it exists
 * @param description   what it is, for "… was changed by someone else"
 */
public record CommandTarget(String field, String notFound, String alreadyExists, String description) {

    public static CommandTarget guidanceCase(String caseId) {
        return new CommandTarget("caseId",
                "guidance case " + caseId + " was never opened",
                "guidance case " + caseId + " is already open",
                "guidance case " + caseId);
    }

    /** The hours ledger of one company at one house, where the 20-hour rule (§5.1) is kept. */
    public static CommandTarget hoursLedger(String house, String cvr) {
        return new CommandTarget("cvr",
                "no guidance hours have been recorded for company " + cvr + " at " + house,
                "the guidance hours of company " + cvr + " at " + house + " are already recorded",
                "the guidance hours of company " + cvr + " at " + house);
    }

    /** The result contract (resultatkontrakt, §8.2) of one house for one year. */
    public static CommandTarget resultContract(String house, int year) {
        String contract = "the result contract of " + house + " for " + year;
        return new CommandTarget("year", contract + " was never proposed", contract + " already exists", contract);
    }

    /** One stream of external deliveries (§9): a house's awareness survey, a company's accounts, a control group. */
    public static CommandTarget delivery(String description) {
        return new CommandTarget("year", "no " + description + " has been delivered",
                description + " has already been delivered", description);
    }

    String changedConcurrently() {
        return description + " was changed by someone else at the same moment; retry";
    }
}
