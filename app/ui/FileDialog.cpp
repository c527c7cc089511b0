#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace dsr {

namespace {
std::optional<QString> g_nextFileName;
} // namespace

bool FileDialog::takeNext(QString *fileName)
{
    if (!g_nextFileName)
        return false;
    *fileName = *g_nextFileName;
    g_nextFileName.reset();
    return true;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                    const QString &filter)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

} // namespace dsr
