package dev.roster.adapters.spreadsheet;

import static dev.roster.adapters.spreadsheet.Files.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowOutcome;
import dev.roster.core.importing.RowStatus;
import dev.roster.core.policy.ImportLimits;
import dev.roster.core.support.Fixture;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;

/** What people's real spreadsheets hold, one file each, read as the person who made them sees them. */
class ContentEdgesTest {
    private final Fixture f = new Fixture();

    private static List<SheetRow> rows(byte[] file) {
        List<SheetRow> rows = new ArrayList<>();
        try (SheetSource source = Spreadsheets.open(new ByteArrayInputStream(file), ImportLimits.DEFAULT)) {
            for (SheetRow row; (row = source.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    private ImportReport imported(byte[] file) {
        try (SheetSource source = Spreadsheets.open(new ByteArrayInputStream(file), ImportLimits.DEFAULT)) {
            return f.roster.imports().apply(f.adminActor, source, ImportOptions.defaults());
        }
    }

    @Test
    void aFormulaCellGivesItsCachedValueAndIsNeverEvaluated() {
        byte[] file = Files.xlsx(workbook -> {
            var sheet = workbook.createSheet("People");
            sheet.createRow(0).createCell(0).setCellValue("Email");
            XSSFCell cell = (XSSFCell) sheet.createRow(1).createCell(0);
            cell.setCellFormula("CONCATENATE(\"eve\",\"@evil.example\")");
            // The cached result a spreadsheet program stored; evaluating the formula would give another address.
            cell.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
            cell.getCTCell().setV("ann@acme.example");
        });

        assertThat(rows(file).get(1).cells()).containsExactly("ann@acme.example");
    }

    @Test
    void numbersThatAreTextKeepTheirDigits() {
        byte[] file = Files.xlsx(workbook -> {
            var sheet = workbook.createSheet("People");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Email");
            header.createCell(1).setCellValue("Phone");
            header.createCell(2).setCellValue("External ID");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("ann@acme.example");
            row.createCell(1).setCellValue("0049 30 1234567"); // text with a leading zero
            row.createCell(2).setCellValue(12345678901d); // a number Excel would show as 1.23E+10
            var second = sheet.createRow(2);
            second.createCell(0).setCellValue("bob@acme.example");
            second.createCell(1).setCellValue(4930123456d);
            second.createCell(2).setCellValue(7.5d);
        });

        List<SheetRow> rows = rows(file);
        assertThat(rows.get(1).cells()).containsExactly("ann@acme.example", "0049 30 1234567", "12345678901");
        assertThat(rows.get(2).cells()).containsExactly("bob@acme.example", "4930123456", "7.5");
        ImportReport report = imported(file);
        Invitation ann = f.roster.invitations().get(f.adminActor, report.rows().get(0).invitation());
        assertThat(ann.invitee().externalId()).isEqualTo("12345678901");
        assertThat(ann.invitee().phone()).isEqualTo("0049 30 1234567");
    }

    @Test
    void aDateCellReadsAsAnIsoDate() {
        byte[] file = Files.xlsx(workbook -> {
            var sheet = workbook.createSheet("People");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            var row = sheet.createRow(0);
            row.createCell(0).setCellValue("joined");
            var cell = row.createCell(1);
            cell.setCellValue(LocalDate.of(2024, 3, 1));
            cell.setCellStyle(dateStyle);
            row.createCell(2).setCellValue(45352d); // the same serial, not formatted as a date
        });

        assertThat(rows(file).get(0).cells()).containsExactly("joined", "2024-03-01", "45352");
    }

    @Test
    void emptyAndTrailingRowsAreSkippedAndRowNumbersStayTheSpreadsheets() {
        byte[] file = Files.xlsx(workbook -> {
            var sheet = workbook.createSheet("People");
            sheet.createRow(0).createCell(0).setCellValue("Email");
            sheet.createRow(1); // empty
            sheet.createRow(3).createCell(0).setCellValue("ann@acme.example");
            var styled = workbook.createCellStyle();
            styled.setWrapText(true);
            for (int r = 4; r < 40; r++) {
                sheet.createRow(r).createCell(0).setCellStyle(styled); // formatted, never filled
            }
        });

        assertThat(rows(file)).extracting(SheetRow::number).containsExactly(1, 4);
        assertThat(imported(file).rows()).extracting(RowOutcome::row, RowOutcome::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, RowStatus.INVITED));
    }

    @Test
    void theFirstVisibleSheetIsReadAndHiddenOnesAreNot() {
        byte[] file = Files.xlsx(workbook -> {
            workbook.createSheet("Lookup").createRow(0).createCell(0).setCellValue("Email");
            workbook.getSheet("Lookup").createRow(1).createCell(0).setCellValue("hidden@evil.example");
            workbook.setSheetHidden(0, true);
            var people = workbook.createSheet("People");
            people.createRow(0).createCell(0).setCellValue("Email");
            people.createRow(1).createCell(0).setCellValue("ann@acme.example");
            workbook.setActiveSheet(1);
        });

        assertThat(rows(file)).extracting(r -> r.cell(0)).containsExactly("Email", "ann@acme.example");
    }

    @Test
    void aMergedTitleAboveTheHeaderAndPaddedAddressesAreRead() {
        byte[] file = Files.xlsx(workbook -> {
            var sheet = workbook.createSheet("People");
            sheet.createRow(0).createCell(0).setCellValue("New starters, March");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            var header = sheet.createRow(2);
            header.createCell(1).setCellValue("E-mail address");
            header.createCell(2).setCellValue("Role");
            var row = sheet.createRow(3);
            row.createCell(1).setCellValue("\u00A0 Ann@Acme.example\t");
            row.createCell(2).setCellValue(" viewer ");
        });

        ImportReport report = imported(file);

        assertThat(report.headerRow()).isEqualTo(3);
        assertThat(report.rows()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(4);
            assertThat(r.status()).isEqualTo(RowStatus.INVITED);
        });
        Invitation ann = f.roster.invitations().get(f.adminActor, report.rows().get(0).invitation());
        assertThat(ann.email().canonical()).isEqualTo("ann@acme.example");
        assertThat(ann.roles()).extracting(Object::toString).containsExactly("viewer");
    }

    @Test
    void aStreamedWorkbookWithInlineStringsIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            var sheet = workbook.createSheet("People");
            sheet.createRow(0).createCell(0).setCellValue("Email");
            for (int r = 1; r <= 50; r++) {
                sheet.createRow(r).createCell(0).setCellValue("u" + r + "@acme.example");
            }
            workbook.write(out);
        }

        List<SheetRow> rows = rows(out.toByteArray());
        assertThat(rows).hasSize(51);
        assertThat(rows.get(50).cells()).containsExactly("u50@acme.example");
    }

    @Test
    void aCsvFileWithABomSemicolonsAndAQuotedLineBreakIsReadByLine() {
        byte[] csv = ("\uFEFFEmail;First name;Personal message\r\n"
                + "ann@acme.example;Ann;\"Hello;\r\nsee you\"\r\n"
                + "\r\n"
                + "bob@acme.example;Bob;\r\n").getBytes(StandardCharsets.UTF_8);

        List<SheetRow> rows = rows(csv);

        assertThat(rows.get(0).cells()).containsExactly("Email", "First name", "Personal message");
        assertThat(rows.get(1).cells()).containsExactly("ann@acme.example", "Ann", "Hello;\r\nsee you");
        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 4, 5);
        ImportReport report = imported(csv);
        assertThat(report.rows()).extracting(RowOutcome::row).containsExactly(2, 5);
        assertThat(report.count(RowStatus.INVITED)).isEqualTo(2);
    }

    @Test
    void aCommaSeparatedFileWithCommasInQuotedCellsIsReadAsSuch() {
        byte[] csv = "Email,Display name\nann@acme.example,\"Lee, Ann; PhD\"\n".getBytes(StandardCharsets.UTF_8);

        assertThat(rows(csv).get(1).cells()).containsExactly("ann@acme.example", "Lee, Ann; PhD");
    }

    @Test
    void aWorkbookFilledInLikeTheExampleIsImported() {
        byte[] file = Files.xlsx(row("Email", "Role"), row("ann@acme.example", "Member"));

        assertThat(imported(file).count(RowStatus.INVITED)).isEqualTo(1);
    }

    /** A table of shared strings as written by hand: out of the sheet's order, one in rich text runs with a phonetic guide. */
    private static byte[] withSharedStrings(String table, String rows) {
        byte[] base = Files.xlsx(row("Email"), row("ann@acme.example"));
        byte[] strings = Files.withPart(base, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + table + "</sst>");
        return Files.withPart(strings, "xl/worksheets/sheet1.xml", Files.sheetXml(rows));
    }

    private static String shared(int row, int index) {
        return "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"s\"><v>" + index + "</v></c></row>";
    }

    @Test
    void sharedStringsAreReadAsFarAsTheSheetRefersInAnyOrder() {
        String table = "<si><t>Email</t></si><si><t>ann@acme.example</t></si><si><r><t>bob</t></r><rPh><t>BOB</t></rPh><r><t>@acme.example</t></r></si>"
                + "<si/><si><t>cy@acme.example</t></si>";
        byte[] file = withSharedStrings(table, shared(1, 0) + shared(2, 4) + shared(3, 2) + shared(4, 1) + shared(5, 3));

        assertThat(rows(file)).extracting(r -> r.cells().get(0))
                .containsExactly("Email", "cy@acme.example", "bob@acme.example", "ann@acme.example", "");
    }

    @Test
    void aReferencePastTheTableOrATableDamagedPartwayIsATypedErrorWhenTheRowIsRead() {
        byte[] past = withSharedStrings("<si><t>Email</t></si><si><t>ann@acme.example</t></si>", shared(1, 0) + shared(2, 1) + shared(3, 2));
        assertThatThrownBy(() -> rows(past)).isInstanceOf(SheetRejectedException.class).hasMessageContaining("shared string 2");

        byte[] damaged = withSharedStrings("<si><t>Email</t></si><si><t>ann@acme.example</t></si><si><t>bob", shared(1, 0) + shared(2, 1) + shared(3, 2));
        assertThatThrownBy(() -> rows(damaged)).isInstanceOf(SheetRejectedException.class);
        try (SheetSource source = Spreadsheets.open(new ByteArrayInputStream(damaged), ImportLimits.DEFAULT)) {
            assertThat(source.next().cells()).containsExactly("Email");
            assertThat(source.next().cells()).containsExactly("ann@acme.example");
            assertThatThrownBy(source::next).isInstanceOf(SheetRejectedException.class);
        }
    }
}
