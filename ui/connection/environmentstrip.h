#pragma once

#include <QWidget>

class QLabel;

namespace Dintero::Ui {

// The coloured strip under the toolbar that says which profile the console works on and
// whether it is TEST or PRODUCTION. Production is not only a colour: a warning icon and
// the word PRODUCTION say it too. Hidden while there is no profile.
class EnvironmentStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentStrip)

public:
    explicit EnvironmentStrip(QWidget *parent = nullptr);
    ~EnvironmentStrip() override;

    // `colour` is the profile's ("#rrggbb"), used for test profiles; empty: none.
    void showProfile(const QString &name, const QString &accountId, bool production, const QString &colour);
    void clearProfile();
    QString text() const;
    bool isProduction() const;

private:
    QLabel *m_icon;
    QLabel *m_label;
    bool m_production = false;
};

} // namespace Dintero::Ui
