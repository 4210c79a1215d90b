package dev.roster.spi.mail;

import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.text.TextRules;
import java.util.Objects;

/**
 * Who a mail is from: a name and an address, both going into the From header.
 *
 * @param name the display name, one line
 * @param address the address
 */
public record MailSender(String name, EmailAddress address) {
    /**
     * Requires both and refuses a name that could add a header.
     *
     * @param name the display name, one line
     * @param address the address
     */
    public MailSender {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (!TextRules.isHeaderSafe(name)) {
            throw new IllegalArgumentException("a sender's name may hold no line break or control character");
        }
    }
}
