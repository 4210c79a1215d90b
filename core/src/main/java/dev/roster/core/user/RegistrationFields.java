package dev.roster.core.user;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.spi.model.Limits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a new user came from, as the sign-up page knows it. Both optional. */
public record RegistrationFields(
        @Size(max = Limits.URL) @PlainText String referrerUrl,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, '_' or '-'") String promoCode) {

    /**
     * Normalises the referrer.
     *
     * @param referrerUrl the referrer url
     * @param promoCode the promo code
     */
    public RegistrationFields {
        referrerUrl = Normalized.line(referrerUrl);
    }

    /** No referrer, no promo code. */
    public static final RegistrationFields NONE = new RegistrationFields(null, null);
}
