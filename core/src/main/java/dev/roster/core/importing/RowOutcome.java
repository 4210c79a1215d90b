package dev.roster.core.importing;

import dev.roster.spi.model.InvitationId;
import java.util.List;

/**
 * One row of the report.
 *
 * @param row the row's number as the spreadsheet shows it
 * @param email the address as the file has it (trimmed), or null when the cell is empty
 * @param status what was done with it
 * @param duplicateOf for {@link RowStatus#DUPLICATE_IN_FILE}, the row that has the address first; else 0
 * @param errors for {@link RowStatus#INVALID}, each rule broken; else empty
 * @param invitation for {@link RowStatus#INVITED}, the invitation made; else null
 * @param cells the row's cells as read, for writing the report back beside them
 */
public record RowOutcome(int row, String email, RowStatus status, int duplicateOf, List<CellError> errors, InvitationId invitation,
        List<String> cells) {
    /**
     * Copies the lists.
     *
     * @param row the row's number
     * @param email the address
     * @param status what was done
     * @param duplicateOf the row that has the address first, or 0
     * @param errors each rule broken
     * @param invitation the invitation made, or null
     * @param cells the row's cells
     */
    public RowOutcome {
        errors = List.copyOf(errors);
        cells = cells == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }
}
