package dev.roster.adapters.spreadsheet;

import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRejectedException.Reason;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The first visible sheet of an XLSX workbook, streamed: POI's {@link XSSFReader} finds the parts
 * in the package (opened read-only from the spooled file), and the sheet XML is read with StAX,
 * one row at a time. A formula cell gives its cached value and is never evaluated; a number is
 * written out in full (an ID of 12 digits stays 12 digits, never 1.2E+11); a date-formatted
 * number becomes an ISO date.
 */
final class XlsxSheetSource implements SheetSource {
    private static final String SHEET = "the sheet";
    /** The last row a sheet has (Excel's limit). */
    static final int MAX_ROW = 1_048_576;
    /** Columns read; an import's columns are a dozen, and no header sits this far right. */
    static final int MAX_COLUMNS = 1_024;

    private final Spool spool;
    private final OPCPackage pkg;
    private final InputStream sheetStream;
    private final XMLStreamReader xml;
    private final SharedStringsPart sharedStrings;
    private final BitSet dateStyles;
    private int lastRow;

    XlsxSheetSource(Spool spool) {
        this.spool = spool;
        OPCPackage opened = null;
        InputStream sheet = null;
        SharedStringsPart strings = null;
        try {
            opened = OPCPackage.open(spool.file().toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(opened);
            String sheetId;
            try (InputStream workbook = reader.getWorkbookData()) {
                sheetId = WorkbookParts.firstVisibleSheet(workbook);
            }
            strings = new SharedStringsPart(reader.getSharedStringsData());
            try (InputStream styles = reader.getStylesData()) {
                this.dateStyles = WorkbookParts.dateStyles(styles);
            }
            sheet = reader.getSheet(sheetId);
            this.xml = Xml.read(sheet, SHEET);
        } catch (SheetRejectedException e) {
            closeQuietly(strings, sheet, opened);
            throw e;
        } catch (Exception e) { // POI's own: InvalidFormatException, OpenXML4JException, NotOfficeXmlFileException, ...
            closeQuietly(strings, sheet, opened);
            throw new SheetRejectedException(Reason.NOT_A_SPREADSHEET, "the file is a zip but not an XLSX workbook: " + e.getMessage(), e);
        }
        this.pkg = opened;
        this.sheetStream = sheet;
        this.sharedStrings = strings;
    }

    @Override
    public SheetRow next() {
        while (Xml.hasNext(xml, SHEET)) {
            int event = Xml.next(xml, SHEET);
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                SheetRow row = row();
                if (row != null) {
                    return row;
                }
            }
        }
        sharedStrings.checkRest();
        return null;
    }

    /**
     * The row the reader stands on, or null when it has no cell. Rows and cells must come in
     * order, as every spreadsheet program writes them: a repeated or backward reference would let
     * a file show one value and import another, so it is refused. Cells right of
     * {@link #MAX_COLUMNS} are dropped, so a far-away cell cannot blow a row up to 16,384 slots.
     */
    private SheetRow row() {
        String r = xml.getAttributeValue(null, "r");
        int number = r == null ? lastRow + 1 : parseRowNumber(r);
        if (number <= lastRow || number > MAX_ROW) {
            throw new SheetRejectedException(Reason.DAMAGED, "row " + number + " comes after row " + lastRow
                    + (number > MAX_ROW ? ", past the last row a sheet has" : "; rows must be in order"));
        }
        lastRow = number;
        List<String> cells = new ArrayList<>();
        int column = -1;
        while (true) {
            int event = Xml.next(xml, SHEET);
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells.isEmpty() ? null : new SheetRow(number, cells);
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int next = ref == null ? column + 1 : columnOf(ref);
                if (next <= column) {
                    throw new SheetRejectedException(Reason.DAMAGED, "row " + number + " has cell " + ref + " after a cell at or right of it; "
                            + "cells must be in order");
                }
                column = next;
                String value = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                if (value != null && column < MAX_COLUMNS) {
                    while (cells.size() < column) {
                        cells.add(null);
                    }
                    cells.add(value);
                }
            }
        }
    }

    /** Reads one cell up to its end tag. */
    private String cell(String type, String style) {
        String value = null;
        String inline = null;
        while (true) {
            int event = Xml.next(xml, SHEET);
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = Xml.text(xml, SHEET);
                } else if ("is".equals(name)) {
                    inline = Xml.text(xml, SHEET, "rPh"); // as a shared string is read: without its phonetic guide
                } else {
                    Xml.text(xml, SHEET); // a formula (<f>) is never evaluated: the cached <v> is the value
                }
            }
        }
        if (inline != null) {
            return inline;
        }
        if (value == null) {
            return null;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> shared(value);
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "n" -> number(value, style);
            default -> value; // str (a formula's text), inlineStr, e (an error such as #N/A), d (an ISO date)
        };
    }

    private String shared(String index) {
        try {
            return sharedStrings.get(Integer.parseInt(index.trim()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new SheetRejectedException(Reason.DAMAGED, "a cell refers to shared string " + index + ", which the workbook lacks", e);
        }
    }

    private String number(String value, String style) {
        try {
            if (style != null && dateStyles.get(Integer.parseInt(style))) {
                LocalDateTime when = DateUtil.getLocalDateTime(Double.parseDouble(value));
                return when.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? when.toLocalDate().toString() : when.toString();
            }
            if (plainInteger(value)) {
                return value; // most numbers in an import (IDs, phone numbers) need no rewriting
            }
            return CellValues.plain(new BigDecimal(value.trim())); // written out in full, as an export writes numbers
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** Digits without a sign, a point or a leading zero: already written as a spreadsheet shows it. */
    private static boolean plainInteger(String value) {
        if (value.isEmpty() || value.length() > 18 || value.charAt(0) == '0' && value.length() > 1) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The row number of a reference such as "12". */
    private static int parseRowNumber(String r) {
        try {
            int number = Integer.parseInt(r.trim());
            if (number < 1) {
                throw new NumberFormatException(r);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new SheetRejectedException(Reason.DAMAGED, "a row has the number '" + cut(r) + "'", e);
        }
    }

    /** The column of a reference such as "AB12", from 0; XFD (16,384) is the last. */
    static int columnOf(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && (ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' || ref.charAt(i) >= 'a' && ref.charAt(i) <= 'z')) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column > 16_384 || column < 1) {
                throw new SheetRejectedException(Reason.DAMAGED, "a cell has the reference '" + cut(ref) + "', past the last column");
            }
            i++;
        }
        if (i == 0) {
            throw new SheetRejectedException(Reason.DAMAGED, "a cell has the reference '" + cut(ref) + "'");
        }
        return column - 1;
    }

    private static String cut(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }

    @Override
    public void close() {
        Xml.close(xml);
        closeQuietly(sharedStrings, sheetStream, pkg);
        spool.close();
    }

    private static void closeQuietly(SharedStringsPart strings, InputStream sheet, OPCPackage pkg) {
        if (strings != null) {
            strings.close();
        }
        try {
            if (sheet != null) {
                sheet.close();
            }
        } catch (IOException e) {
            // the temporary file goes anyway
        }
        if (pkg != null) {
            pkg.revert(); // read-only: nothing to write back
        }
    }
}
