#include "translations/translators.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

// The catalogues are resources of a static library: register them explicitly.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(mlplanner_translations);
}

namespace mlp::l10n {

namespace {

const QString catalogueName = QStringLiteral("mlplanner");
const QString embeddedFolder = QStringLiteral(":/translations");

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// The C locale and English are the source language: nothing to load.
bool isSourceLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::C || locale.language() == QLocale::English;
}

// The English catalogue, asked only for the messages with a count. Every other message is
// English already: a catalogue asked for each one was a tenth of a short command's own work
// (docs/performance.md, "Start-up"). It is loaded before it is installed: a QTranslator loading
// inside translate() would take QCoreApplication's translator lock again, which deadlocks when
// another thread waits to install a translator.
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool load() { return loadEnglishPlurals(m_catalogue); }
    bool isEmpty() const override { return m_catalogue.isEmpty(); }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (n < 0) // no count: the source text is the English text
            return {};
        return m_catalogue.translate(context, sourceText, disambiguation, n);
    }

private:
    QTranslator m_catalogue;
};

void installEnglishPlurals(QCoreApplication *app)
{
    auto *plurals = new EnglishPlurals(app);
    if (plurals->load() && QCoreApplication::installTranslator(plurals))
        installed() << plurals;
    else
        delete plurals;
}

} // namespace

QLocale preferredLocale()
{
    const QString language = qEnvironmentVariable("MLP_LANGUAGE").trimmed();
    if (!language.isEmpty())
        return QLocale(language);
    // As gettext does, the C locale means untranslated messages whatever LANGUAGE says (Qt would
    // take the system locale from LANGUAGE then): LC_ALL=C keeps scripts and tests in English.
    for (const char *variable : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        if (value == QLatin1String("C") || value == QLatin1String("POSIX")
            || value.startsWith(QLatin1String("C.")))
            return QLocale::c();
        break;
    }
    return QLocale::system();
}

bool loadEnglishPlurals(QTranslator &translator)
{
    initTranslationResources();
    return translator.load(catalogueName + QStringLiteral("_en"), embeddedFolder);
}

bool loadEmbeddedCatalogue(QTranslator &translator, const QLocale &locale)
{
    if (isSourceLanguage(locale))
        return false;
    initTranslationResources();
    return translator.load(locale, catalogueName, QStringLiteral("_"), embeddedFolder);
}

bool loadCatalogue(QTranslator &translator, const QLocale &locale)
{
    if (isSourceLanguage(locale))
        return false;
    const QString programFolder = QCoreApplication::applicationDirPath();
    if (!programFolder.isEmpty()) {
        for (const QString &folder :
             { QDir(programFolder).filePath(QStringLiteral("translations")), programFolder }) {
            if (translator.load(locale, catalogueName, QStringLiteral("_"), folder))
                return true;
        }
    }
    return loadEmbeddedCatalogue(translator, locale);
}

bool installTranslators(const QLocale &locale)
{
    removeTranslators();
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    if (isSourceLanguage(locale)) {
        // The texts are English already; only "%n ideas" needs its singular ("1 idea").
        installEnglishPlurals(app);
        return false;
    }

    // Qt's own texts (standard buttons, the command-line parser's help), when installed.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt))
        installed() << qt;
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (loadCatalogue(*own, locale) && QCoreApplication::installTranslator(own)) {
        installed() << own;
        return true;
    }
    delete own;
    // No catalogue for this language: the texts stay English, with their English plurals.
    installEnglishPlurals(app);
    return false;
}

void removeTranslators()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

} // namespace mlp::l10n
