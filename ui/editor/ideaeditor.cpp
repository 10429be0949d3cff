#include "ui/editor/ideaeditor.h"

#include "ui/document/document.h"
#include "ui/editor/baselinestab.h"
#include "ui/editor/editorsupport.h"
#include "ui/editor/explanationtab.h"
#include "ui/editor/historytab.h"
#include "ui/editor/ideatab.h"
#include "ui/editor/lifecycletab.h"
#include "ui/editor/metricstab.h"
#include "ui/editor/readinesstab.h"
#include "ui/editor/scoringtab.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QProxyStyle>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mlp::ui {

using namespace editorsupport;

namespace {

// The editor's tab bar, tighter than the style's (PM_TabBarTabHSpace): eight tabs have to share a
// panel about 400 px wide.
class CompactTabStyle : public QProxyStyle
{
public:
    int pixelMetric(PixelMetric metric, const QStyleOption *option,
                    const QWidget *widget) const override
    {
        const int value = QProxyStyle::pixelMetric(metric, option, widget);
        return metric == PM_TabBarTabHSpace ? std::min(value, 10) : value;
    }
};

// Tabs that never scroll: scroll arrows would hide the last tabs in the narrow panel. When the
// panel is narrower than all the titles, the longest titles are shortened with "…" first, just
// enough for every tab to stay in view (Qt's own elision shortens every title to a letter or
// two at once); each tab's tool tip names it in full. Like tabs that scroll, the titles do not
// make the panel as wide as all of them.
class EditorTabs : public QTabWidget
{
public:
    EditorTabs()
    {
        auto *style = new CompactTabStyle;
        style->setParent(tabBar());
        tabBar()->setStyle(style);
        setUsesScrollButtons(false);
        setElideMode(Qt::ElideNone); // shortened in fitTitles(), with the room there really is
    }

    int addTitledTab(QWidget *content, const QString &title)
    {
        m_titles.append(title);
        const int index = addTab(content, title);
        fitTitles();
        return index;
    }

    QSize sizeHint() const override
    {
        QSize size = QTabWidget::sizeHint();
        int pages = 200; // what QTabWidget allows a tab bar that scrolls
        for (int i = 0; i < count(); ++i)
            pages = std::max(pages, widget(i)->sizeHint().width());
        size.setWidth(std::min(size.width(), pages));
        return size;
    }

    QSize minimumSizeHint() const override
    {
        QSize size = QTabWidget::minimumSizeHint();
        size.setWidth(std::min(size.width(), 200)); // the titles give way, see fitTitles()
        return size;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTabWidget::resizeEvent(event);
        fitTitles();
    }

private:
    void fitTitles()
    {
        const QFontMetrics metrics(tabBar()->font());
        const int n = int(m_titles.size());
        QList<int> widths(n);
        int room = width() - 4;
        for (int i = 0; i < n; ++i) {
            widths[i] = metrics.horizontalAdvance(m_titles[i]);
            // What the tab takes beside its text (margins, frame), as the style lays it out.
            room -= tabBar()->tabRect(i).width() - metrics.horizontalAdvance(tabBar()->tabText(i));
        }
        // The widest a title may stay: the room shared out, the shortest titles kept whole.
        QList<int> sorted = widths;
        std::sort(sorted.begin(), sorted.end());
        int cap = sorted.isEmpty() ? 0 : sorted.last();
        int used = 0;
        for (int i = 0; i < n; ++i) {
            const int left = n - i;
            if (used + sorted[i] * left > room) {
                cap = std::max(metrics.horizontalAdvance(QStringLiteral("Mm…")),
                               (room - used) / left);
                break;
            }
            used += sorted[i];
        }
        for (int i = 0; i < n; ++i) {
            const QString text = widths[i] <= cap
                ? m_titles[i]
                : metrics.elidedText(m_titles[i], Qt::ElideRight, cap);
            if (tabBar()->tabText(i) != text)
                tabBar()->setTabText(i, text);
        }
    }

    QStringList m_titles;
};

QString coordinate(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("–");
}

} // namespace

IdeaEditor::IdeaEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("ideaEditor"));

    auto *placeholder
        = new QLabel(tr("Select an idea in the table or on the chart to see and edit it here."));
    placeholder->setObjectName(QStringLiteral("editorPlaceholder"));
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setMargin(24);

    m_stack = new QStackedWidget;
    m_stack->addWidget(placeholder);
    m_stack->addWidget(buildPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(document, &Document::ideaChanged, this, [this](qint64 id) {
        if (id == m_ideaId)
            reload();
    });
    connect(document, &Document::ideaRemoved, this, [this](qint64 id) {
        if (id == m_ideaId)
            setIdeaId(0);
    });
    connect(document, &Document::settingsChanged, this, &IdeaEditor::reload);
    connect(document, &Document::rankingChanged, this, &IdeaEditor::reloadSummary);
    connect(document, &Document::portfolioReset, this, [this] {
        if (!m_document->idea(m_ideaId))
            setIdeaId(0);
        else
            reload();
    });
    setIdeaId(0);
}

// The name, the summary line and the error line above the four tabs.
QWidget *IdeaEditor::buildPage()
{
    auto *page = new QWidget;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Name of the idea"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || !m_name->isModified())
            return;
        m_name->setModified(false);
        const QString name = m_name->text().trimmed();
        commit(tr("Rename idea"), [&](Idea &idea) { idea.name = name; });
    });
    m_summary = wrappingLabel();
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_error = wrappingLabel();
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_accessNote = wrappingLabel();
    m_accessNote->setObjectName(QStringLiteral("accessNote"));
    m_accessNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_accessNote->hide();

    // Each tab's tool tip names it and says what it holds.
    auto *tabs = new EditorTabs;
    m_tabs = tabs;
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    IdeaEditContext &context = *this;
    const auto addTab = [tabs](QWidget *content, const QString &title, const QString &toolTip) {
        tabs->setTabToolTip(tabs->addTitledTab(content, title), toolTip);
    };
    addTab(
        scrolling(m_ideaTab = new IdeaTab(context)), tr("Idea"),
        tr("Idea: the description, owner and archetype, the key questions and the flywheel check"));
    addTab(scrolling(m_scoringTab = new ScoringTab(context)), tr("Scoring"),
           tr("Scoring: each rater's answers to the scoring questions"));
    addTab(m_explanationTab = new ExplanationTab(context), tr("Why here"),
           tr("Why here: what places the idea where it is on the chart"));
    addTab(scrolling(m_lifecycleTab = new LifecycleTab(context)), tr("Lifecycle"),
           tr("Lifecycle: the stage, the feasibility checklist and every move so far"));
    addTab(scrolling(m_metricsTab = new MetricsTab(context)), tr("Metrics"),
           tr("Metrics: what the project measures, the one number and the models' results"));
    addTab(scrolling(m_baselinesTab = new BaselinesTab(context)), tr("Baselines"),
           tr("Baselines: what the models are compared with, from requirement to human level"));
    addTab(scrolling(m_readinessTab = new ReadinessTab(context)), tr("Readiness"),
           tr("Readiness: the ML Test Score checklist before deploying"));
    addTab(m_historyTab = new HistoryTab(context), tr("History"),
           tr("History: every recorded change of the idea, who made it and when"));

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(6, 6, 6, 6);
    pageLayout->addWidget(m_name);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(m_error);
    pageLayout->addWidget(m_accessNote);
    pageLayout->addWidget(m_tabs, 1);
    return page;
}

int IdeaEditor::currentRater() const
{
    return m_scoringTab->currentRater();
}

void IdeaEditor::setIdeaId(qint64 id)
{
    const bool changedIdea = id != m_ideaId;
    m_ideaId = m_document->idea(id) ? id : 0;
    if (changedIdea) {
        m_scoringTab->resetRater();
        m_error->hide();
    }
    reload();
}

void IdeaEditor::setCurrentRater(int index)
{
    m_scoringTab->setCurrentRater(index);
}

void IdeaEditor::addRater(const QString &name)
{
    m_scoringTab->addRater(name);
}

void IdeaEditor::renameRater(int index, const QString &name)
{
    m_scoringTab->renameRater(index, name);
}

void IdeaEditor::removeRater(int index)
{
    m_scoringTab->removeRater(index);
}

void IdeaEditor::openMoveDialog()
{
    m_lifecycleTab->openMoveDialog();
}

void IdeaEditor::focusName()
{
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
    m_name->selectAll();
}

bool IdeaEditor::commit(const QString &text, const std::function<void(Idea &)> &change)
{
    const Idea *current = m_document->idea(m_ideaId);
    if (!current)
        return false;
    Idea changed = *current;
    change(changed);
    const Status status = m_document->editIdea(changed, text);
    if (!status) {
        showError(status.error().message);
        reload();
        return false;
    }
    m_error->hide();
    return true;
}

void IdeaEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    emit errorOccurred(message);
}

void IdeaEditor::hideError()
{
    m_error->hide();
}

void IdeaEditor::reload()
{
    const Idea *idea = m_document->idea(m_ideaId);
    if (!idea) {
        m_ideaId = 0;
        m_stack->setCurrentIndex(0);
        return;
    }
    m_loading = true;
    m_stack->setCurrentIndex(1);
    m_lock.unlock(); // the tabs reload their fields as the idea has them, then are locked again
    setTextIfIdle(m_name, idea->name);
    m_ideaTab->reload(*idea);
    m_scoringTab->reload(*idea);
    m_explanationTab->reload(*idea);
    m_lifecycleTab->reload(*idea);
    m_metricsTab->reload(*idea);
    m_baselinesTab->reload(*idea);
    m_readinessTab->reload(*idea);
    m_historyTab->reload(*idea);
    const auto may = m_document->permissions();
    const QString why = EditLock::whyNotIdeas(may);
    if (!why.isEmpty())
        m_lock.lock({ m_name, m_ideaTab, m_explanationTab, m_lifecycleTab, m_metricsTab,
                      m_baselinesTab, m_readinessTab },
                    why);
    m_accessNote->setText(!why.isEmpty() && may.ownAnswers
                              ? tr("Your login “%1” may change only its own answers here, in "
                                   "the Scoring tab; the rest is shown read-only.")
                                    .arg(may.login)
                              : why);
    m_accessNote->setVisible(!why.isEmpty());
    m_loading = false;
    reloadSummary();
}

void IdeaEditor::reloadSummary()
{
    const Idea *idea = m_document->idea(m_ideaId);
    const Score *score = m_document->scoreFor(m_ideaId);
    if (!idea || !score)
        return;
    const ScoringConfig &config = m_document->portfolio().config;
    m_summary->setText(tr("Rank %1 of %2 · <b>%3</b> · impact %4 · feasibility %5 · %6 % scored")
                           .arg(m_document->rankOf(idea->id))
                           .arg(m_document->portfolio().ideas.size())
                           .arg(quadrantName(score->quadrant, config).toHtmlEscaped(),
                                coordinate(score->impact), coordinate(score->feasibility))
                           .arg(qRound(score->completeness * 100.0)));
}

} // namespace mlp::ui
