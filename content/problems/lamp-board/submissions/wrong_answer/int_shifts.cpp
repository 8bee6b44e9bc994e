// Mistake: 1 << i on a 32-bit int: from bit 31 on the shifts overflow (here masked to 31 bits of
// shift, as x86 does), so lamps 31 and up are counted wrong. Caught by secret/02-single-days (day 10^17)
// and secret/05-bit-31.
#include <cstdio>

static long long upto(long long n) {
    if (n < 0) return 0;
    long long total = 0;
    for (int i = 0; i < 60 && (long long)(unsigned)(1u << (i & 31)) <= n; ++i) {
        long long half = (int)(1u << (i & 31)), period = (int)(1u << ((i + 1) & 31));
        if (period <= 0 || half <= 0) break;
        long long full = (n + 1) / period, rest = (n + 1) % period;
        total += full * half + (rest > half ? rest - half : 0);
    }
    return total;
}

int main() {
    int t;
    if (std::scanf("%d", &t) != 1) return 1;
    while (t--) {
        long long l, r;
        std::scanf("%lld %lld", &l, &r);
        std::printf("%lld\n", upto(r) - upto(l - 1));
    }
}
