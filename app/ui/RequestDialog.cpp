#include "RequestDialog.h"

#include "DateLineEdit.h"
#include "ErrorLabel.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Session.h"
#include "UiText.h"
#include "security/FreeText.h"
#include "services/AccountService.h"
#include "services/MemberService.h"
#include "services/SettingsService.h"
#include "text/JapaneseText.h"
#include "ui_RequestDialog.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QTimer>
#include <QTreeWidget>

namespace dsr {

namespace {

constexpr int MemberIdRole = Qt::UserRole;

// Free-text fields the service checks for a My Number; a refusal of one of these whose text does
// hold a valid number is a My Number problem that masking solves.
const QStringList kMyNumberFields { QStringLiteral("summary"),          QStringLiteral("agent_name"),
                                    QStringLiteral("agent_address"),    QStringLiteral("agent_relationship"),
                                    QStringLiteral("requested_detail"), QStringLiteral("notes") };

QString memberText(const Member &m)
{
    return m.kana.isEmpty() ? QStringLiteral("%1  %2").arg(m.memberNumber, m.name)
                            : QStringLiteral("%1  %2（%3）").arg(m.memberNumber, m.name, m.kana);
}

// "300", "３００", "1,200円" → yen; nullopt for anything else.
std::optional<int> parseYen(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QStringLiteral("円"));
    t = t.trimmed();
    bool ok = false;
    const int yen = t.toInt(&ok);
    return ok ? std::optional<int>(yen) : std::nullopt;
}

} // namespace

RequestDialog::RequestDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RequestDialog>())
    , m_session(session)
    , m_memberSearchTimer(new QTimer(this))
{
    setUp();
    setWindowTitle(tr("New request"));
    m_ui->saveButton->setText(tr("&Register"));
    m_ui->receivedDateEdit->setDate(QDate::currentDate());
    fillAssignees(m_session.actor.hasRole(Role::Clerk) ? m_session.actor.userId : 0, m_session.actor.login);
    fillCategories({});
    updateEnabledFields();
    m_ui->memberSearchLineEdit->setFocus();
    fitToScreen();
}

RequestDialog::RequestDialog(Session &session, const Request &request, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RequestDialog>())
    , m_session(session)
    , m_editing(true)
    , m_original(request)
    , m_memberSearchTimer(new QTimer(this))
{
    setUp();
    setWindowTitle(tr("Edit request %1").arg(request.receiptNo));
    m_ui->saveButton->setText(tr("&Save"));
    showRequest(request);
    updateEnabledFields();
    if (RequestService::factsFixed(request.status))
        m_ui->notesPlainTextEdit->setFocus();
    else
        m_ui->summaryLineEdit->setFocus();
    fitToScreen();
}

RequestDialog::~RequestDialog() = default;

void RequestDialog::setUp()
{
    m_ui->setupUi(this);
    m_fields = {
        { QStringLiteral("member"), { m_ui->memberErrorLabel, m_ui->memberSearchLineEdit } },
        { QStringLiteral("type"), { m_ui->typeErrorLabel, m_ui->typeComboBox } },
        { QStringLiteral("received"), { m_ui->receivedErrorLabel, m_ui->receivedDateEdit } },
        { QStringLiteral("channel"), { m_ui->channelErrorLabel, m_ui->channelComboBox } },
        { QStringLiteral("summary"), { m_ui->summaryErrorLabel, m_ui->summaryLineEdit } },
        { QStringLiteral("assigned_to"), { m_ui->assignedErrorLabel, m_ui->assignedComboBox } },
        { QStringLiteral("requester_kind"), { m_ui->requesterKindErrorLabel, m_ui->requesterKindComboBox } },
        { QStringLiteral("agent_name"), { m_ui->agentNameErrorLabel, m_ui->agentNameLineEdit } },
        { QStringLiteral("agent_address"), { m_ui->agentAddressErrorLabel, m_ui->agentAddressLineEdit } },
        { QStringLiteral("agent_relationship"),
          { m_ui->agentRelationshipErrorLabel, m_ui->agentRelationshipLineEdit } },
        { QStringLiteral("agent_evidence"), { m_ui->agentEvidenceErrorLabel, m_ui->agentEvidenceComboBox } },
        { QStringLiteral("id_document"), { m_ui->idDocumentErrorLabel, m_ui->idDocumentComboBox } },
        { QStringLiteral("residence_certificate"),
          { m_ui->residenceCertificateErrorLabel, m_ui->residenceCertificateLineEdit } },
        { QStringLiteral("categories"), { m_ui->categoriesErrorLabel, m_ui->categoriesListWidget } },
        { QStringLiteral("requested_detail"),
          { m_ui->requestedDetailErrorLabel, m_ui->requestedDetailPlainTextEdit } },
        { QStringLiteral("method"), { m_ui->methodErrorLabel, m_ui->methodComboBox } },
        { QStringLiteral("fee"), { m_ui->feeErrorLabel, m_ui->feeLineEdit } },
        { QStringLiteral("fee_paid"), { m_ui->feePaidErrorLabel, m_ui->feePaidLineEdit } },
        { QStringLiteral("notes"), { m_ui->notesErrorLabel, m_ui->notesPlainTextEdit } },
    };
    fillChoices();

    // The arrival date: never in the future (the service says so too, but why offer it).
    m_ui->columnsLayout->setStretch(0, 1);
    m_ui->columnsLayout->setStretch(1, 1);
    m_ui->receivedDateEdit->setMinimumDate(QDate(2000, 1, 1));
    m_ui->receivedDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->idDocumentNoteLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_ui->receivedHintLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

    // The scroll area holds the form; as a Tab stop of its own it would be a step that shows nothing.
    m_ui->formScrollArea->setFocusPolicy(Qt::NoFocus);

    QTreeWidget *results = m_ui->memberResultsTreeWidget;
    results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    results->header()->setStretchLastSection(true);
    results->hide(); // until there is something to choose from

    m_memberSearchTimer->setSingleShot(true);
    m_memberSearchTimer->setInterval(MemberSearchDelayMs);
    connect(m_memberSearchTimer, &QTimer::timeout, this, &RequestDialog::searchMembers);
    connect(m_ui->memberSearchLineEdit, &QLineEdit::textEdited, m_memberSearchTimer,
            qOverload<>(&QTimer::start));
    // Enter in the search field searches at once instead of pressing the default button.
    connect(m_ui->memberSearchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_memberSearchTimer->stop();
        searchMembers();
    });
    connect(results, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { memberItemChosen(current); });

    for (QComboBox *combo :
         { m_ui->typeComboBox, m_ui->channelComboBox, m_ui->requesterKindComboBox, m_ui->idDocumentComboBox })
        connect(combo, &QComboBox::currentIndexChanged, this, &RequestDialog::updateEnabledFields);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RequestDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RequestDialog::reject);
}

void RequestDialog::fillChoices()
{
    for (RequestType t : RequestVocabulary::types())
        m_ui->typeComboBox->addItem(RequestVocabulary::displayName(t), RequestVocabulary::id(t));
    for (Channel c : RequestVocabulary::channels())
        m_ui->channelComboBox->addItem(RequestVocabulary::displayName(c), RequestVocabulary::id(c));
    for (RequesterKind k : RequestVocabulary::requesterKinds())
        m_ui->requesterKindComboBox->addItem(RequestVocabulary::displayName(k), RequestVocabulary::id(k));
    m_ui->agentEvidenceComboBox->addItem(tr("(choose the document)"), QString());
    for (const QString &id : RequestVocabulary::agentEvidenceIds())
        m_ui->agentEvidenceComboBox->addItem(RequestVocabulary::agentEvidenceName(id), id);
    // The refused back of a My Number card is not offered at all; the note under the list says why.
    m_ui->idDocumentComboBox->addItem(tr("(not checked yet)"), QString());
    for (const QString &id : RequestVocabulary::idDocumentIds(false))
        m_ui->idDocumentComboBox->addItem(RequestVocabulary::idDocumentName(id), id);
    m_ui->methodComboBox->addItem(tr("(not specified)"), RequestVocabulary::id(DisclosureMethod::None));
    for (DisclosureMethod m : RequestVocabulary::methods())
        if (m != DisclosureMethod::None)
            m_ui->methodComboBox->addItem(RequestVocabulary::displayName(m), RequestVocabulary::id(m));
    m_ui->feeLineEdit->setMaxLength(12);
}

void RequestDialog::fillAssignees(qint64 current, const QString &currentLogin)
{
    QComboBox *combo = m_ui->assignedComboBox;
    combo->clear();
    combo->addItem(tr("(nobody yet)"), qint64(0));
    // Only administrators may list accounts; asking as a clerk would be refused and recorded as a
    // refused attempt, so a clerk is offered themself and whoever is assigned already.
    if (Permissions::allowed(m_session.actor.roles, Operation::UserList)) {
        auto users = AccountService(m_session.database).listUsers(m_session.actor);
        if (users) {
            for (const User &u : users.value())
                if (u.roles.contains(Role::Clerk) && !u.disabled)
                    combo->addItem(tr("%1 (%2)").arg(u.displayName, u.login), u.id);
        }
    } else if (m_session.actor.hasRole(Role::Clerk)) {
        combo->addItem(tr("Me — %1 (%2)").arg(m_session.actor.displayName, m_session.actor.login),
                       m_session.actor.userId);
    }
    if (current > 0 && combo->findData(current) < 0)
        combo->addItem(currentLogin.isEmpty() ? tr("User %1").arg(current) : currentLogin, current);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void RequestDialog::fillCategories(const QStringList &checked)
{
    QStringList categories;
    auto settings = SettingsService(m_session.database).load(m_session.actor);
    const QString value = settings ? settings->value(Setting::RequestCategories)
                                   : Settings::info(Setting::RequestCategories).defaultValue;
    for (const QString &c : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            categories << c.trimmed();
    // A category taken off the list since the request was registered is still shown, checked,
    // so the clerk sees it and can uncheck it (the service refuses unknown categories).
    for (const QString &c : checked)
        if (!categories.contains(c))
            categories << c;
    QListWidget *list = m_ui->categoriesListWidget;
    list->clear();
    for (const QString &c : std::as_const(categories)) {
        auto *item = new QListWidgetItem(c, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    // Several columns when the list is long, so it stays a compact block of boxes.
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setSpacing(2);
    // Room for the boxes it holds (they wrap into rows), not the list view's default height.
    const int rows = int(categories.size() + 2) / 3 + 1;
    list->setMaximumHeight(rows * (list->fontMetrics().height() + 10) + 2 * list->frameWidth());
}

void RequestDialog::setMember(const Member &member)
{
    m_member = member;
    m_foundMembers.insert(member.id, member);
    showChosenMember();
}

void RequestDialog::showRequest(const Request &r)
{
    auto select = [](QComboBox *combo, const QVariant &data) {
        const int index = combo->findData(data);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    // The member: its number and name are on the request; the kana comes from the directory.
    Member m;
    m.id = r.memberId;
    m.memberNumber = r.memberNumber;
    m.name = r.memberName;
    auto found = MemberService(m_session.database).find(m_session.actor, r.memberNumber, 20);
    if (found) {
        for (const Member &candidate : found.value())
            if (candidate.id == r.memberId)
                m = candidate;
    }
    setMember(m);

    select(m_ui->typeComboBox, RequestVocabulary::id(r.type));
    if (r.received.isValid()) {
        m_ui->receivedDateEdit->setMinimumDate(qMin(r.received, QDate(2000, 1, 1)));
        m_ui->receivedDateEdit->setDate(r.received);
    }
    select(m_ui->channelComboBox, RequestVocabulary::id(r.channel));
    m_ui->summaryLineEdit->setText(r.summary);
    fillAssignees(r.assignedTo, r.assignedLogin);
    select(m_ui->requesterKindComboBox, RequestVocabulary::id(r.requester.kind));
    m_ui->agentNameLineEdit->setText(r.requester.agentName);
    m_ui->agentAddressLineEdit->setText(r.requester.agentAddress);
    m_ui->agentRelationshipLineEdit->setText(r.requester.agentRelationship);
    select(m_ui->agentEvidenceComboBox, r.requester.agentEvidence);
    select(m_ui->idDocumentComboBox, r.identity.documentType);
    m_ui->residenceCertificateLineEdit->setDate(r.identity.residenceCertificateIssued);
    fillCategories(r.categories);
    m_ui->requestedDetailPlainTextEdit->setPlainText(r.requestedDetail);
    select(m_ui->methodComboBox, RequestVocabulary::id(r.method));
    m_ui->feeLineEdit->setText(r.feeYen ? QString::number(*r.feeYen) : QString());
    m_ui->feePaidLineEdit->setDate(r.feePaid);
    m_ui->notesPlainTextEdit->setPlainText(r.notes);
}

void RequestDialog::searchMembers()
{
    const QString query = m_ui->memberSearchLineEdit->text().trimmed();
    QTreeWidget *results = m_ui->memberResultsTreeWidget;
    const QSignalBlocker blocker(results);
    results->clear();
    m_ui->memberErrorLabel->clearError();
    if (query.isEmpty()) {
        results->hide();
        return;
    }
    auto found = MemberService(m_session.database).find(m_session.actor, query, MemberSearchLimit);
    if (!found) {
        results->hide();
        m_ui->memberErrorLabel->showError(found.error().message);
        return;
    }
    results->show();
    const QString typedNumber = query.normalized(QString::NormalizationForm_KC);
    QTreeWidgetItem *exact = nullptr;
    for (const Member &m : found.value()) {
        m_foundMembers.insert(m.id, m);
        // Five 田中 誠 are told apart by their birth date and where they live (no block numbers).
        const QString address = JapaneseText::abridgedAddress(m.address);
        auto *item = new QTreeWidgetItem(
            results, { m.memberNumber, m.name, m.kana, UiText::date(m.birthDate), address });
        // The narrow column elides a long address: the row's tooltip has the whole line.
        const QString whole
            = QStringList { m.memberNumber, m.name, m.kana, UiText::date(m.birthDate), address }.join(
                QStringLiteral("　"));
        for (int column = 0; column < results->columnCount(); ++column)
            item->setToolTip(column, whole);
        item->setData(0, MemberIdRole, m.id);
        if (m.memberNumber.compare(typedNumber, Qt::CaseInsensitive) == 0)
            exact = item;
    }
    if (found->isEmpty()) {
        auto *none = new QTreeWidgetItem(results, { tr("No member matches.") });
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
    // A full member number, typed or read from a card, chooses at once.
    if (exact) {
        results->setCurrentItem(exact);
        memberItemChosen(exact);
    }
}

void RequestDialog::memberItemChosen(QTreeWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return;
    const qint64 id = item->data(0, MemberIdRole).toLongLong();
    if (!m_foundMembers.contains(id))
        return;
    m_member = m_foundMembers.value(id);
    m_ui->memberErrorLabel->clearError();
    showChosenMember();
}

void RequestDialog::showChosenMember()
{
    if (m_member.id <= 0) {
        m_ui->memberSelectedLabel->setText(tr("No member chosen yet."));
        return;
    }
    m_ui->memberSelectedLabel->setText(tr("Chosen: %1").arg(memberText(m_member)));
}

void RequestDialog::updateEnabledFields()
{
    const auto type = RequestVocabulary::typeFromId(m_ui->typeComboBox->currentData().toString());
    const bool agent
        = m_ui->requesterKindComboBox->currentData().toString() != RequestVocabulary::id(RequesterKind::Self);
    const bool mail = m_ui->channelComboBox->currentData().toString() == RequestVocabulary::id(Channel::Mail);
    const bool idChecked = !m_ui->idDocumentComboBox->currentData().toString().isEmpty();
    const bool method = type && RequestVocabulary::hasDisclosureMethod(*type);
    const bool fee = type && RequestVocabulary::feeAllowed(*type);

    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->agentNameLabel, m_ui->agentNameLineEdit, m_ui->agentAddressLabel,
             m_ui->agentAddressLineEdit, m_ui->agentRelationshipLabel, m_ui->agentRelationshipLineEdit,
             m_ui->agentEvidenceLabel, m_ui->agentEvidenceComboBox })
        w->setEnabled(agent);
    // By mail the identity check is a copy of the ID plus a recent certificate of residence.
    m_ui->residenceCertificateLabel->setEnabled(mail && idChecked);
    m_ui->residenceCertificateLineEdit->setEnabled(mail && idChecked);
    m_ui->methodLabel->setEnabled(method);
    m_ui->methodComboBox->setEnabled(method);
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_ui->feeLabel, m_ui->feeLineEdit, m_ui->feeUnitLabel,
                                            m_ui->feePaidLabel, m_ui->feePaidLineEdit })
        w->setEnabled(fee);
    // Decided means decided: the service refuses changes to the facts of a decision in approval or
    // decided; the form does not offer them (the service still decides).
    if (m_editing && RequestService::factsFixed(m_original.status)) {
        const QString why = tr("The decision is %1: this fact cannot change now. Return the draft or "
                               "reopen the request to correct it.")
                                .arg(RequestVocabulary::displayName(m_original.status));
        for (const QString &field : RequestService::factFields()) {
            const auto it = m_fields.constFind(field);
            if (it == m_fields.constEnd())
                continue;
            it->widget->setEnabled(false);
            it->widget->setToolTip(why);
        }
        m_ui->memberResultsTreeWidget->setEnabled(false);
    }
}

Request RequestDialog::draft() const
{
    Request d = m_original;
    d.memberId = m_member.id;
    d.type = RequestVocabulary::typeFromId(m_ui->typeComboBox->currentData().toString())
                 .value_or(RequestType::Disclosure);
    d.received = m_ui->receivedDateEdit->date();
    d.channel = RequestVocabulary::channelFromId(m_ui->channelComboBox->currentData().toString())
                    .value_or(Channel::Counter);
    d.summary = m_ui->summaryLineEdit->text();
    d.requester.kind
        = RequestVocabulary::requesterKindFromId(m_ui->requesterKindComboBox->currentData().toString())
              .value_or(RequesterKind::Self);
    d.requester.agentName = m_ui->agentNameLineEdit->text();
    d.requester.agentAddress = m_ui->agentAddressLineEdit->text();
    d.requester.agentRelationship = m_ui->agentRelationshipLineEdit->text();
    d.requester.agentEvidence = m_ui->agentEvidenceComboBox->currentData().toString();

    const QString document = m_ui->idDocumentComboBox->currentData().toString();
    if (document != m_original.identity.documentType) {
        // A different document is a new check: by the person saving it, now (the service fills
        // both in when they are empty).
        d.identity = IdentityCheck {};
        d.identity.documentType = document;
    }
    d.identity.residenceCertificateIssued = m_ui->residenceCertificateLineEdit->isEnabled()
        ? m_ui->residenceCertificateLineEdit->date()
        : QDate();

    d.categories.clear();
    for (int row = 0; row < m_ui->categoriesListWidget->count(); ++row) {
        const QListWidgetItem *item = m_ui->categoriesListWidget->item(row);
        if (item->checkState() == Qt::Checked)
            d.categories << item->text();
    }
    d.requestedDetail = m_ui->requestedDetailPlainTextEdit->toPlainText();
    // Fields that do not apply to the type are kept in the form (the type may be changed back)
    // but not sent.
    d.method = m_ui->methodComboBox->isEnabled()
        ? RequestVocabulary::methodFromId(m_ui->methodComboBox->currentData().toString())
              .value_or(DisclosureMethod::None)
        : DisclosureMethod::None;
    const bool fee = m_ui->feeLineEdit->isEnabled();
    d.feeYen = fee && !m_ui->feeLineEdit->text().trimmed().isEmpty() ? parseYen(m_ui->feeLineEdit->text())
                                                                     : std::nullopt;
    d.feePaid = fee ? m_ui->feePaidLineEdit->date() : QDate();
    d.notes = m_ui->notesPlainTextEdit->toPlainText();
    d.assignedTo = m_ui->assignedComboBox->currentData().toLongLong();
    return d;
}

bool RequestDialog::checkTypedValues()
{
    // What the service never sees because the form cannot turn it into a value.
    QWidget *firstBad = nullptr;
    const QString dateHint = tr("Write the date as 2025/04/01 or 令和7年4月1日.");
    if (m_ui->residenceCertificateLineEdit->isEnabled()
        && !m_ui->residenceCertificateLineEdit->isAcceptable())
        showFieldError(QStringLiteral("residence_certificate"), dateHint, &firstBad);
    if (m_ui->feeLineEdit->isEnabled()) {
        if (!m_ui->feeLineEdit->text().trimmed().isEmpty() && !parseYen(m_ui->feeLineEdit->text()))
            showFieldError(QStringLiteral("fee"),
                           tr("Write the fee in yen as a whole number, for example 300."), &firstBad);
        if (!m_ui->feePaidLineEdit->isAcceptable())
            showFieldError(QStringLiteral("fee_paid"), dateHint, &firstBad);
    }
    if (firstBad) {
        firstBad->setFocus();
        m_ui->formScrollArea->ensureWidgetVisible(firstBad);
    }
    return !firstBad;
}

void RequestDialog::clearErrors()
{
    for (const Field &f : std::as_const(m_fields))
        f.label->clearError();
    m_ui->errorLabel->clearError();
}

void RequestDialog::showFieldError(const QString &field, const QString &message, QWidget **firstBad)
{
    const auto it = m_fields.constFind(field);
    ErrorLabel *label = it != m_fields.constEnd() ? it->label : m_ui->errorLabel;
    // One field may be refused for several reasons (two unknown categories): show them all.
    label->showError(label->hasError() ? label->text() + QLatin1Char('\n') + message : message);
    if (!*firstBad)
        *firstBad = it != m_fields.constEnd() ? it->widget : nullptr;
}

void RequestDialog::showFieldErrors(const QList<FieldError> &errors)
{
    QWidget *firstBad = nullptr;
    for (const FieldError &e : errors) {
        // The service names the evidence by its identifiers (for dsrctl); the form offers names.
        if (e.field == QLatin1String("agent_evidence")
            && m_ui->agentEvidenceComboBox->currentData().toString().isEmpty())
            showFieldError(e.field, tr("Choose the document that proves the agent's authority."), &firstBad);
        else
            showFieldError(e.field, e.message, &firstBad);
    }
    if (firstBad) {
        firstBad->setFocus();
        m_ui->formScrollArea->ensureWidgetVisible(firstBad);
    }
}

QString RequestDialog::fieldText(const QString &field) const
{
    if (field == QLatin1String("summary"))
        return m_ui->summaryLineEdit->text();
    if (field == QLatin1String("agent_name"))
        return m_ui->agentNameLineEdit->text();
    if (field == QLatin1String("agent_address"))
        return m_ui->agentAddressLineEdit->text();
    if (field == QLatin1String("agent_relationship"))
        return m_ui->agentRelationshipLineEdit->text();
    if (field == QLatin1String("requested_detail"))
        return m_ui->requestedDetailPlainTextEdit->toPlainText();
    if (field == QLatin1String("notes"))
        return m_ui->notesPlainTextEdit->toPlainText();
    return {};
}

bool RequestDialog::onlyMyNumberProblems(const QList<FieldError> &errors) const
{
    if (errors.isEmpty())
        return false;
    // Judged by the text itself, not by the wording of the message (which is translated).
    for (const FieldError &e : errors)
        if (!kMyNumberFields.contains(e.field) || !FreeText::holdsMyNumber(fieldText(e.field)))
            return false;
    return true;
}

Result<Request> RequestDialog::save(const RegisterOptions &options)
{
    RequestService service(m_session.database);
    const Request d = draft();
    return m_editing ? service.update(m_session.actor, d, options)
                     : service.registerRequest(m_session.actor, d, options);
}

void RequestDialog::accept()
{
    clearErrors();
    if (!checkTypedValues())
        return;
    m_ui->saveButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    RegisterOptions options;
    Result<Request> result = save(options);
    QGuiApplication::restoreOverrideCursor();
    if (!result && result.error().code == ErrorCode::Validation
        && onlyMyNumberProblems(result.error().fields)) {
        showFieldErrors(result.error().fields);
        QStringList labels;
        for (const FieldError &e : result.error().fields)
            if (!labels.contains(RequestService::fieldLabel(e.field)))
                labels << RequestService::fieldLabel(e.field);
        const auto answer = MessageBox::question(
            this, tr("My Number in the text"),
            tr("%1: the text holds what looks like a My Number (個人番号). A My Number is never stored in a "
               "request.\n\nSave the request with the number masked as ************?")
                .arg(labels.join(tr(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_ui->saveButton->setEnabled(true);
            return;
        }
        clearErrors();
        options.maskMyNumbers = true;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        result = save(options);
        QGuiApplication::restoreOverrideCursor();
    }
    m_ui->saveButton->setEnabled(true);
    if (result) {
        m_saved = result.value();
        qCInfo(lcUi) << (m_editing ? "request edited from the window, id"
                                   : "request registered from the window, id")
                     << m_saved.id;
        QDialog::accept();
        return;
    }
    const Error &e = result.error();
    if (e.code == ErrorCode::Conflict && m_editing) {
        MessageBox::warning(this, tr("Edit request"), e.message);
        m_lostRace = true;
        QDialog::reject();
        return;
    }
    if (e.code == ErrorCode::Validation && !e.fields.isEmpty()) {
        showFieldErrors(e.fields);
        return;
    }
    m_ui->errorLabel->showError(e.message);
}

void RequestDialog::fitToScreen()
{
    // The scroll area asks for little room by default; size the dialog for the whole form and
    // let the scroll bars take over only on small screens.
    QWidget *form = m_ui->formContainer;
    QSize wanted
        = form->sizeHint() + QSize(m_ui->formScrollArea->verticalScrollBar()->sizeHint().width() + 40, 0);
    // Two columns of comfortable fields, whatever the first-shown content asks for.
    wanted.setWidth(qMax(wanted.width(), fontMetrics().averageCharWidth() * 150));
    wanted.setHeight(wanted.height() + m_ui->saveButton->sizeHint().height() + 120);
    if (const QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(wanted);
}

} // namespace dsr
