package dev.roster.core.support;

import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** Spreadsheets written out in a test, row by row, as a reader adapter would hand them to core. */
public final class Sheets {
    private Sheets() {
    }

    /** The rows, numbered from 1. */
    public static SheetSource of(String[]... rows) {
        return of(Arrays.asList(rows));
    }

    /** The rows, numbered from 1. */
    public static SheetSource of(List<String[]> rows) {
        List<SheetRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new SheetRow(i + 1, Arrays.asList(rows.get(i))));
        }
        Iterator<SheetRow> it = numbered.iterator();
        return new SheetSource() {
            @Override
            public SheetRow next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }

    /** One row. */
    public static String[] row(String... cells) {
        return cells;
    }

    /** A header and {@code count} rows of distinct addresses at acme.example, "u0@...", "u1@...". */
    public static List<String[]> addresses(int count) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Email", "First name"));
        for (int i = 0; i < count; i++) {
            rows.add(row("u" + i + "@acme.example", "U" + i));
        }
        return rows;
    }
}
