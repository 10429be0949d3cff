#include "ui/document/portfoliocommands.h"

#include "ui/document/commandids.h"
#include "ui/document/document.h"

#include <QCoreApplication>

namespace mlp::ui {

SettingsCommand::SettingsCommand(Document *document, PortfolioSettings before,
                                 PortfolioSettings after)
    : ChangeValueCommand<PortfolioSettings>(
        std::move(before), std::move(after),
        QCoreApplication::translate("mlp::ui::SettingsCommand", "Change portfolio settings"))
    , m_document(document)
{ }

int SettingsCommand::id() const
{
    return static_cast<int>(CommandId::Settings);
}

Status SettingsCommand::apply(const PortfolioSettings &value)
{
    return m_document->applySettings(value.name, value.config);
}

// Each settings change (one dialog session) stays its own step.
bool SettingsCommand::canMergeWith(const ChangeValueCommand<PortfolioSettings> &) const
{
    return false;
}

ReplacePortfolioCommand::ReplacePortfolioCommand(Document *document, Portfolio before,
                                                 Portfolio after, const QString &text)
    : ChangeValueCommand<Portfolio>(std::move(before), std::move(after), text)
    , m_document(document)
{ }

Status ReplacePortfolioCommand::apply(const Portfolio &value)
{
    if (!m_done) {
        m_done = true;
        return m_document->applyReplaceAll(value);
    }
    const bool undoing = &value == &oldValue();
    return m_document->applyPortfolioChange(undoing ? newValue() : oldValue(), value);
}

} // namespace mlp::ui
