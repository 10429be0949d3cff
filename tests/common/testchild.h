#pragma once

// Some tests start their own test binary as a child process (a writer to kill, a second
// process holding a lock). The child's work is registered here and run by main() instead of
// the test suite, so it is not a test of its own and never shows up as skipped.
namespace mlp::test {

using ChildMain = int (*)();
inline constexpr char kChildModeVariable[] = "MLP_TEST_CHILD_MODE";

inline ChildMain &registeredChild()
{
    static ChildMain child = nullptr;
    return child;
}

inline bool registerChild(ChildMain child)
{
    registeredChild() = child;
    return true;
}

} // namespace mlp::test
