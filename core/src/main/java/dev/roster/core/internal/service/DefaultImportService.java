package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.ImportService;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.InvitationIssuer;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.importing.ImportBatches;
import dev.roster.core.internal.importing.ImportRun;
import dev.roster.core.policy.Operation;
import dev.roster.spi.sheet.SheetSource;
import java.util.Objects;

/** The engine behind {@link ImportService}. */
public final class DefaultImportService implements ImportService {
    private final RosterContext ctx;
    private final Authorizer authorizer;
    private final AdminOperations ops;
    private final InvitationIssuer issuer;
    private final Guards guards;

    public DefaultImportService(RosterContext ctx, Authorizer authorizer, InvitationIssuer issuer, Guards guards) {
        this.ctx = ctx;
        this.authorizer = authorizer;
        this.ops = new AdminOperations(ctx, authorizer);
        this.issuer = issuer;
        this.guards = guards;
    }

    @Override
    public ImportReport dryRun(Actor actor, SheetSource rows, ImportOptions options) {
        return run(actor, rows, options, true);
    }

    @Override
    public ImportReport apply(Actor actor, SheetSource rows, ImportOptions options) {
        return run(actor, rows, options, false);
    }

    private ImportReport run(Actor actor, SheetSource rows, ImportOptions options, boolean dryRun) {
        Objects.requireNonNull(rows, "rows");
        ImportOptions given = options == null ? ImportOptions.defaults() : options;
        // Refused before a row is read when the actor may not invite at all.
        Acting acting = ctx.store().read(tx -> authorizer.authorize(tx, actor, Operation.INVITE, false));
        ImportBatches batches = new ImportBatches(ctx, ops, issuer, guards, actor);
        return new ImportRun(ctx, batches, given, acting, dryRun).run(rows);
    }
}
