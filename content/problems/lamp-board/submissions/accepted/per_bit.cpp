// f(R) - f(L - 1), with f counted lamp by lamp; every shift is on 64-bit values (1LL << i).
#include <cstdio>

static long long upto(long long n) {
    if (n < 0) return 0;
    long long total = 0;
    for (int i = 0; i < 60 && (1LL << i) <= n; ++i) {
        long long period = 1LL << (i + 1), half = 1LL << i;
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
