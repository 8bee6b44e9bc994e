// Two stacks (values in 64 bits, operators), no recursion; 'u' is unary minus. C++'s / already
// truncates toward zero.
#include <bits/stdc++.h>
using namespace std;

int prec(char op) { return op == 'u' ? 3 : (op == '*' || op == '/') ? 2 : 1; }

void apply(char op, vector<long long>& v) {
    if (op == 'u') { v.back() = -v.back(); return; }
    long long b = v.back(); v.pop_back();
    long long a = v.back(); v.pop_back();
    v.push_back(op == '+' ? a + b : op == '-' ? a - b : op == '*' ? a * b : a / b);
}

int main() {
    string s;
    getline(cin, s);
    vector<long long> values;
    vector<char> ops;
    bool expectOperand = true;
    for (size_t i = 0; i < s.size();) {
        char c = s[i];
        if (isdigit((unsigned char)c)) {
            long long x = 0;
            while (i < s.size() && isdigit((unsigned char)s[i])) x = x * 10 + (s[i++] - '0');
            values.push_back(x);
            expectOperand = false;
            continue;
        }
        if (c == '(') {
            ops.push_back(c);
            expectOperand = true;
        } else if (c == ')') {
            while (ops.back() != '(') { apply(ops.back(), values); ops.pop_back(); }
            ops.pop_back();
            expectOperand = false;
        } else if (c == '-' && expectOperand) {
            ops.push_back('u');
        } else {
            while (!ops.empty() && ops.back() != '(' && prec(ops.back()) >= prec(c)) { apply(ops.back(), values); ops.pop_back(); }
            ops.push_back(c);
            expectOperand = true;
        }
        i++;
    }
    while (!ops.empty()) { apply(ops.back(), values); ops.pop_back(); }
    printf("%lld\n", values[0]);
}
