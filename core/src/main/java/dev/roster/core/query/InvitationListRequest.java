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

    /**
     * Normalises the search text.
     *
     * @param statuses statuses as of now; null or empty for all
     * @param text a substring of the canonical email; null for none
     * @param cursor the previous page's {@code nextCursor}; null for the first page
     * @param limit the page size, 1 to 500
     */
    public InvitationListRequest {
        text = Normalized.line(text);
    }

    /**
     * Every invitation, newest first.
     *
     * @param limit the page size, 1 to 500
     * @return the request
     */
    public static InvitationListRequest all(int limit) {
        return new InvitationListRequest(null, null, null, limit);
    }

    /**
     * The open invitations (the "pending" tab), newest first.
     *
     * @param limit the page size, 1 to 500
     * @return the request
     */
    public static InvitationListRequest pending(int limit) {
        return new InvitationListRequest(Set.of(InvitationStatus.PENDING), null, null, limit);
    }

    /**
     * Lists only invitations with these statuses, as of now.
     *
     * @param value the statuses; null or empty for all
     * @return the changed request
     */
    public InvitationListRequest withStatuses(Set<InvitationStatus> value) {
        return new InvitationListRequest(value, text, cursor, limit);
    }

    /**
     * Lists only invitations whose canonical email holds this text.
     *
     * @param value the text; null for none
     * @return the changed request
     */
    public InvitationListRequest withText(String value) {
        return new InvitationListRequest(statuses, value, cursor, limit);
    }

    /**
     * Continues with the page after the one whose {@code nextCursor} this is.
     *
     * @param value the cursor
     * @return the changed request
     */
    public InvitationListRequest withCursor(String value) {
        return new InvitationListRequest(statuses, text, value, limit);
    }
}
