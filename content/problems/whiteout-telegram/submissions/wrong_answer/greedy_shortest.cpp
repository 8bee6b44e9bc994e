// Greedy: always takes the shortest dictionary word at the current position
// (07-shortest-first-fails-2: "a", then nothing fits "bbc").
#include <bits/stdc++.h>
using namespace std;

int main() {
    int m;
    cin >> m;
    unordered_set<string> dict;
    size_t longest = 0;
    for (int i = 0; i < m; i++) {
        string w;
        cin >> w;
        dict.insert(w);
        longest = max(longest, w.size());
    }
    string text;
    cin >> text;
    vector<string> pieces;
    size_t i = 0;
    while (i < text.size()) {
        bool found = false;
        for (size_t len = 1; len <= longest && i + len <= text.size(); len++) {
            if (dict.count(text.substr(i, len))) {
                pieces.push_back(text.substr(i, len));
                i += len;
                found = true;
                break;
            }
        }
        if (!found) {
            cout << "NONE\n";
            return 0;
        }
    }
    for (size_t k = 0; k < pieces.size(); k++) cout << (k ? " " : "") << pieces[k];
    cout << "\n";
}
