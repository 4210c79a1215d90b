package dev.roster.adapters.spreadsheet;

import dev.roster.core.policy.ImportLimits;
import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRejectedException.Reason;
import dev.roster.spi.sheet.SheetSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Opens an uploaded file for {@code roster.imports()}. The upload is copied to a temporary file
 * first (refused past the policy's size), recognised by its first bytes rather than its name,
 * and, for an XLSX workbook, inspected as a zip before POI parses anything. Close the source when
 * done; that deletes the copy.
 *
 * <pre>{@code
 * try (SheetSource rows = Spreadsheets.open(upload, roster.policy().importLimits())) {
 *     ImportReport report = roster.imports().dryRun(admin, rows, ImportOptions.defaults());
 * }
 * }</pre>
 */
public final class Spreadsheets {
    private static final int SNIFF = 8;

    private Spreadsheets() {
    }

    /**
     * Opens an XLSX workbook (its first visible sheet) or a UTF-8 CSV file.
     *
     * @param upload the file's bytes; read to the end, not closed
     * @param limits the policy's import limits
     * @return the rows, to be closed by the caller
     * @throws SheetRejectedException when the file is too large, not a spreadsheet, damaged or unsafe
     */
    public static SheetSource open(InputStream upload, ImportLimits limits) {
        Spool spool = Spool.of(upload, limits.maxFileBytes());
        try {
            byte[] head = head(spool);
            if (startsWith(head, 'P', 'K', 3, 4)) {
                ZipInspection.inspect(spool.file(), limits.maxInflatedBytes());
                return new XlsxSheetSource(spool);
            }
            if (startsWith(head, 'P', 'K')) {
                throw new SheetRejectedException(Reason.DAMAGED, "the file is an empty or split zip, not a workbook");
            }
            if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
                throw new SheetRejectedException(Reason.NOT_A_SPREADSHEET, "the file is an Excel 97-2003 workbook (.xls); save it as .xlsx or CSV");
            }
            if (startsWith(head, '%', 'P', 'D', 'F') || binary(spool)) {
                throw new SheetRejectedException(Reason.NOT_A_SPREADSHEET, "the file is neither an XLSX workbook nor CSV text");
            }
            return new CsvSheetSource(spool);
        } catch (RuntimeException e) {
            spool.close();
            throw e;
        }
    }

    private static byte[] head(Spool spool) {
        try (InputStream in = Files.newInputStream(spool.file())) {
            return in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text has no NUL byte; the first 8 KB are looked at. */
    private static boolean binary(Spool spool) {
        try (InputStream in = Files.newInputStream(spool.file())) {
            for (byte b : in.readNBytes(8 * 1024)) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
