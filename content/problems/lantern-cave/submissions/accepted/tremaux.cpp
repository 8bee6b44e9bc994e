// Physical depth-first search with an explicit stack of the mouths that lead back to each parent.
#include <iostream>
#include <unordered_map>
#include <vector>

struct Chamber {
    std::vector<char> known;  // known[i]: mouth i walked through from either side
    int cursor = 1;
};

static std::unordered_map<long long, Chamber> chambers;

static void go(int mouth, long long& tag, int& degree, int& back) {
    std::cout << "go " << mouth << std::endl;  // endl flushes
    std::cin >> tag >> degree >> back;
}

int main() {
    long long here;
    int degree;
    std::cin >> here >> degree;
    chambers[here].known.assign(degree + 1, 0);
    long long unknown = degree;
    std::vector<int> path;  // the mouth back to the parent, for each chamber below the start
    while (unknown > 0) {
        Chamber& c = chambers[here];
        while (c.cursor < (int)c.known.size() && c.known[c.cursor]) ++c.cursor;
        long long there;
        int d, b;
        if (c.cursor == (int)c.known.size()) {
            int up = path.back();
            path.pop_back();
            go(up, there, d, b);
            here = there;
            continue;
        }
        int mouth = c.cursor;
        c.known[mouth] = 1;
        --unknown;
        go(mouth, there, d, b);
        bool fresh = chambers.find(there) == chambers.end();
        if (fresh) {
            chambers[there].known.assign(d + 1, 0);
            unknown += d;
        }
        Chamber& t = chambers[there];
        if (!t.known[b]) {
            t.known[b] = 1;
            --unknown;
        }
        if (fresh) {
            path.push_back(b);
            here = there;
        } else if (there != here && unknown > 0) {
            long long tag;
            int dd, bb;
            go(b, tag, dd, bb);  // step back out of a chamber already seen
        }
    }
    std::cout << "! " << chambers.size() << std::endl;
}
