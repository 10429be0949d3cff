#include "ui/editor/historytab.h"

#include "ui/document/document.h"
#include "ui/editor/editorsupport.h"
#include "ui/editor/ideaeditcontext.h"
#include "ui/log/changetable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mlp::ui {

HistoryTab::HistoryTab(IdeaEditContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = editorsupport::wrappingLabel();
    m_summary->setObjectName(QStringLiteral("historySummary"));
    layout->addWidget(m_summary);
    m_table = new ChangeTable(false);
    m_table->setObjectName(QStringLiteral("historyTable"));
    layout->addWidget(m_table, 1);
}

void HistoryTab::reload(const Idea &idea)
{
    Document *document = m_context.document();
    ChangeQuery query;
    query.ideaId = idea.id;
    query.limit = kShownChanges;
    const Result<QList<FieldChange>> changes = document->changes(query);
    if (!changes) {
        m_table->setChanges({}, document->portfolio().config);
        m_summary->setText(changes.error().message);
        return;
    }
    m_table->setChanges(*changes, document->portfolio().config);
    if (changes->isEmpty())
        m_summary->setText(tr("No change of this idea is on record yet. Changes are recorded "
                              "from the first edit on (a file from an older version starts its "
                              "record when it is first changed)."));
    else if (changes->size() >= kShownChanges)
        m_summary->setText(tr("The newest %n changes, newest first. View ▸ Change Log shows "
                              "them all.",
                              nullptr, int(changes->size())));
    else
        m_summary->setText(
            tr("%n change(s) on record, newest first.", nullptr, int(changes->size())));
}

} // namespace mlp::ui
