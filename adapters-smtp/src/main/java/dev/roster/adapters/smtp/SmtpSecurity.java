package dev.roster.adapters.smtp;

/** How the connection to the mail server is protected. */
public enum SmtpSecurity {
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS,
    /** Plain, then upgraded with STARTTLS, which the server must offer (usually port 587). */
    STARTTLS,
    /** No encryption: a relay on the same machine or network, or a test server only. */
    NONE
}
