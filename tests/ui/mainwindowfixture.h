#pragma once

// The window on a fresh copy of the sample portfolio, at laptop size: the fixture of the
// window's tests (mainwindow_test, mainwindowfiles_test, selection_test, boardwindow_test).
#include "uitestsupport.h"

#include "core/io/jsonformat.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/common/uisettings.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/editor/ideaeditor.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"
#include "ui/window/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

namespace mlp::ui::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("sample.mlplan"));
        {
            auto created = PortfolioFile::create(path, samplePortfolio(clock.now()));
            ASSERT_TRUE(created.ok());
        }
        window = std::make_unique<MainWindow>(clock);
        window->setErrorReporter([this](const QString &title, const QString &message) {
            errors << title + QLatin1String(": ") + message;
        });
        window->setConfirmer(
            [this](const QString &, const QString &question, const QString &, const QString &) {
                questions << question;
                return confirmAnswer;
            });
        // A laptop-sized window, whatever the test screen: a first window on a small screen
        // starts maximized (see MainWindowFirstRun).
        window->setWindowState(Qt::WindowNoState);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->openFile(path));
    }

    template<typename T> T *find(const QString &name) const
    {
        T *child = window->findChild<T *>(name);
        EXPECT_NE(child, nullptr) << name.toStdString();
        return child;
    }

    QAction *action(const char *name) const { return find<QAction>(QString::fromLatin1(name)); }
    // Keys reach shortcuts and the focused widget only in the active window.
    void activate() const
    {
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    Document &document() const { return *window->document(); }
    qint64 idAtRow(int row) const
    {
        return window->table()->model()->index(row, 0).data(IdeasModel::IdRole).toLongLong();
    }

    QTemporaryDir dir;
    FakeClock clock { testNow() };
    QString path;
    QStringList errors;
    QStringList questions;
    bool confirmAnswer = true;
    std::unique_ptr<MainWindow> window;
};

} // namespace mlp::ui::test
