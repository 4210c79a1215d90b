package dev.roster.core.invitation;

import dev.roster.spi.error.ErrorCode;
import java.util.List;

/** What a batch invitation did: the invitations made and the addresses skipped, with why. */
public record BatchInviteResult(List<InvitationReceipt> invited, List<Rejected> rejected) {
    /**
     * Copies both lists.
     *
     * @param invited the invited
     * @param rejected the rejected
     */
    public BatchInviteResult {
        invited = List.copyOf(invited);
        rejected = List.copyOf(rejected);
    }

    /** An address that was not invited: its position in the command, the address, the reason. */
    public record Rejected(int index, String email, ErrorCode code, String message) {
    }
}
