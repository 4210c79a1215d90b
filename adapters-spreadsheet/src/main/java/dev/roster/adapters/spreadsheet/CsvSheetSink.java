package dev.roster.adapters.spreadsheet;

import dev.roster.spi.sheet.SheetSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An export as CSV (RFC 4180: quotes where needed, CRLF between records), streamed to a writer
 * the caller opened (UTF-8, say) and closes. Text that could run as a formula is neutralised
 * ({@link CellText}); numbers are written in full, never in exponent notation.
 */
public final class CsvSheetSink implements SheetSink {
    private final CSVPrinter csv;

    /**
     * A sink writing to {@code out}.
     *
     * @param out where the CSV goes; flushed at {@link #finish()}, not closed
     */
    public CsvSheetSink(Writer out) {
        try {
            this.csv = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void header(List<String> names) {
        row(names);
    }

    @Override
    public void row(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(CellValues.text(value));
        }
        try {
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
