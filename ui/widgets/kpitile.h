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

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
};

} // namespace Uptake
