package dev.roster.adapters.jdbc;

import dev.roster.spi.model.Deletion;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.RegistrationSource;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.UserSort;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A user as a row of {@code roster_user}, both ways, with the derived key columns. */
final class UserRows {
    /** Every column but the tenant and id, in the order {@link #bindFields} binds them. */
    static final String FIELDS = "email, email_key, first_name, last_name, display_name, name_key, username, username_key, search_text, "
            + "phone, timezone, external_id, date_of_birth, user_type, roles, overrides, group_ids, status, is_admin, referrer_url, "
            + "referrer_origin, promo_code, referral_code, referred_by, attributes, created_at, updated_at, last_login_at, last_login_key, deleted_at, "
            + "deleted_by, prior_status, prior_roles, purge_after";
    static final String COLUMNS = "tenant_id, user_id, " + FIELDS + ", version";
    /**
     * What {@link #user} reads: the email key comes back as stored (it is what the unique index
     * holds); the other derived keys (search text, sort keys) stay in the database.
     */
    static final String SELECT_COLUMNS = "tenant_id, user_id, email, email_key, first_name, last_name, display_name, username, phone, timezone, "
            + "external_id, date_of_birth, user_type, roles, overrides, group_ids, status, is_admin, referrer_url, promo_code, "
            + "referral_code, referred_by, attributes, created_at, updated_at, last_login_at, deleted_at, deleted_by, prior_status, prior_roles, "
            + "purge_after, version";
    static final String INSERT = "INSERT INTO roster_user (" + COLUMNS + ") VALUES (" + "?, ".repeat(36) + "?)";
    /**
     * Writes every field but keeps a last-login stamp the row already has: sign-ins stamp it without
     * a new version, so an edit loaded before a sign-in must not write the older value back.
     */
    static final String UPDATE = ("UPDATE roster_user SET " + FIELDS.replace(",", " = ?,") + " = ?, version = version + 1"
            + " WHERE tenant_id = ? AND user_id = ? AND version = ?")
            .replace("last_login_at = ?", "last_login_at = COALESCE(last_login_at, ?)")
            .replace("last_login_key = ?", "last_login_key = CASE WHEN last_login_at IS NULL THEN ? ELSE last_login_key END");

    private UserRows() {
    }

    /** What substring search looks in: name, email and username, lower case, one per line. */
    static String searchText(User user) {
        return searchText(user.profile().sortName(), user.email().addressKey(), user.profile().usernameKey());
    }

    /** The search text from the three keys (the username key may be null). */
    static String searchText(String nameKey, String emailKey, String usernameKey) {
        return nameKey + "\n" + emailKey + (usernameKey == null ? "" : "\n" + usernameKey);
    }

    static void bindInsert(Sql.Params p, User user) throws SQLException {
        p.string(user.tenantId().value()).uuid(user.id().value());
        bindFields(p, user);
        p.number(user.version());
    }

    static void bindUpdate(Sql.Params p, User user) throws SQLException {
        bindFields(p, user);
        p.string(user.tenantId().value()).uuid(user.id().value()).number(user.version());
    }

    private static void bindFields(Sql.Params p, User user) throws SQLException {
        Profile profile = user.profile();
        Deletion deletion = user.deletion();
        RegistrationSource source = user.registration();
        p.string(user.email().value()).string(user.email().canonical())
                .string(profile.firstName()).string(profile.lastName()).string(profile.displayName()).string(profile.sortName())
                .string(profile.username()).string(profile.usernameKey()).string(searchText(user))
                .string(profile.phone()).string(profile.timezone() == null ? null : profile.timezone().getId())
                .string(profile.externalId()).date(profile.dateOfBirth())
                .string(user.userType()).string(roles(user.roles())).string(Codec.effects(user.overrides()))
                .string(Codec.set(user.groups().stream().map(GroupId::toString).toList()))
                .string(user.status().name()).bool(user.admin())
                .string(source.referrerUrl()).string(source.referrerOrigin()).string(source.promoCode()).string(source.referralCode())
                .uuid(source.referredBy() == null ? null : source.referredBy().value())
                .string(Codec.map(user.attributes()))
                .instant(user.createdAt()).instant(user.updatedAt()).instant(user.lastLoginAt())
                .instant((java.time.Instant) UserSort.LAST_LOGIN.keyOf(user))
                .instant(deletion == null ? null : deletion.deletedAt())
                .uuid(deletion == null || deletion.deletedBy() == null ? null : deletion.deletedBy().value())
                .string(deletion == null ? null : deletion.priorStatus().name())
                .string(deletion == null ? null : roles(deletion.priorRoles()))
                .instant(deletion == null ? null : deletion.purgeAfter());
    }

    // Positions in SELECT_COLUMNS: reading by position spares the driver a name lookup table per query.
    private static final List<String> SELECTED = List.of(SELECT_COLUMNS.split(",\\s*"));
    private static final int TENANT_ID = at("tenant_id");
    private static final int USER_ID = at("user_id");
    private static final int EMAIL = at("email");
    private static final int EMAIL_KEY = at("email_key");
    private static final int FIRST_NAME = at("first_name");
    private static final int LAST_NAME = at("last_name");
    private static final int DISPLAY_NAME = at("display_name");
    private static final int USERNAME = at("username");
    private static final int PHONE = at("phone");
    private static final int TIMEZONE = at("timezone");
    private static final int EXTERNAL_ID = at("external_id");
    private static final int DATE_OF_BIRTH = at("date_of_birth");
    private static final int USER_TYPE = at("user_type");
    private static final int ROLES = at("roles");
    private static final int OVERRIDES = at("overrides");
    private static final int GROUP_IDS = at("group_ids");
    private static final int STATUS = at("status");
    private static final int IS_ADMIN = at("is_admin");
    private static final int REFERRER_URL = at("referrer_url");
    private static final int PROMO_CODE = at("promo_code");
    private static final int REFERRAL_CODE = at("referral_code");
    private static final int REFERRED_BY = at("referred_by");
    private static final int ATTRIBUTES = at("attributes");
    private static final int CREATED_AT = at("created_at");
    private static final int UPDATED_AT = at("updated_at");
    private static final int LAST_LOGIN_AT = at("last_login_at");
    private static final int DELETED_AT = at("deleted_at");
    private static final int DELETED_BY = at("deleted_by");
    private static final int PRIOR_STATUS = at("prior_status");
    private static final int PRIOR_ROLES = at("prior_roles");
    private static final int PURGE_AFTER = at("purge_after");
    private static final int VERSION = at("version");

    private static int at(String column) {
        int index = SELECTED.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException(column + " is not selected");
        }
        return index + 1;
    }

    /** Maps a row selected with {@link #SELECT_COLUMNS}. */
    static User user(ResultSet rs) throws SQLException {
        return new Reader(false).user(rs);
    }

    /**
     * A mapper for the rows of one query. A page of users repeats the same tenant, role sets and
     * group sets row after row; parsing and checking each once per query rather than once per row
     * is most of what listing a page costs in Java. The memo is bounded, and the values it holds are
     * immutable, so users built from it share nothing they could change.
     */
    static final class Reader implements Sql.Row<User> {
        private static final int MEMO_LIMIT = 256;
        private final Map<String, TenantId> tenants = new HashMap<>();
        private final Map<String, Set<RoleId>> roleSets = new HashMap<>();
        private final Map<String, Set<GroupId>> groupSets = new HashMap<>();
        /** False for a single row, the hot path of a lookup by id: nothing repeats, so nothing is worth keeping. */
        private final boolean remember;

        Reader() {
            this(true);
        }

        private Reader(boolean remember) {
            this.remember = remember;
        }

        @Override
        public User map(ResultSet rs) throws SQLException {
            return user(rs);
        }

        User user(ResultSet rs) throws SQLException {
            String zone = rs.getString(TIMEZONE);
            Profile profile = new Profile(rs.getString(FIRST_NAME), rs.getString(LAST_NAME), rs.getString(DISPLAY_NAME),
                    rs.getString(USERNAME), rs.getString(PHONE), zone == null ? null : ZoneId.of(zone), rs.getString(EXTERNAL_ID),
                    rs.getObject(DATE_OF_BIRTH, java.time.LocalDate.class));
            UserStatus status = UserStatus.valueOf(rs.getString(STATUS));
            java.util.UUID deletedBy = rs.getObject(DELETED_BY, java.util.UUID.class);
            java.util.UUID referredBy = rs.getObject(REFERRED_BY, java.util.UUID.class);
            Deletion deletion = status != UserStatus.DELETED ? null : new Deletion(Sql.instant(rs, DELETED_AT),
                    deletedBy == null ? null : UserId.of(deletedBy),
                    UserStatus.valueOf(rs.getString(PRIOR_STATUS)), roleSet(rs.getString(PRIOR_ROLES)), Sql.instant(rs, PURGE_AFTER));
            return new User(UserId.of(rs.getObject(USER_ID, java.util.UUID.class)), memo(tenants, rs.getString(TENANT_ID), TenantId::of),
                    EmailAddress.stored(rs.getString(EMAIL), rs.getString(EMAIL_KEY)), profile, rs.getString(USER_TYPE),
                    roleSet(rs.getString(ROLES)), Codec.effects(rs.getString(OVERRIDES)),
                    memo(groupSets, rs.getString(GROUP_IDS), text -> Codec.set(text).stream().map(GroupId::parse)
                            .collect(Collectors.toUnmodifiableSet())),
                    status, rs.getBoolean(IS_ADMIN),
                    new RegistrationSource(rs.getString(REFERRER_URL), rs.getString(PROMO_CODE), rs.getString(REFERRAL_CODE),
                            referredBy == null ? null : UserId.of(referredBy)),
                    Codec.map(rs.getString(ATTRIBUTES)), Sql.instant(rs, CREATED_AT), Sql.instant(rs, UPDATED_AT),
                    Sql.instant(rs, LAST_LOGIN_AT), deletion, rs.getLong(VERSION));
        }

        private Set<RoleId> roleSet(String text) {
            return memo(roleSets, text, t -> Set.copyOf(roles(t)));
        }

        private <T> T memo(Map<String, T> memo, String text, Function<String, T> parse) {
            if (text == null) {
                return parse.apply(null);
            }
            T known = memo.get(text);
            if (known != null) {
                return known;
            }
            T parsed = parse.apply(text);
            if (remember && memo.size() < MEMO_LIMIT) {
                memo.put(text, parsed);
            }
            return parsed;
        }
    }

    static String roles(Set<RoleId> roles) {
        return Codec.set(roles.stream().map(RoleId::value).toList());
    }

    static Set<RoleId> roles(String text) {
        return Codec.set(text).stream().map(RoleId::of).collect(Collectors.toSet());
    }
}
