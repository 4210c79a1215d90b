package dev.roster.core.internal.importing;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * The first row each key (a canonical address, an external ID) was seen on, for a file of a
 * million rows in a few tens of megabytes: each key is held as its 128-bit hash, not as a string.
 * Two different keys would have to share all 128 bits to be taken for one (about one chance in
 * 10^26 for a million keys).
 */
final class FirstRows {
    private static final HashFunction HASH = Hashing.murmur3_128(0x5EED);

    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private int[] rows = new int[1024]; // 0: an empty slot (rows are numbered from 1)
    private int size;

    /**
     * Remembers the row unless the key was seen before.
     *
     * @return the earlier row, or 0 when the key is new
     */
    int putIfAbsent(String key, int row) {
        if ((size + 1) * 2 > rows.length) {
            grow();
        }
        HashCode code = HASH.hashString(key, StandardCharsets.UTF_8);
        byte[] bytes = code.asBytes();
        long h = toLong(bytes, 0);
        long l = toLong(bytes, 8);
        int mask = rows.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                high[i] = h;
                low[i] = l;
                rows[i] = row;
                size++;
                return 0;
            }
            if (high[i] == h && low[i] == l) {
                return rows[i];
            }
        }
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldRows = rows;
        high = new long[oldRows.length * 2];
        low = new long[oldRows.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = rows.length - 1;
        for (int j = 0; j < oldRows.length; j++) {
            if (oldRows[j] != 0) {
                int i = (int) oldHigh[j] & mask;
                while (rows[i] != 0) {
                    i = (i + 1) & mask;
                }
                high[i] = oldHigh[j];
                low[i] = oldLow[j];
                rows[i] = oldRows[j];
            }
        }
    }

    private static long toLong(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }
}
