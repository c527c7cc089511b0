#pragma once
// The request's fields that workflow actions read and set besides its editable content, named
// as a type: storage maps each to its column (WorkflowRepository), so no column name leaves
// storage/.

#include <QMap>
#include <QVariant>

namespace dsr {

enum class RequestField {
    Status,
    ReceivedOn,
    IdDocument,
    IdCheckedBy,
    IdCheckedAt,
    ResidenceCertOn,
    SubmitNote,
    DecidedOn,
    DisclosureNotBefore,
    WithdrawnOn,
    ExtendedTo,
    SpecialExtensionTo,
    ExtensionReason,
    NotifiedOn,
    NotifiedMethod,
};

// Values by field as stored (dates as ISO text when read); a null QVariant writes NULL.
using RequestFieldValues = QMap<RequestField, QVariant>;

} // namespace dsr
