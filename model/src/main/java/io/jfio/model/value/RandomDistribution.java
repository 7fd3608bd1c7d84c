package io.jfio.model.value;

import java.util.List;
import java.util.Objects;

/**
 * The value of {@code random_distribution=}: zipf:1.2, pareto:0.3:0.1, normal:5, zoned:60/10:40/90 or
 * zoned_abs:60/20g:40/100g. Immutable; any thread.
 *
 * @param kind      the distribution
 * @param parameter zipf theta, pareto power or normal deviation (fio's defaults 1.1, 0.2 and 0 when
 *                  not given); 0 for the others
 * @param center    the optional second number (0 to 1) that moves the distribution's base, or
 *                  {@code null} for fio's default
 * @param zones     the zones for each direction, for ZONED and ZONED_ABS; empty lists otherwise
 */
public record RandomDistribution(Kind kind, double parameter, Double center, PerDirection<List<Zone>> zones)
        implements OptionValue {

    public RandomDistribution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zones, "zones");
    }

    /** The distributions fio knows, by the name fio accepts. */
    public enum Kind {
        RANDOM("random"), ZIPF("zipf"), PARETO("pareto"), NORMAL("normal"), ZONED("zoned"), ZONED_ABS("zoned_abs");

        private final String fioName;

        Kind(String fioName) {
            this.fioName = fioName;
        }

        public String fioName() {
            return fioName;
        }
    }

    /**
     * One zone: the share of accesses that land in it and how big it is.
     *
     * @param accessPercent the share of random accesses, 0 to 100
     * @param extent        the zone's size: percent of the file for ZONED, bytes for ZONED_ABS
     */
    public record Zone(int accessPercent, long extent) {
    }
}
