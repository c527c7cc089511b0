#pragma once
// The redaction workspace (issue 12): one document to disclose, its pages as thumbnails, the page
// itself in the program's page view with the draft's boxes over it (RedactionOverlay), the list of
// boxes with their ground and reason, and the suggestions of the detectors — every hit of a search
// text, My Numbers, telephone numbers, postal codes (and what the core adds: OCR on pages without
// text, other members' names) — which the clerk accepts or rejects one by one or all at once.
// Finding runs on a worker thread with its own copy of the document, so the window keeps
// answering on a long scan. The workspace edits a draft; storing it and burning the copy in are
// the window's business (RedactionWindow), through DisclosureService.

#include "documents/Redaction.h"
#include "documents/RedactionFinder.h"
#include "model/LegalRegime.h"

#include <QByteArray>
#include <QList>
#include <QWidget>
#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QUndoStack;

namespace dsr {

class PdfPageView;
class PdfRenderer;
class RedactionBoxModel;
class RedactionOverlay;
class MemberNameIndex;

class RedactionWorkspace : public QWidget
{
    Q_OBJECT
public:
    // Thumbnails are rendered this wide (pixels).
    static constexpr int ThumbnailWidth = 110;

    explicit RedactionWorkspace(QWidget *parent = nullptr);
    ~RedactionWorkspace() override;

    // Opens the document (PDF, PNG, JPEG, TIFF) from its bytes; false with the reason when it
    // cannot be opened for redaction. Drops the boxes and suggestions of the one before.
    bool setDocument(const QByteArray &bytes, const QString &name, QString *error = nullptr);
    // The grounds offered (the regime's list, DOMAIN.md §3).
    void setRegime(LegalRegime regime);
    // The draft loaded: boxes replaced, undo history dropped, not modified.
    void setBoxes(const QList<RedactionBox> &boxes);
    QList<RedactionBox> boxes() const;
    bool isModified() const;
    void markSaved();
    // The names of the other members (from the register, the requester's left out): offered as
    // a kind of suggestion. Their index is built on the worker at the first search that uses it.
    void setMemberNames(const QStringList &names);

    RedactionBoxModel *model() const { return m_model; }
    PdfPageView *pageView() const { return m_view; }
    RedactionOverlay *overlay() const { return m_overlay; }
    QUndoStack *undoStack() const;
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    // The suggestions waiting for a yes or no, one per hit (a hit over two lines has two boxes).
    // One rejected is not offered again while the document stays open.
    const QList<RedactionHit> &suggestions() const { return m_hits; }
    bool isFinding() const { return m_finding; }
    // The pages without a text layer the last search met, and those of them OCR read.
    const QList<int> &pagesWithoutText() const { return m_pagesWithoutText; }

    // The ground and reason that new boxes get and that "Apply" sets on the selected ones.
    QString currentGround() const;
    QString currentReason() const;
    void setCurrentGround(const QString &groundId);
    void setCurrentReason(const QString &reason);
    // The selected boxes (rows of model()).
    QList<int> selectedRows() const;
    void selectRows(const QList<int> &rows);

public Q_SLOTS:
    // Runs the detectors ticked (and the search text, if any) on a worker thread; the suggestions
    // replace the previous ones when it is done (findingFinished).
    void findSuggestions();
    void acceptSuggestions(QList<int> indexes);
    void rejectSuggestions(QList<int> indexes);
    void acceptAllSuggestions();
    void rejectAllSuggestions();
    void deleteSelected();
    // The current ground and reason onto the selected boxes (one undoable step).
    void applyToSelected();
    // Selects every box whose ground is that of the current box.
    void selectSameGround();

Q_SIGNALS:
    void findingFinished();
    void modifiedChanged(bool modified);

private:
    struct Finding;
    QWidget *buildBoxesTab();
    QWidget *buildSuggestionsTab();
    void showSuggestions();
    void finishFinding(const QList<RedactionHit> &hits, const QList<int> &withoutText,
                       const QList<int> &ocrPages, const QString &failure);
    void updateActions();
    void syncOverlaySelection();
    int suggestionOfOverlayIndex(int index) const;
    void dropSuggestions(QList<int> indexes, bool rejected);
    bool isRejected(const RedactionHit &hit) const;
    static QString suggestionText(const RedactionHit &hit);

    QByteArray m_bytes;
    QString m_name;
    LegalRegime m_regime = LegalRegime::Private;
    QStringList m_memberNames;
    std::shared_ptr<const MemberNameIndex> m_nameIndex;
    RedactionBoxModel *m_model;
    PdfPageView *m_view;
    RedactionOverlay *m_overlay;
    PdfRenderer *m_thumbnails;
    QListWidget *m_thumbnailList;
    QTabWidget *m_tabs;
    QTableView *m_boxTable;
    QComboBox *m_groundCombo;
    QLineEdit *m_reasonEdit;
    QPushButton *m_applyButton;
    QPushButton *m_sameGroundButton;
    QLineEdit *m_searchEdit;
    QCheckBox *m_myNumberCheck;
    QCheckBox *m_phoneCheck;
    QCheckBox *m_postalCheck;
    QCheckBox *m_namesCheck;
    QPushButton *m_findButton;
    QProgressBar *m_progress;
    QLabel *m_findStatus;
    QListWidget *m_suggestionList;
    QPushButton *m_acceptButton;
    QPushButton *m_rejectButton;
    QPushButton *m_acceptAllButton;
    QPushButton *m_rejectAllButton;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_deleteAction;

    QList<RedactionHit> m_hits;
    QList<RedactionHit> m_rejected; // not offered again for this document
    QList<int> m_overlayHit; // for each suggestion box the overlay shows: its hit
    QList<int> m_pagesWithoutText;
    bool m_finding = false;
    std::shared_ptr<Finding> m_job;
};

} // namespace dsr
