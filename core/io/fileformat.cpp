#include "core/io/fileformat.h"

#include "core/domain/keytable.h"

#include <QFileInfo>

namespace mlp::io {

namespace {

constexpr KeyTable kFormatKeys(std::array<KeyName<FileFormat>, 2> { {
    { FileFormat::Json, "json" },
    { FileFormat::Csv, "csv" },
} });

} // namespace

std::optional<FileFormat> fileFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    // The suffix itself, exactly: "x. json" is no JSON file.
    if (suffix.trimmed() != suffix)
        return std::nullopt;
    return kFormatKeys.fromKey(suffix);
}

std::optional<FileFormat> fileFormatFromKey(const QString &key)
{
    return kFormatKeys.fromKey(key);
}

} // namespace mlp::io
