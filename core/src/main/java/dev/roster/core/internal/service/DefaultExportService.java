package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.export.ExportRequest;
import dev.roster.core.export.ExportService;
import dev.roster.core.export.UserField;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.policy.Operation;
import dev.roster.core.query.Directory;
import dev.roster.core.query.UserListRequest;
import dev.roster.core.query.UserPage;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.sheet.SheetSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The engine behind {@link ExportService}: the directory's own listing, page after page, into the sink. */
public final class DefaultExportService implements ExportService {
    /** The largest page the directory serves. */
    static final int PAGE = 500;

    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final Directory directory;

    public DefaultExportService(RosterContext ctx, Authorizer authorizer, Directory directory) {
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.directory = directory;
    }

    @Override
    public long exportUsers(Actor actor, ExportRequest request, SheetSink sink) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sink, "sink");
        Acting acting = ctx.store().read(tx -> authorizer.authorize(tx, actor, Operation.EXPORT_USERS, false));
        UserListRequest list = request.list().withCursor(null).withLimit(PAGE);
        List<String> header = new ArrayList<>();
        request.fields().forEach(f -> header.add(f.header()));
        header.addAll(request.usage().columns());
        int figures = request.usage().columns().size();
        long rows = 0;
        boolean complete = false;
        try {
            sink.header(header);
            String cursor = null;
            do {
                UserPage page = directory.listUsers(actor, list.withCursor(cursor));
                Map<UserId, List<?>> usage = figures == 0 || page.items().isEmpty() ? Map.of()
                        : request.usage().figures(actor.tenant(), page.items().stream().map(User::id).toList());
                for (User user : page.items()) {
                    List<Object> values = new ArrayList<>(header.size());
                    for (UserField field : request.fields()) {
                        values.add(field.valueOf(user));
                    }
                    List<?> own = usage.get(user.id());
                    for (int i = 0; i < figures; i++) {
                        values.add(own != null && i < own.size() ? own.get(i) : null);
                    }
                    sink.row(values);
                    rows++;
                }
                cursor = page.nextCursor().orElse(null);
            } while (cursor != null);
            sink.finish();
            complete = true;
        } finally {
            // Whatever reached the sink is on record, even when the export stopped partway or the right was withdrawn meanwhile.
            record(acting, request, rows, complete);
        }
        return rows;
    }

    /** The audit entry: who exported which list, which columns, how many rows, and whether it finished. */
    private void record(Acting acting, ExportRequest request, long rows, boolean complete) {
        UserListRequest list = request.list();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("rows", String.valueOf(rows));
        if (!complete) {
            details.put("incomplete", "true");
        }
        List<String> columns = new ArrayList<>(request.fields().stream().map(UserField::header).toList());
        columns.addAll(request.usage().columns());
        details.put("columns", String.join(", ", columns));
        put(details, "statuses", list.statuses());
        put(details, "text", list.text());
        put(details, "roles", list.roles());
        put(details, "userTypes", list.userTypes());
        put(details, "registeredFrom", list.registeredFrom());
        put(details, "registeredTo", list.registeredTo());
        put(details, "promoCode", list.promoCode());
        details.put("sort", list.sort() + (list.descending() ? " descending" : ""));
        ctx.store().inTransaction(tx -> {
            ctx.audit().record(tx, acting.tenant().id(), acting.actorId(), AuditActions.USERS_EXPORTED, AuditActions.TARGET_TENANT,
                    acting.tenant().id(), details);
            return null;
        });
    }

    private static void put(Map<String, String> details, String key, Object value) {
        if (value != null && !(value instanceof java.util.Collection<?> c && c.isEmpty())) {
            details.put(key, String.valueOf(value));
        }
    }
}
