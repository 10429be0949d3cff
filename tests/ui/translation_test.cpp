// The Korean catalogue: built into the program, loaded for a Korean locale, complete.
#include "core/domain/clock.h"
#include "core/domain/lifecycle.h"
#include "core/domain/scoring.h"
#include "core/io/jsonformat.h"
#include "storage/portfoliofile.h"
#include "tests/support/fakeclock.h"
#include "translations/translators.h"
#include "ui/window/application.h"
#include "ui/window/mainwindow.h"

#include <QToolBar>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace {

const QLocale korean(QLocale::Korean, QLocale::SouthKorea);

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

// Sets environment variables for one scope, restoring them after.
class ScopedEnvironment
{
public:
    void set(const char *name, const char *value)
    {
        m_saved.emplace_back(
            name, qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
        qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
            if (it->second)
                qputenv(it->first, *it->second);
            else
                qunsetenv(it->first);
        }
    }

private:
    std::vector<std::pair<const char *, std::optional<QByteArray>>> m_saved;
};

// Every test leaves the application in English, as the other GUI tests expect.
class Translation : public ::testing::Test
{
protected:
    void TearDown() override { mlp::l10n::removeTranslators(); }
};

TEST_F(Translation, EmbeddedKoreanCatalogueLoads)
{
    QTranslator translator;
    ASSERT_TRUE(mlp::l10n::loadEmbeddedCatalogue(translator, korean));
    EXPECT_FALSE(translator.isEmpty());
    EXPECT_EQ(translator.language(), QStringLiteral("ko_KR"));
    EXPECT_EQ(translator.translate("mlp::ui::MainWindow", "&File"), QStringLiteral("파일(&F)"));

    QTranslator fallback; // ko without a country still finds mlplanner_ko
    EXPECT_TRUE(mlp::l10n::loadEmbeddedCatalogue(fallback, QLocale(QStringLiteral("ko"))));
}

TEST_F(Translation, KoreanLocaleTranslatesUiAndCore)
{
    ASSERT_TRUE(mlp::l10n::installTranslators(korean));

    // The window's own texts.
    EXPECT_EQ(translated("mlp::ui::MainWindow", "&File"), QStringLiteral("파일(&F)"));
    EXPECT_EQ(translated("mlp::ui::MainWindow", "&Help"), QStringLiteral("도움말(&H)"));
    // core/ in the "mlp" context, directly ...
    EXPECT_EQ(mlp::stageDisplayName(mlp::Stage::Data), QStringLiteral("데이터 수집 및 레이블링"));
    EXPECT_EQ(translated("mlp", "Software 2.0"), QStringLiteral("Software 2.0"));
    EXPECT_EQ(translated("mlp", "Human-in-the-loop"), QStringLiteral("휴먼 인 더 루프"));
    // ... and in the messages of core/io and core/storage, as the user sees them.
    EXPECT_EQ(translated("mlp", "The CSV is empty: expected a header line."),
              QStringLiteral("CSV가 비어 있습니다: 헤더 행이 필요합니다."));
    const auto notAnObject = mlp::io::importJson(QByteArrayLiteral("[]"));
    ASSERT_FALSE(notAnObject);
    EXPECT_EQ(notAnObject.error().message,
              QStringLiteral("JSON이 ML Planner 포트폴리오가 아닙니다: 객체가 필요합니다."));
    const auto unknownField = mlp::io::importJson(QByteArrayLiteral(
        R"({"format": "ml-planner-portfolio", "formatVersion": 1, "colour": "red"})"));
    ASSERT_FALSE(unknownField);
    EXPECT_EQ(unknownField.error().message, QStringLiteral("colour: 알 수 없는 필드"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Not a portfolio, just notes.\n");
    file.close();
    const auto refused = mlp::PortfolioFile::open(notes);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("%1은(는) ML Planner 포트폴리오가 아닙니다: SQLite 데이터베이스가 "
                             "아닙니다. 파일은 그대로 두었습니다. ML Planner로 만든 .mlplan 파일을 "
                             "열거나, JSON 또는 CSV 파일을 포트폴리오로 가져오세요.")
                  .arg(QDir::toNativeSeparators(notes)));
    // A step marked where it is written and translated where the message is put together.
    EXPECT_EQ(translated("mlp", "opening the file failed"),
              QStringLiteral("파일을 열지 못했습니다"));
    // Plural forms (a message the window still uses: a vanished one is not compiled in).
    EXPECT_EQ(QCoreApplication::translate("mlp::ui::Document", "Delete %n ideas", nullptr, 3),
              QStringLiteral("아이디어 3개 삭제"));

    // New portfolios get the quadrant names in the user's language; stored ones keep theirs.
    const mlp::ScoringConfig config;
    EXPECT_EQ(config.quadrantNames[int(mlp::Quadrant::DoFirst)], QStringLiteral("먼저 하기"));
    EXPECT_EQ(config.quadrantNames[int(mlp::Quadrant::BigBet)], QStringLiteral("큰 베팅"));
    EXPECT_EQ(config.quadrantNames[int(mlp::Quadrant::SmallWin)], QStringLiteral("작은 성과"));
    EXPECT_EQ(config.quadrantNames[int(mlp::Quadrant::Avoid)], QStringLiteral("피하기"));
}

TEST_F(Translation, WindowMenusAreKorean)
{
    ASSERT_TRUE(mlp::l10n::installTranslators(korean));
    const mlp::FakeClock clock;
    mlp::ui::MainWindow window(clock);
    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus << action->text();
    ASSERT_FALSE(menus.isEmpty());
    EXPECT_EQ(menus.first(), QStringLiteral("파일(&F)"));
    EXPECT_TRUE(menus.contains(QStringLiteral("도움말(&H)"))) << menus.join(u' ').toStdString();
}

TEST_F(Translation, ToolButtonsShowNoMnemonicInKorean)
{
    ASSERT_TRUE(mlp::l10n::installTranslators(korean));
    const mlp::FakeClock clock;
    mlp::ui::MainWindow window(clock);
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_NE(bar, nullptr);
    auto *open = window.findChild<QAction *>(QStringLiteral("actionOpen"));
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->text(), QStringLiteral("열기(&O)…"));
    EXPECT_EQ(open->iconText(), QStringLiteral("열기"));
    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    ASSERT_NE(undo, nullptr);
    EXPECT_EQ(undo->iconText(), QStringLiteral("실행 취소"));
    for (const QAction *action : bar->actions()) {
        if (action->isSeparator())
            continue;
        EXPECT_FALSE(action->iconText().contains(QLatin1Char('&')))
            << action->iconText().toStdString();
        EXPECT_FALSE(action->iconText().contains(QLatin1Char('(')))
            << action->iconText().toStdString();
    }
}

TEST_F(Translation, RemovingTheTranslatorsReturnsEnglish)
{
    ASSERT_TRUE(mlp::l10n::installTranslators(korean));
    ASSERT_EQ(mlp::stageDisplayName(mlp::Stage::Data), QStringLiteral("데이터 수집 및 레이블링"));
    mlp::l10n::removeTranslators();
    EXPECT_EQ(translated("mlp::ui::MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_EQ(mlp::stageDisplayName(mlp::Stage::Data),
              QStringLiteral("Data collection & labeling"));
    EXPECT_EQ(mlp::ScoringConfig().quadrantNames[int(mlp::Quadrant::DoFirst)],
              QStringLiteral("Do first"));
}

TEST_F(Translation, EnglishAndTheCLocaleOnlyChoosePluralForms)
{
    EXPECT_FALSE(mlp::l10n::installTranslators(QLocale(QLocale::English, QLocale::UnitedStates)));
    EXPECT_EQ(QCoreApplication::translate("mlp", "Exported %n idea(s) to %1.", nullptr, 1),
              QStringLiteral("Exported 1 idea to %1."));
    EXPECT_FALSE(mlp::l10n::installTranslators(QLocale::c()));
    EXPECT_EQ(translated("mlp::ui::MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_EQ(QCoreApplication::translate("mlp::report", "%n days", nullptr, 1),
              QStringLiteral("1 day"));
    EXPECT_EQ(QCoreApplication::translate("mlp::report", "%n days", nullptr, 0),
              QStringLiteral("0 days"));
    EXPECT_EQ(QCoreApplication::translate("mlp", "Exported %n idea(s) to %1.", nullptr, 2),
              QStringLiteral("Exported 2 ideas to %1."));
    // A language without a catalogue reads English, with English plurals.
    EXPECT_FALSE(mlp::l10n::installTranslators(QLocale(QLocale::German, QLocale::Germany)));
    EXPECT_EQ(QCoreApplication::translate("mlp", "Exported %n idea(s) to %1.", nullptr, 1),
              QStringLiteral("Exported 1 idea to %1."));
    // The tests run with LC_ALL=C.UTF-8, as scripts may: the system locale keeps them in English.
    ScopedEnvironment environment;
    environment.set("MLP_LANGUAGE", "");
    environment.set("LC_ALL", "C.UTF-8");
    EXPECT_FALSE(mlp::l10n::installTranslators());
}

TEST_F(Translation, LanguageVariableOverridesTheSystemLocale)
{
    ScopedEnvironment environment;
    environment.set("LC_ALL", "C.UTF-8");
    environment.set("MLP_LANGUAGE", "ko");
    EXPECT_EQ(mlp::l10n::preferredLocale().language(), QLocale::Korean);
    environment.set("MLP_LANGUAGE", "en");
    EXPECT_EQ(mlp::l10n::preferredLocale().language(), QLocale::English);
}

TEST_F(Translation, QtsOwnTextsAndDatesFollowTheLanguage)
{
    const QLocale previous;
    ScopedEnvironment environment;
    environment.set("LC_ALL", "C.UTF-8");
    environment.set("MLP_LANGUAGE", "ko");
    mlp::ui::applyLanguage();
    // Standard buttons (OK, Cancel, Restore Defaults) and the command line's help come from
    // Qt's own catalogue.
    EXPECT_NE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    EXPECT_NE(translated("QPlatformTheme", "Restore Defaults"), QStringLiteral("Restore Defaults"));
    EXPECT_NE(translated("QCommandLineParser", "Options:"), QStringLiteral("Options:"));
    EXPECT_EQ(QLocale().language(), QLocale::Korean);
    const QString date = QLocale().toString(QDate(2026, 10, 23), QLocale::ShortFormat);
    EXPECT_FALSE(date.contains(QStringLiteral("Oct"))) << date.toStdString();
    QLocale::setDefault(previous);
}

TEST_F(Translation, TheCLocaleIgnoresLanguagePreferences)
{
    ScopedEnvironment environment;
    environment.set("MLP_LANGUAGE", "");
    environment.set("LANGUAGE", "ko");
    environment.set("LC_ALL", "C.UTF-8");
    EXPECT_EQ(mlp::l10n::preferredLocale(), QLocale::c());
    environment.set("LC_ALL", "POSIX");
    EXPECT_EQ(mlp::l10n::preferredLocale(), QLocale::c());
}

// The catalogue in the source tree: every message translated and consistent with its source.
struct TsMessage
{
    QString context;
    QString source;
    QString translation; // numerus forms joined by '\n'
    QString type;        // "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage { context,
                                  {},
                                  {},
                                  {},
                                  xml.attributes().value(QLatin1String("numerus"))
                                      == QLatin1String("yes") };
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                QStringList forms;
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
                message.translation = forms.join(u'\n');
            } else {
                message.translation = xml.readElementText();
            }
            messages << message;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

std::multiset<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(n|\\d+)"));
    std::multiset<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// English needs a catalogue only for the messages with a count: each has its singular and its
// plural, with the placeholders of the source, and nothing else is in it.
TEST(TranslationCatalogue, EnglishPluralsAreComplete)
{
    const QList<TsMessage> messages
        = readTs(QStringLiteral(MLP_SOURCE_DIR "/translations/mlplanner_en.ts"));
    ASSERT_GT(messages.size(), 20);
    for (const TsMessage &m : messages) {
        const std::string where
            = QString(m.context + QStringLiteral(": ") + m.source).toStdString();
        EXPECT_TRUE(m.numerus) << where;
        EXPECT_TRUE(m.type.isEmpty()) << where;
        const QStringList forms = m.translation.split(u'\n');
        ASSERT_EQ(forms.size(), 2) << where;
        for (const QString &form : forms)
            EXPECT_EQ(placeholders(form), placeholders(m.source)) << where;
        EXPECT_FALSE(forms.last().contains(QLatin1String("(s)"))) << where;
    }
}

TEST(TranslationCatalogue, KoreanIsComplete)
{
    const QList<TsMessage> messages
        = readTs(QStringLiteral(MLP_SOURCE_DIR "/translations/mlplanner_ko.ts"));
    ASSERT_GT(messages.size(), 600);

    int live = 0;
    for (const TsMessage &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        ++live;
        const std::string where
            = QString(m.context + QStringLiteral(": ") + m.source).toStdString();
        EXPECT_NE(m.type, QLatin1String("unfinished")) << where;
        EXPECT_FALSE(m.translation.trimmed().isEmpty()) << where;
        if (m.numerus) {
            EXPECT_TRUE(m.source.contains(QLatin1String("%n"))) << where;
        }
        const QStringList forms
            = m.numerus ? m.translation.split(u'\n') : QStringList { m.translation };
        for (const QString &form : forms)
            EXPECT_EQ(placeholders(form), placeholders(m.source)) << where;
        EXPECT_EQ(m.source.count(QLatin1String("<b>")), m.translation.count(QLatin1String("<b>")))
            << where;
        // Keyboard accelerators stay: one '&' marks a letter in both.
        static const QRegularExpression accelerator(QStringLiteral("&[^&\\s]"));
        EXPECT_EQ(m.source.contains(accelerator), m.translation.contains(accelerator)) << where;

        // core/ translates in the one context "mlp" at run time, and report/ in "mlp::report", so
        // lupdate must file their strings there: any other context outside the window's is a
        // string that is never looked up (a tr() call where core/ needs
        // QCoreApplication::translate("mlp", ...)).
        EXPECT_TRUE(m.context == QLatin1String("mlp") || m.context == QLatin1String("mlp::report")
                    || m.context.startsWith(QLatin1String("mlp::ui::")))
            << "not a context the program translates in: " << where;
    }
    EXPECT_GT(live, 600);
}

} // namespace
