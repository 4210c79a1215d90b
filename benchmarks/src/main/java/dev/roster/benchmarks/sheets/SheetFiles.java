package dev.roster.benchmarks.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The files every spreadsheet benchmark reads, generated once under {@code target/sheet-bench}:
 * ten columns an admin fills in (email, names, role, type, phone, zone, external ID, message), with
 * a shared strings table as Excel writes one. Every run reads the same files.
 */
final class SheetFiles {
    static final String[] HEADER = {"Email", "First name", "Last name", "Display name", "Role", "User type", "Phone", "Time zone",
        "External ID", "Personal message"};
    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London", "Australia/Sydney"};

    private SheetFiles() {
    }

    /** The file of {@code rows} data rows, generated when missing. */
    static Path people(int rows) {
        Path file = Path.of("target", "sheet-bench", "people-" + rows + ".xlsx");
        if (Files.exists(file)) {
            return file;
        }
        long start = System.nanoTime();
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            // Shared strings, as Excel writes a workbook (SXSSF's default of inline strings is rarer in the wild).
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true); OutputStream out = Files.newOutputStream(partial)) {
                var sheet = workbook.createSheet("People");
                var header = sheet.createRow(0);
                for (int c = 0; c < HEADER.length; c++) {
                    header.createCell(c).setCellValue(HEADER[c]);
                }
                for (int r = 1; r <= rows; r++) {
                    var row = sheet.createRow(r);
                    String first = "First" + (r % 997);
                    String last = "Last" + (r % 1009);
                    row.createCell(0).setCellValue(String.format(Locale.ROOT, "person%07d@example.com", r));
                    row.createCell(1).setCellValue(first);
                    row.createCell(2).setCellValue(last);
                    row.createCell(3).setCellValue(first + " " + last);
                    row.createCell(4).setCellValue(r % 10 == 0 ? "Admin" : "Member");
                    row.createCell(5).setCellValue("member");
                    row.createCell(6).setCellValue("+49 30 " + (1_000_000 + r % 9_000_000));
                    row.createCell(7).setCellValue(ZONES[r % ZONES.length]);
                    row.createCell(8).setCellValue(10_000_000_000L + r);
                    row.createCell(9).setCellValue(r % 3 == 0 ? "Welcome aboard!" : "");
                }
                workbook.write(out);
                workbook.dispose();
            }
            Files.move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "generated %s (%,d bytes) in %.1f s%n", file, size(file), (System.nanoTime() - start) / 1e9);
        return file;
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
