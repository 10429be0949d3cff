#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace mlp::ui {

// What a card shows besides the idea's name (which comes from the model).
struct CardFacts
{
    QString archetype;
    QString owner;
    qint64 secondsInStage = 0;
    int backwardMoves = 0;
    bool stuck = false; // longer in its stage than 85% of the portfolio's past stays there
    QString outcome;    // "Shipped" / "Shelved" on the lane, empty in a stage
};

// Paints a project as a card: name, archetype and owner, days in the stage, how many times it
// went back, and a mark when it has sat in its stage longer than usual.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using FactsSource = std::function<CardFacts(qint64 id)>;
    CardDelegate(FactsSource facts, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The second and third lines of a card, as painted, and its tooltip.
    static QString detailLine(const CardFacts &facts);
    static QString flowLine(const CardFacts &facts);
    static QString toolTipText(const QString &name, const CardFacts &facts);
    static QString stuckText();
    static QString daysText(qint64 seconds); // "1 day", "12 days"

private:
    FactsSource m_facts;
};

} // namespace mlp::ui
