#include "uitestsupport.h"

namespace {
// Registered before main() runs the tests.
const auto *const kEnvironment
    = ::testing::AddGlobalTestEnvironment(new mlp::ui::test::IsolatedSettings);
} // namespace
