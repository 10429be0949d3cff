#include "ui/flow/backwardmatrix.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace mlp::ui {

namespace {

constexpr int kSide = kStageCount - 1; // three stages to go back from, three to go back to

Stage fromOfRow(int row)
{
    return static_cast<Stage>(row + 1);
}

Stage toOfColumn(int column)
{
    return static_cast<Stage>(column);
}

bool isBackward(int row, int column)
{
    return static_cast<int>(toOfColumn(column)) < static_cast<int>(fromOfRow(row));
}

// From the base colour to a warm one as the count nears the most frequent pair's.
QColor heat(const QColor &base, int count, int highest)
{
    if (count <= 0 || highest <= 0)
        return base;
    const QColor hot(0xD5, 0x5E, 0x00);
    const double t = 0.15 + 0.85 * double(count) / double(highest);
    return QColor::fromRgbF(float(base.redF() + t * (hot.redF() - base.redF())),
                            float(base.greenF() + t * (hot.greenF() - base.greenF())),
                            float(base.blueF() + t * (hot.blueF() - base.blueF())));
}

QColor readableOn(const QColor &background)
{
    const double luminance
        = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue();
    return luminance < 150.0 ? QColor(Qt::white) : QColor(Qt::black);
}

QString pairText(Stage from, Stage to)
{
    return BackwardMatrix::tr("%1 → %2").arg(stageShortName(from), stageShortName(to));
}

// Whole words in English too, where no catalogue resolves a "%n move(s)".
QString movesText(int count)
{
    return count == 1 ? BackwardMatrix::tr("1 move") : BackwardMatrix::tr("%1 moves").arg(count);
}

} // namespace

BackwardMatrix::BackwardMatrix(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("From the row's stage back to the column's:"));
    caption->setWordWrap(true);
    layout->addWidget(caption);

    m_table = new QTableWidget(kSide, kSide, this);
    m_table->setObjectName(QStringLiteral("flowBackwardMatrix"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // every row, always
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int i = 0; i < kSide; ++i) {
        auto *to = new QTableWidgetItem(tr("to %1").arg(stageShortName(toOfColumn(i))));
        to->setToolTip(stageDisplayName(toOfColumn(i)));
        m_table->setHorizontalHeaderItem(i, to);
        auto *from = new QTableWidgetItem(tr("from %1").arg(stageShortName(fromOfRow(i))));
        from->setToolTip(stageDisplayName(fromOfRow(i)));
        m_table->setVerticalHeaderItem(i, from);
    }
    layout->addWidget(m_table);

    m_reasons = new QLabel;
    m_reasons->setObjectName(QStringLiteral("flowBackwardReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_reasons);
    layout->addWidget(scroll, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackwardMatrix::showReasons);
}

QString BackwardMatrix::cellToolTip(Stage from, Stage to) const
{
    const int count = m_counts.value(qMakePair(from, to));
    QString tip
        = QStringLiteral("<b>%1</b>: %2")
              .arg(tr("%1 → %2").arg(stageDisplayName(from), stageDisplayName(to)).toHtmlEscaped(),
                   movesText(count));
    for (const BackwardReasonCount &reason : m_reasonsByPair.value(qMakePair(from, to)))
        tip += QStringLiteral("<br>%1 × %2")
                   .arg(reason.count)
                   .arg(backwardReasonText(reason.key).toHtmlEscaped());
    return tip;
}

void BackwardMatrix::setFlow(const FlowAnalytics &flow)
{
    const auto kept = selectedPair();
    m_counts = flow.backwardByPair;
    m_reasonsByPair = flow.reasonsByPair;
    int highest = 0;
    for (int count : std::as_const(m_counts))
        highest = std::max(highest, count);
    const QColor base = palette().color(QPalette::Base);
    const QColor idle = palette().color(QPalette::Window);
    std::optional<QPair<Stage, Stage>> busiest;
    for (int row = 0; row < kSide; ++row) {
        for (int column = 0; column < kSide; ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (!isBackward(row, column)) {
                item->setFlags(Qt::NoItemFlags);
                item->setBackground(idle);
                m_table->setItem(row, column, item);
                continue;
            }
            const Stage from = fromOfRow(row);
            const Stage to = toOfColumn(column);
            const int count = m_counts.value(qMakePair(from, to));
            const QColor background = heat(base, count, highest);
            item->setText(QString::number(count));
            item->setBackground(background);
            item->setForeground(readableOn(background));
            item->setToolTip(cellToolTip(from, to));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, column, item);
            if (count > 0 && (!busiest || count > m_counts.value(*busiest)))
                busiest = qMakePair(from, to);
        }
    }
    if (kept && m_counts.value(*kept) > 0)
        selectPair(kept->first, kept->second);
    else if (busiest)
        selectPair(busiest->first, busiest->second);
    else
        m_table->clearSelection();
    showReasons();
}

void BackwardMatrix::selectPair(Stage from, Stage to)
{
    const int row = rowOf(from);
    const int column = columnOf(to);
    if (row < 0 || row >= kSide || column < 0 || column >= kSide || !isBackward(row, column))
        return;
    m_table->setCurrentCell(row, column, QItemSelectionModel::ClearAndSelect);
}

std::optional<QPair<Stage, Stage>> BackwardMatrix::selectedPair() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = m_table->row(items.first());
    const int column = m_table->column(items.first());
    if (!isBackward(row, column))
        return std::nullopt;
    return qMakePair(fromOfRow(row), toOfColumn(column));
}

void BackwardMatrix::showReasons()
{
    const auto pair = selectedPair();
    if (!pair) {
        m_reasons->setText(tr("Choose a cell to see why projects went back."));
        return;
    }
    const int count = m_counts.value(*pair);
    QString text = QStringLiteral("<b>%1</b>: %2")
                       .arg(pairText(pair->first, pair->second).toHtmlEscaped(), movesText(count));
    const QList<BackwardReasonCount> reasons = m_reasonsByPair.value(*pair);
    if (reasons.isEmpty() && count == 0)
        text += QStringLiteral("<br>") + tr("No project went back this way.").toHtmlEscaped();
    for (const BackwardReasonCount &reason : reasons)
        text += QStringLiteral("<br>%1 × %2")
                    .arg(reason.count)
                    .arg(backwardReasonText(reason.key).toHtmlEscaped());
    m_reasons->setText(text);
}

QString BackwardMatrix::reasonsText() const
{
    QTextDocument document;
    document.setHtml(m_reasons->text());
    return document.toPlainText();
}

} // namespace mlp::ui
