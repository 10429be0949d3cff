#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mlp::cli {

// True when `bytes` is valid UTF-8 that visibleText(…, true) would leave as it is (no control
// character but line feeds, carriage returns and tabs; no C1 control, surrogate or overlong
// form): then it is written as it is, without a round trip through UTF-16. A command's whole
// output passes through here (the JSON export of 100,000 ideas is 357 MB), so plain ASCII is
// checked 16 bytes at a time where the processor allows.
bool isVisibleUtf8(QByteArrayView bytes);

// `bytes` as visibleText(QString::fromUtf8(bytes), true) gives it, in UTF-8; `bytes` itself
// when that is the same (isVisibleUtf8).
QByteArray visibleUtf8(const QByteArray &bytes);

} // namespace mlp::cli
