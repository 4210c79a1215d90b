package dev.roster.core.internal.mail;

import dev.roster.spi.mail.OutgoingMail;

/** What writing one claimed message came to. */
sealed interface Written {
    /** Ready to send, while the invitation still holds the token hash it was written with. */
    record Mail(OutgoingMail mail, String tokenHash) implements Written {
    }

    /** No longer worth sending: the invitation was answered, revoked, expired or sent again with a new token. */
    record Stale() implements Written {
    }

    /** Something that may pass (the host's per-tenant settings could not be read): tried again after a backoff. */
    record Passing(String reason) implements Written {
    }

    /** A template, a key or a setting that cannot write it: trying again will not help. */
    record Unwritable(String reason) implements Written {
    }
}
