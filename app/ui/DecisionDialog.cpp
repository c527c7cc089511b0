#include "DecisionDialog.h"

#include "ErrorLabel.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Session.h"
#include "UiText.h"
#include "services/DisclosureService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsr {

namespace {

QPlainTextEdit *textEdit(QWidget *parent, const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setMinimumHeight(t->fontMetrics().height() * 7);
    return t;
}

QString cellText(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QWidget *addRemoveButtons(QWidget *parent, const QString &prefix, const std::function<void()> &add,
                          QTableWidget *target, bool readOnly)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *addButton = new QPushButton(DecisionDialog::tr("Add row"), row);
    addButton->setObjectName(QStringLiteral("add%1Button").arg(prefix));
    addButton->setAutoDefault(false);
    auto *removeButton = new QPushButton(DecisionDialog::tr("Remove row"), row);
    removeButton->setObjectName(QStringLiteral("remove%1Button").arg(prefix));
    removeButton->setAutoDefault(false);
    layout->addWidget(addButton);
    layout->addWidget(removeButton);
    layout->addStretch();
    QObject::connect(addButton, &QPushButton::clicked, row, add);
    QObject::connect(removeButton, &QPushButton::clicked, row, [target] {
        const int r = target->currentRow();
        if (r >= 0)
            target->removeRow(r);
    });
    row->setVisible(!readOnly);
    return row;
}

} // namespace

DecisionDialog::DecisionDialog(Session &session, const Request &request,
                               const std::optional<Decision> &existing, bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_request(request)
    , m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(readOnly ? tr("Decision on request %1").arg(request.receiptNo)
                            : tr("Draft the decision on request %1").arg(request.receiptNo));
    auto settings = SettingsService(session.database).loadForSystem();
    m_regime = settings ? settings->regime() : LegalRegime::Private;

    // The form keeps to the top; the scroll area takes what the sections of a kind need.
    auto *outer = new QWidget;
    auto *outerLayout = new QVBoxLayout(outer);
    auto *content = new QWidget(outer);
    outerLayout->addWidget(content);
    outerLayout->addStretch(1);
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *heading = new QLabel(
        tr("%1 · %2 · %3")
            .arg(request.receiptNo, RequestVocabulary::displayName(request.type), request.memberName),
        content);
    heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    form->addRow(heading);

    m_kind = new QComboBox(content);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (DecisionKind k : DecisionVocabulary::kindsFor(request.type))
        m_kind->addItem(DecisionVocabulary::displayName(k), DecisionVocabulary::id(k));
    form->addRow(tr("&Decision:"), m_kind);

    m_data = textEdit(content, QStringLiteral("dataPlainTextEdit"), 3);
    m_data->setPlaceholderText(tr("The personal data the decision concerns"));
    form->addRow(tr("D&ata concerned:"), m_data);

    m_method = new QComboBox(content);
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    for (DisclosureMethod m : RequestVocabulary::methods())
        m_method->addItem(m == DisclosureMethod::None ? tr("(not applicable)")
                                                      : RequestVocabulary::displayName(m),
                          RequestVocabulary::id(m));
    m_method->setCurrentIndex(m_method->findData(RequestVocabulary::id(request.method)));
    form->addRow(tr("&Method:"), m_method);
    m_method->setVisible(RequestVocabulary::hasDisclosureMethod(request.type));
    form->labelForField(m_method)->setVisible(RequestVocabulary::hasDisclosureMethod(request.type));

    // Parts not disclosed: the ground is chosen from the regime's list, never typed.
    m_withheldBox = new QGroupBox(tr("Parts not disclosed"), content);
    auto *withheldLayout = new QVBoxLayout(m_withheldBox);
    m_withheld = table(m_withheldBox, QStringLiteral("withheldTableWidget"),
                       { tr("Part"), tr("Ground"), tr("Reason") });
    withheldLayout->addWidget(m_withheld);
    QWidget *withheldButtons = addRemoveButtons(
        m_withheldBox, QStringLiteral("Withheld"), [this] { addWithheldRow(); }, m_withheld, readOnly);
    if (request.type == RequestType::Disclosure) {
        auto *fromCopies = new QPushButton(tr("From the redacted copies"), withheldButtons);
        fromCopies->setObjectName(QStringLiteral("withheldFromCopiesButton"));
        fromCopies->setAutoDefault(false);
        fromCopies->setToolTip(
            tr("Fill the parts with the boxes of the redacted copies, one row per ground"));
        withheldButtons->layout()->addWidget(fromCopies);
        connect(fromCopies, &QPushButton::clicked, this, [this] { fillWithheldFromCopies(); });
    }
    withheldLayout->addWidget(withheldButtons);
    form->addRow(m_withheldBox);

    m_correctionsBox = new QGroupBox(tr("Corrections"), content);
    auto *correctionsLayout = new QVBoxLayout(m_correctionsBox);
    m_corrections = table(m_correctionsBox, QStringLiteral("correctionsTableWidget"),
                          { tr("Item"), tr("Before"), tr("After") });
    correctionsLayout->addWidget(m_corrections);
    correctionsLayout->addWidget(addRemoveButtons(
        m_correctionsBox, QStringLiteral("Correction"), [this] { addCorrectionRow(); }, m_corrections,
        readOnly));
    form->addRow(m_correctionsBox);

    m_measureBox = new QGroupBox(tr("Measure"), content);
    auto *measureLayout = new QFormLayout(m_measureBox);
    m_measure = new QComboBox(m_measureBox);
    m_measure->setObjectName(QStringLiteral("measureComboBox"));
    m_measure->addItems(DecisionVocabulary::measures());
    m_measureDate = new QDateEdit(QDate::currentDate(), m_measureBox);
    m_measureDate->setObjectName(QStringLiteral("measureDateEdit"));
    m_measureDate->setCalendarPopup(true);
    m_measureDate->setDisplayFormat(UiText::dateEditFormat());
    measureLayout->addRow(tr("Measure:"), m_measure);
    measureLayout->addRow(tr("Taken on:"), m_measureDate);
    form->addRow(m_measureBox);

    m_substituteBox = new QGroupBox(tr("Substitute measure"), content);
    auto *substituteLayout = new QVBoxLayout(m_substituteBox);
    m_substitute = textEdit(m_substituteBox, QStringLiteral("substitutePlainTextEdit"), 3);
    substituteLayout->addWidget(m_substitute);
    form->addRow(m_substituteBox);

    m_reasons = textEdit(content, QStringLiteral("reasonsPlainTextEdit"), 4);
    m_reasons->setPlaceholderText(tr("Required when anything is refused (art. 36)"));
    form->addRow(tr("&Reasons:"), m_reasons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab goes from field to field.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(outer);

    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    if (!readOnly)
        m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save draft"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateKindSections);
    if (existing)
        showDecision(*existing);
    updateKindSections();

    if (readOnly) {
        for (QWidget *w : content->findChildren<QWidget *>()) {
            if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
                edit->setReadOnly(true);
            else if (qobject_cast<QComboBox *>(w) || qobject_cast<QDateEdit *>(w))
                w->setEnabled(false);
        }
        m_withheld->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_corrections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    resize(820, 620);
}

void DecisionDialog::showDecision(const Decision &d)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(DecisionVocabulary::id(d.kind))));
    m_data->setPlainText(d.data);
    m_reasons->setPlainText(d.reasons);
    m_method->setCurrentIndex(qMax(0, m_method->findData(RequestVocabulary::id(d.method))));
    for (const WithheldPart &p : d.withheld)
        addWithheldRow(p);
    for (const CorrectionItem &c : d.corrections)
        addCorrectionRow(c);
    if (!d.measure.isEmpty())
        m_measure->setCurrentText(d.measure);
    if (d.measureDate.isValid())
        m_measureDate->setDate(d.measureDate);
    m_substitute->setPlainText(d.substitute);
}

DecisionKind DecisionDialog::currentKind() const
{
    return DecisionVocabulary::fromId(m_kind->currentData().toString()).value_or(DecisionKind::Full);
}

void DecisionDialog::updateKindSections()
{
    const DecisionKind k = currentKind();
    m_withheldBox->setVisible(k == DecisionKind::Partial);
    m_correctionsBox->setVisible(k == DecisionKind::Correct);
    m_measureBox->setVisible(k == DecisionKind::Suspend);
    m_substituteBox->setVisible(k == DecisionKind::Substitute);
    // A new partial disclosure starts from what the redacted copies withhold, if there are any.
    if (k == DecisionKind::Partial && m_withheld->rowCount() == 0 && !m_readOnly
        && (m_request.type != RequestType::Disclosure || !fillWithheldFromCopies(false)))
        addWithheldRow();
    if (k == DecisionKind::Correct && m_corrections->rowCount() == 0 && !m_readOnly)
        addCorrectionRow();
}

bool DecisionDialog::fillWithheldFromCopies(bool ask)
{
    auto parts = DisclosureService(m_session.database).withheldParts(m_session.actor, m_request.id);
    if (!parts) {
        if (ask)
            m_error->showError(parts.error().message);
        return false;
    }
    if (parts->isEmpty()) {
        if (ask)
            m_error->showError(tr("This request has no redacted copy yet: make one on the Disclosure tab."));
        return false;
    }
    bool written = false;
    for (int row = 0; row < m_withheld->rowCount(); ++row)
        written
            = written || !cellText(m_withheld, row, 0).isEmpty() || !cellText(m_withheld, row, 2).isEmpty();
    if (ask && written
        && MessageBox::question(
               this, tr("Parts not disclosed"),
               tr("Replace the rows written here with the %n part(s) of the redacted copies?", nullptr,
                  int(parts->size())))
            != QMessageBox::Yes)
        return false;
    m_withheld->setRowCount(0);
    for (const WithheldPart &p : parts.value())
        addWithheldRow(p);
    return true;
}

void DecisionDialog::addWithheldRow(const WithheldPart &part)
{
    const int row = m_withheld->rowCount();
    m_withheld->insertRow(row);
    m_withheld->setItem(row, 0, new QTableWidgetItem(part.part));
    auto *ground = new QComboBox(m_withheld);
    ground->setObjectName(QStringLiteral("groundComboBox"));
    QStringList ids = DecisionVocabulary::grounds(m_regime);
    if (!part.ground.isEmpty() && !ids.contains(part.ground))
        ids.prepend(part.ground); // drafted under another regime setting: keep what was chosen
    for (const QString &id : std::as_const(ids)) {
        ground->addItem(DecisionVocabulary::groundName(id), id);
        ground->setItemData(ground->count() - 1, DecisionVocabulary::groundName(id), Qt::ToolTipRole);
    }
    if (!part.ground.isEmpty())
        ground->setCurrentIndex(ground->findData(part.ground));
    ground->setEnabled(!m_readOnly);
    m_withheld->setCellWidget(row, 1, ground);
    m_withheld->setItem(row, 2, new QTableWidgetItem(part.reason));
    m_withheld->setColumnWidth(0, 180);
    m_withheld->setColumnWidth(1, 340);
    m_withheld->setCurrentCell(row, 0);
}

void DecisionDialog::addCorrectionRow(const CorrectionItem &item)
{
    const int row = m_corrections->rowCount();
    m_corrections->insertRow(row);
    m_corrections->setItem(row, 0, new QTableWidgetItem(item.item));
    m_corrections->setItem(row, 1, new QTableWidgetItem(item.before));
    m_corrections->setItem(row, 2, new QTableWidgetItem(item.after));
    m_corrections->setColumnWidth(0, 180);
    m_corrections->setColumnWidth(1, 220);
    m_corrections->setCurrentCell(row, 0);
}

Decision DecisionDialog::decision() const
{
    Decision d;
    d.kind = currentKind();
    d.data = m_data->toPlainText().trimmed();
    d.reasons = m_reasons->toPlainText().trimmed();
    if (RequestVocabulary::hasDisclosureMethod(m_request.type))
        d.method = RequestVocabulary::methodFromId(m_method->currentData().toString())
                       .value_or(DisclosureMethod::None);
    if (d.kind == DecisionKind::Partial) {
        for (int row = 0; row < m_withheld->rowCount(); ++row) {
            WithheldPart p { cellText(m_withheld, row, 0), {}, cellText(m_withheld, row, 2) };
            if (auto *ground = qobject_cast<QComboBox *>(m_withheld->cellWidget(row, 1)))
                p.ground = ground->currentData().toString();
            if (!p.part.isEmpty() || !p.reason.isEmpty())
                d.withheld.append(p);
        }
    }
    if (d.kind == DecisionKind::Correct) {
        for (int row = 0; row < m_corrections->rowCount(); ++row) {
            CorrectionItem c { cellText(m_corrections, row, 0), cellText(m_corrections, row, 1),
                               cellText(m_corrections, row, 2) };
            if (!c.item.isEmpty() || !c.before.isEmpty() || !c.after.isEmpty())
                d.corrections.append(c);
        }
    }
    if (d.kind == DecisionKind::Suspend) {
        d.measure = m_measure->currentText();
        d.measureDate = m_measureDate->date();
    }
    if (d.kind == DecisionKind::Substitute)
        d.substitute = m_substitute->toPlainText().trimmed();
    return d;
}

void DecisionDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    m_error->clearError();
    WorkflowInput input;
    input.decision = decision();
    input.expectedVersion = m_request.version;
    auto done = WorkflowService(m_session.database)
                    .perform(m_session.actor, m_request.id, WorkflowAction::Draft, input);
    if (!done) {
        if (done.error().code == ErrorCode::Conflict) {
            m_lostRace = true;
            MessageBox::warning(this, windowTitle(),
                                tr("Request %1 was changed by someone else while you were editing. It is "
                                   "reloaded now; check it and draft again.")
                                    .arg(m_request.receiptNo));
            QDialog::reject();
            return;
        }
        m_error->showError(done.error().message);
        return;
    }
    qCInfo(lcUi) << "decision drafted from the window, request id" << m_request.id;
    QDialog::accept();
}

QString DecisionDialog::summaryLine(const Decision &d)
{
    QString line = DecisionVocabulary::displayName(d.kind);
    if (!d.withheld.isEmpty())
        line += tr(" — %n part(s) not disclosed", nullptr, int(d.withheld.size()));
    if (!d.corrections.isEmpty())
        line += tr(" — %n correction(s)", nullptr, int(d.corrections.size()));
    if (!d.measure.isEmpty())
        line += QStringLiteral(" — %1 %2").arg(d.measure, UiText::date(d.measureDate));
    return line;
}

QString DecisionDialog::summaryHtml(const Decision &d)
{
    auto esc = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s.toHtmlEscaped(); };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto row = [&](const QString &label, const QString &value) {
        html
            += QStringLiteral("<tr><td style='color:#5f6368; padding-right:16px; white-space:nowrap;'>%1</td>"
                              "<td style='white-space:pre-wrap;'>%2</td></tr>")
                   .arg(label.toHtmlEscaped(), esc(value));
    };
    row(tr("Decision"), DecisionVocabulary::displayName(d.kind));
    row(tr("Data concerned"), d.data);
    if (d.method != DisclosureMethod::None)
        row(tr("Method"), RequestVocabulary::displayName(d.method));
    if (!d.measure.isEmpty())
        row(tr("Measure"), tr("%1 on %2").arg(d.measure, UiText::date(d.measureDate)));
    if (!d.substitute.isEmpty())
        row(tr("Substitute measure"), d.substitute);
    if (!d.reasons.isEmpty() || DecisionVocabulary::needsReasons(d.kind))
        row(tr("Reasons"), d.reasons);
    row(tr("Drafted by"),
        d.draftedByLogin.isEmpty() ? QString()
                                   : tr("%1 at %2").arg(d.draftedByLogin, UiText::dateTime(d.draftedAt)));
    html += QStringLiteral("</table>");
    auto table
        = [&html, &esc](const QString &title, const QStringList &headers, const QList<QStringList> &rows) {
              html += QStringLiteral("<p style='margin-top:10px; margin-bottom:2px;'><b>%1</b></p>"
                                     "<table border='1' cellspacing='0' cellpadding='4' "
                                     "style='border-collapse:collapse; border-color:#c0c0c0;'><tr>")
                          .arg(title.toHtmlEscaped());
              for (const QString &h : headers)
                  html += QStringLiteral("<th align='left' style='background:#f1f3f4;'>%1</th>")
                              .arg(h.toHtmlEscaped());
              html += QStringLiteral("</tr>");
              for (const QStringList &r : rows) {
                  html += QStringLiteral("<tr>");
                  for (const QString &c : r)
                      html += QStringLiteral("<td style='white-space:pre-wrap;'>%1</td>").arg(esc(c));
                  html += QStringLiteral("</tr>");
              }
              html += QStringLiteral("</table>");
          };
    if (!d.withheld.isEmpty()) {
        QList<QStringList> rows;
        for (const WithheldPart &p : d.withheld)
            rows << QStringList { p.part, DecisionVocabulary::groundName(p.ground), p.reason };
        table(tr("Parts not disclosed"), { tr("Part"), tr("Ground"), tr("Reason") }, rows);
    }
    if (!d.corrections.isEmpty()) {
        QList<QStringList> rows;
        for (const CorrectionItem &c : d.corrections)
            rows << QStringList { c.item, c.before, c.after };
        table(tr("Corrections"), { tr("Item"), tr("Before"), tr("After") }, rows);
    }
    return html;
}

} // namespace dsr
