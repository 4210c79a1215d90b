package dev.roster.core.internal.mail;

import dev.roster.spi.mail.OutgoingMail;

/** What writing one claimed message came to. */
sealed interface Written {
    /** Ready to send. */
    record Mail(OutgoingMail mail) implements Written {
    }

    /** No longer worth sending: the invitation was answered, revoked, expired or sent again with a new token. */
    record Stale() implements Written {
    }

    /** A template, a key or a setting that cannot write it: trying again will not help. */
    record Unwritable(String reason) implements Written {
    }
}
