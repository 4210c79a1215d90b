package dev.roster.core.query;

import dev.roster.spi.model.PersonStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many people show each status in the people list, unfiltered: the counts beside its status filter.
 *
 * @param byStatus every status, zero where none
 */
public record PeopleCounts(Map<PersonStatus, Long> byStatus) {
    /**
     * Copies the counts, with every status present.
     *
     * @param byStatus the counts; a status left out counts zero
     */
    public PeopleCounts {
        Map<PersonStatus, Long> all = new EnumMap<>(PersonStatus.class);
        for (PersonStatus s : PersonStatus.values()) {
            all.put(s, byStatus.getOrDefault(s, 0L));
        }
        byStatus = Map.copyOf(all);
    }

    /**
     * The count of one status.
     *
     * @param status the status
     * @return how many people show it
     */
    public long of(PersonStatus status) {
        return byStatus.get(status);
    }

    /** {@return everyone the unfiltered list holds} */
    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
