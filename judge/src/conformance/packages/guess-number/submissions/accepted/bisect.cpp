#include <iostream>
#include <string>

int main() {
    int lo = 1, hi = 1000000;
    std::string reply;
    while (true) {
        int guess = lo + (hi - lo) / 2;
        std::cout << guess << std::endl;  // endl flushes
        if (!(std::cin >> reply) || reply == "correct") break;
        if (reply == "higher")
            lo = guess + 1;
        else
            hi = guess - 1;
    }
}
