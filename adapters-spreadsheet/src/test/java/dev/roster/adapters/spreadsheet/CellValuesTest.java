package dev.roster.adapters.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Instants as an export writes them read exactly as the JDK's own text for them. */
class CellValuesTest {

    @Property(tries = 2_000)
    void anInstantReadsAsInstantToString(@ForAll @LongRange(min = -70_000_000_000L, max = 260_000_000_000L) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos, @ForAll @IntRange(min = 0, max = 3) int precision) {
        int rounded = switch (precision) {
            case 0 -> 0;
            case 1 -> nanos / 1_000_000 * 1_000_000;
            case 2 -> nanos / 1_000 * 1_000;
            default -> nanos;
        };
        Instant instant = Instant.ofEpochSecond(seconds, rounded);
        assertThat(CellValues.iso(instant)).isEqualTo(instant.toString());
    }

    @Test
    void theEdgesOfTheFourDigitYearsReadAsTheJdkWritesThem() {
        for (String text : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "-0001-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00.001Z", "2024-02-29T12:00:00.000100Z"}) {
            Instant instant = Instant.parse(text);
            assertThat(CellValues.iso(instant)).isEqualTo(instant.toString()).isEqualTo(text);
        }
    }
}
