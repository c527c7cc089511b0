#pragma once
// Writing a letter for a request: the kind (only those LetterService::kindsFor offers for the
// request now), the few things the clerk adds that the request does not hold (LetterInput:
// postage and enclosures, recipients informed, purposes of use, what to supply, the third party's
// address), a preview of the letter marked 「案」 exactly as it would be issued, and then Issue
// (decision letters: numbered and stored at once) or Submit for approval (procedural letters: a
// chief approves the draft first). Every step is one call to LetterService; refusals are shown as
// the service words them.

#include "Settings.h"
#include "letters/LetterKind.h"
#include "model/Letter.h"
#include "model/Request.h"
#include "services/LetterService.h"

#include <QDialog>
#include <QJsonObject>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class LetterWriteDialog;
}

namespace dsr {

class LetterViewer;
struct Session;

class LetterWriteDialog : public QDialog
{
    Q_OBJECT
public:
    LetterWriteDialog(Session &session, const Request &request, const QList<LetterKind> &kinds,
                      QWidget *parent = nullptr);
    ~LetterWriteDialog() override;

    LetterKind kind() const;
    bool selectKind(LetterKind kind);
    // The inputs as typed; nullopt with `error` when one cannot be read (the postage).
    std::optional<LetterInput> input(QString *error) const;
    LetterViewer *viewer() const;
    // The letter issued or the draft submitted (valid once accepted).
    const Letter &result() const { return m_result; }
    // Shown when a refusal names an organisation setting the letter needs and the user may open
    // Settings: closes the dialog and opens Settings at that field.
    QPushButton *openSettingButton() const { return m_openSettingButton; }

public Q_SLOTS:
    // Renders the letter as it would be issued, marked 「案」, into the viewer.
    bool preview();
    void issue();
    void submitForApproval();

private:
    void kindChanged();
    void inputsChanged();
    // The reason field for an early letter date: shown only when the date is more than a week back.
    bool needsDateReason() const;
    void updateDateReason();
    QJsonObject previewKey() const;
    // A refusal as the service words it; one that names a missing organisation setting offers
    // to open Settings at that field (MainWindow::showSetting) when the user may.
    void showRefusal(const Error &error);
    void openSetting();

    std::unique_ptr<Ui::LetterWriteDialog> m_ui;
    Session &m_session;
    Request m_request;
    LegalRegime m_regime = LegalRegime::Private;
    QJsonObject m_previewed; // kind and inputs of the preview on screen; empty: none
    Letter m_result;
    QPushButton *m_openSettingButton = nullptr;
    std::optional<Setting> m_missingSetting;
};

} // namespace dsr
