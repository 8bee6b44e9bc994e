#include "read.h"

int main() {
    long long n = strict::integer(1, 1000);
    strict::expect('\n', "a newline after n");
    for (long long i = 0; i < n; i++) {
        if (i > 0) strict::expect(' ', "a space between the numbers");
        strict::integer(-1000000000, 1000000000);
    }
    strict::expect('\n', "a newline after the numbers");
    strict::end();
}
