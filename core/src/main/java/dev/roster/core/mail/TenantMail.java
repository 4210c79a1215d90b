package dev.roster.core.mail;

import dev.roster.spi.mail.MailSender;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.text.TextRules;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * How one tenant's mail reads: the product's name, who it comes from, where replies and questions
 * go, its language and the zone its dates are written in.
 *
 * @param productName the product's name, one line
 * @param sender the From name and address
 * @param replyTo where replies go, or null for the sender
 * @param supportAddress where people can ask for help, shown in the mail, or null
 * @param locale the language of the templates
 * @param zone the zone dates are written in
 */
public record TenantMail(String productName, MailSender sender, EmailAddress replyTo, String supportAddress, Locale locale,
        ZoneId zone) {
    /**
     * Requires the product's name (one line), the sender, locale and zone.
     *
     * @param productName the product's name
     * @param sender the From name and address
     * @param replyTo where replies go, or null
     * @param supportAddress where people can ask for help, or null
     * @param locale the language
     * @param zone the zone of dates
     */
    public TenantMail {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        if (!TextRules.isHeaderSafe(productName) || !TextRules.isHeaderSafe(supportAddress == null ? "" : supportAddress)) {
            throw new IllegalArgumentException("a product name and support address are one line each");
        }
    }

    /**
     * English, UTC, replies to the sender, no support address.
     *
     * @param productName the product's name
     * @param sender the From name and address
     * @return the settings
     */
    public static TenantMail of(String productName, MailSender sender) {
        return new TenantMail(productName, sender, null, null, Locale.ENGLISH, ZoneOffset.UTC);
    }

    /**
     * These settings in another language.
     *
     * @param value the locale
     * @return the settings
     */
    public TenantMail withLocale(Locale value) {
        return new TenantMail(productName, sender, replyTo, supportAddress, value, zone);
    }

    /**
     * These settings with a support address shown in every mail.
     *
     * @param value the address
     * @return the settings
     */
    public TenantMail withSupportAddress(String value) {
        return new TenantMail(productName, sender, replyTo, value, locale, zone);
    }

    /**
     * These settings with dates written in another zone.
     *
     * @param value the zone
     * @return the settings
     */
    public TenantMail withZone(ZoneId value) {
        return new TenantMail(productName, sender, replyTo, supportAddress, locale, value);
    }
}
