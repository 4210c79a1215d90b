package dev.roster.console.internal;

import dev.roster.console.ConsoleRequest;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.error.ValidationException;
import dev.roster.core.policy.Operation;
import dev.roster.core.policy.RoleCardinality;
import dev.roster.core.user.ChangeRolesCommand;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.core.user.SetGroupsCommand;
import dev.roster.core.user.SetOverridesCommand;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editing a member: its profile, roles, permission overrides and groups. Each form carries the version
 * the page was loaded at, so an edit made meanwhile by someone else is refused rather than overwritten.
 */
final class MemberEdits {
    static final Pattern PATH = Pattern.compile("/users/(" + Links.ID + ")/(profile|roles|overrides|groups)");
    /** An override's choice in the form: the layers below decide, or the member is granted or denied it. */
    static final String INHERIT = "inherit";

    private final Roster roster;
    private final Permissions permissions;

    MemberEdits(Roster roster, Permissions permissions) {
        this.roster = roster;
        this.permissions = permissions;
    }

    /** The forms the actor may use on this member; those it may not are null and not shown. */
    PersonView.Edits forms(Actor actor, User user, boolean anyOverridable) {
        boolean self = actor.userId().map(user.id()::equals).orElse(false);
        // Roster lets an actor change only those who hold nothing it does not: no form for anyone else (a manager on an owner's page).
        boolean live = user.deletion() == null && covers(actor, user);
        PersonView.ProfileForm profile = live && permissions.may(actor, Operation.EDIT_USER) ? profileForm(user) : null;
        // Nobody changes their own roles, overrides or groups; Roster refuses it, so the forms are not offered.
        PersonView.Choices roles = live && !self && permissions.may(actor, Operation.ASSIGN_ROLES) ? roleChoices(actor, user) : null;
        boolean overrides = live && !self && anyOverridable && permissions.may(actor, Operation.SET_OVERRIDES);
        PersonView.Choices groups = live && !self && permissions.may(actor, Operation.MANAGE_GROUPS) ? groupChoices(actor, user) : null;
        return new PersonView.Edits(user.version(), profile, roles, overrides, groups);
    }

    private boolean covers(Actor actor, User user) {
        if (actor.userId().isEmpty()) {
            return true;
        }
        var held = roster.permissions().effective(actor.tenant(), actor.userId().get());
        return roster.permissions().effective(actor.tenant(), user.id()).notHeldBy(held).isEmpty();
    }

    /** Saves one form and names what was done; Roster checks the actor, the rules and the version. */
    Optional<String> save(ConsoleRequest request, Actor actor) {
        Matcher m = PATH.matcher(request.path());
        if (!m.matches()) {
            return Optional.empty();
        }
        UserId id = UserId.parse(m.group(1));
        long version = Long.parseLong(request.field("version").filter(v -> v.matches("\\d{1,18}")).orElseThrow(
                () -> new IllegalArgumentException("version")));
        switch (m.group(2)) {
            case "profile" -> {
                roster.users().editProfile(actor, new EditProfileCommand(id, version, request.field("email").orElse(""), profile(request), null));
                return Optional.of("profile-saved");
            }
            case "roles" -> {
                Set<RoleId> roles = new LinkedHashSet<>();
                request.form().getOrDefault("role", List.of()).stream().filter(r -> !r.isBlank()).limit(100).forEach(r -> roles.add(RoleId.of(r)));
                roster.users().changeRoles(actor, new ChangeRolesCommand(id, version, roles));
                return Optional.of("roles-saved");
            }
            case "overrides" -> {
                roster.users().setOverrides(actor, new SetOverridesCommand(id, version, overrides(request)));
                return Optional.of("overrides-saved");
            }
            default -> {
                Set<GroupId> groups = new LinkedHashSet<>();
                request.form().getOrDefault("group", List.of()).stream().limit(1000).forEach(g -> groups.add(GroupId.parse(g)));
                roster.users().setGroups(actor, new SetGroupsCommand(id, version, groups));
                return Optional.of("groups-saved");
            }
        }
    }

    private PersonView.ProfileForm profileForm(User user) {
        var p = user.profile();
        List<PersonView.Input> inputs = new ArrayList<>();
        inputs.add(new PersonView.Input("email", "Email", "email", user.email().value(), true));
        inputs.add(new PersonView.Input("firstName", "First name", "text", p.firstName(), false));
        inputs.add(new PersonView.Input("lastName", "Last name", "text", p.lastName(), false));
        inputs.add(new PersonView.Input("displayName", "Display name", "text", p.displayName(), false));
        inputs.add(new PersonView.Input("username", "Username", "text", p.username(), false));
        inputs.add(new PersonView.Input("phone", "Phone", "tel", p.phone(), false));
        inputs.add(new PersonView.Input("timezone", "Time zone", "text", p.timezone() == null ? null : p.timezone().getId(), false));
        inputs.add(new PersonView.Input("externalId", "External ID", "text", p.externalId(), false));
        inputs.add(new PersonView.Input("dateOfBirth", "Date of birth", "date", p.dateOfBirth() == null ? null : p.dateOfBirth().toString(), false));
        return new PersonView.ProfileForm(inputs);
    }

    /** The roles the actor could give, and those the member holds (shown ticked even if the actor could not give them). */
    private PersonView.Choices roleChoices(Actor actor, User user) {
        var policy = roster.policy();
        Set<RoleId> offered = new LinkedHashSet<>(roster.permissions().grantableRoles(actor, user.userType()));
        offered.addAll(user.roles());
        List<UsersView.Option> options = offered.stream().sorted(java.util.Comparator.comparing(RoleId::value))
                .map(r -> new UsersView.Option(r.value(), policy.roles().containsKey(r) ? policy.role(r).label() : r.value(), user.roles().contains(r)))
                .toList();
        return new PersonView.Choices(policy.roleCardinality() == RoleCardinality.ONE_OR_MORE, options);
    }

    private PersonView.Choices groupChoices(Actor actor, User user) {
        List<UsersView.Option> options = roster.groups().list(actor).stream().sorted(java.util.Comparator.comparing(g -> g.name()))
                .map(g -> new UsersView.Option(g.id().toString(), g.name(), user.groups().contains(g.id()))).toList();
        return options.isEmpty() ? null : new PersonView.Choices(true, options);
    }

    private static ProfileFields profile(ConsoleRequest request) {
        String birth = blankToNull(request.field("dateOfBirth").orElse(null));
        LocalDate dateOfBirth;
        try {
            dateOfBirth = birth == null ? null : LocalDate.parse(birth);
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new ValidationException.Violation("profile.dateOfBirth", "must be a date (yyyy-mm-dd)")));
        }
        return new ProfileFields(field(request, "firstName"), field(request, "lastName"), field(request, "displayName"), field(request, "username"),
                field(request, "phone"), field(request, "timezone"), field(request, "externalId"), dateOfBirth);
    }

    /** One select per permission, named {@code override.<permission>}: inherit, GRANT or DENY. */
    private Map<Permission, Effect> overrides(ConsoleRequest request) {
        Map<Permission, Effect> chosen = new LinkedHashMap<>();
        for (Permission permission : roster.policy().permissions()) {
            String value = request.field("override." + permission.value()).orElse(INHERIT);
            if (!value.equals(INHERIT)) {
                chosen.put(permission, Effect.valueOf(value));
            }
        }
        return chosen;
    }

    private static String field(ConsoleRequest request, String name) {
        return blankToNull(request.field(name).orElse(null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
