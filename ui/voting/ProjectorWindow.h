#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QScreen;
class QVariantAnimation;

namespace proxima {

/// One bar of the projected ranking.
struct ProjectorBar
{
    QString label;
    double value = 0;   ///< bar length, relative to the largest value
    QString valueText;  ///< printed at the end of the bar ("12 dots", "3.5 wins")
    int place = 0;      ///< 1 = first; tied bars share a place
};

/// What the facilitator lets the room see.
struct ProjectorContent
{
    QString question;
    int voted = 0;
    int eligible = 0;
    QString turnout;          ///< who voted as the count words it (members, sticker dots); shown if set
    QList<ProjectorBar> bars; ///< best first
};

/// The projector view: a full-screen window for a second screen, readable from the back of the room (large type,
/// high contrast). Shows the question, the turnout and the live ranking as an animated bar chart, or the winner,
/// or a plain agenda item. Controlled from the main window.
class ProjectorWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Results, Hidden, Winner, Agenda };

    explicit ProjectorWindow(QWidget* parent = nullptr);

    /// New data; while frozen it is kept and shown on unfreezing. Bars glide to their new length and place.
    void setContent(const ProjectorContent& content);
    void setMode(Mode mode);
    /// Shows only the first n places (0 = all).
    void setRevealTopN(int n);
    /// Keeps the picture still while ballots come in.
    void setFrozen(bool frozen);
    /// The text shown in agenda mode ("Next item: ...").
    void setAgendaText(const QString& text);
    /// Moves the window to a screen and makes it full-screen there (nullptr: a normal window).
    void showOnScreen(QScreen* screen);

    Mode mode() const { return m_mode; }
    bool isFrozen() const { return m_frozen; }
    int revealTopN() const { return m_topN; }
    /// What is on the screen now (not the data held back while frozen).
    const ProjectorContent& shownContent() const { return m_shown; }
    /// The bars currently drawn, after reveal-top-N.
    QList<ProjectorBar> visibleBars() const;
    /// True while bars are moving.
    bool isAnimating() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void paintResults(QPainter& p, const QRectF& area);
    void paintCentered(QPainter& p, const QRectF& area, const QString& big, const QString& small);

    ProjectorContent m_shown;
    ProjectorContent m_pending;
    bool m_hasPending = false;
    Mode m_mode = Mode::Results;
    bool m_frozen = false;
    int m_topN = 0;
    QString m_agenda;
    // Where each bar (by label) starts its glide: row position and value.
    QHash<QString, QPointF> m_from;
    QVariantAnimation* m_animation;
    double m_progress = 1.0;
};

} // namespace proxima
