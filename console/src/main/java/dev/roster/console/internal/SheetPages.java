package dev.roster.console.internal;

import dev.roster.adapters.spreadsheet.CsvSheetSink;
import dev.roster.adapters.spreadsheet.ImportReports;
import dev.roster.adapters.spreadsheet.ImportTemplate;
import dev.roster.adapters.spreadsheet.Spreadsheets;
import dev.roster.adapters.spreadsheet.XlsxSheetSink;
import dev.roster.console.ConsoleRequest;
import dev.roster.console.ConsoleResponse;
import dev.roster.console.ConsoleUpload;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.export.ExportRequest;
import dev.roster.core.error.ValidationException;
import dev.roster.core.export.UserField;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowOutcome;
import dev.roster.core.importing.RowStatus;
import dev.roster.core.policy.Operation;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spreadsheets both ways: the current list exported as CSV or XLSX, the invitation template to download,
 * and a bulk invitation from an uploaded file, checked first (a dry run shown as a table) and then applied.
 */
public final class SheetPages {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SheetPages.class);
    /** Where the upload form posts; the only path that takes a multipart body. */
    public static final String UPLOAD = "/invitations/upload";
    /** Where the report's form posts to send what the check found. */
    public static final String APPLY = "/invitations/upload/apply";
    /** The rows of a report shown on the page; the totals always count them all. */
    static final int SHOWN_ROWS = 1_000;
    private static final String BAD_ROLE = "Please check the form (the role): choose one of the roles offered.";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<UserField> EXPORTED = List.of(UserField.EMAIL, UserField.FIRST_NAME, UserField.LAST_NAME, UserField.DISPLAY_NAME,
            UserField.USERNAME, UserField.USER_TYPE, UserField.ROLES, UserField.STATUS, UserField.CREATED_AT, UserField.LAST_LOGIN_AT);

    private final Roster roster;
    private final Permissions permissions;
    private final PendingUploads pending;
    private final Clock clock;

    public SheetPages(Roster roster, Clock clock) {
        this.roster = roster;
        this.permissions = new Permissions(roster);
        this.pending = new PendingUploads(clock);
        this.clock = clock;
    }

    /** The list the page showed (its {@code back} field), members only, as a download written while it is read. */
    public ConsoleResponse export(ConsoleRequest request, Actor actor) {
        if (!permissions.may(actor, Operation.EXPORT_USERS)) {
            throw new dev.roster.core.error.PermissionDeniedException("exporting users is not allowed");
        }
        Listing listing = Listing.ofQuery(request.field("back").orElse(""), roster.policy());
        var members = listing.members(roster.policy(), 500);
        if (members != null) {
            try {
                // Roster's checks before the first byte goes out: once the download has begun, a refusal could only cut it short.
                roster.directory().listUsers(actor, members.withLimit(1));
            } catch (ValidationException e) {
                return ConsoleResponse.redirect(Links.backWith(request.base(), request.field("back").orElse(""), Actions.problemQuery(e)));
            }
        }
        boolean xlsx = "xlsx".equals(request.field("format").orElse(""));
        String name = "users-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + (xlsx ? ".xlsx" : ".csv");
        return ConsoleResponse.download(xlsx ? XLSX : "text/csv; charset=utf-8", name, out -> {
            try {
                writeExport(actor, members, xlsx, out);
            } catch (RuntimeException e) {
                // The headers are gone: the client sees the download end early; the log says why.
                LOG.error("the export of a user list failed after it began", e);
                throw e;
            }
        });
    }

    private void writeExport(Actor actor, dev.roster.core.query.UserListRequest members, boolean xlsx, java.io.OutputStream out) throws IOException {
        if (xlsx) {
            try (XlsxSheetSink sink = new XlsxSheetSink(out, "Users")) {
                write(actor, members, sink);
            }
        } else {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(actor, members, new CsvSheetSink(writer));
            writer.flush();
        }
    }

    private void write(Actor actor, dev.roster.core.query.UserListRequest members, dev.roster.spi.sheet.SheetSink sink) {
        if (members == null) {
            sink.header(EXPORTED.stream().map(UserField::header).toList()); // a list nothing can match: its header only
            sink.finish();
            return;
        }
        roster.exports().exportUsers(actor, new ExportRequest(members, EXPORTED, null), sink);
    }

    /** The workbook to fill in: the policy's columns, roles and types. */
    public ConsoleResponse template(Actor actor) {
        if (!permissions.may(actor, Operation.INVITE)) {
            throw new dev.roster.core.error.PermissionDeniedException("inviting is not allowed");
        }
        return ConsoleResponse.download(XLSX, "invitations-template.xlsx", out -> ImportTemplate.write(roster.policy(), Map.of(), out));
    }

    /** An uploaded file, checked as a dry run: the report as a table, and the form that applies it. */
    public ConsoleResponse check(ConsoleRequest request, Actor actor, String csrf) {
        ConsoleUpload upload = request.file("sheet").filter(u -> u.size() > 0).orElse(null);
        if (upload == null) {
            return page(request, csrf, Map.of("problem", "Choose a spreadsheet (XLSX or CSV) to upload."));
        }
        Optional<PendingUploads.Options> options = options(request);
        if (options.isEmpty()) {
            return page(request, csrf, Map.of("problem", BAD_ROLE));
        }
        try (InputStream in = upload.open(); SheetSource rows = Spreadsheets.open(in, roster.policy().importLimits())) {
            ImportReport report = roster.imports().dryRun(actor, rows, options.get().importOptions());
            String key = null;
            if (report.count(RowStatus.WOULD_INVITE) > 0) {
                try (InputStream again = upload.open()) {
                    key = pending.keep(actor, again, upload.fileName(), options.get());
                }
            }
            return page(request, csrf, reportParams(report, upload.fileName(), key));
        } catch (SheetRejectedException e) {
            return page(request, csrf, Map.of("problem", rejection(e.reason())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file a dry run kept, applied as the same actor with the options it was checked with; the page then shows what was done. */
    public ConsoleResponse apply(ConsoleRequest request, Actor actor, String csrf) {
        String key = request.field("upload").filter(k -> k.matches("[0-9a-f]{32}")).orElse("");
        Optional<PendingUploads.Taken> taken = pending.take(actor, key);
        if (taken.isEmpty()) {
            return page(request, csrf, Map.of("problem", "The checked file is no longer here (it is kept for "
                    + PendingUploads.KEPT.toMinutes() + " minutes, on the server that checked it). Please upload it again."));
        }
        try (PendingUploads.Taken file = taken.get(); InputStream in = Files.newInputStream(file.file());
                SheetSource rows = Spreadsheets.open(in, roster.policy().importLimits())) {
            ImportReport report = roster.imports().apply(actor, rows, file.options().importOptions());
            return page(request, csrf, reportParams(report, file.fileName(), null));
        } catch (SheetRejectedException e) {
            return page(request, csrf, Map.of("problem", rejection(e.reason())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options the upload form chose: a default role (one of the policy's) and a personal message for rows without one. */
    private Optional<PendingUploads.Options> options(ConsoleRequest request) {
        String role = request.field("role").filter(r -> !r.isBlank()).orElse(null);
        if (role != null && roster.policy().roles().keySet().stream().noneMatch(id -> id.value().equals(role))) {
            return Optional.empty();
        }
        return Optional.of(new PendingUploads.Options(role == null ? null : RoleId.of(role),
                request.field("message").filter(m -> !m.isBlank()).orElse(null)));
    }

    private Map<String, Object> reportParams(ImportReport report, String fileName, String key) {
        List<ImportView.Row> rows = new ArrayList<>();
        for (RowOutcome row : report.rows().subList(0, Math.min(report.rows().size(), SHOWN_ROWS))) {
            rows.add(new ImportView.Row(row.row(), row.email() == null ? "" : row.email(), ImportReports.statusText(row),
                    ImportReports.detailText(row), row.status() == RowStatus.INVALID));
        }
        List<UsersView.Card> totals = new ArrayList<>();
        for (RowStatus status : RowStatus.values()) {
            if (report.count(status) > 0) {
                totals.add(new UsersView.Card(ImportView.label(status), Integer.toString(report.count(status))));
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("view", new ImportView(fileName, report.dryRun(), totals, report.warnings(), rows, report.rowCount(), key,
                report.count(RowStatus.WOULD_INVITE)));
        return params;
    }

    private static ConsoleResponse page(ConsoleRequest request, String csrf, Map<String, Object> more) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("base", request.base());
        params.put("csrf", csrf);
        params.put("problem", null);
        params.put("view", null);
        params.putAll(more);
        return ConsoleResponse.html(params.get("problem") == null ? 200 : 400, Templates.render("import.jte", params));
    }

    /** Why a file was refused, in the console's own words: nothing of the file is echoed. */
    static String rejection(SheetRejectedException.Reason reason) {
        return switch (reason) {
            case NOT_A_SPREADSHEET -> "That file is neither an XLSX workbook nor a CSV file. An .xls workbook must be saved as .xlsx or CSV first.";
            case NOT_UTF8 -> "That CSV file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.";
            case TOO_LARGE -> "That file is larger than this console accepts.";
            case TOO_MANY_ROWS -> "That file has more rows than one upload may have.";
            case NO_EMAIL_COLUMN -> "No header row names an email column. Start from the template.";
            case DAMAGED -> "That file is damaged or cut short.";
            default -> "That file was refused as unsafe (" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ").";
        };
    }
}
