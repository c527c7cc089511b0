#pragma once
// The letter's fields that change after issue (and on the approval of a draft), named as a type:
// LetterRepository maps each to its column, so no column name leaves storage/.

#include <QMap>
#include <QVariant>

namespace dsr {

enum class LetterRecordField {
    ApprovedBy,
    ApprovedAt,
    PrintedAt,
    MailedOn,
    MailMethod,
    TrackingNo,
    ReturnedOn,
    VoidReason,
    VoidedBy,
    VoidedAt,
};

// Values by field; a QDate is stored as its ISO day, a null QVariant writes NULL.
using LetterRecordValues = QMap<LetterRecordField, QVariant>;

} // namespace dsr
