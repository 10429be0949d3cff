#include "ui/window/windowstatus.h"

#include "core/store/storelocation.h"

#include "ui/document/document.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace mlp::ui {

namespace {

QLabel *namedLabel(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    return label;
}

} // namespace

WindowStatus::WindowStatus(QStatusBar *bar, Document *document, IdeasModel *model,
                           IdeaFilterModel *filter)
    : QObject(bar)
    , m_document(document)
    , m_model(model)
    , m_filter(filter)
    , m_fileLabel(namedLabel("fileLabel"))
    , m_countLabel(namedLabel("countLabel"))
    , m_selectionLabel(namedLabel("selectionLabel"))
    , m_savedLabel(namedLabel("savedLabel"))
    , m_noteTimer(new QTimer(this))
    , m_busy(new QWidget)
    , m_busyLabel(namedLabel("busyLabel"))
    , m_busyCancel(new QToolButton)
{
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    auto *progress = new QProgressBar;
    progress->setRange(0, 0); // busy: how long a server takes to answer is not known
    progress->setMaximumWidth(100);
    progress->setMaximumHeight(14);
    progress->setTextVisible(false);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(progress);
    m_busyCancel->setObjectName(QStringLiteral("busyCancel"));
    m_busyCancel->setText(tr("Cancel"));
    m_busyCancel->setAutoRaise(true);
    busyLayout->addWidget(m_busyCancel);
    QObject::connect(m_busyCancel, &QToolButton::clicked, this, [this] {
        const std::function<void()> cancel = m_cancel;
        endBusy();
        if (cancel)
            cancel();
    });
    m_busy->hide();
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(5000);
    bar->addWidget(m_selectionLabel, 1);
    bar->addPermanentWidget(m_countLabel);
    bar->addPermanentWidget(m_fileLabel);
    bar->addPermanentWidget(m_savedLabel);
    bar->addPermanentWidget(m_busy);
}

void WindowStatus::showBusy(const QString &text, std::function<void()> cancel)
{
    m_cancel = std::move(cancel);
    m_busyCancel->setVisible(bool(m_cancel));
    m_busyLabel->setText(text);
    m_busy->show();
}

void WindowStatus::endBusy()
{
    m_cancel = nullptr;
    m_busy->hide();
}

bool WindowStatus::isBusy() const
{
    return !m_busy->isHidden();
}

void WindowStatus::setRefresh(std::function<void()> refresh)
{
    QObject::connect(m_noteTimer, &QTimer::timeout, this, std::move(refresh));
}

void WindowStatus::update(const QList<qint64> &selected)
{
    if (!m_noteTimer->isActive())
        m_note.clear();
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    // Whole words in English too, where no catalogue resolves a "%n idea(s)".
    m_countLabel->setText(shown == total
                              ? (total == 1 ? tr("1 idea") : tr("%1 ideas").arg(total))
                              : tr("%1 of %2 shown")
                                    .arg(shown)
                                    .arg(total == 1 ? tr("1 idea") : tr("%1 ideas").arg(total)));
    if (!m_note.isEmpty())
        return;
    if (selected.size() == 1) {
        const Idea *idea = m_document->idea(selected.first());
        const Score *score = m_document->scoreFor(selected.first());
        if (idea && score) {
            m_selectionLabel->setText(
                tr("“%1”: %2")
                    .arg(idea->name,
                         quadrantName(score->quadrant, m_document->portfolio().config)));
            return;
        }
    }
    m_selectionLabel->setText(selected.isEmpty() ? QString()
                                                 : tr("%1 ideas selected").arg(selected.size()));
}

void WindowStatus::setServerAway(bool away)
{
    if (!away) {
        updateFile();
        return;
    }
    m_savedLabel->setText(tr("Server unreachable"));
    m_savedLabel->setToolTip(tr("Changes are refused until the server answers again; every "
                                "change it acknowledged before is kept there."));
}

void WindowStatus::setWaiting(bool waiting, bool saving)
{
    if (!waiting) {
        updateFile();
        return;
    }
    if (saving) {
        m_savedLabel->setText(tr("Saving…"));
        m_savedLabel->setToolTip(tr("The server has not answered yet. The window takes clicks "
                                    "and keys again once it has kept the change or refused it."));
    } else {
        m_savedLabel->setText(tr("Reading…"));
        m_savedLabel->setToolTip(tr("The server has not answered yet. The window takes clicks "
                                    "and keys again once it has."));
    }
}

void WindowStatus::updateFile()
{
    if (m_document->isOpen()) {
        const QString location = m_document->filePath();
        m_fileLabel->setText(locationDisplayName(location));
        if (isSharedLocation(location)) {
            m_fileLabel->setToolTip(
                tr("%1, shared on %2").arg(locationDisplayName(location), locationPlace(location)));
            m_savedLabel->setText(tr("All changes saved"));
            m_savedLabel->setToolTip(tr("Every change is written to the server as you make it; "
                                        "there is nothing to save."));
        } else if (m_document->isReadOnly()) {
            m_fileLabel->setToolTip(
                QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()));
            m_savedLabel->setText(tr("Read-only"));
            m_savedLabel->setToolTip(tr("Opened for reading: nothing can be changed here. "
                                        "Changes saved elsewhere show here within a second."));
        } else {
            m_fileLabel->setToolTip(
                QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()));
            m_savedLabel->setText(tr("All changes saved"));
            m_savedLabel->setToolTip(tr(
                "Every change is written to the file as you make it; there is nothing to save."));
        }
    } else {
        m_fileLabel->setText(tr("No portfolio open"));
        m_fileLabel->setToolTip(QString());
        m_savedLabel->clear();
    }
}

void WindowStatus::showNote(const QString &text, int msec)
{
    m_note = text;
    m_selectionLabel->setText(text);
    m_noteTimer->start(msec);
}

void WindowStatus::endNote()
{
    m_noteTimer->stop();
}

} // namespace mlp::ui
