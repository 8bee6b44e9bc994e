#include <iostream>

int main() {
    long long a, b;
    std::cin >> a >> b;
    // volatile so the compiler cannot prove the write away; SIGSEGV at run time.
    int *volatile p = nullptr;
    *p = static_cast<int>(a + b);
    std::cout << a + b << '\n';
}
