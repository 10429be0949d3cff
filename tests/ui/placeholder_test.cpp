#include <gtest/gtest.h>
// Replaced as soon as this suite has real tests.
TEST(Placeholder, Builds) { SUCCEED(); }
