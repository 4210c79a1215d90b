package dev.roster.adapters.spreadsheet;

import dev.roster.spi.sheet.SheetSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * An export as CSV (RFC 4180: quotes where needed, CRLF between records), streamed to a writer
 * the caller opened (UTF-8, say) and closes. Text that could run as a formula is neutralised
 * ({@link CellText}); numbers are written in full, never in exponent notation.
 *
 * <p>Written by hand rather than through Commons CSV's printer: an export of a million rows spends
 * its time here, and RFC 4180's rule is short. A value is quoted when it holds a comma, a quote,
 * CR or LF, or starts or ends with a space (which some readers trim); an empty text is written
 * {@code ""} so it stays apart from a missing value, written as nothing.
 */
public final class CsvSheetSink implements SheetSink {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    /**
     * A sink writing to {@code out}.
     *
     * @param out where the CSV goes; flushed at {@link #finish()}, not closed
     */
    public CsvSheetSink(Writer out) {
        this.out = out;
    }

    @Override
    public void header(List<String> names) {
        row(names);
    }

    @Override
    public void row(List<?> values) {
        line.setLength(0);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            append(CellValues.text(values.get(i)));
        }
        line.append("\r\n");
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String value) {
        if (value == null) {
            return;
        }
        if (!needsQuotes(value)) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty() || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // ';' and tab too: a spreadsheet set to split on them would otherwise start a new cell, maybe a formula, mid-field.
            if (c == ',' || c == '"' || c == '\r' || c == '\n' || c == ';' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
