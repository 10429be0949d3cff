#pragma once

#include "domain/idea.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace mlp::test {

// A portfolio that uses every feature the file formats carry: several raters with partial
// answers, key-question answers, the flywheel, the checklist, backward moves with catalogued
// and free-text reasons, an override, each combine rule, model results, every kind of
// baseline, adjusted settings, and names full of quotes, commas, line breaks and Hangul.
Portfolio richPortfolio();

// An idea whose content is a function of its id, for bulk and crash tests.
Idea numberedIdea(qint64 id);

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
QByteArray sha256Of(const QString &path);
QString goldenDir(const QString &caseName);

} // namespace mlp::test
