// Asks for both children of every popped position without checking them against n: positions past
// the end are refused (02-two-values-second).
#include <bits/stdc++.h>
using namespace std;

long long ask(long long i) {
    printf("? %lld\n", i);
    fflush(stdout);
    long long v;
    if (scanf("%lld", &v) != 1) exit(0);
    return v;
}

int main() {
    long long n, k;
    if (scanf("%lld %lld", &n, &k) != 2) return 0;
    priority_queue<pair<long long, long long>, vector<pair<long long, long long>>, greater<>> frontier;
    frontier.push({ask(1), 1});
    for (long long step = 1; step < k; step++) {
        long long i = frontier.top().second;
        frontier.pop();
        frontier.push({ask(2 * i), 2 * i});
        frontier.push({ask(2 * i + 1), 2 * i + 1});
    }
    printf("! %lld\n", frontier.top().first);
    fflush(stdout);
}
