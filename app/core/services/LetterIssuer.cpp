#include "LetterIssuer.h"

#include "../Logging.h"

#include "../letters/LetterData.h"
#include "../letters/LetterLifecycle.h"
#include "../storage/AuditRepository.h"
#include "../storage/Database.h"
#include "../storage/LetterRepository.h"
#include "../storage/Numbering.h"
#include "../storage/SettingsRepository.h"
#include "../text/JapaneseEra.h"
#include "LetterRegister.h"
#include "LetterTemplateService.h"

#include <QCryptographicHash>
#include <QThreadPool>

namespace dsr {

QString LetterIssuer::documentNumber(const QString &symbol, int number, bool fullWidthDigits)
{
    const QString digits = QString::number(number);
    return symbol + QStringLiteral("第") + (fullWidthDigits ? JapaneseEra::toFullWidthDigits(digits) : digits)
        + QStringLiteral("号");
}

std::optional<LetterIssuer::AheadJob> LetterIssuer::aheadJob(const Actor &actor, const IssueOrder &order,
                                                             const OrganisationSettings &settings,
                                                             const QImage &seal,
                                                             const std::function<int(int)> &expectedNumber)
{
    auto facts = gather(actor, order.requestId, order.kind, order.input);
    auto text = LetterTemplateService(database()).textInForce(order.kind);
    if (!facts || !text)
        return std::nullopt;
    AheadJob job;
    job.facts = facts.value();
    job.facts.documentNumber = documentNumber(settings.value(Setting::DocumentSymbol),
                                              expectedNumber(JapaneseEra::fiscalYearOf(job.facts.issueDate)),
                                              settings.value(Setting::LetterDigits) == QLatin1String("full"));
    job.settings = settings;
    job.options.timestamp = QDateTime::currentDateTimeUtc();
    job.options.seal = seal;
    job.letter = std::make_shared<SpeculativeLetter>();
    job.letter->templateText = *text;
    job.letter->sealKey = seal.cacheKey();
    return job;
}

std::shared_ptr<LetterIssuer::SpeculativeLetter> LetterIssuer::AheadJob::start() const
{
    auto task = std::make_shared<std::packaged_task<void()>>([job = *this] { job.render(); });
    letter->rendering = task->get_future().share();
    QThreadPool::globalInstance()->start([task] { (*task)(); });
    return letter;
}

void LetterIssuer::AheadJob::render() const
{
    auto composed = LetterComposer::compose(facts, settings, letter->templateText, options);
    if (composed)
        letter->composed = std::move(composed).value();
}

std::shared_ptr<LetterIssuer::SpeculativeLetter>
LetterIssuer::renderAhead(const Actor &actor, qint64 requestId, LetterKind kind, const LetterInput &input)
{
    // Rendered before the write lock is taken, with the number the letter will most likely get;
    // issueIn uses it only if it is exactly what the transaction would render. Two desks issuing
    // at once then hold the lock for milliseconds, not for a whole rendering.
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return nullptr;
    auto seal = LetterTemplateService(database()).sealImage(*settings);
    Numbering numbering(database());
    const auto job = aheadJob(
        actor, IssueOrder { requestId, kind, input }, *settings, seal ? *seal : QImage(), [&](int year) {
            auto current
                = numbering.current(NumberSeries::Document, settings->value(Setting::DocumentSymbol), year);
            return current ? *current + 1 : 1;
        });
    if (!job)
        return nullptr;
    return job->start();
}

Result<LetterInput> LetterIssuer::storedInput(qint64 letterId)
{
    auto stored = LetterRepository(database()).input(letterId);
    if (!stored)
        return stored.error();
    return LetterInput::fromStored(*stored);
}

Result<Letter> LetterIssuer::issueIn(const Actor &actor, qint64 requestId, LetterKind kind,
                                     const LetterInput &input, qint64 draftId, qint64 draftVersion,
                                     qint64 replacesId, const SpeculativeLetter *speculative)
{
    auto facts = gather(actor, requestId, kind, input);
    if (!facts)
        return facts.error();
    auto settings = SettingsRepository(database()).load();
    if (!settings)
        return settings.error();
    LetterRepository letters(database());
    LetterTemplateService templates(database());
    auto tmpl = templates.templateInForce(kind, actor.userId);
    if (!tmpl)
        return tmpl.error();

    RenderOptions options;
    options.timestamp = QDateTime::currentDateTimeUtc();
    auto seal = templates.sealImage(*settings);
    if (!seal)
        return seal.error();
    if (seal->isNull() && settings->value(Setting::LetterSeal) == QLatin1String("image"))
        return makeError(ErrorCode::Validation,
                         tr("The letters are set to print the official seal, but no seal image has been "
                            "imported. Import one (dsrctl template seal FILE) or set letters.seal to omit."));
    options.seal = *seal;
    const QString text = LetterTemplateService::textOf(tmpl.value());
    // The letter rendering ahead is awaited before the number is taken: on a server the counter's
    // row lock is then held for the writes only, not for the rest of a rendering.
    if (speculative && speculative->rendering.valid())
        speculative->rendering.wait();

    IssuedLetter issued;
    issued.symbol = settings->value(Setting::DocumentSymbol);
    issued.letterDate = facts->issueDate;
    auto number = Numbering(database()).allocate(NumberSeries::Document, issued.symbol, issued.letterDate);
    if (!number)
        return number.error();
    issued.fiscalYear = number->fiscalYear;
    issued.number = number->number;
    issued.documentNo = documentNumber(issued.symbol, issued.number,
                                       settings->value(Setting::LetterDigits) == QLatin1String("full"));
    facts.value().documentNumber = issued.documentNo;
    // A letter rendered ahead (issueMany) is used only when it says exactly this: the same values
    // — the number included — the same template and the same seal. Otherwise it is rendered now.
    std::optional<ComposedLetter> ahead;
    if (speculative && speculative->composed && speculative->templateText == text
        && speculative->sealKey == options.seal.cacheKey()) {
        auto data = LetterDataBuilder::build(*facts, *settings);
        if (data && data->values == speculative->composed->data.values)
            ahead = speculative->composed.value();
    }
    if (!ahead && speculative)
        qCDebug(lcServices).noquote()
            << "letter rendered ahead does not match" << issued.documentNo
            << (speculative->composed ? "(content or template differs)" : "(no render)");
    if (!ahead && speculative && speculative->onlyIfMatches) {
        speculative->missed = true;
        return makeError(ErrorCode::Conflict,
                         tr("Another desk took document number %1 first.").arg(issued.documentNo));
    }
    auto composed
        = ahead ? Result<ComposedLetter>(*ahead) : LetterComposer::compose(*facts, *settings, text, options);
    if (!composed)
        return composed.error();
    issued.addressee = facts->kind == LetterKind::ThirdPartyOpinion ? facts->opinion.thirdParty.name
                                                                    : facts->request.requesterName();
    issued.templateId = tmpl->id;
    issued.pdf = composed->rendered.pdf;
    issued.sha256
        = QString::fromLatin1(QCryptographicHash::hash(issued.pdf, QCryptographicHash::Sha256).toHex());
    issued.pages = composed->rendered.pages;
    issued.issuedBy = actor.userId;
    issued.replacesId = replacesId;

    qint64 id = draftId;
    if (draftId > 0) {
        if (Status s = letters.issueDraft(draftId, draftVersion, issued); !s)
            return s.error();
    } else {
        auto inserted = letters.insertIssued(requestId, LetterKinds::id(kind), issued);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    if (draftId == 0) {
        if (Status s = letters.setInput(id, input.toStored()); !s)
            return s.error();
    }
    QJsonObject details { { QStringLiteral("request_id"), requestId },
                          { QStringLiteral("kind"), LetterKinds::id(kind) },
                          { QStringLiteral("document_no"), issued.documentNo },
                          { QStringLiteral("sha256"), issued.sha256 },
                          { QStringLiteral("template_version"), tmpl->version } };
    if (replacesId > 0)
        details.insert(QStringLiteral("replaces"), replacesId);
    details.insert(QStringLiteral("letter_date"), issued.letterDate.toString(Qt::ISODate));
    if (const qint64 back = issued.letterDate.daysTo(today()); back > LetterInput::MaxDaysBackWithoutReason) {
        // The reason itself is stored with the letter's input (free text stays out of the trail).
        details.insert(QStringLiteral("backdated_days"), back);
        details.insert(QStringLiteral("date_reason"), true);
    }
    if (auto a = AuditRepository(database())
                     .append(eventFor(actor, QStringLiteral("letter.issue"), QStringLiteral("letter"),
                                      QString::number(id), details));
        !a)
        return a.error();
    return LetterRegister::load(database(), id);
}

Status LetterIssuer::notYetIssued(qint64 requestId, LetterKind kind, qint64 issuingUser)
{
    // One decision, one letter: a second one is a reissue, which says what it replaces.
    auto existing
        = LetterRepository(database()).list(LetterQuery { requestId, LetterKinds::id(kind), {}, 0, {} });
    if (!existing)
        return existing.error();
    for (const Letter &l : existing.value()) {
        if (!LetterLifecycle::stands(l))
            continue;
        // Another desk was faster (or this screen is out of date): a conflict, as for any change
        // someone else made first.
        if (issuingUser > 0 && l.issuedBy > 0 && l.issuedBy != issuingUser)
            return makeError(ErrorCode::Conflict,
                             tr("%1 issued the %2 for this request as %3 meanwhile. Reload the request; to "
                                "send it again, issue it again from that letter (reissue).")
                                 .arg(l.issuedByLogin, LetterKinds::title(kind), l.documentNo));
        return makeError(ErrorCode::Validation,
                         tr("The %1 for this request was issued as %2; to send it again, issue it again "
                            "from that letter (reissue).")
                             .arg(LetterKinds::title(kind), l.documentNo));
    }
    return {};
}

} // namespace dsr
