/* @EXPECTED_RESULTS@: CORRECT */
// A Java class in a package, named otherwise than Main: the judge runs it as contest.words.Reverse.
package contest.words;

import java.util.Scanner;

public class Reverse {
    public static void main(String[] args) {
        String[] words = new Scanner(System.in).nextLine().trim().split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = words.length - 1; i >= 0; i--) out.append(words[i]).append(i > 0 ? " " : "\n");
        System.out.print(out);
    }
}
