package dev.roster.adapters.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedStringsTest {
    @Test
    void everyStringComesBackAsAddedAcrossChunkEnds() {
        // Enough bytes for several chunks, enough strings for several chunks of offsets, strings that
        // run over a chunk's end (some several chunks long), empty ones, and characters of 1 to 4 bytes.
        Random random = new Random(7);
        String[] pieces = {"a", "é", "\u20ac", "\ud83d\ude00", ""};
        SharedStrings strings = new SharedStrings();
        List<String> added = new ArrayList<>();
        int bytesNeeded = 3 << SharedStrings.BYTE_CHUNK_BITS;
        for (int total = 0; total < bytesNeeded || added.size() <= 2 << SharedStrings.END_CHUNK_BITS; ) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(50) == 0 ? random.nextInt(1 << (SharedStrings.BYTE_CHUNK_BITS - 1)) : random.nextInt(12);
            for (int i = 0; i < length; i++) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            strings.add(value.toString());
            added.add(value.toString());
            total += value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        assertThat(strings.size()).isEqualTo(added.size());
        for (int i = 0; i < added.size(); i++) {
            assertThat(strings.get(i)).as("string %d", i).isEqualTo(added.get(i));
        }
    }

    @Test
    void anIndexOutsideTheTableIsRefused() {
        SharedStrings strings = new SharedStrings();
        strings.add("");
        assertThat(strings.get(0)).isEmpty();
        assertThatThrownBy(() -> strings.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> strings.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
