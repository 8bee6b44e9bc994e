// checker input answer feedback_dir < output: the output must be exactly the one integer of the answer.
#include <fstream>
#include <iostream>
#include <string>

#include "verdict.h"

int main(int argc, char** argv) {
    if (argc < 4) return 1;
    feedback_dir = argv[3];
    std::ifstream answer_file(argv[2]);
    std::string expected, got, extra;
    answer_file >> expected;
    if (!(std::cin >> got)) wrong("no number in the output");
    if (got != expected) wrong("expected " + expected + ", got " + got);
    if (std::cin >> extra) wrong("more than one token in the output");
    accept();
}
