#include "ui/chart/chartfilter.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace mlp::ui {

ChartFilter::ChartFilter(QObject *parent)
    : QObject(parent)
{ }

void ChartFilter::setModel(const QAbstractItemModel *model, int idRole)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_idRole = idRole;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ChartFilter::listChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartFilter::listChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &ChartFilter::listChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ChartFilter::listChanged);
        connect(model, &QObject::destroyed, this, &ChartFilter::listChanged);
    }
    m_ids.clear();
    m_stale = true;
    ++m_version;
    m_announced = m_version;
    emit changed();
}

bool ChartFilter::contains(qint64 id) const
{
    if (!m_model)
        return true;
    readIfStale();
    return m_ids.contains(id);
}

qsizetype ChartFilter::size() const
{
    readIfStale();
    return m_ids.size();
}

void ChartFilter::acknowledge()
{
    readIfStale();
    m_announced = m_version;
}

void ChartFilter::listChanged()
{
    m_stale = true;
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &ChartFilter::announce);
}

void ChartFilter::announce()
{
    m_scheduled = false;
    readIfStale();
    if (m_version == m_announced)
        return;
    m_announced = m_version;
    emit changed();
}

void ChartFilter::readIfStale() const
{
    if (!m_stale)
        return;
    m_stale = false;
    QSet<qint64> ids;
    if (m_model) {
        const int rows = m_model->rowCount();
        ids.reserve(rows);
        for (int row = 0; row < rows; ++row)
            ids.insert(m_model->index(row, 0).data(m_idRole).toLongLong());
    }
    if (ids != m_ids) {
        m_ids = std::move(ids);
        ++m_version;
    }
}

} // namespace mlp::ui
