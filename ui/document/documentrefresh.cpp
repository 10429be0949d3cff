// Document::refreshFromStore: what others changed in the store, taken in. A few changes arrive
// as the edits they are (ideaRemoved, ideaAdded, ideaChanged: one row, one point); many at once
// (a colleague's import, a burst read after the server was away) as one batch: the ideas
// replaced together, scored and ranked once, and told to the views as one portfolioReset during
// which isRefreshing() is true, so that the selection keeps the ideas still there.

#include "ui/document/document.h"

#include <QScopedValueRollback>
#include <QSet>

namespace mlp::ui {

Result<int> Document::refreshFromStore()
{
    if (!isOpen())
        return makeError(Error::Code::Invalid, tr("No portfolio is open."));
    Result<Portfolio> stored = m_file->load();
    if (!stored)
        return stored.error();
    Portfolio &fresh = *stored;
    QSet<qint64> present;
    present.reserve(fresh.ideas.size());
    for (const Idea &idea : std::as_const(fresh.ideas))
        present.insert(idea.id);
    QList<qint64> gone;
    for (const Idea &idea : std::as_const(m_portfolio.ideas)) {
        if (!present.contains(idea.id))
            gone << idea.id;
    }
    QList<int> arrived; // positions in fresh.ideas of the ideas added or changed
    for (int i = 0; i < fresh.ideas.size(); ++i) {
        const Idea *known = idea(fresh.ideas.at(i).id);
        if (!known || !(*known == fresh.ideas.at(i)))
            arrived << i;
    }
    int changes = int(gone.size() + arrived.size());
    const SettingsBase recorded
        = m_previewBase ? *m_previewBase : SettingsBase { m_portfolio.name, m_portfolio.config };
    const bool settingsDiffer = fresh.name != recorded.name || !(fresh.config == recorded.config);
    // Above m_batchAbove ideas added, changed or removed, one batch: each single change reranks
    // every idea and updates every view, about 5 ms at 10,000 ideas, while a batch costs about
    // 40 ms whatever its size (bench/ui/bench_refresh.cpp, docs/performance.md).
    if (changes > m_batchAbove) {
        takeInAll(std::move(fresh), settingsDiffer);
    } else {
        // What others removed first, then what they added or changed: each as the edit it is,
        // so that the views keep their selection and scroll position and the editor its typing.
        for (const qint64 id : std::as_const(gone))
            dropIdea(id);
        for (const int i : std::as_const(arrived))
            adoptIdea(fresh.ideas.at(i));
        if (settingsDiffer) {
            if (m_previewBase)
                m_previewBase = SettingsBase { fresh.name, fresh.config }; // the preview stays
            else
                showSettings(fresh.name, fresh.config);
        }
    }
    if (settingsDiffer)
        ++changes;
    if (changes > 0)
        emit changesRecorded(); // others' changes are on record too
    return changes;
}

// Many changes as one: the stored ideas in place of these, scored and ranked once, one reset.
void Document::takeInAll(Portfolio fresh, bool settingsDiffer)
{
    m_portfolio.ideas = std::move(fresh.ideas);
    if (settingsDiffer) {
        if (m_previewBase) {
            m_previewBase = SettingsBase { fresh.name, fresh.config }; // the preview stays
        } else {
            m_portfolio.name = fresh.name;
            m_portfolio.config = fresh.config;
        }
    }
    rebuildScores();
    const QScopedValueRollback refreshing(m_refreshing, true);
    emit portfolioReset();
}

} // namespace mlp::ui
