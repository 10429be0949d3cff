#pragma once

#include <QString>

#include <optional>

namespace mlp::io {

// The exchange formats, chosen by a file's suffix wherever a file is imported or exported.
enum class FileFormat { Json, Csv };

// By the file name's last suffix, case-insensitive: ".json" or ".csv"; empty for any other.
std::optional<FileFormat> fileFormatFromPath(const QString &path);
// By a format's name ("json", "csv"), read like every other key: spaces ignored, any case.
std::optional<FileFormat> fileFormatFromKey(const QString &key);

} // namespace mlp::io
