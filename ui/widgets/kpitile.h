#pragma once

#include <QFrame>

class QLabel;

namespace Uptake {

/// A headline figure: caption, value and a short note (e.g. "of 600 in the roster").
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)
public:
    explicit KpiTile(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &note = {});
    QString value() const;
    /// A status in words and colour (never colour alone): key is "on_track", "at_risk", "off_track" or
    /// "not_due"; an empty label hides it.
    void setStatus(const QString &label, const QString &key = {});
    QString status() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintStatus();
    QString m_statusKey;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
    QLabel *m_status;
};

} // namespace Uptake
