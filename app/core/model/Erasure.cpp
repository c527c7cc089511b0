#include "Erasure.h"

namespace dsr {

QString ErasureRecord::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Attachment:
        return QStringLiteral("attachment");
    case Kind::Member:
        return QStringLiteral("member");
    case Kind::Request:
        return QStringLiteral("request");
    }
    return {};
}

} // namespace dsr
