#pragma once
// The home page (ホーム): where each role starts. The person's name and today's date, then the
// work waiting for them as large figures that are links — overdue, due within seven open days,
// awaiting their approval, awaiting an amendment; letters to print, to mail and returned — each
// opening the register or the letter register filtered to exactly the rows it counts. A figure
// shows only when the person's roles may see what it counts (Permissions). The figures come from
// the services' audited counts, with the same queries the filtered lists run.

#include "RegisterPage.h"
#include "Result.h"
#include "model/Letter.h"

#include <QDate>
#include <QMap>
#include <QWidget>

class QAbstractButton;
class QGridLayout;
class QLabel;

namespace dsr {

struct Session;

class HomePage : public QWidget
{
    Q_OBJECT
public:
    enum class Figure {
        Overdue,
        DueSoon,
        AwaitingMyApproval,
        AwaitingAmendment,
        LettersToPrint, // state Issued
        LettersToMail, // state Printed
        ReturnedMail, // state Returned
    };

    explicit HomePage(Session &session, QWidget *parent = nullptr);

    // The figures the person's roles show, in the order on the page.
    QList<Figure> shownFigures() const;
    // As of the last refresh; -1 when not shown or unreadable.
    qint64 figure(Figure f) const { return m_values.value(f, -1); }
    // The link of a figure; nullptr when the roles do not show it.
    QAbstractButton *link(Figure f) const { return m_links.value(f); }

public Q_SLOTS:
    // Reads every shown figure again (each an audited count).
    void refresh();

Q_SIGNALS:
    // A request figure was clicked: the register, filtered to it.
    void registerRequested(dsr::RegisterPage::Filter filter);
    // A letter figure was clicked: the letter register, showing the letters in that state.
    void lettersRequested(dsr::LetterState state);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addFigure(QGridLayout *grid, Figure f, const QString &label, int index);
    void setFigure(Figure f, const Result<qint64> &value, const QString &caption);

    Session &m_session;
    QLabel *m_nameLabel;
    QLabel *m_dateLabel;
    QLabel *m_noteLabel;
    QMap<Figure, QAbstractButton *> m_links;
    QMap<Figure, qint64> m_values;
    int m_columns = 4;
};

} // namespace dsr
