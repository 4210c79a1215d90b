package dev.roster.core.internal;

import dev.roster.core.error.ValidationException.Violation;
import dev.roster.core.error.ValidationException;
import dev.roster.core.permission.PermissionResolver;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleCardinality;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.RegistrationFields;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.RegistrationSource;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.text.TextRules;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy's rules for a user's fields, shared by creation, acceptance and editing, so that each
 * rule is written once. Checks collect every violation and throw one {@link ValidationException}.
 */
public final class UserRules {
    private final Policy policy;
    private final PermissionResolver resolver;

    public UserRules(Policy policy, PermissionResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    /** The roles to give: the requested ones, or the default role when none are named. */
    public Set<RoleId> rolesOrDefault(Set<RoleId> requested) {
        return requested == null || requested.isEmpty() ? Set.of(policy.defaultRole()) : Set.copyOf(requested);
    }

    public String userTypeOrDefault(String requested) {
        return requested == null || requested.isBlank() ? policy.defaultUserType() : requested;
    }

    public void checkRoles(String path, Set<RoleId> roles, List<Violation> out) {
        for (RoleId role : roles) {
            if (!policy.roles().containsKey(role)) {
                out.add(new Violation(path, "'" + role + "' is not a role of the policy"));
            }
        }
        if (roles.isEmpty()) {
            out.add(new Violation(path, "at least one role is required"));
        } else if (policy.roleCardinality() == RoleCardinality.EXACTLY_ONE && roles.size() > 1) {
            out.add(new Violation(path, "exactly one role is allowed, got " + roles.size()));
        }
    }

    public void checkUserType(String path, String userType, List<Violation> out) {
        if (!policy.userTypes().contains(userType)) {
            out.add(new Violation(path, "'" + userType + "' is not a user type of the policy " + policy.userTypes()));
        }
    }

    /** Overrides must name catalog permissions that the user's roles make overridable. */
    public void checkOverrides(String path, Set<RoleId> roles, Map<Permission, Effect> overrides, List<Violation> out) {
        if (!policy.roles().keySet().containsAll(roles)) {
            return; // reported by checkRoles
        }
        for (Permission p : overrides.keySet()) {
            if (!policy.permissions().contains(p)) {
                out.add(new Violation(path + "[" + p + "]", "'" + p + "' is not in the permission catalog"));
            } else if (!resolver.isOverridable(roles, p)) {
                out.add(new Violation(path + "[" + p + "]", "'" + p + "' cannot be overridden for roles " + roles));
            }
        }
    }

    public void checkGroups(String path, Set<GroupId> groups, Set<GroupId> existing, List<Violation> out) {
        for (GroupId g : groups) {
            if (!existing.contains(g)) {
                out.add(new Violation(path, "group " + g + " does not exist"));
            }
        }
    }

    public void checkAttributes(String path, Map<String, String> attributes, List<Violation> out) {
        if (attributes.size() > policy.maxAttributes()) {
            out.add(new Violation(path, "at most " + policy.maxAttributes() + " attributes are allowed, got " + attributes.size()));
        }
    }

    /** Date of birth: present when the policy requires it, and old enough when it sets a minimum age. */
    public void checkDateOfBirth(String path, LocalDate dateOfBirth, LocalDate today, List<Violation> out) {
        if (dateOfBirth == null) {
            if (policy.dateOfBirthRequired()) {
                out.add(new Violation(path, "is required"));
            }
            return;
        }
        policy.minimumAge().ifPresent(min -> {
            if (Period.between(dateOfBirth, today).getYears() < min) {
                out.add(new Violation(path, "the user must be at least " + min + " years old"));
            }
        });
    }

    /** Builds the stored profile: blanks become absent, the display name gets its default. */
    public static Profile toProfile(ProfileFields fields, EmailAddress email) {
        String first = blankToNull(fields.firstName());
        String last = blankToNull(fields.lastName());
        String display = blankToNull(fields.displayName());
        if (display == null) {
            String joined = Profile.joinedName(first, last);
            display = joined != null ? joined : TextRules.cut(email.value().substring(0, email.value().lastIndexOf('@')), Limits.NAME).strip();
        }
        String zone = blankToNull(fields.timezone());
        return new Profile(first, last, display, blankToNull(fields.username()), blankToNull(fields.phone()),
                zone == null ? null : ZoneId.of(zone), blankToNull(fields.externalId()), fields.dateOfBirth());
    }

    /** Email, username and external ID must be free in the tenant (other than for {@code self}); the store enforces it too. */
    /**
     * Where a new user came from, with its own new referral code and, when it signed up with another
     * member's code, that member as its referrer.
     */
    public RegistrationSource registrationSource(StoreTransaction tx, TenantId tenant, RegistrationFields fields, String ownCode) {
        RegistrationFields given = fields == null ? RegistrationFields.NONE : fields;
        UserId referrer = null;
        if (given.referralCode() != null) {
            // A public user (a shared link, an embedded dashboard) is nobody who refers people.
            referrer = tx.users().findByReferralCode(tenant, given.referralCode()).filter(u -> !policy.isPublic(u.userType()))
                    .map(dev.roster.spi.model.User::id)
                    .orElseThrow(() -> ValidationException.of("registration.referralCode", "no member of the tenant has this referral code"));
        }
        return new RegistrationSource(given.referrerUrl(), given.promoCode(), ownCode, referrer);
    }

    public void requireFree(StoreTransaction tx, TenantId tenant, EmailAddress email, Profile profile, UserId self) {
        tx.users().findByEmail(tenant, email.canonical()).filter(u -> !u.id().equals(self)).ifPresent(u -> {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_EMAIL, "email " + email + " is already used in tenant " + tenant);
        });
        if (profile.usernameKey() != null) {
            tx.users().findByUsername(tenant, profile.usernameKey()).filter(u -> !u.id().equals(self)).ifPresent(u -> {
                throw new DuplicateKeyException(ErrorCode.DUPLICATE_USERNAME, "username '" + profile.username() + "' is already used in tenant "
                        + tenant);
            });
        }
        if (profile.externalId() != null) {
            tx.users().findByExternalId(tenant, profile.externalId()).filter(u -> !u.id().equals(self)).ifPresent(u -> {
                throw new DuplicateKeyException(ErrorCode.DUPLICATE_EXTERNAL_ID, "external ID '" + profile.externalId()
                        + "' is already used in tenant " + tenant);
            });
        }
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(new ArrayList<>(violations));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
