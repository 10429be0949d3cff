#pragma once

#include <QSortFilterProxyModel>

namespace mlp::ui {

class IdeasModel;

// Filters the ideas by text (name, owner, description), archetype, stage, quadrant and outcome,
// and sorts numeric columns as numbers. Filtering reads the ideas directly: with 10,000 ideas a
// keystroke must stay well under 50 ms.
class IdeaFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int kAny = -1;

    explicit IdeaFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString text() const { return m_text; }
    int archetype() const { return m_archetype; }
    int stage() const { return m_stage; }
    int quadrant() const { return m_quadrant; }
    int outcome() const { return m_outcome; }

public slots:
    void setText(const QString &text);
    void setArchetype(int archetype); // int(Archetype) or kAny
    void setStage(int stage);         // int(Stage) or kAny
    void setQuadrant(int quadrant);   // int(Quadrant) or kAny
    void setOutcome(int outcome);     // int(Outcome) or kAny

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    IdeasModel *m_ideas = nullptr;
    QString m_text;
    int m_archetype = kAny;
    int m_stage = kAny;
    int m_quadrant = kAny;
    int m_outcome = kAny;
};

} // namespace mlp::ui
