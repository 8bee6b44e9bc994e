// AVL tree in arrays (index 0 = no node), recursive insert/delete with the statement's one
// rebalancing rule; prints the rotation counts, size, height and the pre-order.
#include <bits/stdc++.h>
using namespace std;

vector<int> L(1, 0), R(1, 0), H(1, 0);
vector<long long> K(1, 0);
long long singles = 0, doubles = 0;

int newNode(long long key) {
    K.push_back(key); L.push_back(0); R.push_back(0); H.push_back(1);
    return (int)K.size() - 1;
}
void update(int n) { H[n] = 1 + max(H[L[n]], H[R[n]]); }
int rotateRight(int z) { int y = L[z]; L[z] = R[y]; R[y] = z; update(z); update(y); return y; }
int rotateLeft(int z) { int y = R[z]; R[z] = L[y]; L[y] = z; update(z); update(y); return y; }

int rebalance(int z) {
    update(z);
    int diff = H[L[z]] - H[R[z]];
    if (diff == 2) {
        int y = L[z];
        if (H[R[y]] > H[L[y]]) { L[z] = rotateLeft(y); doubles++; } else singles++;
        return rotateRight(z);
    }
    if (diff == -2) {
        int y = R[z];
        if (H[L[y]] > H[R[y]]) { R[z] = rotateRight(y); doubles++; } else singles++;
        return rotateLeft(z);
    }
    return z;
}

int insert(int n, long long key) {
    if (n == 0) return newNode(key);
    if (key == K[n]) return n;
    if (key < K[n]) L[n] = insert(L[n], key); else R[n] = insert(R[n], key);
    return rebalance(n);
}

int erase(int n, long long key) {
    if (n == 0) return 0;
    if (key < K[n]) L[n] = erase(L[n], key);
    else if (key > K[n]) R[n] = erase(R[n], key);
    else {
        if (L[n] == 0) return R[n];
        if (R[n] == 0) return L[n];
        int s = R[n];
        while (L[s]) s = L[s];
        K[n] = K[s];
        R[n] = erase(R[n], K[s]);
    }
    return rebalance(n);
}

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    int root = 0;
    char op[4];
    long long key;
    for (int i = 0; i < q; i++) {
        scanf("%3s %lld", op, &key);
        root = op[0] == '+' ? insert(root, key) : erase(root, key);
    }
    vector<long long> order;
    vector<int> stack;
    if (root) stack.push_back(root);
    while (!stack.empty()) {
        int n = stack.back(); stack.pop_back();
        order.push_back(K[n]);
        if (R[n]) stack.push_back(R[n]);
        if (L[n]) stack.push_back(L[n]);
    }
    string out = to_string(singles) + " " + to_string(doubles) + "\n" + to_string(order.size()) + " " + to_string(H[root]) + "\n";
    for (size_t i = 0; i < order.size(); i++) { if (i) out += ' '; out += to_string(order[i]); }
    out += '\n';
    fputs(out.c_str(), stdout);
}
