package dev.roster.core.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or in a dry run would do, row by row.
 *
 * @param dryRun whether nothing was invited on purpose
 * @param headerRow the number of the row read as the header
 * @param headers the header row's cells as the file has them
 * @param warnings what did not stop the import (a column Roster does not know, say)
 * @param rows every data row in file order, unless the options said not to keep them
 * @param totals how many rows ended in each status
 * @param cancelled whether the listener cancelled it (the rest is {@link RowStatus#NOT_PROCESSED})
 */
public record ImportReport(boolean dryRun, int headerRow, List<String> headers, List<String> warnings, List<RowOutcome> rows,
        Map<RowStatus, Integer> totals, boolean cancelled) {
    /**
     * Copies the lists and fills every status into the totals.
     *
     * @param dryRun whether nothing was invited on purpose
     * @param headerRow the number of the header row
     * @param headers the header row's cells
     * @param warnings what did not stop the import
     * @param rows every data row in file order
     * @param totals how many rows ended in each status
     * @param cancelled whether the listener cancelled it
     */
    public ImportReport {
        headers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(headers));
        warnings = List.copyOf(warnings);
        rows = List.copyOf(rows);
        Map<RowStatus, Integer> all = new EnumMap<>(RowStatus.class);
        for (RowStatus status : RowStatus.values()) {
            all.put(status, totals.getOrDefault(status, 0));
        }
        totals = java.util.Collections.unmodifiableMap(all);
    }

    /**
     * How many rows ended in a status.
     *
     * @param status the status
     * @return the count
     */
    public int count(RowStatus status) {
        return totals.get(status);
    }

    /** {@return how many data rows the file has} */
    public int rowCount() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }
}
