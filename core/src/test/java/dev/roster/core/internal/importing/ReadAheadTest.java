package dev.roster.core.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.spi.sheet.SheetRejectedException;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    /** Rows numbered from 1, then a failure after {@code failAfter} rows (never when negative). */
    private static SheetSource counting(AtomicInteger calls, int failAfter) {
        return new SheetSource() {
            @Override
            public SheetRow next() {
                int n = calls.incrementAndGet();
                if (n == failAfter + 1) {
                    throw new SheetRejectedException(SheetRejectedException.Reason.DAMAGED, "cut short at row " + n);
                }
                return new SheetRow(n, List.of("r" + n));
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void rowsComeInOrderAndAFailureOfTheSourceIsThrownInItsTurn() {
        try (ReadAhead rows = new ReadAhead(counting(new AtomicInteger(), 1_500))) {
            for (int i = 1; i <= 1_500; i++) {
                assertThat(rows.next().number()).isEqualTo(i);
            }
            SheetRejectedException e = catchThrowableOfType(SheetRejectedException.class, rows::next);
            assertThat(e.getMessage()).contains("row 1501");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void closeStopsTheReadingThreadBeforeItReturnsSoTheCallerMayCloseTheSource() {
        AtomicInteger calls = new AtomicInteger();
        ReadAhead rows = new ReadAhead(counting(calls, -1)); // endless
        assertThat(rows.next().number()).isEqualTo(1);

        rows.close();
        int afterClose = calls.get();

        assertThat(afterClose).isLessThan(1_000_000);
        assertThat(calls.get()).isEqualTo(afterClose); // the reader has ended: nothing reads any more
    }

    @Test
    void anEmptySheetEndsAtOnce() {
        SheetSource empty = new SheetSource() {
            @Override
            public SheetRow next() {
                return null;
            }

            @Override
            public void close() {
            }
        };
        try (ReadAhead rows = new ReadAhead(empty)) {
            assertThat(rows.next()).isNull();
            assertThat(rows.next()).isNull();
        }
    }
}
