#pragma once
// Help ▸ User manual (F1): the Japanese manual of docs/manual, built into the program as
// resources, so it opens offline and always matches the version running. The Markdown pages are
// shown by a QTextBrowser; links between them, back and forward work as in a browser, and
// pictures wider than the page are scaled down to fit.

#include <QTextBrowser>
#include <QUrl>
#include <QWidget>

class QToolButton;

namespace dsr {

class ManualBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ManualBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;

    // The widest a picture is shown (device-independent pixels).
    static constexpr int MaxImageWidth = 900;
};

class ManualWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ManualWindow(QWidget *parent = nullptr);

    // The start page: the table of contents.
    static QUrl indexUrl();
    // Opens `page` (a file name of docs/manual, e.g. "clerk.md"), optionally at a heading anchor.
    void openPage(const QString &page);
    ManualBrowser *browser() const { return m_browser; }

private:
    ManualBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
};

} // namespace dsr
