#pragma once
// 設定 ▸ バックアップ: the backup folder and how many backups to keep (organisation settings), the
// time of the last backup, the passphrase this computer's account keeps for the automatic backups,
// and "Back up now" in a BackgroundTask. BackupService decides everything; this tab asks it.

#include <QDialog>
#include <QWidget>
#include <memory>
#include <optional>

class QLineEdit;
class QPushButton;

namespace Ui {
class BackupTab;
}

namespace dsr {

class BackgroundTask;
struct Session;

// A new passphrase typed twice, without echo. Test seam: setNextPassphrase.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(const QString &explanation, QWidget *parent = nullptr);
    QString passphrase() const;

    // Asks; empty when cancelled.
    static QString ask(QWidget *parent, const QString &explanation);
    // The next ask() returns `passphrase` (empty: as if cancelled) without showing the dialog.
    static void setNextPassphrase(const QString &passphrase);

private:
    void check();
    QLineEdit *m_first;
    QLineEdit *m_second;
    QPushButton *m_ok;
};

class BackupTab : public QWidget
{
    Q_OBJECT
public:
    explicit BackupTab(Session &session, QWidget *parent = nullptr);
    ~BackupTab() override;

public Q_SLOTS:
    void reload();
    void save();
    void chooseFolder();
    void keepPassphrase();
    void backUpNow();

Q_SIGNALS:
    // A backup was made from this tab (its result shown).
    void backedUp();

private:
    void showError(const QString &message);
    std::unique_ptr<Ui::BackupTab> m_ui;
    Session &m_session;
    bool m_canBackUp;
};

} // namespace dsr
