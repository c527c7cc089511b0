#pragma once
// The six roles of DESIGN.md "Who uses it". A user may hold several; RoleSet is a bit set.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dsr {

enum class Role : unsigned {
    Clerk = 1u << 0,
    Chief = 1u << 1,
    Manager = 1u << 2,
    PrivacyOfficer = 1u << 3,
    Administrator = 1u << 4,
    Auditor = 1u << 5,
};

class RoleSet
{
public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles)
    {
        for (Role r : roles)
            insert(r);
    }
    void insert(Role r) { m_bits |= static_cast<unsigned>(r); }
    void remove(Role r) { m_bits &= ~static_cast<unsigned>(r); }
    bool contains(Role r) const { return (m_bits & static_cast<unsigned>(r)) != 0; }
    bool intersects(RoleSet other) const { return (m_bits & other.m_bits) != 0; }
    bool isEmpty() const { return m_bits == 0; }
    unsigned bits() const { return m_bits; }
    QList<Role> toList() const;
    bool operator==(const RoleSet &) const = default;

private:
    unsigned m_bits = 0;
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static QList<Role> all();
    // Stable identifier used in the database and on the command line ("privacy_officer").
    static QString id(Role role);
    static std::optional<Role> fromId(const QString &id);
    // Translated name for the window ("係長").
    static QString displayName(Role role);
    static QStringList ids(RoleSet roles);
    static QString displayNames(RoleSet roles);
    // Parses "clerk,chief"; unknown names are reported in *unknown.
    static std::optional<RoleSet> parseList(const QString &text, QString *unknown);
};

} // namespace dsr
