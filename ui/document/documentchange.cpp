// Document::applyPortfolioChange: an import undone (or redone) on a shared portfolio takes back
// only what the import did. Colleagues' ideas added since are never touched; an idea the import
// touched that someone changed since stays as they made it, and the person is told which.

#include "ui/document/document.h"

#include "core/store/storelocation.h"

#include <QHash>

namespace mlp::ui {

namespace {

QHash<qint64, const Idea *> byId(const Portfolio &portfolio)
{
    QHash<qint64, const Idea *> ideas;
    ideas.reserve(portfolio.ideas.size());
    for (const Idea &idea : portfolio.ideas)
        ideas.insert(idea.id, &idea);
    return ideas;
}

// At most this many names in the explanation; the rest are counted.
constexpr int kNamesShown = 8;

} // namespace

Status Document::applyPortfolioChange(const Portfolio &from, const Portfolio &to)
{
    if (Status s = checkWritable(); !s)
        return s;
    // A file has one writer, this window: it holds `from`, so `to` is the whole change.
    if (!isSharedLocation(filePath()))
        return applyReplaceAll(to);
    const Result<Portfolio> stored = m_file->load();
    if (!stored)
        return reportFailure(stored.error());
    const QHash<qint64, const Idea *> was = byId(from);
    const QHash<qint64, const Idea *> will = byId(to);
    const QHash<qint64, const Idea *> now = byId(*stored);
    QStringList kept; // what others changed since, left as they made it
    Status failed = Ok {};
    // The ideas this step removes (an undone import's additions), unless changed since.
    for (const Idea &idea : from.ideas) {
        if (will.contains(idea.id))
            continue;
        const Idea *current = now.value(idea.id);
        if (!current)
            continue; // removed already
        if (!(*current == idea)) {
            kept << current->name;
            continue;
        }
        if (failed = m_file->removeIdea(idea.id); !failed)
            break;
    }
    // The ideas it brings back or changes: each as my change from what the import made.
    for (const Idea &idea : to.ideas) {
        if (!failed)
            break;
        const Idea *before = was.value(idea.id);
        const Idea *current = now.value(idea.id);
        if (before && *before == idea)
            continue;  // this step leaves it alone
        if (!before) { // it brings the idea back: unless someone has one of that id now
            if (!current)
                failed = m_file->upsertIdea(idea);
            else if (!(*current == idea))
                kept << current->name;
            continue;
        }
        if (!current) {
            kept << before->name; // someone removed it since
            continue;
        }
        const Status written = m_file->upsertIdea(idea, before);
        if (!written && written.error().code == Error::Code::Conflict)
            kept << current->name;
        else
            failed = written;
    }
    if (failed && (stored->name != to.name || !(stored->config == to.config))) {
        if (stored->name == from.name && stored->config == from.config)
            failed = m_file->saveSettings(to.name, to.config);
        else
            kept << tr("the portfolio's settings");
    }
    m_previewBase.reset();
    (void)refreshFromStore(); // what is stored now, in one batch when it is much
    if (!failed)
        return reportFailure(makeError(
            failed.error().code,
            tr("%1\nOnly part of this step was made; the portfolio shows what is stored now.")
                .arg(failed.error().message)));
    if (!kept.isEmpty()) {
        QStringList names = kept.mid(0, kNamesShown);
        if (kept.size() > kNamesShown)
            names << tr("and %n more", nullptr, int(kept.size() - kNamesShown));
        emit explained(tr("Colleagues' Changes Kept"),
                       tr("Someone else changed %n of the ideas this step would change since, "
                          "so they stay as that person left them: %1. Every other idea of the "
                          "step was changed, and ideas others added meanwhile are kept.",
                          nullptr, int(kept.size()))
                           .arg(names.join(QStringLiteral(", "))));
    }
    return Ok {};
}

} // namespace mlp::ui
