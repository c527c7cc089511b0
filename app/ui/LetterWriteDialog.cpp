#include "LetterWriteDialog.h"

#include "DateLineEdit.h"
#include "ErrorLabel.h"
#include "LetterViewer.h"
#include "Logging.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Session.h"
#include "Settings.h"
#include "letters/LetterData.h"
#include "services/SettingsService.h"
#include "ui_LetterWriteDialog.h"

#include <QApplication>
#include <QGroupBox>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>

namespace dsr {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

} // namespace

LetterWriteDialog::LetterWriteDialog(Session &session, const Request &request, const QList<LetterKind> &kinds,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LetterWriteDialog>())
    , m_session(session)
    , m_request(request)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("letterWriteDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setWindowTitle(tr("Write a letter — request %1").arg(request.receiptNo));
    m_ui->introLabel->setText(tr("Request %1 · %2 · %3 · %4")
                                  .arg(request.receiptNo, request.memberName,
                                       RequestVocabulary::displayName(request.type),
                                       RequestVocabulary::displayName(request.status)));
    // The regime decides whether a correction letter names the recipients informed (art. 97).
    if (auto settings = SettingsService(session.database).loadForSystem())
        m_regime = settings->regime();

    // The inputs sit at the top of their column, each as tall as its fields, the rest left empty.
    for (QGroupBox *group : { m_ui->disclosureGroupBox, m_ui->correctionGroupBox, m_ui->purposesGroupBox,
                              m_ui->amendmentGroupBox, m_ui->thirdPartyGroupBox })
        group->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (LetterKind k : kinds)
        m_ui->kindComboBox->addItem(LetterKinds::displayName(k), LetterKinds::id(k));
    for (QPlainTextEdit *edit :
         { m_ui->enclosuresPlainTextEdit, m_ui->recipientsInformedPlainTextEdit, m_ui->purposesPlainTextEdit,
           m_ui->toSupplyPlainTextEdit, m_ui->informationPlainTextEdit }) {
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 14);
        connect(edit, &QPlainTextEdit::textChanged, this, &LetterWriteDialog::inputsChanged);
    }
    for (QLineEdit *edit :
         { static_cast<QLineEdit *>(m_ui->letterDateLineEdit), m_ui->postageLineEdit,
           m_ui->thirdPartyPostalCodeLineEdit, m_ui->thirdPartyAddressLineEdit, m_ui->dateReasonLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &LetterWriteDialog::inputsChanged);
    // A date more than a week back needs a reason; the field appears when the date calls for it.
    connect(m_ui->letterDateLineEdit, &QLineEdit::textChanged, this, &LetterWriteDialog::updateDateReason);
    updateDateReason();
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &LetterWriteDialog::kindChanged);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &LetterWriteDialog::preview);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &LetterWriteDialog::issue);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &LetterWriteDialog::submitForApproval);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    // A draft prints as it shows, 「案」 and all (for reading on paper); it is never recorded.
    connect(m_ui->letterViewer, &LetterViewer::printRequested, this, [this] {
        QString error;
        m_ui->letterViewer->print(&error);
        if (!error.isEmpty())
            m_ui->errorLabel->showError(error);
    });
    m_openSettingButton = new QPushButton(this);
    m_openSettingButton->setObjectName(QStringLiteral("openSettingButton"));
    m_openSettingButton->setAutoDefault(false);
    m_openSettingButton->hide();
    m_ui->buttonsLayout->insertWidget(0, m_openSettingButton);
    connect(m_openSettingButton, &QPushButton::clicked, this, &LetterWriteDialog::openSetting);
    auto *previewShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(previewShortcut, &QShortcut::activated, this, &LetterWriteDialog::preview);

    m_ui->writeSplitter->setStretchFactor(0, 2);
    m_ui->writeSplitter->setStretchFactor(1, 3);
    m_ui->writeSplitter->setSizes({ 460, 800 });
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableGeometry().size() * 0.92));
    kindChanged();
}

LetterWriteDialog::~LetterWriteDialog() = default;

bool LetterWriteDialog::needsDateReason() const
{
    const QDate date = m_ui->letterDateLineEdit->isAcceptable() ? m_ui->letterDateLineEdit->date() : QDate();
    return date.isValid() && date.daysTo(QDate::currentDate()) > LetterInput::MaxDaysBackWithoutReason;
}

void LetterWriteDialog::updateDateReason()
{
    const bool needed = needsDateReason();
    m_ui->dateReasonLabel->setVisible(needed);
    m_ui->dateReasonLineEdit->setVisible(needed);
}

LetterViewer *LetterWriteDialog::viewer() const
{
    return m_ui->letterViewer;
}

LetterKind LetterWriteDialog::kind() const
{
    return LetterKinds::fromId(m_ui->kindComboBox->currentData().toString()).value_or(LetterKind::Disclosure);
}

bool LetterWriteDialog::selectKind(LetterKind kind)
{
    const int index = m_ui->kindComboBox->findData(LetterKinds::id(kind));
    if (index < 0)
        return false;
    m_ui->kindComboBox->setCurrentIndex(index);
    return true;
}

void LetterWriteDialog::kindChanged()
{
    const bool any = m_ui->kindComboBox->count() > 0;
    const LetterKind k = kind();
    // The fields the kind takes (LetterKinds::inputs), a group box for each set of them.
    using F = LetterInputField;
    const LetterInputs takes = any ? LetterKinds::inputs(k, m_regime) : LetterInputs();
    const struct
    {
        QGroupBox *group;
        LetterInputs fields;
    } groups[] = {
        { m_ui->disclosureGroupBox, LetterInputs(F::Postage) | F::Enclosures },
        { m_ui->correctionGroupBox, F::RecipientsInformed },
        { m_ui->purposesGroupBox, F::Purposes },
        { m_ui->amendmentGroupBox, F::ToSupply },
        { m_ui->thirdPartyGroupBox, LetterInputs(F::ThirdPartyAddress) | F::Information },
    };
    for (const auto &g : groups)
        g.group->setVisible(bool(takes & g.fields));
    m_ui->postageLabel->setVisible(takes.testFlag(F::Postage));
    m_ui->postageLineEdit->setVisible(takes.testFlag(F::Postage));
    m_ui->enclosuresLabel->setVisible(takes.testFlag(F::Enclosures));
    m_ui->enclosuresPlainTextEdit->setVisible(takes.testFlag(F::Enclosures));
    m_ui->thirdPartyPostalCodeLabel->setVisible(takes.testFlag(F::ThirdPartyAddress));
    m_ui->thirdPartyPostalCodeLineEdit->setVisible(takes.testFlag(F::ThirdPartyAddress));
    m_ui->thirdPartyAddressLabel->setVisible(takes.testFlag(F::ThirdPartyAddress));
    m_ui->thirdPartyAddressLineEdit->setVisible(takes.testFlag(F::ThirdPartyAddress));
    m_ui->informationLabel->setVisible(takes.testFlag(F::Information));
    m_ui->informationPlainTextEdit->setVisible(takes.testFlag(F::Information));
    m_ui->noInputsLabel->setVisible(any && !takes);
    const bool decision = LetterKinds::isDecisionLetter(k);
    m_ui->issueButton->setVisible(decision);
    m_ui->submitButton->setVisible(!decision);
    m_ui->issueButton->setEnabled(any);
    m_ui->submitButton->setEnabled(any);
    m_ui->previewButton->setEnabled(any);
    m_ui->errorLabel->clearError();
    m_previewed = {};
    m_ui->letterViewer->clear();
    m_ui->previewStateLabel->clear();
}

std::optional<LetterInput> LetterWriteDialog::input(QString *error) const
{
    LetterInput in;
    // Only what the kind takes (LetterKinds::inputs): a field of another kind is not carried.
    using F = LetterInputField;
    const LetterInputs takes = LetterKinds::inputs(kind(), m_regime);
    if (takes.testFlag(F::Postage)) {
        // Full-width digits and a thousands separator are read as they are typed.
        QString postage = m_ui->postageLineEdit->text().normalized(QString::NormalizationForm_KC).trimmed();
        postage.remove(QLatin1Char(',')).remove(QStringLiteral("円"));
        if (!postage.isEmpty()) {
            bool ok = false;
            const int yen = postage.toInt(&ok);
            if (!ok || yen < 0) {
                *error = tr("Enter the postage as a whole number of yen, or leave it empty for none.");
                return std::nullopt;
            }
            in.postageYen = yen;
        }
    }
    if (takes.testFlag(F::Enclosures))
        in.enclosures = lines(m_ui->enclosuresPlainTextEdit);
    if (takes.testFlag(F::RecipientsInformed))
        in.recipientsInformed = m_ui->recipientsInformedPlainTextEdit->toPlainText().trimmed();
    if (takes.testFlag(F::Purposes))
        in.purposes = lines(m_ui->purposesPlainTextEdit);
    if (takes.testFlag(F::ToSupply))
        in.toSupply = m_ui->toSupplyPlainTextEdit->toPlainText().trimmed();
    if (takes.testFlag(F::ThirdPartyAddress)) {
        in.thirdPartyPostalCode = m_ui->thirdPartyPostalCodeLineEdit->text().trimmed();
        in.thirdPartyAddress = m_ui->thirdPartyAddressLineEdit->text().trimmed();
    }
    if (takes.testFlag(F::Information))
        in.information = m_ui->informationPlainTextEdit->toPlainText().trimmed();
    if (!m_ui->letterDateLineEdit->isAcceptable()) {
        *error = tr("The letter date cannot be read; write it as 2025-04-01, or leave it empty for today.");
        return std::nullopt;
    }
    in.letterDate = m_ui->letterDateLineEdit->date();
    if (needsDateReason())
        in.dateReason = m_ui->dateReasonLineEdit->text().trimmed();
    return in;
}

QJsonObject LetterWriteDialog::previewKey() const
{
    QString error;
    const auto in = input(&error);
    if (!in)
        return {};
    QJsonObject key = in->toJson();
    key.insert(QStringLiteral("kind"), LetterKinds::id(kind()));
    return key;
}

void LetterWriteDialog::inputsChanged()
{
    if (m_previewed.isEmpty())
        return;
    const bool current = previewKey() == m_previewed;
    m_ui->previewStateLabel->setText(current ? tr("The preview shows the letter as it stands.")
                                             : tr("Changed since the preview: preview again to see it."));
}

bool LetterWriteDialog::preview()
{
    m_ui->errorLabel->clearError();
    m_openSettingButton->hide();
    if (m_ui->kindComboBox->count() == 0)
        return false;
    QString error;
    const auto in = input(&error);
    if (!in) {
        m_ui->errorLabel->showError(error);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto draft = LetterService(m_session.database).preview(m_session.actor, m_request.id, kind(), *in);
    QGuiApplication::restoreOverrideCursor();
    if (!draft) {
        m_previewed = {};
        m_ui->letterViewer->showMessage(draft.error().message);
        showRefusal(draft.error());
        m_ui->previewStateLabel->clear();
        return false;
    }
    if (!m_ui->letterViewer->showPdf(draft->pdf, tr("%1 (draft)").arg(LetterKinds::title(kind()))))
        return false;
    m_previewed = previewKey();
    m_ui->previewStateLabel->setText(tr("Draft (案): not numbered, nothing stored. It prints as it shows."));
    qCInfo(lcUi) << "letter previewed, request id" << m_request.id;
    return true;
}

void LetterWriteDialog::issue()
{
    m_ui->errorLabel->clearError();
    QString error;
    const auto in = input(&error);
    if (!in) {
        m_ui->errorLabel->showError(error);
        return;
    }
    const LetterKind k = kind();
    QString question = tr("Issue the %1 for request %2? It gets the next document number and is stored as it "
                          "is; it cannot be changed afterwards.")
                           .arg(LetterKinds::title(k), m_request.receiptNo);
    if (m_previewed.isEmpty() || previewKey() != m_previewed)
        question += QStringLiteral("\n\n") + tr("You have not previewed the letter as it stands now.");
    if (MessageBox::question(this, tr("Issue letter"), question) != QMessageBox::Yes)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto issued = LetterService(m_session.database).issue(m_session.actor, m_request.id, k, *in);
    QGuiApplication::restoreOverrideCursor();
    if (!issued) {
        showRefusal(issued.error());
        return;
    }
    m_result = issued.value();
    qCInfo(lcUi) << "letter issued from the window, id" << m_result.id << "request id" << m_request.id;
    accept();
}

void LetterWriteDialog::submitForApproval()
{
    m_ui->errorLabel->clearError();
    QString error;
    const auto in = input(&error);
    if (!in) {
        m_ui->errorLabel->showError(error);
        return;
    }
    auto submitted
        = LetterService(m_session.database).submitDraft(m_session.actor, m_request.id, kind(), *in);
    if (!submitted) {
        showRefusal(submitted.error());
        return;
    }
    m_result = submitted.value();
    qCInfo(lcUi) << "letter draft submitted from the window, id" << m_result.id << "request id"
                 << m_request.id;
    accept();
}

namespace {

// The main window the dialog was opened from: its own window, or (from a request's window) the
// one main window of the session.
MainWindow *mainWindowOf(QWidget *widget)
{
    if (widget)
        if (auto *main = qobject_cast<MainWindow *>(widget->window()))
            return main;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *main = qobject_cast<MainWindow *>(top); main && main->isVisible())
            return main;
    return nullptr;
}

} // namespace

void LetterWriteDialog::showRefusal(const Error &error)
{
    m_ui->errorLabel->showError(error.message);
    const QList<Setting> missing = LetterDataBuilder::missingSettings(error);
    MainWindow *window = mainWindowOf(parentWidget());
    m_missingSetting.reset();
    if (!missing.isEmpty() && window && window->page(QStringLiteral("settings")))
        m_missingSetting = missing.constFirst();
    m_openSettingButton->setVisible(m_missingSetting.has_value());
    if (m_missingSetting)
        m_openSettingButton->setText(tr("Open Settings: %1").arg(Settings::label(*m_missingSetting)));
}

void LetterWriteDialog::openSetting()
{
    if (!m_missingSetting)
        return;
    MainWindow *window = mainWindowOf(parentWidget());
    const Setting key = *m_missingSetting;
    reject();
    if (window)
        window->showSetting(key);
}

} // namespace dsr
