#include "core/domain/systemuser.h"

namespace mlp {

QString systemUserName()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace mlp
