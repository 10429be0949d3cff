#pragma once

#include "core/domain/flow.h"
#include "core/domain/lifecycle.h"

#include <QWidget>

#include <array>

class QAction;
class QLabel;

namespace mlp::ui {

class BoardCardView;
class BoardColumnModel;
class Document;
class IdeasModel;
struct CardFacts;

// The lifecycle board: a column per stage with a card per active project, and a lane of the
// shipped and shelved ones. Cards move by drag and drop, by keyboard (Ctrl+Shift+Right and
// Left: the next or previous stage) and by the context menu's "Move to stage"; several at once.
// A move that needs nothing more is made at once; a backward move or leaving Planning with the
// checklist unanswered opens the move dialog with the target chosen; a refusal (a skipped
// stage) is reported through noteRequested. Each card's days in stage and the "longer than
// usual" mark come from the portfolio's flow analytics, replayed from the recorded moves.
class LifecycleBoard : public QWidget
{
    Q_OBJECT

public:
    LifecycleBoard(Document *document, IdeasModel *ideas, QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;
    // Selects these cards wherever they are (and nothing else), without emitting selectionChanged.
    void setSelectedIds(const QList<qint64> &ids);

    // Moves the cards to `to`, as the drop and the keyboard do: see the class comment.
    void moveCards(const QList<qint64> &ids, Stage to);

    const FlowAnalytics &flow() const;
    CardFacts factsFor(qint64 id) const;
    BoardCardView *stageView(Stage stage) const { return m_views[static_cast<int>(stage)]; }
    BoardCardView *finishedView() const { return m_finished; }
    QAction *nextStageAction() const { return m_nextAction; }
    QAction *previousStageAction() const { return m_previousAction; }
    // Whether the cards may be moved: a login that may not change ideas (a viewer, a rater on
    // a shared portfolio, a read-only file) cannot drag a card or pick a stage, and `why` says
    // so in the tooltips. Moving is allowed until this says otherwise.
    void setMayMove(bool may, const QString &why);
    bool mayMove() const { return m_mayMove; }

signals:
    void selectionChanged(const QList<qint64> &ids);
    void ideaActivated(qint64 id);
    void noteRequested(const QString &text);

private:
    BoardCardView *makeView(BoardColumnModel *model);
    void onViewSelectionChanged(BoardCardView *view);
    void moveSelectionBy(int step);
    void showContextMenu(BoardCardView *view, const QPoint &position);
    void invalidateFlow();
    void updateHeaders();
    bool needsDialog(const QList<qint64> &ids, Stage to) const;
    void keepSelected(const QList<qint64> &ids);

    Document *m_document;
    IdeasModel *m_ideas;
    std::array<BoardColumnModel *, kStageCount> m_models {};
    std::array<BoardCardView *, kStageCount> m_views {};
    std::array<QLabel *, kStageCount> m_headers {};
    BoardColumnModel *m_finishedModel = nullptr;
    BoardCardView *m_finished = nullptr;
    QLabel *m_finishedHeader = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    mutable FlowAnalytics m_flow;
    mutable bool m_flowDirty = true;
    bool m_selecting = false;
    bool m_mayMove = true;
    QString m_whyNotMove;
};

} // namespace mlp::ui
