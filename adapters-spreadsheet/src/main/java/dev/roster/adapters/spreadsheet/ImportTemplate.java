package dev.roster.adapters.spreadsheet;

import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleCardinality;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.spi.model.Permission;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook an admin downloads, fills in and uploads: the header row the import reads, a
 * drop-down of the policy's roles and user types and of yes/no for each flag column, one example
 * row, and a notes sheet that says what each column takes.
 */
public final class ImportTemplate {
    /** How many rows the drop-downs reach. */
    static final int ROWS = 10_000;
    static final String SHEET = "Invitations";

    private static final String[][] COLUMNS = {
        {"Email", "required: the address the invitation goes to"},
        {"First name", "optional"},
        {"Last name", "optional"},
        {"Display name", "optional: how the member is shown; first and last name when empty"},
        {"Role", "optional: the policy's default role when empty"},
        {"User type", "optional: the policy's default type when empty"},
        {"Phone", "optional: digits, spaces and + ( ) . / -"},
        {"Time zone", "optional: an IANA zone such as Europe/Berlin"},
        {"External ID", "optional: your own system's id for this person; unique"},
        {"Personal message", "optional: sent with the invitation"},
    };

    private ImportTemplate() {
    }

    /**
     * Writes the template.
     *
     * @param policy the policy whose roles and types the drop-downs offer
     * @param flagColumns a yes/no column per permission a row may grant or deny, by header
     * @param out where to write; not closed
     * @throws IOException when the stream fails
     */
    public static void write(Policy policy, Map<String, Permission> flagColumns, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Sheet lists = workbook.createSheet("Lists");
            Sheet notes = workbook.createSheet("Notes");
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);

            List<String> headers = new ArrayList<>();
            for (String[] column : COLUMNS) {
                headers.add(column[0]);
            }
            headers.addAll(flagColumns.keySet());
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);

            List<String> roles = policy.roles().values().stream().map(RoleDefinition::label).sorted().toList();
            List<String> types = policy.userTypes().stream().sorted().toList();
            for (int i = 0; i < Math.max(roles.size(), types.size()); i++) {
                Row row = lists.createRow(i);
                if (i < roles.size()) {
                    row.createCell(0).setCellValue(roles.get(i));
                }
                if (i < types.size()) {
                    row.createCell(1).setCellValue(types.get(i));
                }
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            // Several roles are typed as "Admin, Member": the list then suggests without refusing.
            boolean manyRoles = policy.roleCardinality() == RoleCardinality.ONE_OR_MORE;
            validate(sheet, helper, helper.createFormulaListConstraint("Lists!$A$1:$A$" + roles.size()), 4, !manyRoles);
            validate(sheet, helper, helper.createFormulaListConstraint("Lists!$B$1:$B$" + types.size()), 5, true);
            for (int i = COLUMNS.length; i < headers.size(); i++) {
                validate(sheet, helper, helper.createExplicitListConstraint(new String[] {"yes", "no"}), i, true);
            }

            Row example = sheet.createRow(1);
            String[] values = {"jane.doe@example.com", "Jane", "Doe", "", policy.role(policy.defaultRole()).label(), policy.defaultUserType(),
                "", "Europe/Berlin", "", "Welcome aboard!"};
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }

            int line = 0;
            notes.createRow(line++).createCell(0).setCellValue("Fill one row per person on the sheet \"" + SHEET
                    + "\" and replace the example row. Headers may be in any order; columns Roster does not know are reported and ignored.");
            for (String[] column : COLUMNS) {
                Row row = notes.createRow(line++);
                row.createCell(0).setCellValue(column[0]);
                row.createCell(1).setCellValue(column[1]);
            }
            for (String flag : flagColumns.keySet()) {
                Row row = notes.createRow(line++);
                row.createCell(0).setCellValue(flag);
                row.createCell(1).setCellValue("optional: yes grants " + flagColumns.get(flag) + ", no denies it, empty leaves it to the role");
            }
            notes.setColumnWidth(0, 20 * 256);
            notes.setColumnWidth(1, 80 * 256);
            workbook.write(out);
        }
    }

    private static void validate(Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, int column, boolean strict) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, column, column));
        validation.setShowErrorBox(strict);
        validation.setSuppressDropDownArrow(true); // POI's XSSF flag is inverted: true shows the arrow
        sheet.addValidationData(validation);
    }
}
