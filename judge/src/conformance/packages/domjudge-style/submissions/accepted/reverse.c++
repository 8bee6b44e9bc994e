// A C++ source with DOMjudge's .c++ ending.
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> words;
    std::string word;
    while (std::cin >> word) words.push_back(word);
    for (std::size_t i = words.size(); i-- > 0;) std::cout << words[i] << (i ? " " : "\n");
}
