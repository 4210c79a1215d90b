package dev.roster.adapters.spreadsheet;

import dev.roster.spi.sheet.SheetSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export as an XLSX workbook, streamed with SXSSF: a hundred rows in memory, the rest in
 * compressed temporary files that {@link #finish()} writes out and deletes. Numbers and booleans
 * are typed cells; text is neutralised ({@link CellText}) and written as text, never as a formula.
 */
public final class XlsxSheetSink implements SheetSink, AutoCloseable {
    private static final int WINDOW = 100;

    private final OutputStream out;
    private final String sheetName;
    // Made at the header, so a sink whose export is refused leaves no temporary file behind.
    private SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private int next;
    private boolean closed;

    /**
     * A sink writing one sheet to {@code out}.
     *
     * @param out where the workbook goes at {@link #finish()}; not closed
     * @param sheetName the sheet's name
     */
    public XlsxSheetSink(OutputStream out, String sheetName) {
        this.out = out;
        this.sheetName = sheetName;
    }

    @Override
    public void header(List<String> names) {
        if (workbook != null || closed) {
            throw new IllegalStateException("the header is written once, first");
        }
        workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(CellText.forXlsx(names.get(i)));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number && CellValues.exactAsDouble(number)) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else {
                cell.setCellValue(CellText.forXlsx(value instanceof Number number ? CellValues.plain(number) : value.toString()));
            }
        }
    }

    /** Writes the workbook and deletes the temporary files. */
    @Override
    public void finish() {
        if (workbook == null) {
            throw new IllegalStateException("nothing was written: no header");
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    /** Deletes the temporary files without writing (after a failed export). Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (workbook != null) {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // the temporary files are gone; nothing else is held
            }
        }
    }
}
