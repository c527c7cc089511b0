#include "MemberNameIndex.h"

#include "RedactionFinder.h"

#include <QSet>

#include <algorithm>

namespace dsr {

namespace {

// A one-word name shorter than this may be a surname alone.
constexpr qsizetype MinimumOneWordName = 3;

} // namespace

QString MemberNameIndex::fullNameKey(const QString &name)
{
    const QStringList parts = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // QString::simplified() leaves the ideographic space: split on it too.
    QStringList words;
    for (const QString &part : parts)
        words.append(part.split(QChar(0x3000), Qt::SkipEmptyParts));
    const QString key = RedactionFinder::searchKey(name);
    if (words.size() >= 2)
        return key.size() >= 2 ? key : QString();
    return key.size() >= MinimumOneWordName ? key : QString();
}

MemberNameIndex::MemberNameIndex(const QStringList &fullNames, const QStringList &except)
{
    m_keys.reserve(fullNames.size());
    for (const QString &name : fullNames)
        if (const QString key = fullNameKey(name); !key.isEmpty())
            m_keys.insert(key, false);
    for (const QString &name : except)
        if (const QString key = RedactionFinder::searchKey(name); !key.isEmpty())
            m_keys.insert(key, true);
    QSet<qsizetype> lengths;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        lengths.insert(it.key().size());
        if (!it.value())
            ++m_names;
    }
    m_lengths = QList<qsizetype>(lengths.cbegin(), lengths.cend());
    std::sort(m_lengths.begin(), m_lengths.end(), std::greater<>());
}

bool MemberNameIndex::contains(const QString &name) const
{
    const QString key = RedactionFinder::searchKey(name);
    return !key.isEmpty() && !m_keys.value(key, true);
}

qsizetype MemberNameIndex::longestMatchAt(QStringView key, qsizetype at, bool *excepted) const
{
    for (qsizetype length : m_lengths) {
        if (at + length > key.size())
            continue;
        // A view on the page's key as a QString, without copying it.
        const auto it = m_keys.constFind(QString::fromRawData(key.data() + at, length));
        if (it != m_keys.cend()) {
            if (excepted)
                *excepted = it.value();
            return length;
        }
    }
    return 0;
}

} // namespace dsr
