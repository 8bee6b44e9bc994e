// Kadane for the best straight arc and the worst middle stretch, in long (the sums pass 2^31).
import java.io.DataInputStream;
import java.io.IOException;

public class KadaneTwice {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = (int) readLong(in);
        long g = readLong(in);
        long total = g, bestMax = g, curMax = g, bestMin = g, curMin = g;
        for (int i = 1; i < n; i++) {
            g = readLong(in);
            total += g;
            curMax = Math.max(g, curMax + g);
            bestMax = Math.max(bestMax, curMax);
            curMin = Math.min(g, curMin + g);
            bestMin = Math.min(bestMin, curMin);
        }
        System.out.println(bestMax < 0 ? bestMax : Math.max(bestMax, total - bestMin));
    }

    // A small buffered reader of signed decimal integers (Scanner is slow on 2 * 10^5 numbers).
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, pos = 0;

    private static int read(DataInputStream in) throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return buf[pos++];
    }

    private static long readLong(DataInputStream in) throws IOException {
        int c = read(in);
        while (c != '-' && (c < '0' || c > '9')) c = read(in);
        boolean negative = c == '-';
        if (negative) c = read(in);
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = read(in);
        }
        return negative ? -value : value;
    }
}
