#pragma once
// A form generated from the typed settings registry (dsr::Settings): one editor per key, chosen by
// the key's type, labelled with Settings::label, with a refusal message beside each field. Used
// by the first-run dialog (organisation keys) and the Settings page (every key), so a new setting
// appears in both without touching a .ui file.

#include "Settings.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;

namespace dsr {

class ErrorLabel;

class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    // `grouped` puts the keys into boxes by the prefix of their name ("organisation.", "security.").
    SettingsForm(const QList<Setting> &keys, bool grouped, QWidget *parent = nullptr);

    // The keys asked for at first run: who the organisation is and which regime it follows.
    static QList<Setting> organisationKeys();
    static QList<Setting> allKeys();
    // Translated text for one of a Choice key's stored values.
    static QString choiceLabel(Setting key, const QString &value);

    void setValues(const OrganisationSettings &values);
    QHash<Setting, QString> values() const;
    QWidget *editor(Setting key) const;

    // Checks every field against the registry's rule and shows the refusals beside the fields;
    // *firstInvalid receives the first refused editor, for the caller to focus.
    bool validate(QWidget **firstInvalid = nullptr);
    void clearErrors();
    // Keys that must not be left empty here although the registry allows it (the first run asks
    // for everything a letter prints); validate() refuses them empty.
    void setRequired(const QList<Setting> &keys) { m_required = keys; }
    // Scrolls to the key's field (inside a scroll area), focuses it and selects its text.
    bool focusField(Setting key);

Q_SIGNALS:
    void edited();

private:
    struct Field
    {
        Setting key;
        QWidget *editor = nullptr;
        ErrorLabel *error = nullptr;
    };
    QWidget *createEditor(const SettingInfo &info);
    void setEditorValue(const Field &field, const QString &value);
    QString editorValue(const Field &field) const;
    static QString groupTitle(const QString &prefix);

    QList<Field> m_fields;
    QList<QLabel *> m_labels;
    QList<Setting> m_required;
};

} // namespace dsr
