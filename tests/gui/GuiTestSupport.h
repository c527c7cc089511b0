#pragma once
// Helpers shared by the offscreen GUI tests: finding named widgets and typing like a person.

#include "BackgroundTask.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>

namespace dsr::test {

// Finds a named child or fails the test with the name, instead of crashing on nullptr later.
template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        qFatal("widget %s not found", qPrintable(name));
    return found;
}

// Types like a person: Latin text as key presses, Japanese as the input method commits it.
inline void typeInto(QWidget *edit, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(edit, &commit);
        }
    }
}

// Clears the named line edit and types `text` into it.
inline void type(QWidget *parent, const QString &lineEditName, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, lineEditName);
    edit->clear();
    typeInto(edit, text);
}

// Lets the event loop run until every BackgroundTask (login, batch, export) has delivered its
// result, as a person waits for the progress dialog to go; false after `timeoutMs`.
inline bool waitForBackgroundTasks(int timeoutMs = 60000)
{
    QElapsedTimer waited;
    waited.start();
    while (BackgroundTask::runningCount() > 0) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

} // namespace dsr::test
