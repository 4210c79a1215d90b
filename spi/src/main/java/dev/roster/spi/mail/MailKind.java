package dev.roster.spi.mail;

/**
 * The messages Roster sends. Each names what it is about: an invitation (its subject is the
 * invitation's id) or a user (the user's id). Templates are chosen by kind and locale.
 */
public enum MailKind {
    /** A new invitation, with its link and the inviter's personal message. */
    INVITATION(Subject.INVITATION),
    /** An invitation sent again with a new link; the old link no longer works. */
    INVITATION_RESENT(Subject.INVITATION),
    /** A link to choose a new password. */
    PASSWORD_RESET(Subject.USER),
    /** A notice that the password was changed, so a person who did not change it can act. */
    PASSWORD_CHANGED(Subject.USER),
    /** A notice that the account was suspended. */
    ACCOUNT_SUSPENDED(Subject.USER);

    private final Subject subject;

    MailKind(Subject subject) {
        this.subject = subject;
    }

    /** {@return what a message of this kind is about} */
    public Subject subject() {
        return subject;
    }

    /** What a message's subject id names. */
    public enum Subject {
        /** An invitation's id. */
        INVITATION,
        /** A user's id. */
        USER
    }
}
