package dev.roster.benchmarks.sheets;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.adapters.spreadsheet.Spreadsheets;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.importing.ImportListener;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.importing.RowStatus;
import dev.roster.core.policy.ImportLimits;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.sheet.SheetSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * A dry run of the 1,000,000-row workbook, every row checked as an invitation, run under
 * {@code -Xmx256m}, each round after fastexcel-reader reads the same file in the same JVM: the
 * dry run's time over the read's. Run: see docs/benchmarks.md.
 */
public final class DryRunBenchmark {
    static final Permission MANAGE = Permission.of("users.manage");
    static final Permission CHAT = Permission.of("chat.use");

    private static final int ROUNDS = 5;

    private DryRunBenchmark() {
    }

    /** A workspace policy whose import limits take a million rows. */
    public static Policy policy() {
        return Policy.builder()
                .permissions(Set.of(MANAGE, CHAT))
                .adminPermission(MANAGE)
                .role(RoleDefinition.of("admin", "Admin", Set.of(MANAGE, CHAT)).withFixed(Set.of(MANAGE)))
                .role(RoleDefinition.of("member", "Member", Set.of(CHAT)))
                .defaultRole(RoleId.of("member"))
                .invitationExpiry(Duration.ofDays(7))
                .importLimits(new ImportLimits(1L << 30, 4L << 30, 2_000_000, 1_000))
                .build();
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = SheetFiles.people(rows);
        try (Roster roster = Roster.builder().store(new InMemoryRosterStore()).withoutMail().policy(policy()).build()) {
            TenantId tenant = TenantId.of("bench");
            User ada = roster.tenants().bootstrap(new TenantBootstrap(tenant, "Bench", "ada@example.org", ProfileFields.named("Ada", "L"),
                    null, null));
            Actor admin = Actor.user(tenant, ada.id());
            // fastexcel-reader's read of the same file in turn with each dry run, so that a slow spell of
            // this shared VM falls on both alike; the bar is the dry run's time over the read's.
            double[] ratios = new double[ROUNDS];
            for (int round = 1; round <= ROUNDS; round++) {
                System.gc();
                long readStart = System.nanoTime();
                ParseBenchmark.fastexcel(file);
                double readSeconds = (System.nanoTime() - readStart) / 1e9;
                System.gc();
                long start = System.nanoTime();
                ImportReport report;
                try (InputStream in = Files.newInputStream(file); SheetSource source = Spreadsheets.open(in, roster.policy().importLimits())) {
                    report = roster.imports().dryRun(admin, source, ImportOptions.defaults().withBatchSize(1_000).withoutRowsKept()
                            .withListener(ImportListener.NONE));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                ratios[round - 1] = seconds / readSeconds;
                System.out.printf(Locale.ROOT, "round %d: %,d rows in %.1f s (%,.0f rows/s): would invite %,d, invalid %,d; in a heap of %.0f MB;"
                        + " fastexcel-reader read it in %.1f s: %.2fx%n", round, report.rowCount(), seconds, report.rowCount() / seconds,
                        report.count(RowStatus.WOULD_INVITE), report.count(RowStatus.INVALID), Runtime.getRuntime().maxMemory() / 1e6,
                        readSeconds, ratios[round - 1]);
            }
            java.util.Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "dry run over fastexcel-reader's read: median %.2fx (bar: at most 1.5x)%n", ratios[ROUNDS / 2]);
        }
    }
}
