#include "LetterBatchResultDialog.h"

#include "FileDialog.h"
#include "Logging.h"
#include "letters/LetterKind.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsr {

LetterBatchResultDialog::LetterBatchResultDialog(const LetterBatchOutcome &outcome, QWidget *parent)
    : QDialog(parent)
    , m_outcome(outcome)
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Decision letters issued"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(summary());
    if (!outcome.refused.isEmpty())
        m_summary->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->hide();

    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("Result"), tr("Document no."), tr("Receipt no."), tr("Kind"), tr("Reason") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setRowCount(int(outcome.items.size()));
    // Refusals first: they are what needs doing.
    QList<LetterBatchOutcome::Item> rows;
    for (const auto &item : outcome.items)
        if (!item.issued())
            rows << item;
    for (const auto &item : outcome.items)
        if (item.issued())
            rows << item;
    for (int r = 0; r < rows.size(); ++r) {
        const auto &item = rows.at(r);
        auto *result = new QTableWidgetItem(item.issued() ? tr("Issued") : tr("Not issued"));
        if (!item.issued())
            result->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(r, ResultColumn, result);
        m_table->setItem(r, NumberColumn, new QTableWidgetItem(item.documentNo));
        m_table->setItem(r, ReceiptColumn, new QTableWidgetItem(item.receiptNo));
        m_table->setItem(r, KindColumn, new QTableWidgetItem(LetterKinds::title(item.kind)));
        auto *reason = new QTableWidgetItem(item.reason);
        reason->setToolTip(item.reason);
        m_table->setItem(r, ReasonColumn, reason);
    }
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setToolTip(tr("Copy the list as text (%1)")
                         .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    auto *save = buttons->addButton(tr("&Save as text…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveButton"));
    connect(copy, &QPushButton::clicked, this, &LetterBatchResultDialog::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &LetterBatchResultDialog::saveAsText);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString LetterBatchResultDialog::summary() const
{
    const auto &o = m_outcome;
    QStringList parts;
    parts << tr("%n letter(s) issued.", nullptr, int(o.numbers.size()));
    if (!o.refused.isEmpty())
        parts << tr("%n letter(s) were not issued; the reasons are listed.", nullptr, int(o.refused.size()));
    if (o.cancelled)
        parts << tr("Cancelled: %n more were not attempted.", nullptr, int(o.notAttempted));
    return parts.join(QLatin1Char(' '));
}

QString LetterBatchResultDialog::text() const
{
    QStringList lines { summary() };
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << (m_table->item(r, c) ? m_table->item(r, c)->text() : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void LetterBatchResultDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(text());
    m_message->setText(tr("Copied."));
    m_message->show();
}

void LetterBatchResultDialog::saveAsText()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(
                  tr("letter-batch-%1.txt").arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm")));
    QString path
        = FileDialog::getSaveFileName(this, tr("Save the batch result"), suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".txt");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
        m_message->setText(tr("The file could not be written: %1").arg(file.errorString()));
        m_message->show();
        return;
    }
    qCInfo(lcUi) << "letter batch result saved as text";
    m_message->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    m_message->show();
}

} // namespace dsr
