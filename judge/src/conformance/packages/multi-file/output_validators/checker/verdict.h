// Kattis output validator exits and the judge message file.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>

inline std::string feedback_dir;

[[noreturn]] inline void accept() { std::exit(42); }

[[noreturn]] inline void wrong(const std::string& why) {
    if (FILE* f = std::fopen((feedback_dir + "/judgemessage.txt").c_str(), "w")) {
        std::fputs(why.c_str(), f);
        std::fclose(f);
    }
    std::exit(43);
}
