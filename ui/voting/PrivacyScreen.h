#pragma once

#include <QWidget>

class QPushButton;

namespace proxima {

/// A cover over the whole window between two voters at the laptop, so nobody sees the previous ballot.
class PrivacyScreen : public QWidget
{
    Q_OBJECT
public:
    explicit PrivacyScreen(QWidget* window);

    /// Covers the window it belongs to and takes the keyboard focus.
    void cover();
    QPushButton* nextButton() const { return m_next; }

signals:
    /// The next voter is ready.
    void released();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPushButton* m_next;
};

} // namespace proxima
