package dev.roster.adapters.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files the tests build themselves: workbooks through POI, and zips taken apart and put back with a part changed. */
final class Files {
    private Files() {
    }

    /** A workbook built by POI's full model, as bytes. */
    static byte[] xlsx(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet of rows of text, the first row at row 1. */
    static byte[] xlsx(String[]... rows) {
        return xlsx(workbook -> {
            var sheet = workbook.createSheet("People");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        });
    }

    /** The zip's parts, by name, in order. */
    static Map<String, byte[]> parts(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** A zip of these parts. */
    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The workbook with one part's text replaced. */
    static byte[] withPart(byte[] xlsx, String name, String text) {
        Map<String, byte[]> parts = parts(xlsx);
        if (!parts.containsKey(name)) {
            throw new IllegalArgumentException("no part " + name + " in " + parts.keySet());
        }
        parts.put(name, text.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String[] row(String... cells) {
        return cells;
    }

    /** A sheet part holding these rows of XML. */
    static String sheetXml(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    /** A cell of inline text at a reference. */
    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }
}
