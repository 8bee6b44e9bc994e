// Correct but O(n^2), in C++: 2 * 10^10 additions when no stretch is enough (18-max-none), far over
// the limit even compiled.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    int best = n + 1;
    for (int i = 0; i < n; i++) {
        long long total = 0;
        for (int j = i; j < n && j - i + 1 < best; j++) {
            total += a[j];
            if (total >= k) {
                best = j - i + 1;
                break;
            }
        }
    }
    printf("%d\n", best <= n ? best : -1);
}
