package dev.roster.spi.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a user came from: the referring URL, a promo code used at sign-up, the user's own referral
 * code (which others use to name this user as their referrer), and the member whose code it signed
 * up with. All optional.
 *
 * @param referrerUrl the page the user came from
 * @param promoCode the promo code used at sign-up
 * @param referralCode the user's own code, to share
 * @param referredBy the member whose referral code the user signed up with
 */
public record RegistrationSource(String referrerUrl, String promoCode, String referralCode, UserId referredBy) {
    /** No referrer, no codes. */
    public static final RegistrationSource NONE = new RegistrationSource(null, null, null, null);

    /**
     * A source without a referring member.
     *
     * @param referrerUrl the page the user came from
     * @param promoCode the promo code used at sign-up
     * @param referralCode the user's own code, to share
     */
    public RegistrationSource(String referrerUrl, String promoCode, String referralCode) {
        this(referrerUrl, promoCode, referralCode, null);
    }

    /** Marks referrers that are present but not a usable URL, so they still group together. */
    public static final String UNPARSEABLE_ORIGIN = "(unparseable)";

    /**
     * The origin the "users by referral" chart groups by: {@code scheme://host[:port]} in lower case,
     * or null without a referrer. Stores keep it in its own column.
     *
     * @return the origin, {@link #UNPARSEABLE_ORIGIN}, or null
     */
    public String referrerOrigin() {
        if (referrerUrl == null || referrerUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(referrerUrl.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return UNPARSEABLE_ORIGIN;
            }
            String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getPort() < 0 ? origin : origin + ":" + uri.getPort();
        } catch (URISyntaxException e) {
            return UNPARSEABLE_ORIGIN;
        }
    }
}
