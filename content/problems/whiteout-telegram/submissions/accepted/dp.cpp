// Forward DP over positions with the dictionary in a hash set of strings, trying only the word
// lengths that occur (at most 50): O(n * 50) substring look-ups.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int m;
    cin >> m;
    unordered_set<string> dict;
    set<int> lengths;
    for (int i = 0; i < m; i++) {
        string w;
        cin >> w;
        dict.insert(w);
        lengths.insert((int)w.size());
    }
    string text;
    cin >> text;
    int n = text.size();
    vector<int> start(n + 1, -1);
    start[0] = 0;
    for (int i = 0; i < n; i++) {
        if (start[i] < 0) continue;
        for (int len : lengths) {
            if (i + len > n) break;
            if (start[i + len] < 0 && dict.count(text.substr(i, len))) start[i + len] = i;
        }
    }
    if (start[n] < 0) {
        cout << "NONE\n";
        return 0;
    }
    vector<string> pieces;
    for (int i = n; i > 0; i = start[i]) pieces.push_back(text.substr(start[i], i - start[i]));
    reverse(pieces.begin(), pieces.end());
    for (size_t i = 0; i < pieces.size(); i++) cout << (i ? " " : "") << pieces[i];
    cout << "\n";
}
