package dev.roster.adapters.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A workbook's shared strings, packed as UTF-8 in one array: a million-row sheet has millions of
 * distinct strings, which as {@code String}s alone would take several times the heap.
 */
final class SharedStrings {
    private byte[] bytes = new byte[64 * 1024];
    private int used;
    private int[] ends = new int[1024];
    private int count;

    void add(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (used + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + utf8.length, bytes.length * 2));
        }
        System.arraycopy(utf8, 0, bytes, used, utf8.length);
        used += utf8.length;
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
        }
        ends[count++] = used;
    }

    /**
     * @throws IndexOutOfBoundsException when the workbook has no such string
     */
    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    int size() {
        return count;
    }
}
