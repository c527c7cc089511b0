#include "StatisticsPage.h"

#include "BackgroundTask.h"
#include "ErrorLabel.h"
#include "FileDialog.h"
#include "Logging.h"
#include "Session.h"
#include "UiText.h"
#include "services/StatisticsService.h"
#include "text/JapaneseEra.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace dsr {

namespace {

constexpr int YearsOffered = 10;
constexpr int FigureIdRole = Qt::UserRole;

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

// The y axis of a count: whole numbers, at least 0–5 so that an empty chart still has a scale.
QValueAxis *countAxis(qint64 maximum)
{
    auto *axis = new QValueAxis;
    const qint64 top = std::max<qint64>(5, maximum + (maximum + 9) / 10);
    axis->setRange(0, double(top));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(int(std::min<qint64>(top, 5)) + 1);
    return axis;
}

} // namespace

StatisticsPage::StatisticsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Statistics"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    top->addSpacing(12);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->setMinimumContentsLength(10);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(UiText::dateEditFormat());
    }
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("〜"), this));
    top->addWidget(m_to);
    m_showButton = new QPushButton(tr("&Show"), this);
    m_showButton->setObjectName(QStringLiteral("showButton"));
    m_showButton->setAutoDefault(false);
    top->addWidget(m_showButton);
    top->addStretch(1);
    m_csvButton = new QPushButton(tr("Export &CSV…"), this);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_pdfButton = new QPushButton(tr("Export &PDF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    for (QPushButton *b : { m_csvButton, m_pdfButton }) {
        b->setAutoDefault(false);
        b->setEnabled(false);
        top->addWidget(b);
    }
    layout->addLayout(top);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("captionLabel"));
    m_caption->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    layout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, 2, splitter);
    m_table->setObjectName(QStringLiteral("figuresTableWidget"));
    m_table->setHorizontalHeaderLabels({ tr("Figure"), tr("Value") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    auto *charts = new QWidget(splitter);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_monthChart = chartView(QStringLiteral("monthChartView"), charts);
    m_daysChart = chartView(QStringLiteral("daysChartView"), charts);
    chartsLayout->addWidget(m_monthChart, 1);
    chartsLayout->addWidget(m_daysChart, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 640 });
    layout->addWidget(splitter, 1);

    fillYears();
    connect(m_period, &QComboBox::activated, this, [this] {
        const bool custom = !m_period->currentData().isValid();
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        if (!custom)
            refresh();
        else
            m_from->setFocus();
    });
    connect(m_showButton, &QPushButton::clicked, this, &StatisticsPage::refresh);
    connect(m_csvButton, &QPushButton::clicked, this, &StatisticsPage::exportCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &StatisticsPage::exportPdf);
}

QDate StatisticsPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void StatisticsPage::setToday(const QDate &today)
{
    m_today = today;
    fillYears();
}

void StatisticsPage::fillYears()
{
    m_period->clear();
    const int current = JapaneseEra::fiscalYearOf(today());
    for (int y = current; y > current - YearsOffered; --y)
        m_period->addItem(JapaneseEra::formatFiscalYear(y), y);
    m_period->addItem(tr("Other period"));
    // The previous year first: at the year's start that is the one to report.
    m_period->setCurrentIndex(today().month() <= 5 ? 1 : 0);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
}

void StatisticsPage::showFiscalYear(int year)
{
    int index = m_period->findData(year);
    if (index < 0) {
        m_period->insertItem(m_period->count() - 1, JapaneseEra::formatFiscalYear(year), year);
        index = m_period->findData(year);
    }
    m_period->setCurrentIndex(index);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    refresh();
}

std::optional<StatisticsPeriod> StatisticsPage::selectedPeriod()
{
    if (m_period->currentData().isValid()) {
        // The dates show the year's, and a switch to "Other period" starts from them.
        const StatisticsPeriod year = StatisticsPeriod::fiscal(m_period->currentData().toInt());
        m_from->setDate(year.from);
        m_to->setDate(year.to);
        return year;
    }
    if (m_from->date() > m_to->date()) {
        m_error->showError(tr("The period starts after it ends."));
        return std::nullopt;
    }
    return StatisticsPeriod::between(m_from->date(), m_to->date());
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

void StatisticsPage::refresh()
{
    m_error->clearError();
    const auto period = selectedPeriod();
    if (!period)
        return;
    m_caption->setText(tr("Computing…"));
    auto *task = BackgroundTask::once(m_session.database, this, tr("Computing the statistics…"), false);
    const QDate day = m_today;
    task->start(
        [actor = m_session.actor, p = *period, day](Database &db, TaskProgress &) {
            StatisticsService service(db);
            service.setToday(day);
            return service.compute(actor, p);
        },
        [this](const Result<StatisticsReport> &report) {
            if (!report) {
                m_caption->clear();
                m_error->showError(report.error().message);
                Q_EMIT reportShown();
                return;
            }
            showReport(report.value());
        });
}

void StatisticsPage::showReport(const StatisticsReport &report)
{
    m_report = report;
    m_csvButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
    m_caption->setText(tr("%1. Open and overdue requests as of %2. Decisions, days and letters: those of the "
                          "period. No personal data.")
                           .arg(report.period.japaneseText(), JapaneseEra::format(report.asOf)));
    const QList<StatisticsFigure> figures = report.figures();
    m_table->setRowCount(int(figures.size()));
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int row = 0; row < figures.size(); ++row) {
        const StatisticsFigure &fig = figures.at(row);
        auto *label = new QTableWidgetItem((fig.level > 0 ? QStringLiteral("    ") : QString()) + fig.label);
        label->setData(FigureIdRole, fig.id);
        label->setToolTip(fig.id);
        auto *value = new QTableWidgetItem(fig.text());
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (fig.level == 0) {
            label->setFont(bold);
            value->setFont(bold);
        }
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, value);
    }
    m_table->resizeRowsToContents();
    fillMonthChart(report);
    fillDaysChart(report);
    Q_EMIT reportShown();
}

void StatisticsPage::fillMonthChart(const StatisticsReport &report)
{
    QChart *chart = m_monthChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Requests received per month"));
    // Every month of the period, also those without a request; only types that occur get a set.
    QList<QDate> months;
    for (QDate m(report.period.from.year(), report.period.from.month(), 1); m <= report.period.to;
         m = m.addMonths(1))
        months << m;
    // Month numbers under the bars (the year in the axis title); over several years "yy/M".
    QStringList categories;
    const bool manyYears = months.size() > 12;
    for (const QDate &m : std::as_const(months))
        categories << (manyYears ? m.toString(QStringLiteral("yy/M")) : QString::number(m.month()));
    auto *series = new QStackedBarSeries;
    qint64 highest = 0;
    QList<qint64> totals(months.size(), 0);
    for (RequestType t : RequestVocabulary::types()) {
        if (report.receivedByType.value(t) == 0)
            continue;
        auto *set = new QBarSet(RequestVocabulary::displayName(t));
        set->setProperty("typeId", RequestVocabulary::id(t));
        for (qsizetype i = 0; i < months.size(); ++i) {
            const qint64 n = report.receivedByMonth.value(months.at(i)).value(t);
            *set << double(n);
            totals[i] += n;
        }
        series->append(set);
    }
    for (qint64 n : std::as_const(totals))
        highest = std::max(highest, n);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("month (%1 – %2)")
                        .arg(months.first().toString(QStringLiteral("yyyy/M")),
                             months.last().toString(QStringLiteral("yyyy/M"))));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(highest);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(!series->barSets().isEmpty());
}

void StatisticsPage::fillDaysChart(const StatisticsReport &report)
{
    QChart *chart = m_daysChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Days from receipt to decision (calendar days)"));
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Decisions"));
    const QList<qint64> counts = report.dayHistogram();
    QStringList categories;
    qint64 highest = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        *set << double(counts.at(i));
        highest = std::max(highest, counts.at(i));
        categories << StatisticsReport::dayBins().at(i).label();
    }
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("days"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(highest);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
}

void StatisticsPage::exportCsv()
{
    exportTo(false);
}

void StatisticsPage::exportPdf()
{
    exportTo(true);
}

void StatisticsPage::exportTo(bool pdf)
{
    m_error->clearError();
    if (!m_report)
        return;
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
    const QString name = m_report->period.fiscalYear
        ? tr("statistics-FY%1.%2").arg(m_report->period.fiscalYear).arg(suffix)
        : tr("statistics-%1-%2.%3")
              .arg(m_report->period.from.toString(u"yyyyMMdd"), m_report->period.to.toString(u"yyyyMMdd"),
                   suffix);
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    QString path = FileDialog::getSaveFileName(
        this, pdf ? tr("Export the statistics as PDF") : tr("Export the statistics as CSV"), suggested,
        pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    auto *task = BackgroundTask::once(m_session.database, this, tr("Exporting the statistics…"), true);
    task->start(
        [actor = m_session.actor, report = *m_report, path, pdf](Database &db,
                                                                 TaskProgress &) -> Result<bool> {
            StatisticsService service(db);
            const Status s
                = pdf ? service.writePdf(actor, report, path) : service.writeCsv(actor, report, path);
            if (!s)
                return s.error();
            return true;
        },
        [this, path](const Result<bool> &written) {
            if (!written) {
                m_error->showError(written.error().message);
                return;
            }
            qCInfo(lcUi) << "statistics exported";
            m_caption->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace dsr
