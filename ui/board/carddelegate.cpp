#include "ui/board/carddelegate.h"

#include "ui/models/ideasmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace mlp::ui {

namespace {

constexpr int kPadding = 6;
constexpr int kStuckBar = 4;

qint64 days(qint64 seconds)
{
    return seconds / (24 * 3600);
}

} // namespace

CardDelegate::CardDelegate(FactsSource facts, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_facts(std::move(facts))
{ }

QString CardDelegate::detailLine(const CardFacts &facts)
{
    return facts.owner.isEmpty() ? facts.archetype
                                 : tr("%1 · %2").arg(facts.archetype, facts.owner);
}

QString CardDelegate::daysText(qint64 seconds)
{
    const qint64 n = days(seconds);
    return n == 1 ? tr("1 day") : tr("%1 days").arg(n);
}

QString CardDelegate::flowLine(const CardFacts &facts)
{
    QString line = facts.outcome.isEmpty() ? tr("%1 in stage").arg(daysText(facts.secondsInStage))
                                           : facts.outcome;
    if (facts.backwardMoves > 0)
        line += QStringLiteral(" · ↩ %1").arg(facts.backwardMoves);
    return line;
}

QString CardDelegate::toolTipText(const QString &name, const CardFacts &facts)
{
    QString tip = QStringLiteral("<b>%1</b><br>%2<br>%3")
                      .arg(name.toHtmlEscaped(), detailLine(facts).toHtmlEscaped(),
                           (facts.outcome.isEmpty()
                                ? tr("%1 in this stage").arg(daysText(facts.secondsInStage))
                                : facts.outcome)
                               .toHtmlEscaped());
    if (facts.backwardMoves > 0) {
        tip += QStringLiteral("<br>")
            + (facts.backwardMoves == 1
                   ? tr("Went back to an earlier stage once.")
                   : tr("Went back to an earlier stage %1 times.").arg(facts.backwardMoves));
    }
    if (facts.stuck)
        tip += QStringLiteral("<br>") + stuckText();
    return tip;
}

QString CardDelegate::stuckText()
{
    return tr("Longer in this stage than 85% of the portfolio's past stays here.");
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int height = metrics.lineSpacing() * 3 + 2 * kPadding + 2;
    // In a stage's column a card is as wide as the column; on the lane, wide enough to read.
    const auto *view = qobject_cast<const QListView *>(option.widget);
    if (view && view->flow() == QListView::TopToBottom)
        return { std::max(80, view->viewport()->width() - 2 * view->spacing()), height };
    return { metrics.averageCharWidth() * 34, height };
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const CardFacts facts = m_facts(index.data(IdeasModel::IdRole).toLongLong());
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(card, 5, 5);
    painter->fillPath(shape, selected ? palette.highlight() : palette.base());
    painter->setPen(QPen(option.state & QStyle::State_HasFocus ? palette.highlight().color()
                                                               : palette.mid().color(),
                         1));
    painter->drawPath(shape);
    if (facts.stuck) {
        // A warm bar down the card's left edge: it has sat here longer than usual.
        painter->setClipPath(shape);
        painter->fillRect(QRectF(card.left(), card.top(), kStuckBar, card.height()),
                          QColor(0xd9, 0x7a, 0x00));
        painter->setClipping(false);
    }

    const QColor text = selected ? palette.highlightedText().color() : palette.text().color();
    QColor faint = text;
    faint.setAlphaF(0.7);
    const QRect inner = option.rect.adjusted(kPadding + kStuckBar, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QString name = index.data(Qt::DisplayRole).toString();
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, inner.width()));
    painter->setFont(option.font);
    painter->setPen(faint);
    painter->drawText(QRect(inner.left(), inner.top() + line, inner.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(detailLine(facts), Qt::ElideRight, inner.width()));
    painter->setPen(facts.stuck && !selected ? QColor(0xa8, 0x55, 0x00) : faint);
    painter->drawText(QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(flowLine(facts), Qt::ElideRight, inner.width()));
    painter->restore();
}

bool CardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const CardFacts facts = m_facts(index.data(IdeasModel::IdRole).toLongLong());
    const QString tip = toolTipText(index.data(Qt::DisplayRole).toString(), facts);
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace mlp::ui
