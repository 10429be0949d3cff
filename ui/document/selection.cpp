#include "ui/document/selection.h"

#include "ui/document/document.h"

namespace mlp::ui {

Selection::Selection(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::portfolioReset, this, &Selection::portfolioReset);
    connect(document, &Document::ideaRemoved, this, &Selection::remove);
}

void Selection::select(const QList<qint64> &ids, qint64 current)
{
    QList<qint64> kept;
    QSet<qint64> set;
    kept.reserve(ids.size());
    set.reserve(ids.size());
    for (qint64 id : ids) {
        if (!set.contains(id) && m_document->idea(id)) {
            kept << id;
            set.insert(id);
        }
    }
    if (!set.contains(current))
        current = kept.isEmpty() ? 0 : kept.first();
    if (kept == m_ids && current == m_current)
        return;
    m_ids = std::move(kept);
    m_set = std::move(set);
    m_current = current;
    emit changed();
}

void Selection::clear()
{
    select({});
}

void Selection::toggle(qint64 id)
{
    QList<qint64> ids = m_ids;
    if (m_set.contains(id))
        ids.removeAll(id);
    else
        ids << id;
    select(ids);
}

// A new portfolio starts with nothing selected; many of others' changes taken in at once keep
// the ideas still there selected, said again so that views that took every row anew select them.
void Selection::portfolioReset()
{
    if (!m_document->isRefreshing()) {
        clear();
        return;
    }
    const QList<qint64> before = m_ids;
    const qint64 current = m_current;
    select(before, current);
    if (m_ids == before && m_current == current)
        emit changed();
}

void Selection::remove(qint64 id)
{
    if (!m_set.contains(id))
        return;
    QList<qint64> ids = m_ids;
    ids.removeAll(id);
    select(ids, m_current);
}

} // namespace mlp::ui
