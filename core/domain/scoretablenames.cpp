// The name order of a ScoreTable (rank's tie-break: by name, then id), kept by keys made once per
// name; split from scoretable.cpp, which scores and ranks.
#include "core/domain/scoretable.h"

#include <algorithm>

namespace mlp {

namespace {

bool isAscii(QStringView name)
{
    for (QChar c : name) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

char16_t asciiFolded(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

} // namespace

void ScoreTable::setName(qsizetype index, const QString &name, qint64 id)
{
    m_names[index] = name;
    m_ids[size_t(index)] = id;
    FoldedPrefix &f = m_folded[size_t(index)];
    f = FoldedPrefix {};
    f.ascii = isAscii(name);
    if (!f.ascii)
        return;
    // Unused places stay 0, below every character: a name that ends first sorts first, as in
    // Qt. A name holding U+0000 ties with its prefix here and is left to the full comparison.
    for (qsizetype i = 0; i < std::min<qsizetype>(name.size(), 16); ++i) {
        const quint64 c = asciiFolded(name.at(i).unicode());
        if (i < 8)
            f.high |= c << (8 * (7 - i));
        else
            f.low |= c << (8 * (15 - i));
    }
}

// rankIdeas()'s tie-break after priority.
bool ScoreTable::nameLess(int a, int b) const
{
    const QString &na = m_names.at(a);
    const QString &nb = m_names.at(b);
    const FoldedPrefix &fa = m_folded[size_t(a)];
    const FoldedPrefix &fb = m_folded[size_t(b)];
    if (fa.ascii && fb.ascii) {
        if (fa.high != fb.high)
            return fa.high < fb.high;
        if (fa.low != fb.low)
            return fa.low < fb.low;
        // Qt's case-insensitive comparison of ASCII text: lower-cased characters, then length.
        const qsizetype common = std::min(na.size(), nb.size());
        const char16_t *pa = reinterpret_cast<const char16_t *>(na.constData());
        const char16_t *pb = reinterpret_cast<const char16_t *>(nb.constData());
        for (qsizetype i = 16; i < common; ++i) {
            const char16_t ca = asciiFolded(pa[i]);
            const char16_t cb = asciiFolded(pb[i]);
            if (ca != cb)
                return ca < cb;
        }
        if (na.size() != nb.size())
            return na.size() < nb.size();
    } else if (const int c = na.compare(nb, Qt::CaseInsensitive); c != 0) {
        return c < 0;
    }
    if (const int c = na.compare(nb, Qt::CaseSensitive); c != 0)
        return c < 0;
    return m_ids[size_t(a)] < m_ids[size_t(b)];
}

void ScoreTable::sortNames()
{
    m_byName.resize(m_rows.size());
    for (size_t i = 0; i < m_byName.size(); ++i)
        m_byName[i] = int(i);
    std::sort(m_byName.begin(), m_byName.end(), [this](int a, int b) { return nameLess(a, b); });
    m_nameKey.assign(m_rows.size(), 0);
    renumberNames();
}

void ScoreTable::unlinkName(qsizetype index)
{
    m_byName.erase(m_byName.begin() + m_nameKey[size_t(index)]);
}

void ScoreTable::linkName(qsizetype index)
{
    const int i = int(index);
    const auto at = std::lower_bound(m_byName.begin(), m_byName.end(), i,
                                     [this](int a, int b) { return nameLess(a, b); });
    m_byName.insert(at, i);
}

void ScoreTable::renumberNames()
{
    for (size_t p = 0; p < m_byName.size(); ++p)
        m_nameKey[size_t(m_byName[p])] = int(p);
}

} // namespace mlp
