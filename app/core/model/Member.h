#pragma once
// A member (組合員) of the association: the person whose data a request is about.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace dsr {

struct Member
{
    qint64 id = 0;
    QString memberNumber; // 組合員番号
    QString name; // 氏名
    QString kana; // カナ (katakana)
    QDate birthDate;
    QString postalCode; // NNN-NNNN
    QString address;
    QString phone;
    QString affiliation; // 所属所
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;
};

} // namespace dsr
