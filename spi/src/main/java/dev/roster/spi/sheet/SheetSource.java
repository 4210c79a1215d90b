package dev.roster.spi.sheet;

/**
 * The rows of one uploaded spreadsheet, read once from the top. Core reads an import through it
 * and never sees the file format; {@code roster-adapters-spreadsheet} reads XLSX and CSV into it.
 * Not thread-safe.
 */
public interface SheetSource extends AutoCloseable {
    /**
     * The next row that has a cell; rows with none may be skipped.
     *
     * @return the row, or null after the last
     * @throws SheetRejectedException when the file turns out to be unreadable or unsafe partway
     */
    SheetRow next();

    /** Releases the file (and deletes any temporary copy). */
    @Override
    void close();
}
