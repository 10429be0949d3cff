#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QList>
#include <QMimeData>
#include <QString>

namespace mlp::ui {

// Cards travel between the board's columns as a MIME type of our own that carries only the
// ideas' ids. A drop runs the stage-change command; the item views never move rows themselves
// (a drag that reports Qt::MoveAction would make a standard view remove the source rows).
inline const QString &boardMimeType()
{
    static const QString type = QStringLiteral("application/x-mlplanner-idea-ids");
    return type;
}

inline QMimeData *boardMimeData(const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(boardMimeType(), bytes);
    return data;
}

inline QList<qint64> idsFromBoardMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(boardMimeType()))
        return {};
    QList<qint64> ids;
    QDataStream stream(data->data(boardMimeType()));
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}

} // namespace mlp::ui
