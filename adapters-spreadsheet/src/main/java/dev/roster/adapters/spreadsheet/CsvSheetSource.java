package dev.roster.adapters.spreadsheet;

import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRejectedException.Reason;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A CSV file (RFC 4180), strictly UTF-8, a byte order mark dropped (Commons CSV would keep it in
 * the first header). The delimiter is a comma or, as spreadsheets in many European locales save
 * it, a semicolon, whichever the header line has more of outside quotes. Rows are numbered by
 * line, as a spreadsheet program shows them.
 */
final class CsvSheetSource implements SheetSource {
    private static final int HEADER_PEEK = 64 * 1024;

    private final Spool spool;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesRead;

    CsvSheetSource(Spool spool) {
        this.spool = spool;
        char delimiter = delimiter(spool);
        try {
            this.parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(reader(spool));
        } catch (IOException e) {
            throw unreadable(e);
        }
        this.records = parser.iterator();
    }

    @Override
    public SheetRow next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            int number = (int) linesRead + 1;
            linesRead = parser.getCurrentLineNumber();
            List<String> cells = record.toList();
            // As in a workbook: no header sits this far right, and a line of commas must not become a huge row.
            return new SheetRow(number, cells.size() > XlsxSheetSource.MAX_COLUMNS ? cells.subList(0, XlsxSheetSource.MAX_COLUMNS) : cells);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IllegalStateException e) { // Commons CSV's word for a quote left open at the end
            throw new SheetRejectedException(Reason.DAMAGED, "the CSV file is malformed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read-only; the temporary file goes anyway
        }
        spool.close();
    }

    private static Reader reader(Spool spool) throws IOException {
        InputStream bytes = BOMInputStream.builder().setInputStream(Files.newInputStream(spool.file())).get();
        return new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** A semicolon when the header line has more of them than commas, outside quotes; else a comma. */
    private static char delimiter(Spool spool) {
        try (Reader in = reader(spool)) {
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            for (int i = 0, c; i < HEADER_PEEK && (c = in.read()) >= 0; i++) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                }
            }
            return semicolons > commas ? ';' : ',';
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static SheetRejectedException unreadable(Throwable e) {
        if (e instanceof CharacterCodingException) {
            return new SheetRejectedException(Reason.NOT_UTF8, "the CSV file is not UTF-8 text; save it as \"CSV UTF-8\"", e);
        }
        return new SheetRejectedException(Reason.DAMAGED, "the CSV file could not be read: " + e.getMessage(), e);
    }
}
