package dev.roster.adapters.spreadsheet;

import static dev.roster.adapters.spreadsheet.Files.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowOutcome;
import dev.roster.core.importing.RowStatus;
import dev.roster.core.policy.ImportLimits;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.Permission;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportAndTemplateTest {
    private static final Map<String, Permission> FLAGS = Map.of("API access", TestPolicies.API);
    private final Fixture f = new Fixture();

    private ImportReport imported(byte[] file, boolean dryRun) {
        try (SheetSource source = Spreadsheets.open(new ByteArrayInputStream(file), ImportLimits.DEFAULT)) {
            ImportOptions options = ImportOptions.defaults().withFlagColumn("API access", TestPolicies.API);
            return dryRun ? f.roster.imports().dryRun(f.adminActor, source, options) : f.roster.imports().apply(f.adminActor, source, options);
        }
    }

    @Test
    void theTemplateFilledInImportsItsRowsBack() throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        ImportTemplate.write(f.roster.policy(), FLAGS, template);

        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Invitations");
            assertThat(sheet.getDataValidations()).hasSize(3);
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Lists"))).isTrue();
            assertThat(workbook.getSheet("Notes").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Email");
            fill(sheet.getRow(1), "ann@acme.example", "Ann", "Lee", "", "Viewer", "member", "", "Europe/Paris", "A-1", "Hi Ann", "yes");
            fill(sheet.createRow(2), "bob@acme.example", "Bob", "", "", "Member", "public", "+1 555 0100", "", "", "", "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        ImportReport report = imported(filled, false);

        assertThat(report.warnings()).isEmpty();
        assertThat(report.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.INVITED, RowStatus.INVITED);
        Invitation ann = f.roster.invitations().get(f.adminActor, report.rows().get(0).invitation());
        assertThat(ann.roles()).containsExactly(TestPolicies.VIEWER);
        assertThat(ann.permissionFlags()).isEqualTo(Map.of(TestPolicies.API, Effect.GRANT));
        assertThat(ann.invitee().timezone()).hasToString("Europe/Paris");
        Invitation bob = f.roster.invitations().get(f.adminActor, report.rows().get(1).invitation());
        assertThat(bob.userType()).isEqualTo("public");
        assertThat(bob.invitee().phone()).isEqualTo("+1 555 0100");
    }

    @Test
    void theReportWrittenAsCsvParsesBackStrictlyWithDangerousPrefixesNeutralised() throws IOException {
        ImportReport report = imported(hostile(), true);
        StringWriter csv = new StringWriter();
        ImportReports.writeCsv(report, csv);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().get().parse(new StringReader(csv.toString())).getRecords();

        assertThat(records.get(0).toList()).containsExactly("Email", "First name", "Notes", "Import status", "Details");
        assertThat(records.get(1).toList()).containsExactly("ann@acme.example", "'=HYPERLINK(\"http://evil.example\",\"x\")", "-42",
                "would invite", "");
        assertThat(records.get(2).toList()).containsExactly("not-an-address", "'@SUM(A1)", "'+1 \"quoted\", and, commas",
                "invalid", "Email: " + report.rows().get(1).errors().get(0).message());
        assertThat(records.get(3).get(1)).isEqualTo("'\tTab\r\nbreak");
        assertThat(records.get(3).get(3)).isEqualTo("invalid");
        assertThat(records.get(4).get(3)).isEqualTo("skipped: duplicate of row 2");
    }

    @Test
    void theReportWrittenAsXlsxReadsBackWithTheFaultyCellMarked() throws IOException {
        ImportReport report = imported(hostile(), true);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ImportReports.writeXlsx(report, xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Import report");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("-42");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("invalid");
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            XSSFSheet totals = workbook.getSheet("Totals");
            assertThat(totals.getRow(RowStatus.WOULD_INVITE.ordinal()).getCell(1).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void aCellLongerThanAWorkbookHoldsIsCutInTheReportNotFatal() throws IOException {
        String huge = "AAAA" + noise(40_000);
        byte[] csv = ("Email," + noise(40_000) + "\n" + huge + "@acme.example," + huge + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportReport report = imported(csv, true);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        ImportReports.writeXlsx(report, xlsx);

        try (SheetSource back = Spreadsheets.open(new ByteArrayInputStream(xlsx.toByteArray()), ImportLimits.DEFAULT)) {
            SheetRow header = back.next();
            SheetRow row = back.next();
            assertThat(header.cell(1)).hasSize(32_767).endsWith("\u2026");
            assertThat(row.cell(1)).hasSize(32_767).startsWith("AAAA");
            assertThat(row.cell(2)).isEqualTo("invalid");
        }
    }

    /** Letters that do not compress much, so the workbook reads as no zip bomb. */
    private static String noise(int length) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static byte[] hostile() {
        return Files.xlsx(row("Email", "First name", "Notes"),
                row("ann@acme.example", "=HYPERLINK(\"http://evil.example\",\"x\")", "-42"),
                row("not-an-address", "@SUM(A1)", "+1 \"quoted\", and, commas"),
                row("bob@acme.example", "\tTab\r\nbreak", ""),
                row("ANN@acme.example", "Ann", ""));
    }

    private static void fill(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
