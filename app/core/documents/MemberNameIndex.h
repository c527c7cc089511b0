#pragma once
// The full names of the association's members as the redaction detector for other members' names
// (RedactionSource::MemberName) looks them up: each name reduced by RedactionFinder::searchKey
// (spaces of any width, full and half width, hiragana and katakana, variant kanji such as 髙/高
// folded), held in one hash set. A page is scanned once, position by position, asking the set for
// each length a name key has — never name by name — so an index of 100,000 members costs a page
// a few thousand look-ups.
//
// Only full names go in: a name written in two parts (family and given, with a space) needs both,
// and a name written as one word needs three characters at least — a two-character word may be a
// surname alone, which is not a member's name and would black out every namesake. The requester's
// own name is never in the index: the caller builds it without them
// (MemberService::otherMembersNames), and `except` drops any name that reads the same — and
// shields its characters: where the requester's name stands, no other name is found inside it
// (田太郎 within 山田太郎).

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dsr {

class MemberNameIndex
{
public:
    MemberNameIndex() = default;
    // `fullNames`: names (kanji or kana) of members; `except`: names never to suggest (the
    // requester's name and kana), compared by their keys.
    explicit MemberNameIndex(const QStringList &fullNames, const QStringList &except = {});

    // The distinct name keys held (the excepted ones not counted).
    qsizetype size() const { return m_names; }
    bool isEmpty() const { return m_names == 0; }
    // Whether `name` (written any way searchKey folds alike) is in the index.
    bool contains(const QString &name) const;
    // The length of the longest name key that starts at `at` in `key` (text reduced by
    // RedactionFinder::searchKey); 0 when none does. `excepted` tells whether that key is one of
    // the names never to suggest: the caller then steps over it without a hit.
    qsizetype longestMatchAt(QStringView key, qsizetype at, bool *excepted = nullptr) const;

    // The key a full name is held under; empty when it is not taken as a full name (see above).
    static QString fullNameKey(const QString &name);

private:
    QHash<QString, bool> m_keys; // key → excepted
    qsizetype m_names = 0;
    QList<qsizetype> m_lengths; // every length a key has, longest first
};

} // namespace dsr
