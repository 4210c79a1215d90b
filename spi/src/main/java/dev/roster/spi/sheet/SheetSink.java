package dev.roster.spi.sheet;

import java.util.List;

/**
 * Where an export writes its rows, one at a time; {@code roster-adapters-spreadsheet} writes them
 * as CSV or XLSX. Values are text, numbers ({@link Number}), booleans, or instants; null is an empty cell.
 */
public interface SheetSink {
    /**
     * The header row, written first.
     *
     * @param names the column names
     */
    void header(List<String> names);

    /**
     * One row.
     *
     * @param values the cells, as many as the header has
     */
    void row(List<?> values);

    /** After the last row: a sink that writes a whole file at the end writes it now. */
    default void finish() {
    }
}
