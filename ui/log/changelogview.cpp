#include "ui/log/changelogview.h"

#include "core/domain/changelog.h"
#include "ui/document/document.h"
#include "ui/log/changetable.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace mlp::ui {

ChangeLogView::ChangeLogView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("changeLogView"));
    m_idea = new QLineEdit;
    m_idea->setObjectName(QStringLiteral("logIdeaFilter"));
    m_idea->setPlaceholderText(tr("Idea name or id"));
    m_idea->setClearButtonEnabled(true);
    m_idea->setToolTip(tr("Only the changes of ideas whose name holds this text, or of the idea "
                          "with this id (a removed one too)"));
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("logFieldFilter"));
    m_field->addItem(tr("All fields"), QString());
    for (const FieldKind &kind : changeFieldKinds())
        m_field->addItem(kind.name, kind.key);
    m_since = new QComboBox;
    m_since->setObjectName(QStringLiteral("logSinceFilter"));
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Last 24 hours"), 1);
    m_since->addItem(tr("Last 7 days"), 7);
    m_since->addItem(tr("Last 30 days"), 30);
    m_since->addItem(tr("Last 365 days"), 365);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Idea:")));
    filters->addWidget(m_idea, 2);
    filters->addWidget(new QLabel(tr("Field:")));
    filters->addWidget(m_field, 1);
    filters->addWidget(new QLabel(tr("Since:")));
    filters->addWidget(m_since);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("logSummary"));
    m_summary->setWordWrap(true);
    m_table = new ChangeTable(true);
    m_table->setObjectName(QStringLiteral("logTable"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    // A name is matched on the whole period's log (refresh): read once typing pauses, not
    // on every keystroke.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &ChangeLogView::refresh);
    connect(m_idea, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_field, &QComboBox::currentIndexChanged, this, &ChangeLogView::refresh);
    connect(m_since, &QComboBox::currentIndexChanged, this, &ChangeLogView::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (const qint64 id = m_table->ideaIdAt(row); id > 0 && m_document->idea(id))
            emit ideaActivated(id);
    });
    connect(document, &Document::changesRecorded, this, &ChangeLogView::invalidate);
    connect(document, &Document::portfolioReset, this, &ChangeLogView::invalidate);
    connect(document, &Document::fileChanged, this, &ChangeLogView::invalidate);
}

bool ChangeLogView::isWaitingForTyping() const
{
    return m_typing->isActive();
}

QString ChangeLogView::summaryText() const
{
    return m_summary->text();
}

void ChangeLogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChangeLogView::invalidate()
{
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                refresh();
        });
}

void ChangeLogView::refresh()
{
    m_stale = false;
    m_typing->stop();
    ChangeQuery query;
    if (const int days = m_since->currentData().toInt(); days > 0)
        query.since = QDateTime::currentDateTimeUtc().addDays(-days);
    const QString text = m_idea->text().trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId && id > 0)
        query.ideaId = id;
    const QString kind = m_field->currentData().toString();
    const bool byName = !text.isEmpty() && !query.ideaId;
    // The store can narrow by idea id and period only; a name or a kind of field is matched
    // here, so then the whole period is read and the newest matches are kept: a limit before
    // matching would hide older matches behind newer changes that do not match.
    if (!byName && kind.isEmpty())
        query.limit = m_shownLimit;
    const Result<QList<FieldChange>> read = m_document->changes(query);
    if (!read) {
        m_table->setChanges({}, m_document->portfolio().config);
        m_summary->setText(read.error().message);
        return;
    }
    QList<FieldChange> shown;
    bool more = false;
    for (const FieldChange &c : *read) {
        if (!kind.isEmpty() && changeFieldKind(c.field) != kind)
            continue;
        if (byName && !c.ideaName.contains(text, Qt::CaseInsensitive))
            continue;
        if (shown.size() >= m_shownLimit) {
            more = true;
            break;
        }
        shown.append(c);
    }
    more = more || (query.limit > 0 && read->size() >= query.limit);
    m_table->setChanges(shown, m_document->portfolio().config);
    if (!m_document->isOpen())
        m_summary->setText(tr("No portfolio is open."));
    else if (read->isEmpty() && !query.ideaId && !query.since.isValid())
        m_summary->setText(tr("Nothing is on record yet: every change from now on is, with who "
                              "made it and when."));
    else if (more)
        m_summary->setText(tr("The newest %n change(s) shown; older ones match too: narrow "
                              "the filters (an idea, a field, a period) to see them.",
                              nullptr, int(shown.size())));
    else
        m_summary->setText(tr("%n change(s), newest first. Double-click one to select its idea.",
                              nullptr, int(shown.size())));
}

} // namespace mlp::ui
