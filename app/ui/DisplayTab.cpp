#include "DisplayTab.h"

#include "Settings.h"
#include "UiText.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dsr {

DisplayTab::DisplayTab(QWidget *parent)
    : QWidget(parent)
    , m_dateStyle(new QComboBox(this))
    , m_example(new QLabel(this))
{
    m_dateStyle->setObjectName(QStringLiteral("dateStyleComboBox"));
    m_example->setObjectName(QStringLiteral("dateStyleExampleLabel"));
    for (const UiText::DateStyle style : { UiText::DateStyle::Western, UiText::DateStyle::Era })
        m_dateStyle->addItem(UiText::dateStyleName(style), UiText::dateStyleId(style));
    showCurrentStyle();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Dates:"), m_dateStyle);
    form->addRow(QString(), m_example);
    auto *note = new QLabel(tr("How this desk shows dates in lists and forms. Dates can be typed in either "
                               "style. Letters, exports and dsrctl keep their own formats."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_dateStyle, &QComboBox::currentIndexChanged, this, [this] {
        applyDateStyle(m_dateStyle->currentData().toString());
        showExample();
        Q_EMIT dateStyleChanged();
    });
}

void DisplayTab::applyDateStyle(const QString &styleId)
{
    LocalSettings::setDateStyle(styleId);
    UiText::setDateStyle(UiText::dateStyleFromId(styleId));
}

void DisplayTab::showCurrentStyle()
{
    const QSignalBlocker blocker(m_dateStyle);
    m_dateStyle->setCurrentIndex(m_dateStyle->findData(UiText::dateStyleId(UiText::dateStyle())));
    showExample();
}

void DisplayTab::showExample()
{
    m_example->setText(tr("Today: %1").arg(UiText::dateTime(QDateTime::currentDateTime())));
}

} // namespace dsr
