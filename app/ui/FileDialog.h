#pragma once
// File choosers through one door, so tests can supply the file name instead of driving a native
// dialog (STYLE.md practice 4, after KeePassXC's FileDialog).

#include <QString>

class QWidget;

namespace dsr {

class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                   const QString &filter);
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);

    // An existing folder (empty when cancelled).
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory);

    // Test seam: the next call returns `fileName` (empty: as if cancelled) without showing a dialog.
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString *fileName);
};

} // namespace dsr
