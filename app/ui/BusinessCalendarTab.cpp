#include "BusinessCalendarTab.h"

#include "ErrorLabel.h"
#include "FileDialog.h"
#include "ImportProblemsDialog.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Session.h"
#include "UiText.h"
#include "security/FileInput.h"
#include "security/Permissions.h"
#include "services/CalendarService.h"
#include "ui_BusinessCalendarTab.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>
#include <algorithm>

namespace dsr {

namespace {

enum Column { DateColumn, WeekdayColumn, NameColumn, ColumnCount };
constexpr int DateRole = Qt::UserRole;

void setUpTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

void fillTable(QTableWidget *table, const QList<QPair<QDate, QString>> &rows)
{
    table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int i = 0; i < rows.size(); ++i) {
        const QDate &d = rows[i].first;
        auto *date = new QTableWidgetItem(UiText::date(d));
        date->setData(DateRole, d);
        table->setItem(i, DateColumn, date);
        table->setItem(i, WeekdayColumn,
                       new QTableWidgetItem(locale.dayName(d.dayOfWeek(), QLocale::ShortFormat)));
        auto *name = new QTableWidgetItem(rows[i].second);
        name->setToolTip(rows[i].second);
        table->setItem(i, NameColumn, name);
    }
    table->resizeColumnToContents(DateColumn);
    table->resizeColumnToContents(WeekdayColumn);
}

} // namespace

BusinessCalendarTab::BusinessCalendarTab(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BusinessCalendarTab>())
    , m_session(session)
    , m_canEdit(Permissions::allowed(session.actor.roles, Operation::CalendarEdit))
{
    m_ui->setupUi(this);
    setUpTable(m_ui->holidaysTableWidget, { tr("Date"), tr("Day"), tr("Holiday") });
    setUpTable(m_ui->closedDaysTableWidget, { tr("Date"), tr("Day"), tr("Reason") });
    m_ui->yearSpinBox->setValue(QDate::currentDate().year());
    // Others see the calendar the deadlines follow; only those who may change it get the controls.
    m_ui->importHolidaysButton->setVisible(m_canEdit);
    m_ui->closedDayEditWidget->setVisible(m_canEdit);

    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &BusinessCalendarTab::reloadHolidays);
    connect(m_ui->importHolidaysButton, &QPushButton::clicked, this,
            &BusinessCalendarTab::importCabinetOfficeList);
    connect(m_ui->addClosedDayButton, &QPushButton::clicked, this, &BusinessCalendarTab::addClosedDay);
    connect(m_ui->closedDayDateLineEdit, &QLineEdit::returnPressed, this, &BusinessCalendarTab::addClosedDay);
    connect(m_ui->closedDayReasonLineEdit, &QLineEdit::returnPressed, this,
            &BusinessCalendarTab::addClosedDay);
    connect(m_ui->removeClosedDayButton, &QPushButton::clicked, this, &BusinessCalendarTab::removeClosedDay);
    connect(m_ui->closedDaysTableWidget, &QTableWidget::itemSelectionChanged, this,
            &BusinessCalendarTab::updateButtons);
    connect(m_ui->reloadCalendarButton, &QPushButton::clicked, this, [this] {
        clearMessages();
        reload();
    });
    reload();
}

BusinessCalendarTab::~BusinessCalendarTab() = default;

void BusinessCalendarTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another desk may have changed the calendar since the tab was last looked at.
    reload();
}

int BusinessCalendarTab::year() const
{
    return m_ui->yearSpinBox->value();
}

void BusinessCalendarTab::setYear(int year)
{
    m_ui->yearSpinBox->setValue(year);
}

void BusinessCalendarTab::reload()
{
    reloadHolidays();
    reloadClosedDays();
}

void BusinessCalendarTab::reloadHolidays()
{
    auto holidays = CalendarService(m_session.database).holidays(year());
    QList<QPair<QDate, QString>> rows;
    if (!holidays)
        showError(holidays.error().message);
    else
        for (const Holiday &h : holidays.value())
            rows.append({ h.date, h.name });
    fillTable(m_ui->holidaysTableWidget, rows);
    m_ui->holidaysGroupBox->setTitle(tr("National holidays (%n day(s))", nullptr, int(rows.size())));
}

void BusinessCalendarTab::reloadClosedDays()
{
    const auto previous = selectedClosedDay();
    auto closed = CalendarService(m_session.database).closedDays();
    QList<QPair<QDate, QString>> rows;
    if (!closed) {
        showError(closed.error().message);
    } else {
        for (auto it = closed->constBegin(); it != closed->constEnd(); ++it)
            rows.append({ it.key(), it.value() });
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    }
    {
        const QSignalBlocker blocker(m_ui->closedDaysTableWidget);
        m_ui->closedDaysTableWidget->clearSelection();
        fillTable(m_ui->closedDaysTableWidget, rows);
    }
    if (previous)
        selectClosedDay(*previous);
    updateButtons();
}

bool BusinessCalendarTab::selectClosedDay(const QDate &day)
{
    QTableWidget *table = m_ui->closedDaysTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, DateColumn)->data(DateRole).toDate() == day) {
            table->selectRow(row);
            table->scrollToItem(table->item(row, DateColumn));
            return true;
        }
    }
    return false;
}

std::optional<QDate> BusinessCalendarTab::selectedClosedDay() const
{
    const QModelIndexList rows = m_ui->closedDaysTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_ui->closedDaysTableWidget->item(rows.first().row(), DateColumn)->data(DateRole).toDate();
}

void BusinessCalendarTab::updateButtons()
{
    m_ui->removeClosedDayButton->setEnabled(selectedClosedDay().has_value());
}

void BusinessCalendarTab::clearMessages()
{
    m_ui->calendarErrorLabel->clearError();
    m_ui->calendarMessageLabel->clear();
}

void BusinessCalendarTab::showError(const QString &message)
{
    m_ui->calendarMessageLabel->clear();
    m_ui->calendarErrorLabel->showError(message);
}

void BusinessCalendarTab::showMessage(const QString &message)
{
    m_ui->calendarErrorLabel->clearError();
    m_ui->calendarMessageLabel->setText(message);
}

QString BusinessCalendarTab::recomputedText(const RecomputeReport &report)
{
    if (report.changed == 0)
        return tr("No open request's deadline changed.");
    return tr("%n open request(s) now have a different deadline.", nullptr, report.changed);
}

void BusinessCalendarTab::importCabinetOfficeList()
{
    clearMessages();
    const QString path
        = FileDialog::getOpenFileName(this, tr("Import the Cabinet Office holiday list"),
                                      QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    auto read = FileInput::read(path, FileInput::CalendarListLimit);
    if (!read) {
        showError(read.error().message);
        return;
    }
    const QByteArray bytes = read.value();

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto imported = CalendarService(m_session.database).importCabinetOfficeList(m_session.actor, bytes);
    QGuiApplication::restoreOverrideCursor();
    if (!imported) {
        // The file as a whole was refused (not the list, empty, not allowed): one message.
        showError(tr("%1 was not imported: %2").arg(name, imported.error().message));
        return;
    }
    if (!imported->problems.isEmpty()) {
        qCInfo(lcUi) << "holiday list import refused," << imported->problems.size() << "bad lines";
        showError(tr("%1 was not imported; the calendar is unchanged.").arg(name));
        QList<ImportProblem> problems;
        for (const auto &[line, message] : std::as_const(imported->problems))
            problems.append({ line, message });
        auto *dialog = new ImportProblemsDialog(name, problems, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    qCInfo(lcUi) << "holiday list imported from the window, rows" << imported->rows;
    const QList<int> years = imported->byYear.keys();
    showMessage(tr("Imported %n holiday(s) for the years %1 to %2 from %3.", nullptr, imported->rows)
                    .arg(years.isEmpty() ? QString() : QString::number(years.first()),
                         years.isEmpty() ? QString() : QString::number(years.last()), name)
                + QLatin1Char(' ')
                + recomputedText(RecomputeReport { imported->requestsChecked, imported->deadlinesChanged }));
    reload();
}

void BusinessCalendarTab::addClosedDay()
{
    if (!m_canEdit)
        return;
    clearMessages();
    const QDate day = m_ui->closedDayDateLineEdit->date();
    const QString reason = m_ui->closedDayReasonLineEdit->text();
    // An unreadable or empty date is invalid here; the service refuses it with its own words.
    auto report = CalendarService(m_session.database).addClosedDay(m_session.actor, day, reason);
    if (!report) {
        showError(report.error().message);
        if (report.error().code == ErrorCode::Conflict)
            reloadClosedDays();
        m_ui->closedDayDateLineEdit->setFocus();
        return;
    }
    m_ui->closedDayDateLineEdit->clear();
    m_ui->closedDayReasonLineEdit->clear();
    reloadClosedDays();
    selectClosedDay(day);
    showMessage(tr("%1 is now a closed day.").arg(UiText::date(day)) + QLatin1Char(' ')
                + recomputedText(report.value()));
}

void BusinessCalendarTab::removeClosedDay()
{
    const auto day = selectedClosedDay();
    if (!m_canEdit || !day)
        return;
    clearMessages();
    const int row = m_ui->closedDaysTableWidget->selectionModel()->selectedRows().first().row();
    const QString reason = m_ui->closedDaysTableWidget->item(row, NameColumn)->text();
    if (MessageBox::question(
            this, tr("Remove closed day"),
            (reason.isEmpty()
                 ? tr("Remove %1 from the organisation's closed days?").arg(UiText::date(*day))
                 : tr("Remove %1 (%2) from the organisation's closed days?").arg(UiText::date(*day), reason))
                + QLatin1Char(' ') + tr("The deadlines of open requests are recomputed."))
        != QMessageBox::Yes)
        return;
    auto report = CalendarService(m_session.database).removeClosedDay(m_session.actor, *day);
    if (!report) {
        showError(report.error().message);
        reloadClosedDays();
        return;
    }
    reloadClosedDays();
    showMessage(tr("%1 is no longer a closed day.").arg(UiText::date(*day)) + QLatin1Char(' ')
                + recomputedText(report.value()));
}

} // namespace dsr
