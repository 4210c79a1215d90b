package dev.roster.adapters.spreadsheet;

import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRejectedException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Looks at a workbook's zip before any parser does, inflating every entry for real (the sizes a
 * zip claims prove nothing): how many entries, how many bytes they inflate to against a budget,
 * how far one entry inflates, repeated names, archives inside, and any document type declaration
 * in its XML. POI's JVM-wide limits ({@code ZipSecureFile}, {@code IOUtils}) belong to the host
 * and stay as they are.
 */
final class ZipInspection {
    /** A workbook has a few dozen parts; a sheet with pictures a few hundred. */
    static final int MAX_ENTRIES = 1_000;
    /** Real sheets inflate 5 to 30 times; a bomb thousands of times. Entries under a megabyte are left alone. */
    static final int MAX_RATIO = 100;
    private static final long RATIO_FLOOR = 1024 * 1024;

    private ZipInspection() {
    }

    /**
     * @param zip the spooled file, which starts with a zip signature
     * @param inflatedBudget the most bytes all entries may inflate to together
     * @throws SheetRejectedException naming what was found
     */
    static void inspect(Path zip, long inflatedBudget) {
        long fileSize = sizeOf(zip);
        Set<String> names = new HashSet<>();
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        // With the zip library POI opens a file with (Commons Compress, through the central directory),
        // so the bytes inspected are the bytes parsed.
        try (ZipFile file = ZipFile.builder().setFile(zip.toFile()).get()) {
            Enumeration<ZipArchiveEntry> all = file.getEntries();
            int entries = 0;
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new SheetRejectedException(Reason.TOO_MANY_ENTRIES, "the workbook holds more than " + MAX_ENTRIES + " parts");
                }
                String name = entry.getName();
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new SheetRejectedException(Reason.DUPLICATE_ENTRY, "the workbook holds two parts named " + name);
                }
                Scanner scanner = new Scanner(name);
                long compressed = compressedOf(entry, fileSize);
                long entryBytes = 0;
                try (InputStream in = file.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        entryBytes += n;
                        inflated += n;
                        if (inflated > inflatedBudget) {
                            throw new SheetRejectedException(Reason.TOO_LARGE, "the workbook inflates to more than " + inflatedBudget + " bytes");
                        }
                        // Judged as it inflates, so a bomb is stopped after a few megabytes, not at the budget.
                        if (entryBytes > RATIO_FLOOR && entryBytes > MAX_RATIO * compressed) {
                            throw new SheetRejectedException(Reason.SUSPICIOUS_COMPRESSION, "the part " + name + " inflates more than "
                                    + MAX_RATIO + " times, more than any real sheet");
                        }
                        scanner.scan(buffer, n, entryBytes == n);
                    }
                }
            }
            if (entries == 0) {
                throw new SheetRejectedException(Reason.DAMAGED, "the file starts like a zip but holds no parts");
            }
        } catch (EOFException e) {
            throw new SheetRejectedException(Reason.DAMAGED, "the file is cut short", e);
        } catch (ZipException e) {
            throw new SheetRejectedException(Reason.DAMAGED, "the file is a damaged zip: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SheetRejectedException(Reason.DAMAGED, "the file could not be read as a zip: " + e.getMessage(), e);
        }
    }

    /** What an entry took in the zip; the whole file when the entry does not say (streamed entries). */
    private static long compressedOf(ZipArchiveEntry entry, long fileSize) {
        long size = entry.getCompressedSize();
        return Math.max(1, Math.min(size > 0 ? size : fileSize, fileSize)); // a claim bigger than the file is a lie
    }

    private static long sizeOf(Path zip) {
        try {
            return Files.size(zip);
        } catch (IOException e) {
            throw new SheetRejectedException(Reason.DAMAGED, "the file could not be read", e);
        }
    }

    /**
     * Watches one entry's bytes: archives inside, XML not in UTF-8, and any markup declaration.
     * Every {@code <!} other than a comment or a CDATA section declares something (a document type,
     * an entity, an element, an attribute list), which a workbook never needs; the scan keeps its
     * state across reads, so a declaration split between two is still seen.
     */
    private static final class Scanner {
        private static final byte[] CDATA = "[CDATA[".getBytes(StandardCharsets.US_ASCII);

        private final boolean xml;
        private final String name;
        private boolean afterLt;
        // Bytes seen after "<!", -1 when not in one.
        private int declared = -1;
        private boolean comment;

        Scanner(String name) {
            this.name = name;
            String lower = name.toLowerCase(Locale.ROOT);
            this.xml = lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
        }

        void scan(byte[] bytes, int length, boolean first) {
            if (first && length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
                throw new SheetRejectedException(Reason.NESTED_ARCHIVE, "the part " + name + " is an archive inside the workbook");
            }
            if (!xml) {
                return;
            }
            if (first && length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF || bytes[0] == 0 || bytes[1] == 0)) {
                // UTF-16 or wider would hide a declaration from this byte scan; Office writes UTF-8 only.
                throw new SheetRejectedException(Reason.DOCTYPE, "the part " + name + " is XML in an encoding other than UTF-8");
            }
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (declared >= 0) {
                    judge(b);
                } else if (afterLt && b == '!') {
                    declared = 0;
                    afterLt = false;
                } else {
                    afterLt = b == '<';
                }
            }
        }

        /** One more byte after "<!": "--" opens a comment and "[CDATA[" a section; anything else declares. */
        private void judge(byte b) {
            int at = declared++;
            if (at == 0) {
                comment = b == '-';
                if (comment || b == CDATA[0]) {
                    return;
                }
            } else if (comment && at == 1 && b == '-') {
                declared = -1;
                return;
            } else if (!comment && at < CDATA.length && b == CDATA[at]) {
                if (at == CDATA.length - 1) {
                    declared = -1;
                }
                return;
            }
            throw new SheetRejectedException(Reason.DOCTYPE, "the part " + name + " declares a document type or entities, "
                    + "which a workbook never needs");
        }
    }
}
