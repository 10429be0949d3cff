#include "core/io/jsonstrict.h"

#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace mlp::io {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The UTF-16 code unit of the \uXXXX escape at `at` (pointing at the backslash), or -1.
int escapedUnit(const QByteArray &json, qsizetype at)
{
    if (at + 5 >= json.size() || json.at(at) != '\\' || json.at(at + 1) != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = at + 2; k < at + 6; ++k) {
        const int h = hexValue(json.at(k));
        if (h < 0)
            return -1;
        unit = unit * 16 + h;
    }
    return unit;
}

struct Scope
{
    bool isObject = false;
    bool expectName = false;
    QSet<QString> names;
};

// Scans the string whose opening quote is at json[i], leaving `i` at its closing quote, and
// decodes it into `name` when it is a member name. Returns what Qt's parser would accept
// silently inside it: a raw control character or a lone surrogate escape.
std::optional<JsonLeniency> scanString(const QByteArray &json, qsizetype &i, bool isName,
                                       QString &name)
{
    const qsizetype n = json.size();
    QByteArray nameBytes; // raw UTF-8 of a member name, escapes decoded below
    ++i;
    for (; i < n && json.at(i) != '"'; ++i) {
        const uchar b = uchar(json.at(i));
        if (b < 0x20)
            return JsonLeniency { i,
                                  QCoreApplication::translate(
                                      "mlp",
                                      "a raw control character (byte %1) inside a string; write it "
                                      "as an escape such as \\n or \\u001f")
                                      .arg(b) };
        if (b != '\\') {
            if (isName)
                nameBytes += char(b);
            continue;
        }
        if (isName) {
            name += QString::fromUtf8(nameBytes);
            nameBytes.clear();
        }
        if (i + 1 < n && json.at(i + 1) != 'u') {
            if (isName) {
                const char e = json.at(i + 1);
                name += QLatin1Char(e == 'n'       ? '\n'
                                        : e == 't' ? '\t'
                                        : e == 'r' ? '\r'
                                        : e == 'b' ? '\b'
                                        : e == 'f' ? '\f'
                                                   : e);
            }
            ++i;
            continue;
        }
        const int unit = escapedUnit(json, i);
        if (unit < 0)
            continue; // the parser already refuses a malformed escape
        const auto lone = [&] {
            return JsonLeniency { i,
                                  QCoreApplication::translate(
                                      "mlp",
                                      "a lone UTF-16 surrogate escape (\\u%1); a surrogate must "
                                      "come in a high–low pair")
                                      .arg(unit, 4, 16, QLatin1Char('0')) };
        };
        if (QChar::isLowSurrogate(char32_t(unit)))
            return lone();
        if (QChar::isHighSurrogate(char32_t(unit))) {
            const int low = escapedUnit(json, i + 6);
            if (low < 0 || !QChar::isLowSurrogate(char32_t(low)))
                return lone();
            if (isName)
                name += QChar(char16_t(unit)) + QChar(char16_t(low));
            i += 11;
            continue;
        }
        if (isName)
            name += QChar(char16_t(unit));
        i += 5;
    }
    if (isName)
        name += QString::fromUtf8(nameBytes);
    return std::nullopt;
}

} // namespace

std::optional<JsonLeniency> findJsonLeniency(const QByteArray &json)
{
    QList<Scope> scopes;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            scopes.append(Scope { c == '{', c == '{', {} });
            continue;
        }
        if (c == '}' || c == ']') {
            if (!scopes.isEmpty())
                scopes.removeLast();
            continue;
        }
        if (c == ',' && !scopes.isEmpty() && scopes.last().isObject) {
            scopes.last().expectName = true;
            continue;
        }
        if (c != '"')
            continue;

        const qsizetype start = i;
        const bool isName = !scopes.isEmpty() && scopes.last().isObject && scopes.last().expectName;
        QString name;
        if (std::optional<JsonLeniency> problem = scanString(json, i, isName, name))
            return problem;
        if (!isName)
            continue;
        Scope &scope = scopes.last();
        scope.expectName = false;
        if (scope.names.contains(name))
            return JsonLeniency { start,
                                  QCoreApplication::translate(
                                      "mlp",
                                      "the member \"%1\" appears twice in one object; keep one")
                                      .arg(excerpt(name)) };
        scope.names.insert(name);
    }
    return std::nullopt;
}

} // namespace mlp::io
