#include "ServerConnectionDialog.h"

#include "Logging.h"
#include "ui_ServerConnectionDialog.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>

namespace dsr {

ServerConnectionDialog::ServerConnectionDialog(const QString &auditKeyPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerConnectionDialog>())
    , m_auditKeyPath(auditKeyPath)
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("The desks of the division share one database on a PostgreSQL server. Enter what the "
           "administrator gave you; see “Several desks” in the administration guide."));
    // libpq's sslmode values; requiring TLS is the default between desks and server.
    m_ui->sslModeComboBox->addItem(tr("Required (TLS)"), QStringLiteral("require"));
    m_ui->sslModeComboBox->addItem(tr("Required, and the server's certificate checked"),
                                   QStringLiteral("verify-full"));
    m_ui->sslModeComboBox->addItem(tr("If the server offers it"), QStringLiteral("prefer"));
    m_ui->sslModeComboBox->addItem(tr("Off (only for a server on this computer)"), QStringLiteral("disable"));
    m_ui->hostLineEdit->setFocus();
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ServerConnectionDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ServerConnectionDialog::reject);
}

ServerConnectionDialog::~ServerConnectionDialog() = default;

void ServerConnectionDialog::setLocation(const QString &uri)
{
    const QUrl url(uri);
    m_ui->hostLineEdit->setText(url.host());
    m_ui->portSpinBox->setValue(url.port(5432));
    m_ui->databaseLineEdit->setText(url.path().mid(1));
    m_ui->userLineEdit->setText(url.userName());
    const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    const int index = m_ui->sslModeComboBox->findData(mode.isEmpty() ? QStringLiteral("prefer") : mode);
    if (index >= 0)
        m_ui->sslModeComboBox->setCurrentIndex(index);
}

void ServerConnectionDialog::askPasswordOnly(const QString &uri, const QString &reason)
{
    setLocation(uri);
    for (QWidget *w :
         { static_cast<QWidget *>(m_ui->hostLineEdit), static_cast<QWidget *>(m_ui->portSpinBox),
           static_cast<QWidget *>(m_ui->databaseLineEdit), static_cast<QWidget *>(m_ui->userLineEdit),
           static_cast<QWidget *>(m_ui->sslModeComboBox) })
        w->setEnabled(false);
    setWindowTitle(tr("Server password"));
    m_ui->explanationLabel->setText(reason);
    m_ui->passwordLineEdit->setFocus();
}

void ServerConnectionDialog::showProblem(const QString &uri, const QString &problem)
{
    setLocation(uri);
    m_ui->errorLabel->showError(problem);
}

QString ServerConnectionDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_ui->hostLineEdit->text().trimmed());
    url.setPort(m_ui->portSpinBox->value());
    url.setUserName(m_ui->userLineEdit->text().trimmed());
    url.setPath(QLatin1Char('/') + m_ui->databaseLineEdit->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_ui->sslModeComboBox->currentData().toString());
    url.setQuery(query);
    return url.toString();
}

void ServerConnectionDialog::accept()
{
    m_ui->errorLabel->clearError();
    if (m_ui->hostLineEdit->text().trimmed().isEmpty() || m_ui->databaseLineEdit->text().trimmed().isEmpty()
        || m_ui->userLineEdit->text().trimmed().isEmpty()) {
        m_ui->errorLabel->showError(tr("Enter the server, the database and the user."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = DatabaseAccess::open(location(), m_auditKeyPath, m_ui->passwordLineEdit->text());
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        m_ui->errorLabel->showError(opened.error().message);
        if (opened.error().code == ErrorCode::Authentication) {
            m_ui->passwordLineEdit->selectAll();
            m_ui->passwordLineEdit->setFocus();
        }
        return;
    }
    m_ui->passwordLineEdit->clear();
    m_database = std::move(opened).value();
    qCInfo(lcUi) << "connected to a server database";
    QDialog::accept();
}

} // namespace dsr
