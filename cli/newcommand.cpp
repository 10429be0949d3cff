#include "cli/command.h"

#include "core/domain/clock.h"
#include "core/domain/sample.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace mlp::cli {

namespace {

// SQLite's companion files: if creating fails, none of them may be left behind.
QStringList filesOf(const QString &path)
{
    return { path, path + QStringLiteral("-journal"), path + QStringLiteral("-wal"),
             path + QStringLiteral("-shm") };
}

bool existsOrDangles(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("mlp", "The portfolio file to create; it must not exist."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("sample"),
        QCoreApplication::translate(
            "mlp", "Fill it with a sample portfolio built from the course's examples.")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().at(0);
    if (existsOrDangles(path))
        return fail(context, Refused,
                    QCoreApplication::translate("mlp", "%1: already exists; choose another name")
                        .arg(path));

    Portfolio portfolio;
    if (parser.isSet(QStringLiteral("sample")))
        portfolio = samplePortfolio(context.clock.now());
    else if (path.contains(QStringLiteral("://")))
        // A shared location (docs/team.md): named after its portfolio= item.
        portfolio.name = QUrlQuery(QUrl(path))
                             .queryItemValue(QStringLiteral("portfolio"), QUrl::FullyDecoded)
                             .trimmed();
    else
        portfolio.name = QFileInfo(path).completeBaseName();

    QStringList leftovers;
    for (const QString &file : filesOf(path)) {
        if (!existsOrDangles(file))
            leftovers << file;
    }
    const auto created = context.stores.create(path, portfolio);
    if (!created) {
        for (const QString &file : leftovers)
            QFile::remove(file);
        return fail(context, Refused, path + QStringLiteral(": ") + created.error().message);
    }

    context.out << QCoreApplication::translate("mlp", "Created %1 with %n idea(s).", nullptr,
                                               int(portfolio.ideas.size()))
                       .arg(path)
                << QLatin1Char('\n');
    return Success;
}

} // namespace

Command newCommand()
{
    return { QLatin1String("new"),
             QT_TRANSLATE_NOOP("mlp", "Create a portfolio file, empty or with a sample."),
             QLatin1String("FILE"), configure, execute };
}

} // namespace mlp::cli
