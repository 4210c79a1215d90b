package dev.roster.core.user;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.core.validation.ValidEmail;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.UserId;
import dev.roster.spi.text.TextKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Replaces a user's email, profile and custom attributes (null attributes: keep them). The tenant,
 * user type, status, roles, version and credentials are not here: they change through their own
 * operations or not at all. {@code expectedVersion} is the version the admin's form was loaded at.
 */
public record EditProfileCommand(
        @NotNull UserId userId,
        long expectedVersion,
        @NotNull @ValidEmail String email,
        @NotNull @Valid ProfileFields profile,
        Map<@NotNull @Size(min = 1, max = Limits.ATTRIBUTE_KEY) @PlainText(TextKind.IDENTIFIER) String,
                @NotNull @Size(max = Limits.ATTRIBUTE_VALUE) @PlainText(TextKind.PARAGRAPH) String> attributes) {

    /**
     * Normalises the attribute values.
     *
     * @param userId the user id
     * @param expectedVersion the expected version
     * @param email the email
     * @param profile the profile
     * @param attributes the attributes
     */
    public EditProfileCommand {
        attributes = Normalized.paragraphValues(attributes);
    }
}
