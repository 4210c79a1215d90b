package dev.roster.adapters.spreadsheet;

import static dev.roster.adapters.spreadsheet.Files.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.core.policy.ImportLimits;
import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRejectedException.Reason;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Damaged and hostile shared strings, read side by side with the sheet: each a typed refusal, as when the table was read first. */
class SharedStringsHostileTest {
    private static final byte[] BASE = Files.xlsx(row("Email"), row("ann@acme.example"));

    private static List<SheetRow> rows(byte[] file) {
        List<SheetRow> rows = new ArrayList<>();
        try (SheetSource source = Spreadsheets.open(new ByteArrayInputStream(file), ImportLimits.DEFAULT)) {
            for (SheetRow row; (row = source.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String sst(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + items + "</sst>";
    }

    private static String shared(int row, int index) {
        return "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"s\"><v>" + index + "</v></c></row>";
    }

    private static byte[] file(String stringsPart, String rows) {
        return Files.withPart(Files.withPart(BASE, "xl/sharedStrings.xml", stringsPart), "xl/worksheets/sheet1.xml", Files.sheetXml(rows));
    }

    /** The shared strings part moved to a name the zip scan does not treat as XML. */
    private static byte[] renamedStrings(String stringsPart, String rows) {
        Map<String, byte[]> parts = Files.parts(Files.withPart(BASE, "xl/worksheets/sheet1.xml", Files.sheetXml(rows)));
        parts.remove("xl/sharedStrings.xml");
        parts.put("xl/strings.dat", stringsPart.getBytes(StandardCharsets.UTF_8));
        String rels = Files.text(parts.get("xl/_rels/workbook.xml.rels")).replace("sharedStrings.xml", "strings.dat");
        parts.put("xl/_rels/workbook.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
        String types = Files.text(parts.get("[Content_Types].xml")).replace("/xl/sharedStrings.xml", "/xl/strings.dat");
        parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        return Files.zip(parts);
    }

    @Test
    void aRenamedSharedStringsPartStillWorks() {
        assertThat(rows(renamedStrings(sst("<si><t>Email</t></si><si><t>ann@acme.example</t></si>"), shared(1, 0) + shared(2, 1))))
                .extracting(r -> r.cells().get(0)).containsExactly("Email", "ann@acme.example");
    }

    @Test
    void aDoctypeInARenamedSharedStringsPartIsRefusedAndNeverFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/secret";
            String part = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"" + url + "\"><!ENTITY % p SYSTEM \"" + url
                    + "\"> %p;]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Email</t></si><si><t>&x;</t></si></sst>";
            assertThatThrownBy(() -> rows(renamedStrings(part, shared(1, 0) + shared(2, 1))))
                    .isInstanceOfSatisfying(SheetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DOCTYPE));
            String external = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst SYSTEM \"" + url + "\">"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Email</t></si></sst>";
            assertThatThrownBy(() -> rows(renamedStrings(external, shared(1, 0))))
                    .isInstanceOfSatisfying(SheetRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DOCTYPE));
            listener.setSoTimeout(200);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void predefinedEntitiesAreText() {
        assertThat(rows(file(sst("<si><t>Tom &amp; Jerry &lt;x&gt; &#233;</t></si>"), shared(1, 0))))
                .extracting(r -> r.cells().get(0)).containsExactly("Tom & Jerry <x> \u00e9");
    }

    @Test
    void multiByteTextAcrossTheChunkBoundary() {
        String[] tails = {"", "a", "aa", "aaa"};
        for (String tail : tails) {
            java.util.Random random = new java.util.Random(tail.length());
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < (1 << 18) - 1 - tail.length(); i++) {
                letters.append((char) ('a' + random.nextInt(26)));
            }
            String filler = letters.toString();
            String hostile = "\u00e9\u20ac\ud83d\ude00\u0301z";
            String items = "<si><t>" + filler + "</t></si><si><t>" + tail + hostile + "</t></si><si><t>after</t></si>";
            assertThat(rows(file(sst(items), shared(1, 0) + shared(2, 1) + shared(3, 2))))
                    .extracting(r -> r.cells().get(0)).containsExactly(filler, tail + hostile, "after");
        }
    }

    @Test
    void hugeAndNegativeIndexesAreTypedErrors() {
        for (String index : new String[] {"2147483647", "-1", "99999999999", "1e3", ""}) {
            String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + index + "</v></c></row>";
            assertThatThrownBy(() -> rows(file(sst("<si><t>Email</t></si>"), rows))).as(index).isInstanceOf(SheetRejectedException.class);
        }
    }

    @Test
    void aPhoneticGuideIsLeftOutOfAnInlineStringAsOfASharedOne() {
        String ruby = "<r><t>\u6f22\u5b57</t></r><rPh sb=\"0\" eb=\"2\"><t>\u304b\u3093\u3058</t></rPh>";
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is>" + ruby + "</is></c></row>";
        List<SheetRow> read = rows(file(sst("<si>" + ruby + "</si>"), rows));
        assertThat(read.get(0).cells().get(0)).isEqualTo("\u6f22\u5b57");
        assertThat(read.get(0).cells().get(1)).as("the inline cell").isEqualTo("\u6f22\u5b57");
    }

    @Test
    void textOutsideAnItemIsNoString() {
        assertThat(rows(file(sst("<t>stray</t><si><t>Email</t></si><t>stray2</t><si><r><t>a</t></r><r><t>b</t></r></si>"), shared(1, 0) + shared(2, 1))))
                .extracting(r -> r.cells().get(0)).containsExactly("Email", "ab");
    }

    private static long openFds() throws IOException {
        try (var s = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    @Test
    void noHandleLeftAfterABadSharedStringsPrologOrAMidwayFailure() throws IOException {
        rows(file(sst("<si><t>Email</t></si>"), shared(1, 0))); // warm up: classes, jars
        long before = openFds();
        for (int i = 0; i < 50; i++) {
            byte[] badProlog = file("<?xml version=\"9.9\" encoding=\"UTF-8\"?><sst/>", shared(1, 0));
            assertThatThrownBy(() -> rows(badProlog)).isInstanceOf(SheetRejectedException.class);
            byte[] midway = file(sst("<si><t>Email</t></si><si><t>x"), shared(1, 0) + shared(2, 1));
            assertThatThrownBy(() -> rows(midway)).isInstanceOf(SheetRejectedException.class);
        }
        assertThat(openFds()).isLessThanOrEqualTo(before + 2);
    }

    @Test
    void aTableDamagedAfterTheLastStringTheSheetNeedsIsStillRefused() {
        // Before the lazy table, the whole part was parsed at open, and this file was refused as damaged.
        byte[] damagedTail = file(sst("<si><t>Email</t></si><si><t>ann@acme.example</t></si><si><t>bob</si>"), shared(1, 0) + shared(2, 1));
        assertThatThrownBy(() -> rows(damagedTail)).isInstanceOf(SheetRejectedException.class);
    }

    @Test
    void aSharedStringsPartThatPoiCallsABombIsATypedRefusal() {
        // 200 KB of one letter: under the zip scan's 1 MB floor, over POI's own ratio check (ZipSecureFile, 0.01)
        byte[] file = file(sst("<si><t>Email</t></si><si><t>" + "a".repeat(200_000) + "</t></si>"), shared(1, 0) + shared(2, 1));
        assertThatThrownBy(() -> rows(file)).isInstanceOf(SheetRejectedException.class);
    }

    @Test
    void aSharedStringWithACharacterXmlForbidsIsATypedRefusal() {
        byte[] file = file(sst("<si><t>Email</t></si><si><t>ann&#1;@acme.example</t></si>"), shared(1, 0) + shared(2, 1));
        assertThatThrownBy(() -> rows(file)).isInstanceOf(SheetRejectedException.class);
    }

    @Test
    void aSharedStringThatIsNotUtf8IsATypedRefusal() {
        Map<String, byte[]> parts = Files.parts(file(sst("<si><t>Email</t></si><si><t>ann@acme.example</t></si>"), shared(1, 0) + shared(2, 1)));
        byte[] strings = parts.get("xl/sharedStrings.xml");
        String text = Files.text(strings);
        int at = text.indexOf("ann@");
        strings[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte: not UTF-8
        parts.put("xl/sharedStrings.xml", strings);
        byte[] file = Files.zip(parts);
        assertThatThrownBy(() -> rows(file)).isInstanceOf(SheetRejectedException.class);
    }

    @Test
    void aSheetCellWithACharacterXmlForbidsIsATypedRefusal() {
        byte[] file = file(sst("<si><t>Email</t></si>"), shared(1, 0) + "<row r=\"2\">" + Files.inline("A2", "ann&#1;@acme.example") + "</row>");
        assertThatThrownBy(() -> rows(file)).isInstanceOf(SheetRejectedException.class);
    }

    @Test
    void anImportOfSuchAFileIsATypedRefusalAndInvitesNobody() {
        dev.roster.core.support.Fixture f = new dev.roster.core.support.Fixture();
        String many = "<si><t>Email</t></si>";
        String rows = shared(1, 0);
        for (int i = 1; i <= 1200; i++) {
            many += "<si><t>p" + i + "@acme.example</t></si>";
            rows += shared(i + 1, i);
        }
        many += "<si><t>late&#1;@acme.example</t></si>";
        rows += shared(1202, 1201);
        byte[] file = file(sst(many), rows);
        RuntimeException thrown = null;
        try (SheetSource source = Spreadsheets.open(new ByteArrayInputStream(file), ImportLimits.DEFAULT)) {
            f.roster.imports().apply(f.adminActor, source, dev.roster.core.importing.ImportOptions.defaults());
        } catch (RuntimeException e) {
            thrown = e;
        }
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).as("invited").isZero();
        assertThat(thrown).isInstanceOf(SheetRejectedException.class);
    }
}
