package dev.roster.core.importing;

import dev.roster.core.access.Actor;
import dev.roster.spi.sheet.SheetSource;

/**
 * Bulk invitations from an uploaded spreadsheet. Columns are matched by header (email, first name,
 * last name, display name, role or roles, user type, phone, time zone, external id, personal
 * message, and a yes/no column per permission flag), whatever their case and order; the header
 * may sit below a title. Every row is checked by the rules a single invitation obeys, and the
 * report says what became of each, by the row number the spreadsheet shows. Rows are not bound by
 * the policy's batch limit but by its {@link dev.roster.core.policy.ImportLimits}.
 *
 * <p>Read the file with {@code roster-adapters-spreadsheet}; this service sees rows only. It does not
 * close the source.
 */
public interface ImportService {
    /**
     * Checks every row and reports what {@link #apply} would do now; changes nothing. Requires
     * {@link dev.roster.core.policy.Operation#INVITE}.
     *
     * @param actor who would invite
     * @param rows the file's rows
     * @param options defaults for the rows, and a listener
     * @return the report, each valid row {@link RowStatus#WOULD_INVITE}
     * @throws dev.roster.spi.sheet.SheetRejectedException when the file has no email column, too
     *     many rows, or turns out unreadable
     */
    ImportReport dryRun(Actor actor, SheetSource rows, ImportOptions options);

    /**
     * Checks every row, then invites the valid ones in batches, each batch one unit of work, with
     * their mail as a single invitation sends it. Rows past the tenant's free seats are reported and
     * not invited. A file refused as a whole invites nobody. Running the same file again invites
     * nobody twice: rows invited before report {@link RowStatus#ALREADY_INVITED}. Requires
     * {@link dev.roster.core.policy.Operation#INVITE}.
     *
     * @param actor who invites
     * @param rows the file's rows
     * @param options defaults for the rows, the batch size, and a listener that may cancel between batches
     * @return the report
     * @throws dev.roster.spi.sheet.SheetRejectedException when the file has no email column, too
     *     many rows, or is unreadable; nothing was invited
     */
    ImportReport apply(Actor actor, SheetSource rows, ImportOptions options);
}
