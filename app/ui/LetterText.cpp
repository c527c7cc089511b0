#include "LetterText.h"

#include "UiText.h"
#include "letters/LetterKind.h"

#include <QStringList>

namespace dsr {

QString LetterText::kindTitle(const QString &kindId)
{
    const auto kind = LetterKinds::fromId(kindId);
    return kind ? LetterKinds::title(*kind) : kindId;
}

QString LetterText::kindName(const QString &kindId)
{
    const auto kind = LetterKinds::fromId(kindId);
    return kind ? LetterKinds::displayName(*kind) : kindId;
}

QString LetterText::number(const Letter &letter)
{
    return letter.isIssued() ? letter.documentNo : tr("(no number yet)");
}

QString LetterText::details(const Letter &letter)
{
    QStringList parts;
    switch (letter.state) {
    case LetterState::Draft:
        parts << tr("Drafted by %1 on %2").arg(letter.createdByLogin, UiText::dateTime(letter.createdAt));
        break;
    case LetterState::Approved:
        parts << tr("Approved by %1 on %2").arg(letter.approvedByLogin, UiText::dateTime(letter.approvedAt));
        break;
    case LetterState::Issued:
        parts << tr("Issued by %1 on %2").arg(letter.issuedByLogin, UiText::dateTime(letter.issuedAt));
        break;
    case LetterState::Printed:
        parts << tr("Printed on %1").arg(UiText::dateTime(letter.printedAt));
        break;
    case LetterState::Mailed:
    case LetterState::Returned: {
        const QString method
            = letter.mailMethod ? LetterVocabulary::displayName(*letter.mailMethod) : QString();
        parts << (letter.trackingNo.isEmpty()
                      ? tr("%1 on %2", "mailed: method on date").arg(method, UiText::date(letter.mailedOn))
                      : tr("%1 %2 on %3", "mailed: method, tracking number on date")
                            .arg(method, letter.trackingNo, UiText::date(letter.mailedOn)));
        if (letter.state == LetterState::Returned)
            parts << tr("returned undeliverable on %1").arg(UiText::date(letter.returnedOn));
        break;
    }
    case LetterState::Void:
        parts << tr("Reason: %1").arg(letter.voidReason);
        break;
    }
    if (!letter.replacesDocumentNo.isEmpty())
        parts << tr("replaces %1").arg(letter.replacesDocumentNo);
    return parts.join(tr("; "));
}

} // namespace dsr
