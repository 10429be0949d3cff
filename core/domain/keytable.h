#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace mlp {

// One enum value and the stable key that names it in files and on the command line.
template<typename Enum> struct KeyName
{
    Enum value;
    const char *key; // Latin-1, lower case; never changes once released
};

// The one table from an enum to its keys and back, with the one parsing rule every key
// follows: surrounding whitespace is ignored and case does not matter ("  Data " is data).
// Writing always gives the key exactly as listed.
template<typename Enum, std::size_t N> class KeyTable
{
public:
    constexpr explicit KeyTable(const std::array<KeyName<Enum>, N> &entries)
        : m_entries(entries)
    { }

    // The key of `value`; empty for a value the table does not list.
    QString key(Enum value) const
    {
        for (const KeyName<Enum> &entry : m_entries) {
            if (entry.value == value)
                return QString::fromLatin1(entry.key);
        }
        return {};
    }

    std::optional<Enum> fromKey(QStringView text) const
    {
        const QStringView trimmed = text.trimmed();
        for (const KeyName<Enum> &entry : m_entries) {
            if (trimmed.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
                return entry.value;
        }
        return std::nullopt;
    }

    // Every value, in the table's order.
    constexpr std::array<Enum, N> values() const
    {
        std::array<Enum, N> out {};
        for (std::size_t i = 0; i < N; ++i)
            out[i] = m_entries[i].value;
        return out;
    }

    // The keys for a message, e.g. "planning, data, training, deploying".
    QString keyList(const QString &separator = QStringLiteral(", ")) const
    {
        QStringList keys;
        for (const KeyName<Enum> &entry : m_entries)
            keys << QString::fromLatin1(entry.key);
        return keys.join(separator);
    }

private:
    std::array<KeyName<Enum>, N> m_entries;
};

template<typename Enum, std::size_t N>
KeyTable(const std::array<KeyName<Enum>, N> &) -> KeyTable<Enum, N>;

} // namespace mlp
