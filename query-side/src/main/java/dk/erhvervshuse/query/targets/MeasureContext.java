package dk.erhvervshuse.query.targets;

import dk.erhvervshuse.events.common.House;
import dk.erhvervshuse.events.common.Segment;

import java.util.Map;
import java.util.Optional;

/**
 * What a measure may need beside its tally: the house (null for the national roll-up) and year, the
 * house's latest awareness survey for the year, and the latest control groups of the year by segment.
 */
public record MeasureContext(House house, int year, SurveyDelivery survey,
                             Map<Segment, ControlGroupDelivery> controlGroups) {

    public MeasureContext {
        controlGroups = controlGroups == null ? Map.of() : Map.copyOf(controlGroups);
    }

    public boolean national() {
        return house == null;
    }

    public Optional<ControlGroupDelivery> controlGroup(Segment segment) {
        return Optional.ofNullable(controlGroups.get(segment));
    }

    /** "FYN 2025", or "the nation 2025". */
    public String scope() {
        return (house == null ? "the nation" : house.name()) + " " + year;
    }
}
