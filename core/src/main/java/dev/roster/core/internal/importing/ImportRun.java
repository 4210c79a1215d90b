package dev.roster.core.internal.importing;

import dev.roster.core.importing.CellError;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportProgress;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowOutcome;
import dev.roster.core.importing.RowStatus;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.RosterContext;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One import, from the header to the report. Rows are read and checked as they come; rows that
 * pass go through {@link ImportBatches} a batch at a time. An apply reads the whole file first, so
 * that a file refused as a whole (too many rows, unreadable partway) invites nobody.
 */
public final class ImportRun {
    private static final int PROGRESS_EVERY = 1_000;

    private final RosterContext ctx;
    private final ImportBatches batches;
    private final ImportOptions options;
    private final Acting acting;
    private final boolean dryRun;
    private final List<RowOutcome> kept = new ArrayList<>();
    private final Map<RowStatus, Integer> totals = new EnumMap<>(RowStatus.class);
    private final FirstRows firstRowOfEmail = new FirstRows();
    private final FirstRows firstRowOfExternalId = new FirstRows();
    private RowReader reader;
    private int read;
    private int valid;
    private int invited;
    private boolean cancelled;

    /**
     * @param acting the actor as authorised at the start, whose rights each row is first checked against
     * @param batches looks rows up and invites them, a batch at a time
     */
    public ImportRun(RosterContext ctx, ImportBatches batches, ImportOptions options, Acting acting, boolean dryRun) {
        this.ctx = ctx;
        this.batches = batches;
        this.options = options;
        this.acting = acting;
        this.dryRun = dryRun;
    }

    public ImportReport run(SheetSource source) {
        ImportColumns columns = ImportColumns.find(source, ctx.policy().permissions(), options.flagColumns());
        reader = batches.reader(columns, options);
        List<ImportRow> waiting = new ArrayList<>();
        try (ReadAhead rows = new ReadAhead(source)) {
            readAndCheck(rows, waiting);
        }
        for (int from = 0; from < waiting.size(); from += options.batchSize()) {
            settle(waiting.subList(from, Math.min(waiting.size(), from + options.batchSize())));
        }
        progress();
        kept.sort(Comparator.comparingInt(RowOutcome::row));
        return new ImportReport(dryRun, columns.headerRow, columns.headers, columns.warnings, kept, totals, cancelled);
    }

    /** Checks each row as it comes; a dry run settles a batch as soon as it is full, an apply keeps them all for after. */
    private void readAndCheck(SheetSource source, List<ImportRow> waiting) {
        int maxRows = ctx.policy().importLimits().maxRows();
        SheetRow row;
        while (!cancelled && (row = source.next()) != null) {
            if (blank(row)) {
                continue;
            }
            if (++read > maxRows) {
                throw new SheetRejectedException(SheetRejectedException.Reason.TOO_MANY_ROWS,
                        "the file has more than " + maxRows + " rows of data; split it, or ask for a higher limit");
            }
            ImportRow parsed = reader.read(row, acting, ctx.clock().instant());
            if (admitted(parsed)) {
                valid++;
                waiting.add(parsed);
            }
            if (dryRun && waiting.size() >= options.batchSize()) {
                settle(waiting);
                waiting.clear();
            }
            if (read % PROGRESS_EVERY == 0) {
                progress();
            }
        }
    }

    private static boolean blank(SheetRow row) {
        for (String cell : row.cells()) {
            if (Cells.value(cell) != null) {
                return false;
            }
        }
        return true;
    }

    /** Records the row when it is invalid or repeats an earlier row; true when it goes on to a batch. */
    private boolean admitted(ImportRow row) {
        if (!row.valid()) {
            record(outcome(row, RowStatus.INVALID, 0, row.errors(), null));
            return false;
        }
        int first = firstRowOfEmail.putIfAbsent(row.email().canonical(), row.row());
        if (first != 0) {
            record(outcome(row, RowStatus.DUPLICATE_IN_FILE, first, List.of(), null));
            return false;
        }
        String externalId = row.externalId();
        int firstWithId = externalId == null ? 0 : firstRowOfExternalId.putIfAbsent(externalId, row.row());
        if (firstWithId != 0) {
            record(outcome(row, RowStatus.INVALID, 0, List.of(reader.error(reader.column(ImportField.EXTERNAL_ID), "is also the external ID of row " + firstWithId)),
                    null));
            return false;
        }
        return true;
    }

    /** Looks a batch up (and invites it, unless dry): the rows not yet looked at stay NOT_PROCESSED once cancelled. */
    private void settle(List<ImportRow> batch) {
        if (!cancelled && options.listener().cancelRequested()) {
            cancelled = true;
        }
        if (cancelled) {
            batch.forEach(r -> record(outcome(r, RowStatus.NOT_PROCESSED, 0, List.of(), null)));
            return;
        }
        List<RowOutcome> settled = dryRun ? batches.check(reader, batch) : batches.invite(reader, batch);
        for (RowOutcome o : settled) {
            if (o.status() == RowStatus.INVITED) {
                invited++;
            }
            record(o);
        }
        progress();
    }

    static RowOutcome outcome(ImportRow row, RowStatus status, int duplicateOf, List<CellError> errors, InvitationId invitation) {
        return new RowOutcome(row.row(), row.emailText(), status, duplicateOf, errors, invitation, row.cells());
    }

    private void record(RowOutcome outcome) {
        totals.merge(outcome.status(), 1, Integer::sum);
        options.listener().row(outcome);
        if (options.keepRows()) {
            kept.add(outcome);
        }
    }

    private void progress() {
        options.listener().progress(new ImportProgress(read, valid, invited));
    }
}
