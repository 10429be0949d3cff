#pragma once

// Internal to core/domain: muparser, loaded when the first formula is parsed rather than when
// the program starts. Linking it cost every command a quarter of a millisecond of start-up
// (mapping, relocating and initialising a C++ library) although only formulas use it
// (docs/performance.md, "Start-up"). It is reached through its C interface (muParserDLL.h),
// which QLibrary resolves by name; the C++ interface cannot be resolved that way.

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace mlp::formula {

// Why the last call failed: muparser's own message and the byte in the UTF-8 expression where it
// stopped (-1 when it names none).
struct Failure
{
    QString message;
    int bytePosition = -1;
};

// One muparser parser. Every call returns false (or nothing) on a failure, then failure() says
// why; a parser whose library could not be loaded fails every call with the reason.
// Calls on different parsers may run on different threads at once.
class Parser
{
public:
    Parser();
    ~Parser();
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    // `value` is read at every eval(); it must outlive the parser's use.
    bool defineVariable(const std::string &name, double *value);
    bool setExpression(const std::string &utf8);
    std::optional<double> eval();
    // The variables the expression reads (only after setExpression() succeeded).
    std::optional<std::vector<std::string>> usedVariables();

    // False when muparser could not be loaded (failure() says why and what to install).
    bool available() const { return m_handle != nullptr; }
    const Failure &failure() const { return m_failure; }

private:
    bool failed();

    void *m_handle = nullptr;
    Failure m_failure;
};

} // namespace mlp::formula
