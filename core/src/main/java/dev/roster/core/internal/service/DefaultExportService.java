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
import dev.roster.core.query.UserListRequest;
import dev.roster.spi.model.UserId;
import dev.roster.spi.sheet.SheetSink;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.ProjectedUser;
import dev.roster.spi.store.UserColumn;
import dev.roster.spi.store.UserQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The engine behind {@link ExportService}: the directory's own listing, page after page, into the sink. */
public final class DefaultExportService implements ExportService {
    /** Users read from the store at a time (the directory serves 500 a page; an export reads in larger steps). */
    static final int PAGE = 1_000;

    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final DefaultDirectory directory;

    public DefaultExportService(RosterContext ctx, Authorizer authorizer, DefaultDirectory directory) {
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.directory = directory;
    }

    @Override
    public long exportUsers(Actor actor, ExportRequest request, SheetSink sink) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sink, "sink");
        Acting acting = ctx.store().read(tx -> {
            authorizer.authorize(tx, actor, Operation.VIEW_USERS, false);
            return authorizer.authorize(tx, actor, Operation.EXPORT_USERS, false);
        });
        UserListRequest list = request.list();
        UserQuery first = directory.query(actor.tenant(), list, null, PAGE, ctx.clock().instant());
        List<String> header = new ArrayList<>();
        request.fields().forEach(f -> header.add(f.header()));
        header.addAll(request.usage().columns());
        int figures = request.usage().columns().size();
        List<UserColumn> columns = request.fields().stream().map(UserField::column).toList();
        long rows = 0;
        boolean complete = false;
        // The next page is read while this one is written: the store and the writer each get a core.
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "roster-export-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            sink.header(header);
            Future<Page<ProjectedUser>> next = reader.submit(() -> ctx.store().read(tx -> tx.userQueries().project(first, columns)));
            while (next != null) {
                Page<ProjectedUser> page = await(next);
                next = null;
                if (page.hasMore() && !page.items().isEmpty()) {
                    UserQuery following = first.continuing(page.items().get(page.items().size() - 1).position());
                    next = reader.submit(() -> ctx.store().read(tx -> tx.userQueries().project(following, columns)));
                }
                rows += write(actor, request, page.items(), header.size(), figures, sink);
            }
            sink.finish();
            complete = true;
        } finally {
            reader.shutdownNow();
            // Whatever reached the sink is on record, even when the export stopped partway or the right was withdrawn meanwhile.
            record(acting, request, rows, complete);
        }
        return rows;
    }

    /** Writes one page's rows, with the host's figures for them; returns how many. */
    private static int write(Actor actor, ExportRequest request, List<ProjectedUser> users, int width, int figures, SheetSink sink) {
        Map<UserId, List<?>> usage = figures == 0 || users.isEmpty() ? Map.of()
                : request.usage().figures(actor.tenant(), users.stream().map(ProjectedUser::id).toList());
        for (ProjectedUser user : users) {
            List<Object> values = new ArrayList<>(width);
            values.addAll(user.values());
            if (figures > 0) {
                List<?> own = usage.get(user.id());
                for (int i = 0; i < figures; i++) {
                    values.add(own != null && i < own.size() ? own.get(i) : null);
                }
            }
            sink.row(values);
        }
        return users.size();
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the export was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
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
        put(details, "referredBy", list.referredBy());
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
