package dev.roster.adapters.spreadsheet;

import dev.roster.core.importing.CellError;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowOutcome;
import dev.roster.core.importing.RowStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An import's report written back for the person who uploaded the file: their columns as they
 * were, then the status of each row and what was wrong with it. In XLSX the cells at fault are
 * marked, and a second sheet holds the totals. Every value is neutralised ({@link CellText}).
 */
public final class ImportReports {
    /** The header of the status column. */
    public static final String STATUS = "Import status";
    /** The header of the column that says what was wrong. */
    public static final String DETAILS = "Details";

    private ImportReports() {
    }

    /**
     * What a status says to the person reading the report.
     *
     * @param outcome the row
     * @return its status in words
     */
    public static String statusText(RowOutcome outcome) {
        return switch (outcome.status()) {
            case INVITED -> "invited";
            case WOULD_INVITE -> "would invite";
            case DUPLICATE_IN_FILE -> "skipped: duplicate of row " + outcome.duplicateOf();
            case ALREADY_MEMBER -> "skipped: already a member";
            case ALREADY_INVITED -> "skipped: already invited";
            case SEAT_LIMIT -> "not invited: seat limit";
            case INVALID -> "invalid";
            case NOT_PROCESSED -> "not processed";
        };
    }

    /**
     * The errors of a row in one line, each led by its column's header.
     *
     * @param outcome the row
     * @return the errors, or an empty string
     */
    public static String detailText(RowOutcome outcome) {
        return outcome.errors().stream().map(e -> e.header() == null ? e.message() : e.header() + ": " + e.message())
                .collect(Collectors.joining("; "));
    }

    /**
     * Writes the report as CSV (RFC 4180, UTF-8 is the caller's writer's business).
     *
     * @param report the report, with its rows kept
     * @param out where to write; not closed
     * @throws IOException when the writer fails
     */
    public static void writeCsv(ImportReport report, Writer out) throws IOException {
        CsvSheetSink csv = new CsvSheetSink(out);
        try {
            csv.header(header(report));
            for (RowOutcome row : report.rows()) {
                csv.row(line(report, row));
            }
            csv.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes the report as an XLSX workbook, streaming (temporary files disposed of).
     *
     * @param report the report, with its rows kept
     * @param out where to write; not closed
     * @throws IOException when the stream fails
     */
    public static void writeXlsx(ImportReport report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle fault = workbook.createCellStyle();
            fault.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            fault.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheet sheet = workbook.createSheet("Import report");
            write(sheet.createRow(0), header(report), bold);
            int next = 1;
            for (RowOutcome row : report.rows()) {
                Row written = sheet.createRow(next++);
                write(written, line(report, row), null);
                for (int column : faultyColumns(row, report.headers().size())) {
                    written.getCell(column).setCellStyle(fault);
                }
            }
            Sheet totals = workbook.createSheet("Totals");
            int line = 0;
            for (RowStatus status : RowStatus.values()) {
                Row r = totals.createRow(line++);
                r.createCell(0).setCellValue(status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                r.createCell(1).setCellValue(report.count(status));
            }
            workbook.write(out);
        } finally {
            workbook.dispose(); // its temporary files
            workbook.close();
        }
    }

    private static List<String> header(ImportReport report) {
        List<String> header = new ArrayList<>();
        report.headers().forEach(h -> header.add(CellText.neutralized(h)));
        header.add(STATUS);
        header.add(DETAILS);
        return header;
    }

    private static List<String> line(ImportReport report, RowOutcome row) {
        List<String> line = new ArrayList<>();
        // Cells right of the last header were never read; the status column stays under its header.
        for (int i = 0; i < report.headers().size(); i++) {
            line.add(i < row.cells().size() ? CellText.neutralized(row.cells().get(i)) : null);
        }
        line.add(statusText(row));
        line.add(CellText.neutralized(detailText(row)));
        return line;
    }

    private static Set<Integer> faultyColumns(RowOutcome row, int width) {
        Set<Integer> columns = new HashSet<>();
        for (CellError e : row.errors()) {
            if (e.column() >= 0 && e.column() < width) {
                columns.add(e.column());
            }
        }
        return columns;
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            if (values.get(i) != null) {
                cell.setCellValue(CellText.forXlsx(values.get(i))); // already neutralised; cut to what a cell holds
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
