package dev.roster.adapters.spreadsheet;

import static dev.roster.adapters.spreadsheet.Files.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.roster.core.importing.ImportOptions;
import dev.roster.core.policy.ImportLimits;
import dev.roster.core.support.Fixture;
import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRejectedException.Reason;
import dev.roster.spi.sheet.SheetSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files made to hurt: each is refused with a typed reason within a second, invites nobody, and leaves no temporary file. */
class HostileFilesTest {
    private static final byte[] GOOD = Files.xlsx(row("Email", "First name"), row("ann@acme.example", "Ann"));
    private final Fixture f = new Fixture();
    private long spooledBefore;

    @BeforeEach
    void countSpooledFiles() {
        spooledBefore = spooledFiles();
    }

    @AfterEach
    void nothingInvitedAndNothingLeftOnDisk() {
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isZero();
        assertThat(spooledFiles()).isEqualTo(spooledBefore);
    }

    private Reason refused(byte[] file) {
        return refused(file, ImportLimits.DEFAULT);
    }

    private Reason refused(byte[] file, ImportLimits limits) {
        return assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            try (SheetSource rows = Spreadsheets.open(new ByteArrayInputStream(file), limits)) {
                f.roster.imports().apply(f.adminActor, rows, ImportOptions.defaults());
            } catch (SheetRejectedException e) {
                return e.reason();
            }
            throw new AssertionError("the file was accepted");
        });
    }

    @Test
    void theGoodFileTheOthersAreMadeFromIsRead() throws IOException {
        try (SheetSource rows = Spreadsheets.open(new ByteArrayInputStream(GOOD), ImportLimits.DEFAULT)) {
            assertThat(rows.next().cells()).containsExactly("Email", "First name");
            assertThat(rows.next().cells()).containsExactly("ann@acme.example", "Ann");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void aZipBombIsStoppedAfterAFewMegabytesInflated() {
        // 6.5 MB that inflates to 150 MB passes POI's own defaults; here 150 MB of a sheet in a file of a few hundred KB.
        byte[] bomb = zipWith("xl/worksheets/sheet1.xml", "<worksheet>", ' ', 150L * 1024 * 1024, "</worksheet>");

        assertThat(refused(bomb)).isEqualTo(Reason.SUSPICIOUS_COMPRESSION);
    }

    @Test
    void realisticallyCompressedPartsPastTheInflatedBudgetAreRefused() {
        // Random letters deflate about 1.6 times: no ratio gives this away, only the bytes inflated.
        java.util.Random random = new java.util.Random(7);
        Map<String, byte[]> parts = new LinkedHashMap<>(Files.parts(GOOD));
        for (int i = 0; i < 4; i++) {
            byte[] noise = new byte[400_000];
            for (int j = 0; j < noise.length; j++) {
                noise[j] = (byte) ('a' + random.nextInt(26));
            }
            parts.put("xl/media/noise" + i + ".txt", noise);
        }

        assertThat(refused(Files.zip(parts), new ImportLimits(10_000_000, 1_000_000, 10_000, 1_000))).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void aPartThatInflatesAThousandTimesIsRefusedUnderTheBudget() {
        byte[] bomb = zipWith("xl/worksheets/sheet1.xml", "<worksheet>", ' ', 20L * 1024 * 1024, "</worksheet>");

        assertThat(refused(bomb)).isEqualTo(Reason.SUSPICIOUS_COMPRESSION);
    }

    @Test
    void tenThousandTinyEntriesAreRefused() {
        Map<String, byte[]> parts = new LinkedHashMap<>(Files.parts(GOOD));
        for (int i = 0; i < 10_000; i++) {
            parts.put("xl/media/n" + i + ".bin", new byte[] {1});
        }

        assertThat(refused(Files.zip(parts))).isEqualTo(Reason.TOO_MANY_ENTRIES);
    }

    @Test
    void twoEntriesOfOneNameAreRefused() {
        Map<String, byte[]> parts = new LinkedHashMap<>(Files.parts(GOOD));
        parts.put("xl/sharedStringz.xml", "<sst/>".getBytes(StandardCharsets.UTF_8));
        byte[] zip = Files.zip(parts);
        // java.util.zip writes no duplicate names: rename the extra part in place, in its local header and the central directory.
        byte[] twin = replaceAll(zip, "xl/sharedStringz.xml", "xl/sharedStrings.xml");

        assertThat(refused(twin)).isEqualTo(Reason.DUPLICATE_ENTRY);
    }

    @Test
    void anArchiveInsideTheWorkbookIsRefused() {
        Map<String, byte[]> parts = new LinkedHashMap<>(Files.parts(GOOD));
        parts.put("xl/embeddings/inner.bin", GOOD);

        assertThat(refused(Files.zip(parts))).isEqualTo(Reason.NESTED_ARCHIVE);
    }

    @Test
    void externalEntitiesInTheSharedStringsOrTheSheetAreRefusedAndNeverFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/secret";
            String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"" + url + "\">]>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
                    + "<si><t>Email</t></si><si><t>&x;</t></si></sst>";
            String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet SYSTEM \"" + url + "\">"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>";

            assertThat(refused(Files.withPart(GOOD, "xl/sharedStrings.xml", strings))).isEqualTo(Reason.DOCTYPE);
            assertThat(refused(Files.withPart(GOOD, "xl/worksheets/sheet1.xml", sheet))).isEqualTo(Reason.DOCTYPE);

            listener.setSoTimeout(200);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void commentsAndCdataSectionsAreNoDeclarationsAndRead() throws IOException {
        String rows = "<!-- written by hand --><row r=\"1\">" + Files.inline("A1", "Email") + "</row><row r=\"2\">"
                + "<c r=\"A2\" t=\"inlineStr\"><is><t><![CDATA[ann@acme.example]]></t></is></c></row>";
        byte[] file = Files.withPart(GOOD, "xl/worksheets/sheet1.xml", Files.sheetXml(rows));

        try (SheetSource source = Spreadsheets.open(new ByteArrayInputStream(file), ImportLimits.DEFAULT)) {
            assertThat(source.next().cells()).containsExactly("Email");
            assertThat(source.next().cells()).containsExactly("ann@acme.example");
        }
        String element = "<row r=\"1\">" + Files.inline("A1", "Email") + "</row><!ELEMENT row ANY>";
        assertThat(refused(Files.withPart(GOOD, "xl/worksheets/sheet1.xml", Files.sheetXml(element)))).isEqualTo(Reason.DOCTYPE);
    }

    @Test
    void nestedEntityExpansionIsRefused() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");

        assertThat(refused(Files.withPart(GOOD, "xl/worksheets/sheet1.xml", laughs.toString()))).isEqualTo(Reason.DOCTYPE);
    }

    @Test
    void xmlInAnotherEncodingIsRefusedSinceItWouldHideADeclaration() {
        Map<String, byte[]> parts = new LinkedHashMap<>(Files.parts(GOOD));
        parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><sst/>".getBytes(StandardCharsets.UTF_16));

        assertThat(refused(Files.zip(parts))).isEqualTo(Reason.DOCTYPE);
    }

    @Test
    void aRenamedPdfIsNotASpreadsheet() {
        byte[] pdf = "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused(pdf)).isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void anOldExcelFileIsNotASpreadsheetRosterReads() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(refused(xls)).isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void aTruncatedWorkbookIsDamaged() {
        assertThat(refused(Arrays.copyOf(GOOD, GOOD.length / 2))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void aZipThatIsNoWorkbookIsNotASpreadsheet() {
        byte[] zip = Files.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused(zip)).isEqualTo(Reason.NOT_A_SPREADSHEET);
    }

    @Test
    void aCsvFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "Email;Name\nann@acme.example;Ren\u00E9e\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused(latin1)).isEqualTo(Reason.NOT_UTF8);
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedBeforeItIsRead() {
        byte[] big = ("Email\n" + "a@acme.example\n".repeat(100)).getBytes(StandardCharsets.UTF_8);

        assertThat(refused(big, new ImportLimits(1_000, 1_000_000, 10_000, 1_000))).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void cellsThatRepeatOrGoBackwardWithinARowAreRefusedSoWhatIsShownIsWhatIsImported() {
        String header = "<row r=\"1\">" + Files.inline("A1", "Email") + Files.inline("B1", "Role") + "</row>";
        String repeated = header + "<row r=\"2\">" + Files.inline("A2", "ann@acme.example") + Files.inline("B2", "Admin")
                + Files.inline("B2", "Viewer") + "</row>";
        String backward = header + "<row r=\"2\">" + Files.inline("B2", "viewer") + Files.inline("A2", "ann@acme.example") + "</row>";

        assertThat(refused(Files.withPart(GOOD, "xl/worksheets/sheet1.xml", Files.sheetXml(repeated)))).isEqualTo(Reason.DAMAGED);
        assertThat(refused(Files.withPart(GOOD, "xl/worksheets/sheet1.xml", Files.sheetXml(backward)))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void rowsOutOfOrderOrPastTheLastRowAreRefusedNeverWrapped() {
        String header = "<row r=\"1\">" + Files.inline("A1", "Email") + "</row>";
        String overflow = header + "<row r=\"2147483647\">" + Files.inline("A2147483647", "a@acme.example") + "</row><row>"
                + Files.inline("A1", "b@acme.example") + "</row>";
        String backward = header + "<row r=\"3\">" + Files.inline("A3", "a@acme.example") + "</row><row r=\"2\">"
                + Files.inline("A2", "b@acme.example") + "</row>";

        assertThat(refused(Files.withPart(GOOD, "xl/worksheets/sheet1.xml", Files.sheetXml(overflow)))).isEqualTo(Reason.DAMAGED);
        assertThat(refused(Files.withPart(GOOD, "xl/worksheets/sheet1.xml", Files.sheetXml(backward)))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void aReferencePastTheLastColumnIsRefusedNotWrappedIntoColumnA() {
        String rows = "<row r=\"1\">" + Files.inline("A1", "Email") + "</row><row r=\"2\">"
                + Files.inline("ZZZZZZZZZZZZZZZZ2", "x") + "</row>";

        assertThat(refused(Files.withPart(GOOD, "xl/worksheets/sheet1.xml", Files.sheetXml(rows)))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void aFarAwayCellOnEveryRowCostsNothing() {
        StringBuilder rows = new StringBuilder("<row r=\"1\">" + Files.inline("A1", "Email") + "</row>");
        for (int i = 2; i <= 10_001; i++) {
            rows.append("<row r=\"").append(i).append("\">").append(Files.inline("A" + i, "u" + i + "@acme.example"))
                    .append("<c r=\"XFD").append(i).append("\"><v>1</v></c></row>");
        }
        byte[] file = Files.withPart(GOOD, "xl/worksheets/sheet1.xml", Files.sheetXml(rows.toString()));

        var report = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try (SheetSource source = Spreadsheets.open(new ByteArrayInputStream(file), ImportLimits.DEFAULT)) {
                return f.roster.imports().dryRun(f.adminActor, source, ImportOptions.defaults());
            }
        });

        assertThat(report.rowCount()).isEqualTo(10_000);
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(1));
    }

    /** A zip of one part: a head, {@code size} times one byte, a tail; written in chunks. */
    private static byte[] zipWith(String name, String head, char fill, long size, String tail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : Files.parts(GOOD).entrySet()) {
                if (!part.getKey().equals(name)) {
                    out.putNextEntry(new ZipEntry(part.getKey()));
                    out.write(part.getValue());
                    out.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) fill);
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] replaceAll(byte[] data, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.US_ASCII);
        byte[] b = to.getBytes(StandardCharsets.US_ASCII);
        byte[] out = data.clone();
        for (int i = 0; i + a.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, i, b.length);
            }
        }
        return out;
    }

    private static long spooledFiles() {
        try (Stream<Path> files = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("roster-upload-")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
