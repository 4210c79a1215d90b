package dev.roster.core.internal;

import dev.roster.spi.access.SignInStore;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.User;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What removing a user for good (hard delete, permanent delete, purge) does beyond deleting its row,
 * in the same unit of work: audit entries about the user keep their ids, actions and times but lose
 * every personal value; invitations that were sent to the person are pseudonymised (address,
 * pre-filled names and message gone; status and times kept, so the onboarding numbers do not move)
 * and their mail is forgotten, as is mail about the user (a server's refusal may quote the address).
 * An invitation still open, or sent after a soft delete, belongs to a newer request for that address
 * and is left to its own course.
 */
public final class Erasure {
    public static final String ERASED = "(erased)";
    private static final String PSEUDONYM_DOMAIN = "@erased.invalid";

    /** Erases and returns, for the audit entry of the removal, what was erased. */
    public Map<String, String> erase(StoreTransaction tx, User user, Instant now) {
        PersonalRecords records = PersonalRecords.of(tx, user);
        Instant relationshipEnded = user.deletion() != null ? user.deletion().deletedAt() : now;
        int redacted = redact(tx, user, records.auditAboutUser());
        int pseudonymised = 0;
        Optional<OutboxStore> outbox = tx.port(OutboxStore.CAPABILITY);
        int mailsForgotten = outbox.map(o -> o.forget(user.tenantId(), user.id().value())).orElse(0);
        // Its sign-in attempts hold its client addresses and user agents.
        int signInsForgotten = tx.port(SignInStore.CAPABILITY).map(s -> s.forgetAttempts(user.tenantId(), user.id())).orElse(0);
        for (Map.Entry<Invitation, List<AuditEntry>> sent : records.invitations().entrySet()) {
            Invitation invitation = sent.getKey();
            if (invitation.statusAt(now) == InvitationStatus.PENDING || invitation.createdAt().isAfter(relationshipEnded)) {
                continue;
            }
            tx.invitations().update(invitation.toBuilder().email(pseudonym(invitation)).invitee(InviteeProfile.EMPTY).message(null).build());
            mailsForgotten += outbox.map(o -> o.forget(user.tenantId(), invitation.id().value())).orElse(0);
            pseudonymised++;
            redacted += redact(tx, user, sent.getValue());
        }
        Map<String, String> erased = new LinkedHashMap<>();
        erased.put("erased", "email, names, username, phone, timezone, external ID, date of birth, attributes");
        erased.put("auditEntriesRedacted", String.valueOf(redacted));
        erased.put("invitationsPseudonymised", String.valueOf(pseudonymised));
        erased.put("mailsForgotten", String.valueOf(mailsForgotten));
        erased.put("signInAttemptsForgotten", String.valueOf(signInsForgotten));
        return erased;
    }

    private static int redact(StoreTransaction tx, User user, List<AuditEntry> entries) {
        int redacted = 0;
        for (AuditEntry entry : entries) {
            Map<String, String> cleaned = PersonalRecords.withoutPersonalData(entry.details(), ERASED);
            if (cleaned != entry.details() && tx.audit().redact(user.tenantId(), entry.id(), cleaned)) {
                redacted++;
            }
        }
        return redacted;
    }

    /** An address that is nobody's: the reserved .invalid domain, named by the invitation's own id. */
    private static EmailAddress pseudonym(Invitation invitation) {
        return EmailAddress.of("erased." + invitation.id().value().toString().replace("-", "") + PSEUDONYM_DOMAIN);
    }
}
