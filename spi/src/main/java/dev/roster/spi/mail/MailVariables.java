package dev.roster.spi.mail;

/**
 * The names of the variables Roster hands a {@link MailRenderer}. Every message has the tenant's
 * ones; each kind adds its own. Values are plain text (a renderer escapes them for HTML); an absent
 * optional value is an empty string, so a template tests it with a section.
 */
public final class MailVariables {
    /** The product's name, as the host configures it for the tenant. */
    public static final String PRODUCT_NAME = "productName";
    /** The tenant's name. */
    public static final String TENANT_NAME = "tenantName";
    /** Who the mail is from, by name. */
    public static final String SENDER_NAME = "senderName";
    /** Where a person can ask for help; may be empty. */
    public static final String SUPPORT_ADDRESS = "supportAddress";
    /** The recipient's name when known; may be empty. */
    public static final String RECIPIENT_NAME = "recipientName";
    /** The recipient's address. */
    public static final String RECIPIENT_ADDRESS = "recipientAddress";
    /** Invitations: who invited, by name. */
    public static final String INVITER_NAME = "inviterName";
    /** Invitations: the inviter's personal message, line breaks kept; may be empty. */
    public static final String PERSONAL_MESSAGE = "personalMessage";
    /** Invitations and password resets: the link, built from the host's configured base address only. */
    public static final String LINK = "link";
    /** Invitations and password resets: when the link stops working, written for the locale; may be empty. */
    public static final String EXPIRES_AT = "expiresAt";
    /** Notices: when the event happened, written for the locale. */
    public static final String OCCURRED_AT = "occurredAt";

    private MailVariables() {
    }
}
