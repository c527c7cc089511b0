#include "HomePage.h"

#include "Session.h"
#include "UiText.h"
#include "model/LetterQuery.h"
#include "security/Permissions.h"
#include "services/CalendarService.h"
#include "services/LetterRegister.h"
#include "services/RequestService.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace dsr {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

bool darkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// One figure: a large number, its label and a line saying what it counts, drawn as a card that
// is a button (click, Space or Enter opens the list). The accent marks urgency — red for late,
// amber for due soon — on the number and a bar, the words saying the same for whoever cannot
// tell the colours apart.
class FigureLink : public QAbstractButton
{
public:
    enum class Accent { Plain, Late, Soon };

    FigureLink(const QString &label, Accent accent, QWidget *parent)
        : QAbstractButton(parent)
        , m_label(label)
        , m_accent(accent)
    {
        setAttribute(Qt::WA_Hover);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setText(label);
    }

    void setValue(const QString &number, const QString &caption, bool nonZero)
    {
        m_number = number;
        m_caption = caption;
        m_nonZero = nonZero;
        setAccessibleName(m_label + QStringLiteral(": ") + number);
        setAccessibleDescription(caption);
        update();
    }

    QSize sizeHint() const override
    {
        const QFontMetrics fm(font());
        const QFontMetrics big(numberFont());
        return { qMax(fm.horizontalAdvance(m_label), fm.horizontalAdvance(m_caption)) + 48,
                 big.height() + fm.height() * 2 + 36 };
    }
    QSize minimumSizeHint() const override
    {
        const QFontMetrics fm(font());
        return { fm.horizontalAdvance(m_label) + 40, sizeHint().height() };
    }

protected:
    QFont numberFont() const
    {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 2.5);
        f.setBold(true);
        return f;
    }

    QColor accentColour() const
    {
        const bool dark = darkPalette(palette());
        switch (m_accent) {
        case Accent::Late:
            return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
        case Accent::Soon:
            return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xa8, 0x5a, 0x00);
        case Accent::Plain:
            break;
        }
        return palette().color(QPalette::Highlight);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const QRectF card = QRectF(rect()).adjusted(1, 1, -1, -1);
        QColor background = pal.color(QPalette::Base);
        if (isDown())
            background = mixed(background, pal.color(QPalette::Highlight), 0.16);
        else if (underMouse())
            background = mixed(background, pal.color(QPalette::Highlight), 0.07);
        QPainterPath shape;
        shape.addRoundedRect(card, 8, 8);
        p.fillPath(shape, background);
        // The bar at the left edge: the accent while there is something to do.
        if (m_nonZero) {
            p.save();
            p.setClipPath(shape);
            p.fillRect(QRectF(card.left(), card.top(), 5, card.height()), accentColour());
            p.restore();
        }
        p.setPen(hasFocus() ? QPen(pal.color(QPalette::Highlight), 2) : QPen(pal.color(QPalette::Mid), 1));
        p.drawPath(shape);

        const QRectF text = card.adjusted(20, 10, -12, -10);
        const QFontMetrics big(numberFont());
        const QFontMetrics fm(font());
        p.setFont(numberFont());
        const QColor quiet = pal.color(QPalette::PlaceholderText);
        p.setPen(!m_nonZero ? quiet : m_accent == Accent::Plain ? pal.color(QPalette::Text) : accentColour());
        p.drawText(QRectF(text.left(), text.top(), text.width(), big.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, m_number);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        const qreal labelTop = text.top() + big.height() + 2;
        p.drawText(QRectF(text.left(), labelTop, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_label, Qt::ElideRight, int(text.width())));
        p.setFont(font());
        p.setPen(quiet);
        p.drawText(QRectF(text.left(), labelTop + fm.height() + 2, text.width(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_caption, Qt::ElideRight, int(text.width())));
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            animateClick();
            return;
        }
        QAbstractButton::keyPressEvent(event);
    }

private:
    QString m_label;
    Accent m_accent;
    QString m_number = QStringLiteral("–");
    QString m_caption;
    bool m_nonZero = false;
};

QLabel *groupTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QFrame *rule(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

HomePage::HomePage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_nameLabel(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);

    // Who is signed in and what day it is: the first thing a desk checks in the morning.
    auto *top = new QHBoxLayout;
    auto *who = new QVBoxLayout;
    m_nameLabel->setObjectName(QStringLiteral("nameLabel"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setText(m_session.actor.displayName.isEmpty() ? m_session.actor.login
                                                               : m_session.actor.displayName);
    auto *roles = new QLabel(Roles::displayNames(m_session.actor.roles), this);
    roles->setObjectName(QStringLiteral("rolesLabel"));
    roles->setForegroundRole(QPalette::PlaceholderText);
    who->addWidget(m_nameLabel);
    who->addWidget(roles);
    top->addLayout(who, 1);
    m_dateLabel->setObjectName(QStringLiteral("dateLabel"));
    QFont dateFont = m_dateLabel->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.2);
    m_dateLabel->setFont(dateFont);
    m_dateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_dateLabel, 0, Qt::AlignTop);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setAutoDefault(false);
    refreshButton->setToolTip(tr("Count again (F5)"));
    top->addWidget(refreshButton, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addSpacing(8);

    const RoleSet userRoles = m_session.actor.roles;
    const bool reads = Permissions::allowed(userRoles, Operation::RequestRead);
    const bool approves = Permissions::allowed(userRoles, Operation::RequestApprove);
    // Printing, mailing and returned mail are the clerks' (LetterIssue); the letter register
    // stays readable from the navigation for the other roles that read requests.
    const bool letters = Permissions::allowed(userRoles, Operation::LetterIssue);

    // One column per figure of the fuller group (four with the approvals), so the groups line up.
    m_columns = approves ? 4 : 3;
    if (reads) {
        layout->addWidget(groupTitle(tr("My work"), this));
        layout->addWidget(rule(this));
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(12);
        grid->setVerticalSpacing(12);
        int index = 0;
        addFigure(grid, Figure::Overdue, tr("Overdue"), index++);
        addFigure(grid, Figure::DueSoon, tr("Due within %1 open days").arg(DeadlinePolicy::DueSoonOpenDays),
                  index++);
        if (approves)
            addFigure(grid, Figure::AwaitingMyApproval, tr("Awaiting my approval"), index++);
        addFigure(grid, Figure::AwaitingAmendment, tr("Awaiting amendment"), index++);
        for (int column = 0; column < m_columns; ++column)
            grid->setColumnStretch(column, 1);
        layout->addLayout(grid);
        layout->addSpacing(12);
    }
    if (reads && letters) {
        layout->addWidget(groupTitle(tr("Letters"), this));
        layout->addWidget(rule(this));
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(12);
        int index = 0;
        addFigure(grid, Figure::LettersToPrint, tr("To print"), index++);
        addFigure(grid, Figure::LettersToMail, tr("To mail"), index++);
        addFigure(grid, Figure::ReturnedMail, tr("Returned mail"), index++);
        for (int column = 0; column < m_columns; ++column)
            grid->setColumnStretch(column, 1);
        layout->addLayout(grid);
    }
    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteLabel->setText(reads ? tr("Each figure opens the list it counts.")
                               : tr("No requests wait for your roles here: your work is in the sections on "
                                    "the left."));
    layout->addSpacing(8);
    layout->addWidget(m_noteLabel);
    layout->addStretch(1);

    connect(refreshButton, &QPushButton::clicked, this, &HomePage::refresh);
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &HomePage::refresh);
}

void HomePage::addFigure(QGridLayout *grid, Figure f, const QString &label, int index)
{
    const auto accent = f == Figure::Overdue ? FigureLink::Accent::Late
        : f == Figure::DueSoon               ? FigureLink::Accent::Soon
                                             : FigureLink::Accent::Plain;
    auto *link = new FigureLink(label, accent, this);
    static const QMap<Figure, QString> names {
        { Figure::Overdue, QStringLiteral("overdueLink") },
        { Figure::DueSoon, QStringLiteral("dueSoonLink") },
        { Figure::AwaitingMyApproval, QStringLiteral("awaitingApprovalLink") },
        { Figure::AwaitingAmendment, QStringLiteral("awaitingAmendmentLink") },
        { Figure::LettersToPrint, QStringLiteral("lettersToPrintLink") },
        { Figure::LettersToMail, QStringLiteral("lettersToMailLink") },
        { Figure::ReturnedMail, QStringLiteral("returnedMailLink") },
    };
    link->setObjectName(names.value(f));
    grid->addWidget(link, index / m_columns, index % m_columns);
    m_links.insert(f, link);
    connect(link, &QAbstractButton::clicked, this, [this, f] {
        switch (f) {
        case Figure::Overdue:
            Q_EMIT registerRequested(RegisterPage::Filter::Overdue);
            break;
        case Figure::DueSoon:
            Q_EMIT registerRequested(RegisterPage::Filter::DueSoon);
            break;
        case Figure::AwaitingMyApproval:
            Q_EMIT registerRequested(RegisterPage::Filter::AwaitingMyApproval);
            break;
        case Figure::AwaitingAmendment:
            Q_EMIT registerRequested(RegisterPage::Filter::AwaitingAmendment);
            break;
        case Figure::LettersToPrint:
            Q_EMIT lettersRequested(LetterState::Issued);
            break;
        case Figure::LettersToMail:
            Q_EMIT lettersRequested(LetterState::Printed);
            break;
        case Figure::ReturnedMail:
            Q_EMIT lettersRequested(LetterState::Returned);
            break;
        }
    });
}

QList<HomePage::Figure> HomePage::shownFigures() const
{
    QList<Figure> shown;
    for (Figure f : { Figure::Overdue, Figure::DueSoon, Figure::AwaitingMyApproval, Figure::AwaitingAmendment,
                      Figure::LettersToPrint, Figure::LettersToMail, Figure::ReturnedMail })
        if (m_links.contains(f))
            shown << f;
    return shown;
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void HomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The cards draw with the palette: a switch to a dark theme repaints them in its colours.
    if (event->type() == QEvent::PaletteChange)
        update();
}

void HomePage::setFigure(Figure f, const Result<qint64> &value, const QString &caption)
{
    auto *link = static_cast<FigureLink *>(m_links.value(f));
    if (!link)
        return;
    if (!value) {
        m_values.insert(f, -1);
        link->setValue(QStringLiteral("–"), value.error().message, false);
        link->setToolTip(value.error().message);
        return;
    }
    m_values.insert(f, value.value());
    link->setValue(QLocale().toString(value.value()), caption, value.value() > 0);
}

void HomePage::refresh()
{
    const QDate today = QDate::currentDate();
    m_dateLabel->setText(QLocale().toString(today, QLocale::LongFormat));
    if (m_links.isEmpty())
        return;

    // The same queries the register runs for its filters (RegisterPage::currentQuery), so each
    // figure is the number of rows its link shows.
    RequestService requests(m_session.database);
    auto count = [&](auto fill) {
        RequestQuery q;
        fill(q);
        return requests.count(m_session.actor, q);
    };
    setFigure(Figure::Overdue, count([&](RequestQuery &q) { q.overdueAsOf = today; }),
              tr("Act-by date passed"));
    QString soonCaption = tr("Act by within %1 open days").arg(DeadlinePolicy::DueSoonOpenDays);
    if (auto policy = CalendarService(m_session.database).policy())
        soonCaption = tr("Act by %1 at the latest").arg(UiText::date(policy->dueSoonUntil(today)));
    setFigure(Figure::DueSoon, count([&](RequestQuery &q) { q.dueSoonAsOf = today; }), soonCaption);
    if (m_links.contains(Figure::AwaitingMyApproval))
        setFigure(Figure::AwaitingMyApproval,
                  count([&](RequestQuery &q) { q.awaitingApprovalBy = m_session.actor.userId; }),
                  tr("At a step you may approve"));
    setFigure(Figure::AwaitingAmendment,
              count([&](RequestQuery &q) { q.status = RequestStatus::AwaitingAmendment; }),
              tr("Waiting for the requester to amend"));

    if (m_links.contains(Figure::LettersToPrint)) {
        LetterRegister letters(m_session.database);
        auto letterCount = [&](LetterState state) {
            LetterQuery q;
            q.state = state;
            return letters.count(m_session.actor, q);
        };
        setFigure(Figure::LettersToPrint, letterCount(LetterState::Issued), tr("Issued, not yet printed"));
        setFigure(Figure::LettersToMail, letterCount(LetterState::Printed), tr("Printed, not yet mailed"));
        setFigure(Figure::ReturnedMail, letterCount(LetterState::Returned), tr("Came back undeliverable"));
    }
}

} // namespace dsr
