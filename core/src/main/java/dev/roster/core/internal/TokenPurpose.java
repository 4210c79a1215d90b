package dev.roster.core.internal;

/** What a token is for; part of its hash, so a token of one purpose never passes as another. */
public enum TokenPurpose {
    INVITATION,
    PASSWORD_RESET,
    SESSION
}
