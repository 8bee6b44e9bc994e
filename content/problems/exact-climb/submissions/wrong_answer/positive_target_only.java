// Assumes a climb is upward: answers NONE at once for a target below zero.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        long s = (long) in.nval;
        long[] legs = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            legs[i] = (long) in.nval;
        }
        if (s < 0) {
            System.out.println("NONE");
            return;
        }
        HashMap<Long, Integer> first = new HashMap<>();
        first.put(0L, 0);
        long prefix = 0;
        for (int r = 1; r <= n; r++) {
            prefix += legs[r - 1];
            Integer start = first.get(prefix - s);
            if (start != null) {
                System.out.println((start + 1) + " " + r);
                return;
            }
            first.putIfAbsent(prefix, r);
        }
        System.out.println("NONE");
    }
}
