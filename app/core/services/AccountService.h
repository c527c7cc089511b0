#pragma once
// Accounts: first-run set-up, login with lockout, password changes, and user administration.

#include "../Settings.h"
#include "ServiceBase.h"

#include <QDateTime>
#include <QHash>
#include <functional>

namespace dsr {

struct NewUser
{
    QString login;
    QString displayName;
    RoleSet roles;
    QString password;
};

class AccountService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
public:
    explicit AccountService(Database &db);

    // Tests replace the clock to step over the lockout period.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // True until the first administrator exists.
    Result<bool> needsInitialSetup();
    // First run: saves the organisation settings and creates the first administrator (who does
    // not have to change the password they just chose). Refused once any account exists.
    Result<Actor> initialize(const QHash<Setting, QString> &organisation, const NewUser &admin);

    // Checks the password; counts attempts (before checking) and locks the account after the
    // configured number of failures. Every refusal gives the same message and costs one password
    // hash, whether the login exists or not.
    Result<Actor> authenticate(const QString &login, const QString &password);
    // The idle lock's unlock: same checks and counting as a login, for the signed-in user.
    Status reauthenticate(const Actor &actor, const QString &password);
    // Changes the actor's own password; clears "must change at next login".
    Status changePassword(Actor &actor, const QString &oldPassword, const QString &newPassword);

    Result<qint64> addUser(const Actor &actor, const NewUser &user);
    Result<QList<User>> listUsers(const Actor &actor);
    // Refused (and the refusal recorded) unless the actor may manage accounts: lets dsrctl say so
    // before it asks for a password.
    Status checkMayManageUsers(const Actor &actor);
    Result<User> findUser(const Actor &actor, const QString &login);
    // Edits name, roles and the disabled flag; Conflict when `user.version` is stale. Nobody
    // changes their own roles or disabled flag (Permission); the name they may.
    Status updateUser(const Actor &actor, const User &user);
    Status setDisabled(const Actor &actor, const QString &login, bool disabled);
    Status unlock(const Actor &actor, const QString &login);
    // Sets a temporary password the user must change at the next login.
    Status resetPassword(const Actor &actor, const QString &login, const QString &newPassword);

    static Status validateLogin(const QString &login);

private:
    Status validateNewUser(const NewUser &user);
    Result<User> requireUser(const QString &login);
    // Counts the attempt, then checks the password (unless the account is disabled, locked, or
    // the attempt is past the lockout threshold); messages for a known user.
    Status checkPassword(const User &user, const QString &password, const QString &action);
    // The one message of every refused login.
    Status loginRefused();
    Status keepAnAdministrator(const User &before, const User &after);
    // Refuses a change of roles or of the disabled flag on the actor's own account.
    Status authorityChange(const Actor &actor, const User &before, const User &after);

    std::function<QDateTime()> m_clock;
};

} // namespace dsr
