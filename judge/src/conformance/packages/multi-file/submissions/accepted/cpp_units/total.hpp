#pragma once
#include <istream>
long long total(std::istream& in);
