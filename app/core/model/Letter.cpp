#include "Letter.h"

namespace dsr {

QList<LetterState> LetterVocabulary::states()
{
    return { LetterState::Draft,  LetterState::Approved, LetterState::Issued, LetterState::Printed,
             LetterState::Mailed, LetterState::Returned, LetterState::Void };
}

QString LetterVocabulary::id(LetterState s)
{
    switch (s) {
    case LetterState::Draft:
        return QStringLiteral("draft");
    case LetterState::Approved:
        return QStringLiteral("approved");
    case LetterState::Issued:
        return QStringLiteral("issued");
    case LetterState::Printed:
        return QStringLiteral("printed");
    case LetterState::Mailed:
        return QStringLiteral("mailed");
    case LetterState::Returned:
        return QStringLiteral("returned");
    case LetterState::Void:
        return QStringLiteral("void");
    }
    return {};
}

std::optional<LetterState> LetterVocabulary::stateFromId(const QString &id)
{
    for (LetterState s : states()) {
        if (LetterVocabulary::id(s) == id)
            return s;
    }
    return std::nullopt;
}

QString LetterVocabulary::displayName(LetterState s)
{
    switch (s) {
    case LetterState::Draft:
        return tr("Awaiting approval");
    case LetterState::Approved:
        return tr("Approved");
    case LetterState::Issued:
        return tr("Issued");
    case LetterState::Printed:
        return tr("Printed");
    case LetterState::Mailed:
        return tr("Mailed");
    case LetterState::Returned:
        return tr("Returned undeliverable");
    case LetterState::Void:
        return tr("Void (number unused)");
    }
    return {};
}

QList<MailMethod> LetterVocabulary::mailMethods()
{
    return { MailMethod::Ordinary, MailMethod::SimpleRegistered, MailMethod::RestrictedDelivery,
             MailMethod::Counter };
}

QString LetterVocabulary::id(MailMethod m)
{
    switch (m) {
    case MailMethod::Ordinary:
        return QStringLiteral("ordinary");
    case MailMethod::SimpleRegistered:
        return QStringLiteral("simple-registered");
    case MailMethod::RestrictedDelivery:
        return QStringLiteral("restricted-delivery");
    case MailMethod::Counter:
        return QStringLiteral("counter");
    }
    return {};
}

std::optional<MailMethod> LetterVocabulary::mailMethodFromId(const QString &id)
{
    for (MailMethod m : mailMethods()) {
        if (LetterVocabulary::id(m) == id)
            return m;
    }
    return std::nullopt;
}

QString LetterVocabulary::displayName(MailMethod m)
{
    switch (m) {
    case MailMethod::Ordinary:
        return tr("Ordinary mail");
    case MailMethod::SimpleRegistered:
        return tr("Simple registered mail");
    case MailMethod::RestrictedDelivery:
        return tr("Restricted delivery mail");
    case MailMethod::Counter:
        return tr("Handed over at the counter");
    }
    return {};
}

} // namespace dsr
