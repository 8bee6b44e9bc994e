// A small strict reader for input validators: every byte must be where the format says.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>

namespace strict {

[[noreturn]] inline void reject(const std::string& why) {
    std::fprintf(stderr, "%s\n", why.c_str());
    std::exit(43);
}

inline int next() { return std::getchar(); }

inline void expect(int wanted, const char* what) {
    if (next() != wanted) reject(std::string("expected ") + what);
}

// An integer in [low, high] written without leading zeros or a plus sign.
inline long long integer(long long low, long long high) {
    std::string digits;
    int c = next();
    bool negative = c == '-';
    if (negative) c = next();
    while (c >= '0' && c <= '9') {
        digits += static_cast<char>(c);
        c = next();
    }
    std::ungetc(c, stdin);
    if (digits.empty() || digits.size() > 18 || (digits.size() > 1 && digits[0] == '0') ||
        (negative && digits == "0"))
        reject("expected an integer");
    long long value = std::atoll(digits.c_str());
    if (negative) value = -value;
    if (value < low || value > high) reject("integer " + std::to_string(value) + " out of range");
    return value;
}

inline void end() {
    if (next() != EOF) reject("expected the end of the input");
    std::exit(42);
}

}  // namespace strict
