#include "ui/editor/editorsupport.h"
#include "core/domain/scoreformat.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>

namespace mlp::ui::editorsupport {

QScrollArea *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

QLabel *wrappingLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString number(double value, int decimals)
{
    return formatScore(value, decimals);
}

void setPlainTextIfIdle(QPlainTextEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->document()->isModified())
        return;
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
    edit->document()->setModified(false);
}

void setTextIfIdle(QLineEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

void setComboData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0 && combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

void compactCombo(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
}

void fitTableToRows(QTableWidget *table, int minimumRows, bool roomForScrollBar)
{
    const QHeaderView *rows = table->verticalHeader();
    int height = 2 * table->frameWidth() + rows->length();
    if (table->rowCount() < minimumRows)
        height += (minimumRows - table->rowCount()) * rows->defaultSectionSize();
    if (!table->horizontalHeader()->isHidden())
        height += table->horizontalHeader()->sizeHint().height();
    if (roomForScrollBar)
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setFixedHeight(height);
}

void narrowHeaders(QTableWidget *table, int maxChars)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (maxChars > 0)
        header->setMaximumSectionSize(table->fontMetrics().averageCharWidth() * maxChars);
    header->setTextElideMode(Qt::ElideRight);
    // Left-aligned, a header that is cut short still shows the start of its words.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setTextElideMode(Qt::ElideRight);
    table->setWordWrap(false);
}

void setHeaderText(QTableWidget *table, int column, const QString &text, const QString &toolTip)
{
    QTableWidgetItem *item = table->horizontalHeaderItem(column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setHorizontalHeaderItem(column, item);
    }
    item->setText(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
}

} // namespace mlp::ui::editorsupport
