// Prefix sums in 64 bits and a deque of candidate starts with increasing prefix sums.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        prefix[i] = prefix[i - 1] + x;
    }
    deque<int> starts{0};
    int best = n + 1;
    for (int j = 1; j <= n; j++) {
        while (!starts.empty() && prefix[j] - prefix[starts.front()] >= k) {
            best = min(best, j - starts.front());
            starts.pop_front();
        }
        while (!starts.empty() && prefix[starts.back()] >= prefix[j]) starts.pop_back();
        starts.push_back(j);
    }
    printf("%d\n", best <= n ? best : -1);
}
