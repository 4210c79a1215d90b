package dev.roster.benchmarks.sheets;

import dev.roster.adapters.spreadsheet.Spreadsheets;
import dev.roster.benchmarks.store.Stopwatch;
import dev.roster.core.policy.ImportLimits;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reading a 100,000-row, 10-column workbook to the text of every cell: Roster's reader against
 * POI's whole-workbook model and fastexcel-reader, timed in turn on the same file; then
 * fastexcel-reader alone on the 1,000,000-row file, the time the dry-run benchmark is held to.
 * Run: see docs/benchmarks.md.
 */
public final class ParseBenchmark {
    private static final ImportLimits UNBOUNDED = new ImportLimits(Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = SheetFiles.people(100_000);
        Path million = SheetFiles.people(1_000_000);
        // Roster and fastexcel-reader in turn, so a slow spell falls on both alike; POI's whole-workbook
        // model on its own afterwards, since the gigabytes of garbage it leaves would slow whichever ran next.
        Map<String, Stopwatch.Call> calls = new LinkedHashMap<>();
        calls.put("roster (spool, inspect, StAX)", () -> roster(file));
        calls.put("fastexcel-reader", () -> fastexcel(file));
        List<Stopwatch.Result> results = Stopwatch.interleaved(2, 9, calls);
        Stopwatch.Result poi = Stopwatch.time("POI XSSFWorkbook", 1, 3, () -> poi(file));
        double roster = results.get(0).medianMicros();
        System.out.printf(Locale.ROOT, "%nrows per second: roster %,.0f, fastexcel %,.0f, XSSFWorkbook %,.0f%n", 100_000 / (roster / 1e6),
                100_000 / (results.get(1).medianMicros() / 1e6), 100_000 / (poi.medianMicros() / 1e6));
        System.out.printf(Locale.ROOT, "roster vs XSSFWorkbook %.2fx (bar: at least 5x); roster vs fastexcel %.2fx (bar: at least 0.8x)%n",
                poi.medianMicros() / roster, results.get(1).medianMicros() / roster);
        Stopwatch.Result big = Stopwatch.time("fastexcel-reader, 1,000,000 rows", 1, 3, () -> fastexcel(million));
        System.out.printf(Locale.ROOT, "the dry run of 1,000,000 rows is held to 1.5 x %.1f s = %.1f s%n", big.medianMicros() / 1e6,
                1.5 * big.medianMicros() / 1e6);
    }

    /** Every cell's text, as the import reads it. */
    static long roster(Path file) throws Exception {
        long chars = 0;
        try (InputStream in = Files.newInputStream(file); SheetSource rows = Spreadsheets.open(in, UNBOUNDED)) {
            for (SheetRow row; (row = rows.next()) != null; ) {
                for (String cell : row.cells()) {
                    chars += cell == null ? 0 : cell.length();
                }
            }
        }
        return chars;
    }

    static long fastexcel(Path file) throws Exception {
        long[] chars = {0};
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                rows.forEach(row -> {
                    for (int c = 0; c < row.getCellCount(); c++) {
                        String text = row.getCellText(c);
                        chars[0] += text == null ? 0 : text.length();
                    }
                });
            }
        }
        return chars[0];
    }

    static long poi(Path file) throws Exception {
        long chars = 0;
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    chars += format.formatCellValue(cell).length();
                }
            }
        }
        return chars;
    }
}
