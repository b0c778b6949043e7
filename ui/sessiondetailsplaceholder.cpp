#include "sessiondetailsplaceholder.h"

#include "ui_sessiondetailsplaceholder.h"

#include "api/sessionclient.h"
#include "core/money.h"

#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>

namespace Dintero::Ui {

SessionDetailsPlaceholder::SessionDetailsPlaceholder(
    Api::SessionClient *client, const QString &sessionId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::SessionDetailsPlaceholder>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sessionDetailsPlaceholder"));
    setWindowTitle(tr("Session %1").arg(sessionId));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->summaryLabel->setText(tr("Loading session %1\u2026").arg(sessionId));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->jsonText->setFont(mono);
    if (!client)
        return;
    Api::SessionReply *reply = client->getSession(sessionId);
    connect(reply, &Api::SessionRequest::finished, this, [this, reply] {
        if (reply->hasError()) {
            m_ui->summaryLabel->setText(tr("Could not load the session: %1").arg(reply->error().message()));
            return;
        }
        const Core::Session &session = reply->session();
        const QDateTime now = QDateTime::currentDateTime();
        QStringList lines;
        lines << tr("Status: %1").arg(Core::statusText(session.status(now)));
        if (session.hasAmount())
            lines << tr("Amount: %1").arg(Core::formatMoney(session.amount(), QLocale()));
        if (!session.customerName().isEmpty())
            lines << tr("Customer: %1").arg(session.customerName());
        if (!session.merchantReference().isEmpty())
            lines << tr("Merchant reference: %1").arg(session.merchantReference());
        lines << tr("The full details view comes in a later version; below is the session as the API sent it.");
        m_ui->summaryLabel->setText(lines.join(u'\n'));
        m_ui->jsonText->setPlainText(QString::fromUtf8(QJsonDocument(session.json()).toJson(QJsonDocument::Indented)));
    });
}

SessionDetailsPlaceholder::~SessionDetailsPlaceholder() = default;

} // namespace Dintero::Ui
