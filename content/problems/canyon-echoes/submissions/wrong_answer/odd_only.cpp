// Mistake: only palindromes centred on a letter (odd lengths); "bb" and "abba" are missed.
// Caught by sample/2 and secret/02-two-equal.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

int main() {
    int n;
    static char buf[200005];
    if (std::scanf("%d %200000s", &n, buf) != 2) return 1;
    std::string s(buf);
    std::vector<int> d1(n);
    long long total = 0;
    for (int i = 0, l = 0, r = -1; i < n; ++i) {
        int k = (i > r) ? 1 : std::min(d1[l + r - i], r - i + 1);
        while (i - k >= 0 && i + k < n && s[i - k] == s[i + k]) ++k;
        d1[i] = k--;
        if (i + k > r) l = i - k, r = i + k;
        total += d1[i];
    }
    std::printf("%lld\n", total);
}
