package dk.erhvervshuse.query.dashboard;

import dk.erhvervshuse.events.common.House;

/** A house's name, or {@link DashboardNamespace#NATIONAL}, and a year: what a dashboard is kept for. */
record ScopeYear(String scope, int year) implements Comparable<ScopeYear> {

    static ScopeYear of(House house, int year) {
        return new ScopeYear(house.name(), year);
    }

    static ScopeYear national(int year) {
        return new ScopeYear(DashboardNamespace.NATIONAL, year);
    }

    /** Reads {@code FYN:2025}, as the facts keep the house-years a company contributed to. */
    static ScopeYear parse(String text) {
        int colon = text.lastIndexOf(':');
        return new ScopeYear(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    }

    boolean isNational() {
        return DashboardNamespace.NATIONAL.equals(scope);
    }

    House house() {
        return isNational() ? null : House.valueOf(scope);
    }

    @Override
    public String toString() {
        return scope + ":" + year;
    }

    @Override
    public int compareTo(ScopeYear other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : scope.compareTo(other.scope);
    }
}
