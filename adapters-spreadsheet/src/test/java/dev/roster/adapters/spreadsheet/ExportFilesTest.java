package dev.roster.adapters.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.export.ExportRequest;
import dev.roster.core.export.UsageFigures;
import dev.roster.core.export.UserField;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.UserSort;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exported files read back by other software give the values written, with what could run as a formula made inert. */
class ExportFilesTest {
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private final Fixture f = new Fixture();

    /** Per-user figures: a count too long for a double's exponent form, a fraction, a negative number, a flag. */
    private final UsageFigures usage = new UsageFigures() {
        @Override
        public List<String> columns() {
            return List.of("AI responses", "Share", "Balance", "Paying");
        }

        @Override
        public Map<UserId, List<?>> figures(TenantId tenant, List<UserId> users) {
            Map<UserId, List<?>> figures = new HashMap<>();
            users.forEach(u -> figures.put(u, List.of(12_345_678_901L, 0.25, -3, true)));
            return figures;
        }
    };

    @BeforeEach
    void hostileMembers() {
        f.created("bob@acme.example", FORMULA, "@SUM(A1)", TestPolicies.MEMBER);
        f.created("cy@acme.example", "-Cy", "+Plus \"quoted\", with, commas", TestPolicies.VIEWER);
    }

    private ExportRequest request() {
        return ExportRequest.of(UserListRequest.all(10).withSort(UserSort.EMAIL, false), UserField.EMAIL, UserField.FIRST_NAME,
                UserField.LAST_NAME, UserField.ROLES).withUsage(usage);
    }

    @Test
    void theCsvParsesBackStrictlyWithDangerousPrefixesNeutralisedAndNumbersKept() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            assertThat(f.roster.exports().exportUsers(f.adminActor, request(), new CsvSheetSink(out))).isEqualTo(3);
        }

        List<CSVRecord> records = CSVFormat.RFC4180.builder().get()
                .parse(new StringReader(bytes.toString(StandardCharsets.UTF_8))).getRecords();

        assertThat(records.get(0).toList()).containsExactly("Email", "First name", "Last name", "Roles", "AI responses", "Share", "Balance",
                "Paying");
        assertThat(records.get(1).toList()).containsExactly("ada@acme.example", "Ada", "Lovelace", "admin", "12345678901", "0.25", "-3",
                "true");
        assertThat(records.get(2).toList()).containsExactly("bob@acme.example", "'" + FORMULA, "'@SUM(A1)", "member", "12345678901",
                "0.25", "-3", "true");
        assertThat(records.get(3).toList()).containsExactly("cy@acme.example", "'-Cy", "'+Plus \"quoted\", with, commas", "viewer",
                "12345678901", "0.25", "-3", "true");
    }

    /** Excel in a locale whose list separator is ';' (or a tab) splits an unquoted field there: a formula could start mid-field. */
    @Test
    void aFieldHoldingAnotherCommonSeparatorIsQuoted() {
        java.io.StringWriter out = new java.io.StringWriter();
        CsvSheetSink csv = new CsvSheetSink(out);
        csv.header(List.of("Name", "Other"));
        csv.row(List.of("a;=1+1", "b\t=2+2"));
        csv.finish();
        assertThat(out.toString().lines().toList().get(1)).isEqualTo("\"a;=1+1\",\"b\t=2+2\"");
    }

    @Test
    void theXlsxReadsBackWithTypedNumbersAndInertTextAndLeavesNoTemporaryFile() throws IOException {
        long before = poiTemporaryFiles();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        f.roster.exports().exportUsers(f.adminActor, request(), new XlsxSheetSink(bytes, "Users"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Users");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'" + FORMULA);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("'+Plus \"quoted\", with, commas");
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(12_345_678_901d);
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(-3d);
            assertThat(sheet.getRow(1).getCell(7).getBooleanCellValue()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
        assertThat(poiTemporaryFiles()).isEqualTo(before);
    }

    @Test
    void aRefusedOrFailedXlsxExportLeavesNoTemporaryFile() {
        long before = poiTemporaryFiles();
        var member = f.member("max@acme.example");
        XlsxSheetSink unused = new XlsxSheetSink(new ByteArrayOutputStream(), "Users");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> f.roster.exports().exportUsers(f.actor(member), request(), unused)))
                .isInstanceOf(dev.roster.core.error.PermissionDeniedException.class);
        assertThat(poiTemporaryFiles()).isEqualTo(before);

        UsageFigures broken = new UsageFigures() {
            @Override
            public List<String> columns() {
                return List.of("Chats");
            }

            @Override
            public Map<UserId, List<?>> figures(TenantId tenant, List<UserId> users) {
                throw new IllegalStateException("the usage service is down");
            }
        };
        try (XlsxSheetSink sink = new XlsxSheetSink(new ByteArrayOutputStream(), "Users")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> f.roster.exports().exportUsers(f.adminActor,
                    request().withUsage(broken), sink))).hasMessageContaining("usage service is down");
        }
        assertThat(poiTemporaryFiles()).isEqualTo(before);
    }

    private static long poiTemporaryFiles() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = java.nio.file.Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
