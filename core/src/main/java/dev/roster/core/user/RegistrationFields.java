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

    public RegistrationFields {
        referrerUrl = Normalized.line(referrerUrl);
    }

    public static final RegistrationFields NONE = new RegistrationFields(null, null);
}
