#include "chartframe.h"

#include "export/csvwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryFile>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Uptake {

ChartFrame::ChartFrame(const QString &title, const QString &subtitle, QWidget *content, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(subtitle, this))
    , m_empty(new QLabel(this))
    , m_content(content)
    , m_stack(new QStackedLayout)
    , m_menuButton(new QToolButton(this))
{
    setObjectName(u"card"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(2);
    auto *head = new QHBoxLayout;
    m_title->setObjectName(u"cardTitle"_s);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    head->addWidget(m_title, 1);
    m_menuButton->setText(tr("Export"));
    m_menuButton->setToolTip(tr("Export this chart as an image or its data as CSV"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setAccessibleName(tr("Export %1").arg(title));
    connect(m_menuButton, &QToolButton::clicked, this, &ChartFrame::showMenu);
    head->addWidget(m_menuButton);
    layout->addLayout(head);
    m_subtitle->setWordWrap(true);
    m_subtitle->setObjectName(u"cardNote"_s);
    QPalette p = m_subtitle->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(p);
    layout->addWidget(m_subtitle);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setPalette(p);
    content->setParent(this);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    layout->addLayout(m_stack, 1);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &ChartFrame::showMenu);
}

QString ChartFrame::title() const
{
    return m_title->text();
}

void ChartFrame::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

void ChartFrame::setEmpty(const QString &why)
{
    m_empty->setText(why);
    m_stack->setCurrentWidget(why.isEmpty() ? m_content : static_cast<QWidget *>(m_empty));
    m_menuButton->setEnabled(why.isEmpty());
}

void ChartFrame::setData(const Table &table)
{
    m_table = table;
}

QString ChartFrame::csv() const
{
    QStringList lines;
    QStringList header;
    for (const QString &h : m_table.header)
        header << csvCell(h);
    lines << header.join(u',');
    for (const QStringList &row : m_table.rows) {
        QStringList cells;
        for (const QString &c : row)
            cells << csvCell(c);
        lines << cells.join(u',');
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

QString ChartFrame::exportPng(const QString &path) const
{
    const qreal scale = 2.0;
    QImage image(m_content->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(m_content->palette().color(QPalette::Base));
    m_content->render(&image);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return tr("Cannot write “%1”: %2").arg(path, file.errorString());
    return {};
}

QString ChartFrame::exportSvg(const QString &path) const
{
    // Render into a temporary file beside the target, then move it into place: a failed export leaves any
    // earlier file untouched.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(m_content->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_content->size()));
    svg.setTitle(title());
    svg.setDescription(m_subtitle->text());
    {
        QPainter painter(&svg);
        m_content->render(&painter);
    }
    if (!file.commit())
        return tr("Cannot write “%1”: %2").arg(path, file.errorString());
    return {};
}

void ChartFrame::showMenu()
{
    if (!m_menuButton->isEnabled())
        return;
    QMenu menu(this);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                         title().toLower().replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    auto report = [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export failed"), error);
    };
    menu.addAction(tr("Export as PNG…"), this, [=, this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export chart"), base + u".png"_s, tr("PNG images (*.png)"));
        if (!path.isEmpty())
            report(exportPng(path));
    });
    menu.addAction(tr("Export as SVG…"), this, [=, this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export chart"), base + u".svg"_s, tr("SVG drawings (*.svg)"));
        if (!path.isEmpty())
            report(exportSvg(path));
    });
    menu.addSeparator();
    menu.addAction(tr("Copy data"), this, [this] { QApplication::clipboard()->setText(csv()); });
    menu.addAction(tr("Export data as CSV…"), this, [=, this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export data"), base + u".csv"_s, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const Status s = writeCsvFile(path, m_table.header, m_table.rows);
        report(s ? QString() : s.error());
    });
    menu.exec(QCursor::pos());
}

} // namespace Uptake
