package dk.erhvervshuse.events.contract;

import dk.erhvervshuse.events.common.House;

/** Everything that can happen to the result contract of one house for one year. */
public sealed interface ResultContractEvent permits ResultContractProposed, ResultContractSigned,
        ResultContractTookEffect, ResultContractAmended {

    /** {@code HOUSE:YEAR}, see {@link #contractIdOf}. */
    String contractId();

    House house();

    int year();

    static String contractIdOf(House house, int year) {
        return house.name() + ":" + year;
    }
}
