package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.audit.AuditPage;
import dev.roster.core.audit.AuditTrail;
import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.Cursors;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.policy.Operation;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.AuditEntryId;
import dev.roster.spi.store.AuditQuery;
import dev.roster.spi.store.Page;
import java.time.Instant;
import java.util.Optional;

/** The engine behind {@link AuditTrail}. */
public final class DefaultAuditTrail implements AuditTrail {
    private static final String CURSOR_LIST = "audit";

    private final RosterContext ctx;
    private final Authorizer authorizer;

    public DefaultAuditTrail(RosterContext ctx, Authorizer authorizer) {
        this.ctx = ctx;
        this.authorizer = authorizer;
    }

    @Override
    public AuditPage list(Actor actor, AuditListRequest request) {
        ctx.validator().check(request);
        Instant afterAt = null;
        AuditEntryId afterId = null;
        if (request.cursor() != null) {
            Cursors.Timed position = Cursors.decodeTimed(request.cursor(), CURSOR_LIST);
            afterAt = position.at();
            try {
                afterId = AuditEntryId.parse(position.id());
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("cursor", "is not a cursor this list produced");
            }
        }
        AuditQuery query = new AuditQuery(actor.tenant(), request.from(), request.to(), request.targetType(), request.targetId(),
                request.actor(), afterAt, afterId, request.limit());
        Page<AuditEntry> page = ctx.store().read(tx -> {
            authorizer.authorize(tx, actor, Operation.VIEW_AUDIT, false);
            return tx.audit().query(query);
        });
        String next = null;
        if (page.hasMore() && !page.items().isEmpty()) {
            AuditEntry last = page.items().get(page.items().size() - 1);
            next = Cursors.encodeTimed(CURSOR_LIST, last.at(), last.id().toString());
        }
        return new AuditPage(page.items(), Optional.ofNullable(next));
    }
}
