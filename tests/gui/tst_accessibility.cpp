// Keyboard and dark-palette checks across the application's windows:
// - every page and dialog in a dark palette, with the text of every visible label measured on the rendered pixels
//   (not on the palette, which style sheets override) against the background it sits on;
// - the palette followed live when the system switches between light and dark;
// - the tab order of the dialogs: every control reachable with Tab, once, in reading order.
// Screenshots go to UPTAKE_SCREENSHOTS when set.

#include "demo/demoworkspace.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/restorebackupdialog.h"
#include "dialogs/targetsdialog.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "settings/appsettings.h"
#include "storage/backups.h"
#include "storage/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Uptake;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

/// WCAG relative luminance of an sRGB colour.
double luminance(QRgb c)
{
    auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The contrast of a label's text as drawn: the background is the most common colour in its rectangle, the
/// text the pixel that differs most from it (the core of a glyph, not its anti-aliased edge).
double drawnContrast(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    if (counts.isEmpty())
        return 0;
    const QRgb background = std::max_element(counts.cbegin(), counts.cend()).key();
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, contrast(it.key(), background));
    return best;
}

/// Widgets that take keyboard focus with Tab and are on screen now.
bool tabbable(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

/// The order Tab visits a window's controls in, starting from its first.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    QWidget *w = window;
    for (int guard = 0; guard < 500; ++guard) {
        w = w->nextInFocusChain();
        if (w == window)
            break;
        if (tabbable(w) && w->window() == window && !chain.contains(w))
            chain.append(w);
    }
    return chain;
}

QString describe(const QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    return u"%1 %2 \"%3\" at %4,%5"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
        .arg(w->mapTo(w->window(), QPoint()).x())
        .arg(w->mapTo(w->window(), QPoint()).y());
}

/// The Alt+letter of a text with a mnemonic ("&File" → 'f'; "&&" is a literal ampersand), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// Letters that more than one of window's visible labels, buttons and menus answer to: Alt+letter then only
/// cycles between them instead of going where the label says.
QStringList mnemonicClashes(QWidget *window)
{
    QMultiHash<QChar, QString> owners;
    auto note = [&owners](const QString &text) {
        if (const QChar c = mnemonic(text); !c.isNull())
            owners.insert(c, text);
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        for (QAction *a : bar->actions())
            note(a->text());
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->buddy() && l->isVisibleTo(window))
            note(l->text());
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(window))
            note(b->text());
    QStringList clashes;
    for (const QChar c : owners.uniqueKeys())
        if (owners.count(c) > 1) {
            QStringList texts = owners.values(c);
            texts.sort();
            clashes << u"Alt+%1: %2"_s.arg(c.toUpper(), texts.join(u", "_s));
        }
    return clashes;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    void shoot(QWidget &w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        w.grab().save(folder + u'/' + name + u".png"_s);
    }

    /// Every visible label with text in window, measured on the rendered window.
    void checkLabels(QWidget *window, const QString &where)
    {
        const QImage image = window->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        int measured = 0;
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
                continue;
            if (!label->isEnabled())
                continue; // disabled text is meant to recede
            // Only what is on screen in full: a label scrolled out of its viewport is drawn elsewhere or not at all.
            if (!label->visibleRegion().contains(label->contentsRect()))
                continue;
            const QRect rect(label->mapTo(window, label->contentsRect().topLeft()), label->contentsRect().size());
            if (!window->rect().contains(rect) || rect.height() < 8)
                continue;
            const QRect pixels(QPoint(int(rect.left() * ratio), int(rect.top() * ratio)), rect.size() * ratio);
            const double c = drawnContrast(image, pixels);
            ++measured;
            // WCAG AA asks 4.5 for body text; anti-aliasing lowers the measured peak a little, and captions in a
            // muted colour are meant to be quieter, so 3.5 is the floor for any text.
            QVERIFY2(c >= 3.5, qPrintable(u"%1: \"%2\" (%3) has contrast %4"_s
                                              .arg(where, label->text().left(60), label->objectName())
                                              .arg(c, 0, 'f', 2)));
        }
        qDebug("%s: %d labels measured", qPrintable(where), measured);
        QVERIFY2(measured > 0, qPrintable(where));
    }

    static void checkTabOrder(QWidget *window, const QString &where)
    {
        const QList<QWidget *> chain = tabChain(window);
        QVERIFY2(chain.size() >= 2, qPrintable(where));
        // Every control on screen can be reached with Tab.
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (tabbable(w) && !qobject_cast<QTabBar *>(w))
                QVERIFY2(chain.contains(w), qPrintable(where + u": cannot Tab to "_s + describe(w)));
        }
        // Within a column of controls, Tab goes down: a control directly above the previous one (same left edge,
        // higher up) means the order jumps back. Side-by-side columns and button rows are not compared.
        for (int i = 1; i < chain.size(); ++i) {
            const QPoint a = chain.at(i - 1)->mapTo(window, QPoint());
            const QPoint b = chain.at(i)->mapTo(window, QPoint());
            if (std::abs(a.x() - b.x()) <= 2 && chain.at(i - 1)->parentWidget() == chain.at(i)->parentWidget())
                QVERIFY2(b.y() >= a.y(), qPrintable(where + u": Tab goes up from "_s + describe(chain.at(i - 1)) +
                                                    u" to "_s + describe(chain.at(i))));
        }
    }

    /// The main window as the tests look at it: 1400×900, shown, non-interactive, with the demo workspace open.
    void showDemo(MainWindow &w)
    {
        w.setInteractive(false);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(m_demo));
    }

    /// Shows every page in turn and calls visit(index) once its background figures (the dashboard's metrics,
    /// the journey's measurements) have arrived.
    void forEachPage(MainWindow &w, const std::function<void(int)> &visit)
    {
        for (int i = 0; i < int(PageId::Count) && !QTest::currentTestFailed(); ++i) {
            w.showPage(PageId(i));
            QTRY_VERIFY_WITH_TIMEOUT(!w.page(PageId(i))->hasWaitingJobs(), 10000);
            visit(i);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UptakeAccessibilityTest"_s);
        QSettings().clear();
        QSettings().setValue(u"backup/intervalHours"_s, 0);
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.uptake"_s);
        QVERIFY(Demo::createDemoWorkspace(m_demo, true));
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void darkPalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void darkPalette()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark ? ::darkPalette() : QApplication::style()->standardPalette());
        const QString tag = dark ? u"dark"_s : u"light"_s;
        {
            MainWindow w;
            showDemo(w);
            if (QTest::currentTestFailed())
                return;
            forEachPage(w, [&](int i) {
                QTest::qWait(i == 0 ? 1500 : 300);
                shoot(w, u"%1-page-%2"_s.arg(tag).arg(i));
                checkLabels(&w, u"%1 page %2"_s.arg(tag).arg(i));
            });
            if (QTest::currentTestFailed())
                return;
            auto *targets = TargetsDialog::open(&w, *w.workspace(), *w.undoStack(), 0);
            QVERIFY(QTest::qWaitForWindowExposed(targets));
            QTest::qWait(300);
            shoot(*targets, tag + u"-targets"_s);
            checkLabels(targets, tag + u" targets"_s);
            targets->close();
        }
        AppSettings settings;
        PreferencesDialog preferences(settings);
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        shoot(preferences, tag + u"-preferences"_s);
        checkLabels(&preferences, tag + u" preferences"_s);
        preferences.close();

        QVERIFY(Backups::createFromFile(m_demo, QString::fromLatin1(Backups::Automatic)));
        RestoreBackupDialog restore(m_demo);
        restore.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restore));
        shoot(restore, tag + u"-restore"_s);
        checkLabels(&restore, tag + u" restore"_s);
        QApplication::setPalette(before);
    }

    void followsAPaletteChange()
    {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(QApplication::style()->standardPalette());
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString light = w.styleSheet();
        // The system switches to dark while Uptake runs: the navigation and cards follow without a restart.
        QApplication::setPalette(::darkPalette());
        QTRY_VERIFY(w.styleSheet() != light);
        QVERIFY(w.styleSheet().contains(u"#1f2a28"_s)); // the dark navigation background
        QApplication::setPalette(QApplication::style()->standardPalette());
        QTRY_COMPARE(w.styleSheet(), light);
        QApplication::setPalette(before);
    }

    // Every page's Alt+letter shortcuts (label buddies, buttons, the menu bar) lead to one place each.
    void mnemonicsAreUniquePerPage()
    {
        MainWindow w;
        showDemo(w);
        if (QTest::currentTestFailed())
            return;
        QStringList found;
        forEachPage(w, [&](int i) {
            for (const QString &clash : mnemonicClashes(&w))
                found << u"page %1: %2"_s.arg(i).arg(clash);
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void tabOrder()
    {
        auto ws = Workspace::open(m_demo);
        QVERIFY(ws);
        QUndoStack undo;
        {
            TargetsDialog dialog(**ws, undo, 0);
            dialog.resize(1100, 750);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *tabs = dialog.findChild<QTabWidget *>();
            QVERIFY(tabs);
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QTest::qWait(50);
                checkTabOrder(&dialog, u"Targets and Annotations, tab %1"_s.arg(t));
            }
        }
        ws->reset();
        {
            AppSettings settings;
            PreferencesDialog dialog(settings);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            checkTabOrder(&dialog, u"Preferences"_s);
        }
        {
            QVERIFY(Backups::createFromFile(m_demo, QString::fromLatin1(Backups::Automatic)));
            RestoreBackupDialog dialog(m_demo);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            checkTabOrder(&dialog, u"Restore from Backup"_s);
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
