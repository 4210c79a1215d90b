package dev.roster.core.query;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** One page of invitations, newest first, by status as of now (PENDING for the pending tab). */
public record InvitationListRequest(
        Set<@NotNull InvitationStatus> statuses,
        @Size(max = Limits.SEARCH_TEXT) @PlainText String text,
        @Size(max = 2048) String cursor,
        @Min(1) @Max(500) int limit) {

    public InvitationListRequest {
        text = Normalized.line(text);
    }

    /** Every invitation, newest first. */
    public static InvitationListRequest all(int limit) {
        return new InvitationListRequest(null, null, null, limit);
    }

    /** The open invitations (the "pending" tab), newest first. */
    public static InvitationListRequest pending(int limit) {
        return new InvitationListRequest(Set.of(InvitationStatus.PENDING), null, null, limit);
    }

    public InvitationListRequest withStatuses(Set<InvitationStatus> value) {
        return new InvitationListRequest(value, text, cursor, limit);
    }

    public InvitationListRequest withText(String value) {
        return new InvitationListRequest(statuses, value, cursor, limit);
    }

    public InvitationListRequest withCursor(String value) {
        return new InvitationListRequest(statuses, text, value, limit);
    }
}
