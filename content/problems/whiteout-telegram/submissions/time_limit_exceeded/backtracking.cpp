// Tries every split (longest word first) without remembering positions that already failed:
// exponential on 17-max-all-a-none, in C++ too.
#include <bits/stdc++.h>
using namespace std;

unordered_set<string> dict;
string text;
size_t longest = 0;
vector<string> pieces;

bool split(size_t i) {
    if (i == text.size()) return true;
    for (size_t len = min(longest, text.size() - i); len >= 1; len--) {
        if (dict.count(text.substr(i, len))) {
            pieces.push_back(text.substr(i, len));
            if (split(i + len)) return true;
            pieces.pop_back();
        }
    }
    return false;
}

int main() {
    int m;
    cin >> m;
    for (int i = 0; i < m; i++) {
        string w;
        cin >> w;
        dict.insert(w);
        longest = max(longest, w.size());
    }
    cin >> text;
    if (!split(0)) {
        cout << "NONE\n";
        return 0;
    }
    for (size_t k = 0; k < pieces.size(); k++) cout << (k ? " " : "") << pieces[k];
    cout << "\n";
}
