#pragma once

#include <QWidget>

class QPushButton;

namespace Dintero::Ui {

// What the window shows while there is no connection profile (the first run): Try the
// Demo (the embedded sandbox, one click) and Connect to Dintero… (the profile dialog).
class WelcomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeView)

public:
    explicit WelcomeView(QWidget *parent = nullptr);
    ~WelcomeView() override;

    QPushButton *tryDemoButton() const;
    QPushButton *connectButton() const;

Q_SIGNALS:
    void tryDemoRequested();
    void connectRequested();

private:
    QPushButton *m_tryDemo;
    QPushButton *m_connect;
};

} // namespace Dintero::Ui
