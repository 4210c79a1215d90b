package dev.roster.adapters.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A workbook's shared strings, packed as UTF-8: a million-row sheet has millions of distinct
 * strings, which as {@code String}s alone would take several times the heap. The bytes and the end
 * offsets live in fixed-size chunks, so the table grows without the copies (and the moment of
 * twice the memory) of an array that doubles, and wastes at most one chunk of each.
 */
final class SharedStrings {
    static final int BYTE_CHUNK_BITS = 18; // 256 KiB
    private static final int BYTE_CHUNK = 1 << BYTE_CHUNK_BITS;
    static final int END_CHUNK_BITS = 14; // 16 Ki offsets, 64 KiB
    private static final int END_CHUNK = 1 << END_CHUNK_BITS;

    private final List<byte[]> bytes = new ArrayList<>();
    private final List<int[]> ends = new ArrayList<>();
    private int used; // bytes held, across chunks; a string may run on from one chunk into the next
    private int count;

    void add(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > Integer.MAX_VALUE - used) {
            throw new IllegalStateException("more than 2 GiB of shared strings");
        }
        int from = 0;
        while (from < utf8.length) {
            int offset = used & (BYTE_CHUNK - 1);
            if (offset == 0 && (used >>> BYTE_CHUNK_BITS) == bytes.size()) {
                bytes.add(new byte[BYTE_CHUNK]);
            }
            int n = Math.min(utf8.length - from, BYTE_CHUNK - offset);
            System.arraycopy(utf8, from, bytes.get(used >>> BYTE_CHUNK_BITS), offset, n);
            from += n;
            used += n;
        }
        if ((count & (END_CHUNK - 1)) == 0) {
            ends.add(new int[END_CHUNK]);
        }
        ends.get(count >>> END_CHUNK_BITS)[count & (END_CHUNK - 1)] = used;
        count++;
    }

    /**
     * @throws IndexOutOfBoundsException when the workbook has no such string
     */
    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        int start = index == 0 ? 0 : end(index - 1);
        int end = end(index);
        if (end == start) {
            return "";
        }
        int chunk = start >>> BYTE_CHUNK_BITS;
        if ((end - 1) >>> BYTE_CHUNK_BITS == chunk) {
            return new String(bytes.get(chunk), start & (BYTE_CHUNK - 1), end - start, StandardCharsets.UTF_8);
        }
        byte[] joined = new byte[end - start]; // the rare string that runs over a chunk's end
        for (int at = start; at < end; ) {
            int offset = at & (BYTE_CHUNK - 1);
            int n = Math.min(end - at, BYTE_CHUNK - offset);
            System.arraycopy(bytes.get(at >>> BYTE_CHUNK_BITS), offset, joined, at - start, n);
            at += n;
        }
        return new String(joined, StandardCharsets.UTF_8);
    }

    private int end(int index) {
        return ends.get(index >>> END_CHUNK_BITS)[index & (END_CHUNK - 1)];
    }

    int size() {
        return count;
    }
}
