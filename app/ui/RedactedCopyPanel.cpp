#include "RedactedCopyPanel.h"

#include "LetterViewer.h"
#include "Session.h"
#include "UiText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dsr {

RedactedCopyPanel::RedactedCopyPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_picker(new QComboBox(this))
    , m_label(new QLabel(this))
    , m_viewer(new LetterViewer(this))
{
    setObjectName(QStringLiteral("redactedCopyPanel"));
    m_picker->setObjectName(QStringLiteral("copyComboBox"));
    m_label->setObjectName(QStringLiteral("copyInfoLabel"));
    m_label->setWordWrap(true);
    m_viewer->setObjectName(QStringLiteral("approvalCopyViewer"));
    m_viewer->setPlaceholderText(tr("This request has no redacted copy."));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Copy:"), this));
    row->addWidget(m_picker, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_label);
    layout->addWidget(m_viewer, 1);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        if (isVisible())
            showPicked();
    });
}

int RedactedCopyPanel::setRequest(qint64 requestId, const QString &receiptNo)
{
    m_receiptNo = receiptNo;
    m_copies.clear();
    m_shown = 0;
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    m_label->clear();
    m_viewer->clear();
    if (requestId <= 0)
        return 0;
    auto copies = DisclosureService(m_session.database).redactedCopies(m_session.actor, requestId);
    if (!copies) {
        m_viewer->showMessage(copies.error().message);
        return 0;
    }
    // The newest copy of each document: an older one was replaced by it.
    for (const RedactedCopyRecord &c : copies.value()) {
        auto same = std::find_if(m_copies.begin(), m_copies.end(),
                                 [&c](const RedactedCopyRecord &k) { return k.documentId == c.documentId; });
        if (same == m_copies.end())
            m_copies << c;
        else if (c.id > same->id)
            *same = c;
    }
    std::sort(m_copies.begin(), m_copies.end(), [](const RedactedCopyRecord &a, const RedactedCopyRecord &b) {
        return a.documentNumber < b.documentNumber;
    });
    for (const RedactedCopyRecord &c : std::as_const(m_copies))
        m_picker->addItem(tr("Document %1 — %n box(es)", nullptr, int(c.log.size())).arg(c.documentNumber));
    m_picker->setEnabled(m_copies.size() > 1);
    return int(m_copies.size());
}

void RedactedCopyPanel::showPicked()
{
    const int index = m_picker->currentIndex();
    if (index < 0 || index >= m_copies.size())
        return;
    const RedactedCopyRecord &c = m_copies.at(index);
    if (c.id == m_shown)
        return;
    auto bytes = DisclosureService(m_session.database).redactedCopyContent(m_session.actor, c.id);
    if (!bytes) {
        m_viewer->showMessage(bytes.error().message);
        return;
    }
    m_shown = c.id;
    m_label->setText(tr("%1 pages at %2 dpi, made by %3 at %4. SHA-256 %5")
                         .arg(c.pages)
                         .arg(c.dpi)
                         .arg(c.madeByName, UiText::dateTime(c.madeAt), UiText::shortHash(c.sha256)));
    m_viewer->showPdf(bytes.value(), tr("Redacted copy %1-%2").arg(m_receiptNo).arg(c.documentNumber));
}

} // namespace dsr
