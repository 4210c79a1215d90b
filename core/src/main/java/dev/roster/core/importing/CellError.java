package dev.roster.core.importing;

/**
 * Why a row is invalid, as the person who made the file can find it.
 *
 * @param column the cell's column from 0, or -1 when no one cell is at fault
 * @param header the column's header as the file has it, or null when no one cell is at fault
 * @param message what is wrong
 */
public record CellError(int column, String header, String message) {
}
