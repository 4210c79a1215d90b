package dev.roster.core.internal.importing;

import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.error.ValidationException.Violation;
import dev.roster.core.importing.CellError;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.CommandValidator;
import dev.roster.core.internal.InvitationIssuer;
import dev.roster.core.internal.InvitationSpec;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.invitation.InviteeFields;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.sheet.SheetRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a row into the invitation a single invite would make of the same values, checked by the
 * same constraints and policy rules, each broken rule pinned to its cell.
 */
final class RowReader {
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "\u2713", "\u2714", "allow", "allowed", "grant", "on");
    private static final int MAX_REMEMBERED_ROLE_CELLS = 1_000;
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "deny", "denied", "off");

    private final CommandValidator validator;
    private final InvitationIssuer issuer;
    private final Policy policy;
    private final ImportColumns columns;
    private final ImportOptions options;
    private final Map<String, RoleId> rolesByName = new HashMap<>();
    private final Map<String, String> typesByName = new HashMap<>();
    private final Map<String, Set<RoleId>> rolesByCell = new HashMap<>();

    RowReader(CommandValidator validator, InvitationIssuer issuer, Policy policy, ImportColumns columns, ImportOptions options) {
        this.validator = validator;
        this.issuer = issuer;
        this.policy = policy;
        this.columns = columns;
        this.options = options;
        for (RoleDefinition role : policy.roles().values()) {
            rolesByName.put(role.label().toLowerCase(Locale.ROOT), role.id());
            rolesByName.put(role.id().value().toLowerCase(Locale.ROOT), role.id());
        }
        policy.userTypes().forEach(t -> typesByName.put(t.toLowerCase(Locale.ROOT), t));
    }

    /** Reads and checks one row against the constraints and the policy, as {@code acting} would invite it. */
    ImportRow read(SheetRow sheetRow, Acting acting, Instant now) {
        // Only the header's columns are read, checked and kept for the report.
        SheetRow row = sheetRow.cells().size() > columns.headers.size()
                ? new SheetRow(sheetRow.number(), sheetRow.cells().subList(0, columns.headers.size())) : sheetRow;
        List<CellError> errors = new ArrayList<>();
        int maxLength = policy.importLimits().maxCellLength();
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = row.cell(column);
            if (cell != null && cell.length() > maxLength) {
                errors.add(error(column, "is " + cell.length() + " characters long; at most " + maxLength + " are allowed"));
            }
        }
        String emailText = text(row, ImportField.EMAIL);
        if (!errors.isEmpty()) {
            return new ImportRow(row.number(), emailText, null, null, errors, row.cells());
        }
        if (emailText == null) {
            errors.add(error(columns.column(ImportField.EMAIL), "is required"));
        }
        Set<RoleId> roles = roles(row, errors);
        String userType = userType(row, errors);
        Map<Permission, Effect> flags = flags(row, errors);
        String message = text(row, ImportField.MESSAGE);
        InviteeFields invitee = new InviteeFields(text(row, ImportField.FIRST_NAME), text(row, ImportField.LAST_NAME),
                text(row, ImportField.DISPLAY_NAME), null, text(row, ImportField.PHONE), text(row, ImportField.TIMEZONE),
                text(row, ImportField.EXTERNAL_ID), null);
        InviteCommand command = new InviteCommand(emailText, roles, userType, flags, message != null ? message : options.message(), invitee);
        if (emailText != null) {
            validator.violations(command).forEach(v -> errors.add(pinned(v)));
        }
        if (errors.isEmpty()) {
            errors.addAll(check(acting, command, now).errors());
        }
        EmailAddress email = errors.isEmpty() ? EmailAddress.of(emailText) : null;
        return new ImportRow(row.number(), emailText, email, errors.isEmpty() ? command : null, errors, row.cells());
    }

    /** The policy's verdict on a valid row, as {@code acting} would invite it now: the spec, or the rules broken. */
    Checked check(Acting acting, InviteCommand command, Instant now) {
        try {
            return new Checked(issuer.spec(acting, command.roles(), command.userType(), command.permissionFlags(), command.message(),
                    command.invitee(), now), List.of());
        } catch (ValidationException e) {
            return new Checked(null, e.violations().stream().map(this::pinned).toList());
        } catch (PermissionDeniedException e) {
            return new Checked(null, beyondTheActor(acting, command, e));
        }
    }

    /** Pins a refusal to what asks for more than the actor holds: the roles cell, or each flag cell that does. */
    private List<CellError> beyondTheActor(Acting acting, InviteCommand command, PermissionDeniedException refusal) {
        Set<RoleId> roles = command.roles() == null || command.roles().isEmpty() ? Set.of(policy.defaultRole()) : command.roles();
        if (!grantable(acting, roles, null, Map.of())) {
            return List.of(error(columns.column(ImportField.ROLES), refusal.getMessage()));
        }
        String type = command.userType() == null ? policy.defaultUserType() : command.userType();
        if (!grantable(acting, roles, type, Map.of())) {
            return List.of(error(columns.column(ImportField.USER_TYPE), refusal.getMessage()));
        }
        List<CellError> errors = new ArrayList<>();
        command.permissionFlags().forEach((permission, effect) -> {
            if (!grantable(acting, roles, type, Map.of(permission, effect))) {
                errors.add(error(flagColumn(permission), "you may not " + (effect == Effect.GRANT ? "grant " : "deny ") + permission));
            }
        });
        return errors.isEmpty() ? List.of(error(-1, refusal.getMessage())) : errors;
    }

    private boolean grantable(Acting acting, Set<RoleId> roles, String userType, Map<Permission, Effect> flags) {
        try {
            issuer.requireGrantable(acting, roles, userType, flags);
            return true;
        } catch (PermissionDeniedException e) {
            return false;
        }
    }

    private int flagColumn(Permission permission) {
        return flagColumn(permission.value());
    }

    private int flagColumn(String permission) {
        return columns.flags().entrySet().stream().filter(e -> e.getValue().value().equals(permission)).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
    }

    /** A spec, or why there is none. */
    record Checked(InvitationSpec spec, List<CellError> errors) {
    }

    /** An error on the cell that holds a violated field. */
    CellError pinned(Violation violation) {
        String path = violation.path();
        if (path.startsWith("permissionFlags[") && path.endsWith("]")) {
            int column = flagColumn(path.substring("permissionFlags[".length(), path.length() - 1));
            return column < 0 ? new CellError(-1, null, violation.message()) : error(column, violation.message());
        }
        ImportField field = switch (path.contains(".") ? path.substring(path.indexOf('.') + 1) : path.replaceAll("\\[.*", "")) {
            case "email" -> ImportField.EMAIL;
            case "firstName" -> ImportField.FIRST_NAME;
            case "lastName" -> ImportField.LAST_NAME;
            case "displayName" -> ImportField.DISPLAY_NAME;
            case "phone" -> ImportField.PHONE;
            case "timezone" -> ImportField.TIMEZONE;
            case "externalId" -> ImportField.EXTERNAL_ID;
            case "message" -> ImportField.MESSAGE;
            case "roles" -> ImportField.ROLES;
            case "userType" -> ImportField.USER_TYPE;
            default -> null;
        };
        int column = field == null ? -1 : columns.column(field);
        return column < 0 ? new CellError(-1, null, path + " " + violation.message()) : error(column, violation.message());
    }

    CellError error(int column, String message) {
        return column < 0 ? new CellError(-1, null, message) : new CellError(column, columns.header(column), message);
    }

    int column(ImportField field) {
        return columns.column(field);
    }

    private String text(SheetRow row, ImportField field) {
        int column = columns.column(field);
        return column < 0 ? null : Cells.value(row.cell(column));
    }

    private Set<RoleId> roles(SheetRow row, List<CellError> errors) {
        String cell = text(row, ImportField.ROLES);
        if (cell == null) {
            return options.roles();
        }
        Set<RoleId> known = rolesByCell.get(cell);
        if (known != null) {
            return known;
        }
        int errorsBefore = errors.size();
        Set<RoleId> roles = parseRoles(cell, errors);
        // A file repeats a handful of role cells a million times: remember those that name only roles.
        if (errors.size() == errorsBefore && rolesByCell.size() < MAX_REMEMBERED_ROLE_CELLS) {
            rolesByCell.put(cell, roles);
        }
        return roles;
    }

    private Set<RoleId> parseRoles(String cell, List<CellError> errors) {
        Set<RoleId> roles = new LinkedHashSet<>();
        for (String name : cell.split("[,;|\n]")) {
            String key = Cells.value(name);
            if (key == null) {
                continue;
            }
            RoleId role = rolesByName.get(key.toLowerCase(Locale.ROOT));
            if (role == null) {
                errors.add(error(columns.column(ImportField.ROLES), "'" + key + "' is not a role; the roles are "
                        + String.join(", ", policy.roles().values().stream().map(RoleDefinition::label).sorted().toList())));
            } else {
                roles.add(role);
            }
        }
        return Collections.unmodifiableSet(roles);
    }

    private String userType(SheetRow row, List<CellError> errors) {
        String cell = text(row, ImportField.USER_TYPE);
        if (cell == null) {
            return options.userType();
        }
        String type = typesByName.get(cell.toLowerCase(Locale.ROOT));
        if (type == null) {
            errors.add(error(columns.column(ImportField.USER_TYPE), "'" + cell + "' is not a user type; the types are "
                    + String.join(", ", policy.userTypes().stream().sorted().toList())));
        }
        return type;
    }

    private Map<Permission, Effect> flags(SheetRow row, List<CellError> errors) {
        Map<Permission, Effect> flags = new LinkedHashMap<>();
        columns.flags().forEach((column, permission) -> {
            String cell = Cells.value(row.cell(column));
            if (cell == null) {
                return;
            }
            String answer = cell.toLowerCase(Locale.ROOT);
            if (YES.contains(answer)) {
                flags.put(permission, Effect.GRANT);
            } else if (NO.contains(answer)) {
                flags.put(permission, Effect.DENY);
            } else {
                errors.add(error(column, "must be yes or no (or empty to leave it to the role), not '" + cell + "'"));
            }
        });
        return flags;
    }
}
