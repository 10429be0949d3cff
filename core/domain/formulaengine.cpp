#include "core/domain/formulaengine.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QMutex>

#include <muParserDLL.h>

namespace mlp::formula {

namespace {

// The functions of muparser's C interface that formulas use.
struct Api
{
    decltype(&mupCreate) create = nullptr;
    decltype(&mupRelease) release = nullptr;
    decltype(&mupDefineVar) defineVar = nullptr;
    decltype(&mupSetExpr) setExpr = nullptr;
    decltype(&mupEval) eval = nullptr;
    decltype(&mupGetExprVarNum) usedCount = nullptr;
    decltype(&mupGetExprVar) used = nullptr;
    decltype(&mupError) error = nullptr;
    decltype(&mupGetErrorMsg) errorMessage = nullptr;
    decltype(&mupGetErrorPos) errorPosition = nullptr;
    QString unavailable; // why the library could not be used; empty when it can
};

template<typename Function> bool resolve(QLibrary &library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    return function != nullptr;
}

Api load()
{
    Api api;
    // The library's major version is the one the build found (core/CMakeLists.txt). A
    // QLibrary that goes out of scope leaves the library loaded, which the functions need.
    QLibrary library(QStringLiteral("muparser"), MLP_MUPARSER_SOVERSION);
    const bool resolved = library.load() && resolve(library, "mupCreate", api.create)
        && resolve(library, "mupRelease", api.release)
        && resolve(library, "mupDefineVar", api.defineVar)
        && resolve(library, "mupSetExpr", api.setExpr) && resolve(library, "mupEval", api.eval)
        && resolve(library, "mupGetExprVarNum", api.usedCount)
        && resolve(library, "mupGetExprVar", api.used) && resolve(library, "mupError", api.error)
        && resolve(library, "mupGetErrorMsg", api.errorMessage)
        && resolve(library, "mupGetErrorPos", api.errorPosition);
    if (!resolved) {
        api = Api {};
        api.unavailable
            = QCoreApplication::translate("mlp",
                                          "Formulas need the muparser library, which could not be "
                                          "loaded (%1). Install it (on Debian, the package "
                                          "libmuparser2v5) and try again.")
                  .arg(library.errorString());
    }
    return api;
}

const Api &api()
{
    static const Api loaded = load();
    return loaded;
}

// muparser's C interface hands error messages and variable names out of static buffers, shared
// by every parser: one caller at a time copies them.
QMutex &bufferLock()
{
    static QMutex lock;
    return lock;
}

} // namespace

Parser::Parser()
{
    const Api &functions = api();
    if (functions.create)
        m_handle = functions.create(muBASETYPE_FLOAT);
    else
        m_failure.message = functions.unavailable;
}

Parser::~Parser()
{
    if (m_handle)
        api().release(m_handle);
}

bool Parser::failed()
{
    if (!m_handle)
        return true;
    if (!api().error(m_handle))
        return false;
    const QMutexLocker locker(&bufferLock());
    m_failure.message = QString::fromUtf8(api().errorMessage(m_handle));
    m_failure.bytePosition = api().errorPosition(m_handle);
    return true;
}

bool Parser::defineVariable(const std::string &name, double *value)
{
    if (m_handle)
        api().defineVar(m_handle, name.c_str(), value);
    return !failed();
}

bool Parser::setExpression(const std::string &utf8)
{
    if (m_handle)
        api().setExpr(m_handle, utf8.c_str());
    return !failed();
}

std::optional<double> Parser::eval()
{
    if (!m_handle)
        return std::nullopt;
    const double value = api().eval(m_handle);
    if (failed())
        return std::nullopt;
    return value;
}

std::optional<std::vector<std::string>> Parser::usedVariables()
{
    if (!m_handle)
        return std::nullopt;
    const int count = api().usedCount(m_handle);
    if (failed())
        return std::nullopt;
    std::vector<std::string> names;
    names.reserve(static_cast<size_t>(std::max(count, 0)));
    {
        const QMutexLocker locker(&bufferLock());
        for (int i = 0; i < count; ++i) {
            const muChar_t *name = nullptr;
            muFloat_t *value = nullptr;
            api().used(m_handle, static_cast<unsigned>(i), &name, &value);
            if (name)
                names.emplace_back(name);
        }
    }
    // Read (and so cleared) here: a failure left flagged would be reported by the next call.
    if (failed())
        return std::nullopt;
    return names;
}

} // namespace mlp::formula
