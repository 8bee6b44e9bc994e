package util;

public class Total {
    public static long of(String text) {
        String[] tokens = text.trim().split("\\s+");
        long sum = 0;
        for (int i = 1; i < tokens.length; i++) sum += Long.parseLong(tokens[i]);
        return sum;
    }
}
