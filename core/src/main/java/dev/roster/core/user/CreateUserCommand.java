package dev.roster.core.user;

import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.core.validation.ValidEmail;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.text.TextKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;

/**
 * An admin creates an active user directly, without an invitation. Null collections mean none;
 * null roles mean the policy's default role; a null user type means the policy's default type.
 */
public record CreateUserCommand(
        @NotNull @ValidEmail String email,
        @NotNull @Valid ProfileFields profile,
        @Size(max = Limits.USER_TYPE) @PlainText(TextKind.IDENTIFIER) String userType,
        Set<@NotNull RoleId> roles,
        Map<@NotNull Permission, @NotNull Effect> overrides,
        Set<@NotNull GroupId> groups,
        Map<@NotNull @Size(min = 1, max = Limits.ATTRIBUTE_KEY) @PlainText(TextKind.IDENTIFIER) String,
                @NotNull @Size(max = Limits.ATTRIBUTE_VALUE) @PlainText(TextKind.PARAGRAPH) String> attributes,
        @Valid RegistrationFields registration) {

    /**
     * Normalises the attribute values.
     *
     * @param email the email
     * @param profile the profile
     * @param userType the user type
     * @param roles the roles
     * @param overrides the overrides
     * @param groups the groups
     * @param attributes the attributes
     * @param registration the registration
     */
    public CreateUserCommand {
        attributes = Normalized.paragraphValues(attributes);
    }

    /**
     * A user with this address, profile, type and roles.
     *
     * @param email the address
     * @param profile the profile
     * @param userType the user type; null for the default
     * @param roles the roles; null for the default role
     * @return the command
     */
    public static CreateUserCommand of(String email, ProfileFields profile, String userType, Set<RoleId> roles) {
        return new CreateUserCommand(email, profile, userType, roles, null, null, null, null);
    }

    /**
     * Sets the per-user grants and denies.
     *
     * @param value the value
     * @return the changed command
     */
    public CreateUserCommand withOverrides(Map<Permission, Effect> value) {
        return new CreateUserCommand(email, profile, userType, roles, value, groups, attributes, registration);
    }

    /**
     * Sets the groups.
     *
     * @param value the value
     * @return the changed command
     */
    public CreateUserCommand withGroups(Set<GroupId> value) {
        return new CreateUserCommand(email, profile, userType, roles, overrides, value, attributes, registration);
    }

    /**
     * Sets the custom attributes.
     *
     * @param value the value
     * @return the changed command
     */
    public CreateUserCommand withAttributes(Map<String, String> value) {
        return new CreateUserCommand(email, profile, userType, roles, overrides, groups, value, registration);
    }

    /**
     * Sets where the user came from.
     *
     * @param value the value
     * @return the changed command
     */
    public CreateUserCommand withRegistration(RegistrationFields value) {
        return new CreateUserCommand(email, profile, userType, roles, overrides, groups, attributes, value);
    }
}
