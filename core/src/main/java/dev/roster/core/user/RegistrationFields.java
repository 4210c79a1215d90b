package dev.roster.core.user;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.spi.model.Limits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a new user came from, as the sign-up page knows it. All optional.
 *
 * @param referrerUrl the page the user came from
 * @param promoCode a promo code used at sign-up
 * @param referralCode another member's referral code, from the link it shared: that member is
 *     credited as the referrer; a code no member has is refused
 */
public record RegistrationFields(
        @Size(max = Limits.URL) @PlainText String referrerUrl,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, '_' or '-'") String promoCode,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, '_' or '-'") String referralCode) {

    /**
     * Normalises the referrer and the code's case (codes are shared in upper case and typed in any).
     *
     * @param referrerUrl the page the user came from
     * @param promoCode a promo code used at sign-up
     * @param referralCode another member's referral code
     */
    public RegistrationFields {
        referrerUrl = Normalized.line(referrerUrl);
        referralCode = referralCode == null || referralCode.isBlank() ? null : referralCode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Fields without a referral code.
     *
     * @param referrerUrl the page the user came from
     * @param promoCode a promo code used at sign-up
     */
    public RegistrationFields(String referrerUrl, String promoCode) {
        this(referrerUrl, promoCode, null);
    }

    /** No referrer, no promo code. */
    public static final RegistrationFields NONE = new RegistrationFields(null, null, null);
}
