package dk.erhvervshuse.command.history;

import dk.erhvervshuse.events.common.House;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who registers what, by id: each house's business developers (about one per 70 companies a year) and
 * managers, its board chair, the chairs of the five KKR regions (Fyn and Sydjylland both belong to KKR
 * Syddanmark) and the Business Authority's analysts.
 */
final class People {

    static final String ANALYST = "analyst.erst.1";
    private static final int COMPANIES_PER_ADVISER = 70;

    private final Map<House, List<String>> advisers = new EnumMap<>(House.class);

    People(int companiesPerYear) {
        for (House house : House.values()) {
            double companies = companiesPerYear * Houses.share(house);
            int count = Math.max(2, (int) Math.ceil(companies / COMPANIES_PER_ADVISER));
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                ids.add("adviser." + key(house) + "." + i);
            }
            advisers.put(house, List.copyOf(ids));
        }
    }

    List<String> advisers(House house) {
        return advisers.get(house);
    }

    static String manager(House house, int number) {
        return "manager." + key(house) + "." + number;
    }

    static String boardChair(House house) {
        return "board." + key(house) + ".chair";
    }

    static String kkrChair(House house) {
        String region = switch (house) {
            case HOVEDSTADEN -> "hovedstaden";
            case MIDTJYLLAND -> "midtjylland";
            case SJAELLAND -> "sjaelland";
            case SYDJYLLAND, FYN -> "syddanmark";
            case NORDJYLLAND -> "nordjylland";
        };
        return "kkr." + region + ".chair";
    }

    static String key(House house) {
        return house.name().toLowerCase(Locale.ROOT);
    }
}
