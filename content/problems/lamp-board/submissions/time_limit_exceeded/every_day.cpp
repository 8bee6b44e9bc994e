// O(R - L): counts the bits of every day with the popcount instruction; 1.1 * 10^12 days in one
// question of secret/05-bit-31, and 10^17 in secret/07-whole-range.
#include <cstdio>

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        long long l, r, total = 0;
        std::scanf("%lld %lld", &l, &r);
        for (long long x = l; x <= r; ++x) total += __builtin_popcountll(x);
        std::printf("%lld\n", total);
    }
}
