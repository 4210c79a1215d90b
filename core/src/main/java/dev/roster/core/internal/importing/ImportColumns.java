package dev.roster.core.internal.importing;

import dev.roster.spi.model.Permission;
import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each field sits in a file: the header row is the first of the top rows with a cell naming
 * the email column (a title above it is skipped), and every other header is matched by its aliases,
 * a permission flag, or reported as unknown.
 */
final class ImportColumns {
    /** How far down the header may be. */
    static final int HEADER_SEARCH_ROWS = 20;

    final int headerRow;
    final List<String> headers;
    final List<String> warnings = new ArrayList<>();
    private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    private final Map<Integer, Permission> flags = new LinkedHashMap<>();

    private ImportColumns(SheetRow header, Set<Permission> catalog, Map<String, Permission> flagColumns) {
        this.headerRow = header.number();
        this.headers = header.cells();
        Map<String, Permission> flagsByKey = new HashMap<>();
        catalog.forEach(p -> flagsByKey.put(Cells.headerKey(p.value()), p));
        flagColumns.forEach((name, p) -> flagsByKey.put(Cells.headerKey(name), p));
        for (int column = 0; column < headers.size(); column++) {
            String key = Cells.headerKey(headers.get(column));
            if (key.isEmpty()) {
                continue;
            }
            ImportField field = ImportField.of(key);
            Permission flag = flagsByKey.get(key);
            if (field != null && columns.putIfAbsent(field, column) != null) {
                warnings.add("column " + letters(column) + " (" + headers.get(column) + ") repeats column "
                        + letters(columns.get(field)) + " and is ignored");
            } else if (field == null && flag != null) {
                flags.put(column, flag);
            } else if (field == null) {
                warnings.add("column " + letters(column) + " (" + headers.get(column) + ") is not a column Roster reads and is ignored");
            }
        }
    }

    /** Reads down to the header row. */
    static ImportColumns find(SheetSource source, Set<Permission> catalog, Map<String, Permission> flagColumns) {
        for (int seen = 0; seen < HEADER_SEARCH_ROWS; seen++) {
            SheetRow row = source.next();
            if (row == null) {
                break;
            }
            for (String cell : row.cells()) {
                if (ImportField.of(Cells.headerKey(cell)) == ImportField.EMAIL) {
                    return new ImportColumns(row, catalog, flagColumns);
                }
            }
        }
        throw new SheetRejectedException(SheetRejectedException.Reason.NO_EMAIL_COLUMN,
                "no header naming an email column (\"Email\", \"E-mail\" or \"Email address\") in the first " + HEADER_SEARCH_ROWS + " rows");
    }

    /** The column of a field, or -1. */
    int column(ImportField field) {
        return columns.getOrDefault(field, -1);
    }

    /** Flag columns and the permission each sets. */
    Map<Integer, Permission> flags() {
        return flags;
    }

    /** The header of a column as the file has it. */
    String header(int column) {
        return column >= 0 && column < headers.size() ? headers.get(column) : null;
    }

    /** A column as a spreadsheet names it: A, B, ..., Z, AA. */
    static String letters(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
