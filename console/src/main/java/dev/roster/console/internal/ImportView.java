package dev.roster.console.internal;

import dev.roster.core.importing.RowStatus;
import java.util.List;

/**
 * A bulk invitation's report: of a dry run, with the form that applies it, or of the invitations made.
 *
 * @param fileName the uploaded file's name, as the browser sent it
 * @param dryRun whether nothing was invited yet
 * @param totals how many rows ended in each status
 * @param warnings what did not stop the import (a column Roster does not know, say)
 * @param rows the first rows of the report, in file order
 * @param rowCount how many data rows the file has
 * @param upload the name the kept file is applied by, or null when there is nothing to apply
 * @param wouldInvite how many invitations applying would send
 */
public record ImportView(String fileName, boolean dryRun, List<UsersView.Card> totals, List<String> warnings, List<Row> rows, int rowCount,
        String upload, int wouldInvite) {

    /** A row of the report; {@code invalid} marks a row whose cells broke a rule. */
    public record Row(int number, String email, String status, String details, boolean invalid) {
    }

    /** {@return whether the page shows fewer rows than the file has} */
    public boolean cut() {
        return rows.size() < rowCount;
    }

    static String label(RowStatus status) {
        return switch (status) {
            case INVITED -> "Invited";
            case WOULD_INVITE -> "Would be invited";
            case DUPLICATE_IN_FILE -> "Duplicates in the file";
            case ALREADY_MEMBER -> "Already members";
            case ALREADY_INVITED -> "Already invited";
            case SEAT_LIMIT -> "Over the seat limit";
            case INVALID -> "Invalid";
            case NOT_PROCESSED -> "Not processed";
        };
    }
}
