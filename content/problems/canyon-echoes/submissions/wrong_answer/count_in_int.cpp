// Mistake: a 32-bit count; 2 * 10^5 equal letters make 20 000 100 000 pieces.
// Caught by secret/15-large-one-letter.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

int main() {
    int n;
    static char buf[200005];
    if (std::scanf("%d %200000s", &n, buf) != 2) return 1;
    std::string s(buf);
    std::vector<int> d1(n), d2(n);
    int total = 0;
    for (int i = 0, l = 0, r = -1; i < n; ++i) {
        int k = (i > r) ? 1 : std::min(d1[l + r - i], r - i + 1);
        while (i - k >= 0 && i + k < n && s[i - k] == s[i + k]) ++k;
        d1[i] = k--;
        if (i + k > r) l = i - k, r = i + k;
        total += d1[i];
    }
    for (int i = 0, l = 0, r = -1; i < n; ++i) {
        int k = (i > r) ? 0 : std::min(d2[l + r - i + 1], r - i + 1);
        while (i - k - 1 >= 0 && i + k < n && s[i - k - 1] == s[i + k]) ++k;
        d2[i] = k--;
        if (i + k > r) l = i - k - 1, r = i + k;
        total += d2[i];
    }
    std::printf("%d\n", total);
}
