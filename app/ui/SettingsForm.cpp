#include "SettingsForm.h"

#include "ErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dsr {

namespace {

// "organisation.head_title" → "organisationHeadTitle": objectNames tests and style sheets can rely on.
QString camelName(const QString &settingName)
{
    QString out;
    bool upper = false;
    for (const QChar c : settingName) {
        if (c == QLatin1Char('.') || c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

} // namespace

SettingsForm::SettingsForm(const QList<Setting> &keys, bool grouped, QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    QHash<QString, QFormLayout *> groups;
    QFormLayout *flat = nullptr;
    for (Setting key : keys) {
        const SettingInfo &info = Settings::info(key);
        QFormLayout *form = nullptr;
        if (grouped) {
            const QString prefix = info.name.section(QLatin1Char('.'), 0, 0);
            form = groups.value(prefix);
            if (!form) {
                auto *box = new QGroupBox(groupTitle(prefix), this);
                box->setObjectName(prefix + QStringLiteral("GroupBox"));
                form = new QFormLayout(box);
                groups.insert(prefix, form);
                outer->addWidget(box);
            }
        } else {
            if (!flat) {
                flat = new QFormLayout;
                flat->setContentsMargins(0, 0, 0, 0);
                outer->addLayout(flat);
            }
            form = flat;
        }
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

        Field field { key, createEditor(info), new ErrorLabel(this) };
        field.error->setObjectName(camelName(info.name) + QStringLiteral("ErrorLabel"));
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field.editor);
        cell->addWidget(field.error);
        auto *label = new QLabel(Settings::label(key), this);
        label->setBuddy(field.editor);
        form->addRow(label, cell);
        m_labels.append(label);
        m_fields.append(field);
        setEditorValue(field, info.defaultValue);
    }
    outer->addStretch(1);

    // Each group has its own form layout; one label width for all keeps the fields in one column.
    int labelWidth = 0;
    for (const QLabel *label : std::as_const(m_labels))
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : std::as_const(m_labels))
        label->setMinimumWidth(labelWidth);
}

QList<Setting> SettingsForm::organisationKeys()
{
    return { Setting::OrganisationName,
             Setting::HeadTitle,
             Setting::HeadName,
             Setting::Division,
             Setting::PostalCode,
             Setting::Address,
             Setting::Phone,
             Setting::DocumentSymbol,
             Setting::Regime };
}

QList<Setting> SettingsForm::allKeys()
{
    QList<Setting> keys;
    for (const SettingInfo &info : Settings::all())
        keys.append(info.key);
    return keys;
}

QString SettingsForm::choiceLabel(Setting key, const QString &value)
{
    if (key == Setting::Regime) {
        if (const auto regime = LegalRegimes::fromId(value))
            return *regime == LegalRegime::Public ? tr("Public body rules: APPI Chapter 5 (arts. 76–107)")
                                                  : tr("Private operator: APPI Chapter 4 (arts. 32–40)");
    }
    return value;
}

QString SettingsForm::groupTitle(const QString &prefix)
{
    if (prefix == QLatin1String("organisation"))
        return tr("Organisation");
    if (prefix == QLatin1String("letters"))
        return tr("Letters");
    if (prefix == QLatin1String("legal"))
        return tr("Legal basis");
    if (prefix == QLatin1String("security"))
        return tr("Security");
    if (prefix == QLatin1String("requests"))
        return tr("Requests");
    if (prefix == QLatin1String("deadlines"))
        return tr("Deadlines");
    return tr("Other");
}

QWidget *SettingsForm::createEditor(const SettingInfo &info)
{
    const QString base = camelName(info.name);
    switch (info.type) {
    case SettingInfo::Type::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(base + QStringLiteral("SpinBox"));
        spin->setRange(info.minimum, info.maximum);
        spin->setMaximumWidth(120);
        connect(spin, &QSpinBox::valueChanged, this, &SettingsForm::edited);
        return spin;
    }
    case SettingInfo::Type::Choice: {
        auto *combo = new QComboBox(this);
        combo->setObjectName(base + QStringLiteral("ComboBox"));
        for (const QString &choice : info.choices)
            combo->addItem(choiceLabel(info.key, choice), choice);
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsForm::edited);
        return combo;
    }
    case SettingInfo::Type::Text:
        break;
    }
    auto *edit = new QLineEdit(this);
    edit->setObjectName(base + QStringLiteral("LineEdit"));
    edit->setMaxLength(info.maximum);
    // Wide enough for an address, not so wide that short values float in a sea of white.
    edit->setMinimumWidth(280);
    edit->setMaximumWidth(info.maximum > 60 ? 560 : 360);
    connect(edit, &QLineEdit::textEdited, this, &SettingsForm::edited);
    return edit;
}

void SettingsForm::setEditorValue(const Field &field, const QString &value)
{
    if (auto *spin = qobject_cast<QSpinBox *>(field.editor))
        spin->setValue(value.toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(field.editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    else if (auto *edit = qobject_cast<QLineEdit *>(field.editor))
        edit->setText(value);
}

QString SettingsForm::editorValue(const Field &field) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(field.editor))
        return QString::number(spin->value());
    if (auto *combo = qobject_cast<QComboBox *>(field.editor))
        return combo->currentData().toString();
    if (auto *edit = qobject_cast<QLineEdit *>(field.editor))
        return edit->text();
    return {};
}

void SettingsForm::setValues(const OrganisationSettings &values)
{
    clearErrors();
    for (const Field &field : std::as_const(m_fields)) {
        const QSignalBlocker blocker(field.editor);
        setEditorValue(field, values.value(field.key));
    }
}

QHash<Setting, QString> SettingsForm::values() const
{
    QHash<Setting, QString> out;
    for (const Field &field : m_fields)
        out.insert(field.key, editorValue(field));
    return out;
}

QWidget *SettingsForm::editor(Setting key) const
{
    for (const Field &field : m_fields)
        if (field.key == key)
            return field.editor;
    return nullptr;
}

bool SettingsForm::validate(QWidget **firstInvalid)
{
    bool ok = true;
    QWidget *firstBad = nullptr;
    for (const Field &field : std::as_const(m_fields)) {
        auto checked = Settings::validate(field.key, editorValue(field));
        if (checked && m_required.contains(field.key) && checked->trimmed().isEmpty())
            checked = makeError(ErrorCode::Validation,
                                tr("Enter %1: every letter prints it.").arg(Settings::label(field.key)));
        if (checked) {
            field.error->clearError();
            continue;
        }
        field.error->showError(checked.error().message);
        if (!firstBad)
            firstBad = field.editor;
        ok = false;
    }
    if (firstInvalid)
        *firstInvalid = firstBad;
    return ok;
}

bool SettingsForm::focusField(Setting key)
{
    QWidget *editor = this->editor(key);
    if (!editor)
        return false;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(editor);
            break;
        }
    }
    editor->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    return true;
}

void SettingsForm::clearErrors()
{
    for (const Field &field : std::as_const(m_fields))
        field.error->clearError();
}

} // namespace dsr
