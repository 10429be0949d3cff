#pragma once

#include "core/domain/idea.h"
#include "ui/document/changevaluecommand.h"

namespace mlp::ui {

class Document;

struct PortfolioSettings
{
    QString name;
    ScoringConfig config;
    friend bool operator==(const PortfolioSettings &, const PortfolioSettings &) = default;
};

// The portfolio's name and scoring configuration (weights, thresholds, names, cost base).
class SettingsCommand : public ChangeValueCommand<PortfolioSettings>
{
public:
    SettingsCommand(Document *document, PortfolioSettings before, PortfolioSettings after);
    int id() const override;

protected:
    Status apply(const PortfolioSettings &value) override;
    bool canMergeWith(const ChangeValueCommand<PortfolioSettings> &other) const override;

private:
    Document *m_document;
};

// The whole portfolio at once: an import. Its undo and a redo after it take back (or make
// again) only what the import changed (Document::applyPortfolioChange): on a shared portfolio,
// ideas colleagues added or changed since stay theirs.
class ReplacePortfolioCommand : public ChangeValueCommand<Portfolio>
{
public:
    ReplacePortfolioCommand(Document *document, Portfolio before, Portfolio after,
                            const QString &text);

protected:
    Status apply(const Portfolio &value) override;
    bool canMergeWith(const ChangeValueCommand<Portfolio> &) const override { return false; }

private:
    Document *m_document;
    bool m_done = false; // the import itself was made: later steps are undo and redo
};

} // namespace mlp::ui
