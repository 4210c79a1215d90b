package dev.roster.spi.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of an uploaded spreadsheet, as its cells' text.
 *
 * @param number the row's number as the person who made the file sees it (1 for a sheet's first
 *     row, or a CSV file's first record)
 * @param cells the cells' text from the first column on; an empty cell is null or empty
 */
public record SheetRow(int number, List<String> cells) {
    /**
     * Copies the cells, keeping nulls.
     *
     * @param number the row's number as the person who made the file sees it
     * @param cells the cells' text from the first column on
     */
    public SheetRow {
        if (number < 1) {
            throw new IllegalArgumentException("row numbers start at 1, got " + number);
        }
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /**
     * One cell.
     *
     * @param column the column, from 0
     * @return its text, or null when the row has no such cell
     */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }
}
