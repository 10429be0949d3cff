#include "ui/dialogs/conflictdialog.h"

#include "core/domain/changelog.h"
#include "ui/common/localdate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mlp::ui {

namespace {

// "bob, 2 Mar 2026 14:02": who changed it and when, from the change log; empty when unknown.
QString changedBy(const FieldChange &change)
{
    if (change.who.isEmpty())
        return {};
    const QDateTime at = change.at.toLocalTime();
    return ConflictDialog::tr("%1, %2 %3")
        .arg(change.who, shortDate(at), QLocale().toString(at.time(), QStringLiteral("HH:mm")));
}

QTableWidgetItem *cell(const QString &text, const QString &tip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const ConflictQuestion &question, const ScoringConfig &config,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    const bool undoing = question.undoing;
    const bool removing = question.removing;
    setWindowTitle(removing      ? tr("Remove an Idea Someone Changed?")
                       : undoing ? tr("Undo Over Someone Else's Change?")
                                 : tr("Someone Else Changed the Same Field"));
    auto *layout = new QVBoxLayout(this);
    const QString name = question.theirs.name.toHtmlEscaped();
    const int count = int(question.conflicts.size());
    QString introText;
    if (removing)
        introText = tr("Since your step, someone else changed %n of the fields of <b>%1</b>. "
                       "Undoing it now removes the idea, their changes with it.",
                       nullptr, count)
                        .arg(name);
    else if (undoing)
        introText = tr("Since your change of <b>%1</b>, someone else changed %n of the fields "
                       "that undo would take back. Undoing now would replace their value with "
                       "yours.",
                       nullptr, count)
                        .arg(name);
    else
        introText = tr("Since you loaded <b>%1</b>, someone else changed %n of the fields you "
                       "changed, to another value. Nothing of your change is saved yet: choose "
                       "which values to keep.",
                       nullptr, count)
                        .arg(name);
    auto *intro = new QLabel(introText);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_fields = new QTableWidget(int(question.conflicts.size()), 3);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("Theirs (saved now)"),
                                          removing      ? tr("As your step left it")
                                              : undoing ? tr("Undo restores")
                                                        : tr("Yours") });
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    const QString none = tr("(none)");
    for (int row = 0; row < question.conflicts.size(); ++row) {
        const IdeaConflict &c = question.conflicts.at(row);
        FieldChange change;
        change.field = c.field;
        change.item = c.item;
        const QString by = row < question.theirChanges.size()
            ? changedBy(question.theirChanges.at(row))
            : QString();
        const QString theirs = changeValueText(change, c.theirsValue, none, &config);
        m_fields->setItem(row, 0, cell(changeFieldText(change)));
        m_fields->setItem(row, 1,
                          cell(by.isEmpty() ? theirs : tr("%1 (%2)").arg(theirs, by),
                               by.isEmpty() ? theirs : tr("%1\nChanged by %2").arg(theirs, by)));
        m_fields->setItem(row, 2, cell(changeValueText(change, c.mineValue, none, &config)));
    }
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->resizeRowsToContents();
    // As tall as its rows (a few), so that the choice below stays close to the values.
    m_fields->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_fields->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_fields);

    auto *after = new QLabel(
        removing ? tr("Keep the idea: this step is not undone and leaves the undo list. Remove "
                      "anyway: the idea is removed, on record in the change log under your name.")
            : undoing
            ? tr("Keep their value: this step is not undone and leaves the undo list. Undo "
                 "anyway: your earlier value replaces theirs, and the change log records it "
                 "under your name.")
            : tr("Keep theirs: your change is dropped. Apply mine: your values replace "
                 "theirs in these fields (their other changes stay), and the change log "
                 "records it under your name."));
    after->setWordWrap(true);
    layout->addWidget(after);

    auto *buttons = new QDialogButtonBox;
    m_keep = buttons->addButton(removing      ? tr("Keep the Idea")
                                    : undoing ? tr("Keep Their Value")
                                              : tr("Keep Theirs"),
                                QDialogButtonBox::RejectRole);
    m_keep->setObjectName(QStringLiteral("keepTheirs"));
    m_apply = buttons->addButton(removing      ? tr("Remove Anyway")
                                     : undoing ? tr("Undo Anyway")
                                               : tr("Apply Mine Over Theirs"),
                                 QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyMine"));
    m_keep->setDefault(true);
    m_keep->setFocus();
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::KeepTheirs;
        reject();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::ApplyMine;
        accept();
    });
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

ConflictChoice askAboutConflict(const ConflictQuestion &question, const ScoringConfig &config,
                                QWidget *parent)
{
    ConflictDialog dialog(question, config, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace mlp::ui
