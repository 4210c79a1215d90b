package dev.roster.core.internal.importing;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The first row each key (a canonical address, an external ID) was seen on, for a file of a
 * million rows in a few tens of megabytes: each key is held as its 128-bit hash, not as a string.
 * Two different keys would have to share all 128 bits to be taken for one (about one chance in
 * 10^26 for a million keys). The table is up to three quarters full and grows by half, not by
 * doubling, so that a million keys take about 30 MB rather than 42.
 */
final class FirstRows {
    private static final HashFunction HASH = Hashing.murmur3_128(0x5EED);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] code = new byte[16]; // reused: a row's hash is read as two longs and forgotten
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
        if ((size + 1) * 4L > rows.length * 3L) {
            grow();
        }
        HASH.hashUnencodedChars(key).writeBytesTo(code, 0, code.length);
        long h = (long) LONGS.get(code, 0);
        long l = (long) LONGS.get(code, 8);
        int capacity = rows.length;
        for (int i = home(h, capacity); ; i = i + 1 == capacity ? 0 : i + 1) {
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

    /** The first slot to probe: the hash's top 32 bits scaled to the capacity, which need not be a power of two. */
    private static int home(long hash, int capacity) {
        return (int) (((hash >>> 32) * capacity) >>> 32);
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldRows = rows;
        int capacity = oldRows.length + (oldRows.length >> 1);
        high = new long[capacity];
        low = new long[capacity];
        rows = new int[capacity];
        for (int j = 0; j < oldRows.length; j++) {
            if (oldRows[j] != 0) {
                int i = home(oldHigh[j], capacity);
                while (rows[i] != 0) {
                    i = i + 1 == capacity ? 0 : i + 1;
                }
                high[i] = oldHigh[j];
                low[i] = oldLow[j];
                rows[i] = oldRows[j];
            }
        }
    }
}
