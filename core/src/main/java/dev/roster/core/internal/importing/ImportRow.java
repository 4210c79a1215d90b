package dev.roster.core.internal.importing;

import dev.roster.core.importing.CellError;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.spi.model.EmailAddress;
import java.util.List;

/**
 * One data row read: the invitation it asks for, or why it cannot be one.
 *
 * @param row the row's number in the spreadsheet
 * @param emailText the email cell, trimmed
 * @param email the parsed address (null when invalid)
 * @param command the invitation (null when invalid)
 * @param errors the rules broken; empty for a valid row
 * @param cells the cells as read
 */
record ImportRow(int row, String emailText, EmailAddress email, InviteCommand command, List<CellError> errors, List<String> cells) {
    boolean valid() {
        return errors.isEmpty();
    }

    /** The host's id for the member, when the row gives one. */
    String externalId() {
        return command == null || command.invitee() == null ? null : command.invitee().externalId();
    }
}
