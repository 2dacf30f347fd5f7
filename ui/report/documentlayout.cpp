#include "documentlayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Uptake::Report {

QFont font(const QString &family, qreal points, QFont::Weight weight, bool italic)
{
    QFont f(family);
    f.setPixelSize(qRound(dotsFromPoints(points)));
    f.setWeight(weight);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // A hair of letter spacing makes Qt shape without ligatures, so "definitions" is searched and copied as typed
    // (with them PDF readers extract "ﬁ", U+FB01). 0.05 dots is 0.003 pt: nobody sees it.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

void scaleToDevice(QPainter *painter, qreal deviceDpi)
{
    const qreal s = deviceDpi / LayoutDpi;
    painter->scale(s, s);
}

// --- Document ---------------------------------------------------------------------------------------------------

void Document::addCover(Cover cover)
{
    Block b;
    b.kind = Block::Kind::Cover;
    b.cover = std::make_shared<Cover>(std::move(cover));
    m_blocks << b;
}

void Document::addHeading(const QString &text, int level)
{
    Block b;
    b.kind = Block::Kind::Heading;
    b.text = text;
    b.level = level;
    m_blocks << b;
}

void Document::addParagraph(const QString &text)
{
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.text = text;
    m_blocks << b;
}

void Document::addNote(const QString &text, const QColor &rule)
{
    Block b;
    b.kind = Block::Kind::Note;
    b.text = text;
    b.rule = rule;
    m_blocks << b;
}

void Document::addTable(Table table)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.table = std::make_shared<Table>(std::move(table));
    m_blocks << b;
}

void Document::addChart(Chart chart)
{
    Block b;
    b.kind = Block::Kind::Chart;
    b.chart = std::make_shared<Chart>(std::move(chart));
    m_blocks << b;
}

void Document::addSpacer(qreal mm)
{
    Block b;
    b.kind = Block::Kind::Spacer;
    b.space = mm;
    m_blocks << b;
}

void Document::addPageBreak()
{
    Block b;
    b.kind = Block::Kind::PageBreak;
    m_blocks << b;
}

QList<std::shared_ptr<Table>> Document::tables() const
{
    QList<std::shared_ptr<Table>> result;
    for (const Block &b : m_blocks)
        if (b.kind == Block::Kind::Table)
            result << b.table;
    return result;
}

QStringList Document::sections() const
{
    QStringList result;
    for (const Block &b : m_blocks)
        if (b.kind == Block::Kind::Heading && b.level == 1)
            result << b.text;
    return result;
}

QSizeF PageSetup::pageSizeDots() const
{
    const QSizeF mm = QPageSize(pageSize).size(QPageSize::Millimeter);
    return {dotsFromMm(mm.width()), dotsFromMm(mm.height())};
}

// --- Text -------------------------------------------------------------------------------------------------------

namespace {

/// A laid-out piece of text: lines at known offsets from the text's top.
struct Text
{
    std::shared_ptr<QTextLayout> layout;
    QList<qreal> tops;    ///< of each line, from the text's top
    QList<qreal> heights; ///< of each line including its spacing
    qreal height = 0;
    qreal naturalWidth = 0;
    QColor color = Colors::Text;

    qreal linesHeight(int from, int to) const
    {
        qreal h = 0;
        for (int i = from; i < to; ++i)
            h += heights.at(i);
        return h;
    }
    /// Draws lines [from, to) with the first one's top at y.
    void draw(QPainter *p, qreal x, qreal y, int from = 0, int to = -1) const
    {
        if (!layout)
            return;
        if (to < 0)
            to = int(tops.size());
        p->save();
        p->setPen(color);
        const qreal shift = from < tops.size() ? tops.at(from) : 0;
        for (int i = from; i < to; ++i)
            layout->lineAt(i).draw(p, QPointF(x, y - shift));
        p->restore();
    }
};

/// Lays out text with the inline tags <b>, </b>, <i>, </i> (nothing else is markup) wrapped to width.
Text makeText(const QString &markup, const QFont &font, qreal width, Qt::Alignment alignment = Qt::AlignLeft,
              qreal spacing = 1.25, const QColor &color = Colors::Text, bool breakWords = true)
{
    QString plain;
    plain.reserve(markup.size());
    QList<QTextLayout::FormatRange> formats;
    bool bold = false, italic = false;
    int runStart = 0;
    auto closeRun = [&] {
        if ((bold || italic) && plain.size() > runStart) {
            QTextLayout::FormatRange r;
            r.start = runStart;
            r.length = int(plain.size()) - runStart;
            if (bold)
                r.format.setFontWeight(QFont::Bold);
            if (italic)
                r.format.setFontItalic(true);
            formats << r;
        }
        runStart = int(plain.size());
    };
    for (qsizetype i = 0; i < markup.size();) {
        if (markup.at(i) == u'<') {
            const QStringView rest = QStringView(markup).mid(i);
            bool *flag = nullptr;
            bool value = false;
            qsizetype length = 0;
            if (rest.startsWith(u"<b>")) {
                flag = &bold, value = true, length = 3;
            } else if (rest.startsWith(u"</b>")) {
                flag = &bold, value = false, length = 4;
            } else if (rest.startsWith(u"<i>")) {
                flag = &italic, value = true, length = 3;
            } else if (rest.startsWith(u"</i>")) {
                flag = &italic, value = false, length = 4;
            }
            if (flag) {
                closeRun();
                *flag = value;
                i += length;
                continue;
            }
        }
        plain += markup.at(i);
        ++i;
    }
    closeRun();

    Text t;
    t.color = color;
    t.layout = std::make_shared<QTextLayout>(plain, font);
    t.layout->setFormats(formats);
    QTextOption option(alignment);
    option.setWrapMode(breakWords ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::WordWrap);
    t.layout->setTextOption(option);
    t.layout->setCacheEnabled(true);
    t.layout->beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = t.layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y + (spacing - 1) * line.height() / 2));
        const qreal h = line.height() * spacing;
        t.tops << y;
        t.heights << h;
        t.naturalWidth = std::max(t.naturalWidth, line.naturalTextWidth());
        y += h;
    }
    t.layout->endLayout();
    t.height = y;
    return t;
}

QString plainText(const QString &markup)
{
    QString s = markup;
    for (const auto tag : {u"<b>", u"</b>", u"<i>", u"</i>"})
        s.remove(QString::fromUtf16(tag));
    return s;
}

/// The widest word and the whole text's width on one line.
QPair<qreal, qreal> textWidths(const QString &markup, const QFontMetricsF &fm)
{
    const QString plain = plainText(markup);
    qreal word = 0;
    for (const QString &w : plain.split(u' ', Qt::SkipEmptyParts))
        word = std::max(word, fm.horizontalAdvance(w));
    return {word, fm.horizontalAdvance(plain)};
}

constexpr qreal BodyPt = 9.5;
constexpr qreal NotePt = 8;
constexpr qreal TablePt = 8.5;
constexpr qreal HeaderPt = 7.5;

} // namespace

// --- Layout -----------------------------------------------------------------------------------------------------

struct Layout::Private
{
    struct PreparedTable
    {
        QList<qreal> columnX, columnWidth;
        QList<Text> header;
        qreal headerHeight = 0;
        QList<QList<Text>> cells;
        QList<Text> details;
        QList<qreal> rowHeight;
        Text caption;
        Text note;
    };
    struct Prepared
    {
        Text text;
        qreal before = 0, after = 0; ///< space around the block
        std::shared_ptr<PreparedTable> table;
        Text chartCaption;
        qreal chartHeight = 0;
    };
    struct Item
    {
        int block = 0;
        qreal y = 0;
        int from = 0, to = 0; ///< lines (paragraphs) or rows (tables)
        bool continued = false;
    };
    struct Page
    {
        QList<Item> items;
        bool cover = false;
    };

    QString family;
    QSizeF page;
    QRectF content;
    QList<Block> blocks;
    QList<Prepared> prepared;
    QList<Page> pages;
    QList<int> sectionPages;
    Text headerLeft, headerRight, footerLeft;
    QStringList sectionTitles;

    qreal padX() const { return dotsFromPoints(4); }
    qreal padY() const { return dotsFromPoints(2.6); }

    void prepare(int index);
    qreal minimumHeight(int index) const;
    void paginate(const std::atomic_bool *cancel, const PageSetup &setup);
    void paintItem(QPainter *p, const Item &item, const PageSetup &setup) const;
    void paintCover(QPainter *p, const Cover &cover) const;
    void paintTableSegment(QPainter *p, const Item &item, const PageSetup &setup) const;
};

Layout::Layout(PageSetup setup)
    : m_setup(std::move(setup))
    , d(std::make_unique<Private>())
{
    d->family = m_setup.fontFamily;
    d->page = m_setup.pageSizeDots();
    const qreal m = dotsFromMm(m_setup.marginMm);
    d->content = QRectF(m, m + dotsFromMm(2), d->page.width() - 2 * m, d->page.height() - 2 * m - dotsFromMm(4));
}

Layout::~Layout() = default;

int Layout::pageCount() const
{
    return int(d->pages.size());
}

QSizeF Layout::pageSize() const
{
    return d->page;
}

QList<int> Layout::sectionPages() const
{
    return d->sectionPages;
}

QList<int> Layout::blocksOnPage(int index) const
{
    QList<int> result;
    for (const Private::Item &item : d->pages.value(index).items)
        result << item.block;
    return result;
}

QPair<int, int> Layout::tableRowsOnPage(int page, int block) const
{
    for (const Private::Item &item : d->pages.value(page).items)
        if (item.block == block && d->blocks.at(block).kind == Block::Kind::Table && item.to > item.from)
            return {item.from, item.to - 1};
    return {-1, -1};
}

void Layout::Private::prepare(int index)
{
    const Block &b = blocks.at(index);
    Prepared &p = prepared[index];
    const qreal width = content.width();
    switch (b.kind) {
    case Block::Kind::Heading:
        if (b.level == 1) {
            p.text = makeText(b.text, font(family, 15, QFont::Bold), width, Qt::AlignLeft, 1.2, Colors::Accent);
            p.before = dotsFromPoints(16);
            p.after = dotsFromPoints(7);
        } else {
            p.text = makeText(b.text, font(family, 11, QFont::DemiBold), width, Qt::AlignLeft, 1.2, Colors::Text);
            p.before = dotsFromPoints(11);
            p.after = dotsFromPoints(4);
        }
        break;
    case Block::Kind::Paragraph:
        p.text = makeText(b.text, font(family, BodyPt), width, Qt::AlignLeft, 1.3);
        p.after = dotsFromPoints(6);
        break;
    case Block::Kind::Note: {
        const qreal indent = b.rule.isValid() ? dotsFromPoints(9) : 0;
        p.text = makeText(b.text, font(family, NotePt), width - indent, Qt::AlignLeft, 1.3, Colors::Muted);
        p.after = dotsFromPoints(6);
        break;
    }
    case Block::Kind::Table: {
        const Table &t = *b.table;
        auto pt = std::make_shared<PreparedTable>();
        const QFont cellFont = font(family, TablePt);
        const QFont boldFont = font(family, TablePt, QFont::DemiBold);
        const QFont headFont = font(family, TablePt - 0.5, QFont::DemiBold);
        // Column widths as a browser sizes a table: every column gets at least its longest word (a badge its whole
        // text), then the room left goes to the columns that want more, in proportion to how much more.
        const int columns = int(t.columns.size());
        QList<qreal> minimum(columns, 0), natural(columns, 0);
        const QFontMetricsF cellMetrics(cellFont), boldMetrics(boldFont), headMetrics(headFont);
        for (int c = 0; c < columns; ++c) {
            const auto [hw, hn] = textWidths(t.columns.at(c).title, headMetrics);
            minimum[c] = hw;
            natural[c] = hn;
            for (const QList<TableCell> &row : t.rows) {
                const TableCell cell = row.value(c);
                const bool badge = cell.badge.isValid();
                auto [w, n] = textWidths(cell.text, (cell.bold || badge) ? boldMetrics : cellMetrics);
                if (badge)
                    w = n += dotsFromPoints(9);
                minimum[c] = std::max(minimum[c], t.columns.at(c).keepWhole ? n : w);
                natural[c] = std::max(natural[c], n);
            }
            minimum[c] += 2 * padX() + dotsFromPoints(1);
            natural[c] += 2 * padX() + dotsFromPoints(1);
        }
        qreal sumMin = 0, sumNatural = 0, totalWeight = 0;
        for (int c = 0; c < columns; ++c) {
            sumMin += minimum[c];
            sumNatural += natural[c];
            totalWeight += t.columns.at(c).weight;
        }
        QList<qreal> widths(columns, 0);
        for (int c = 0; c < columns; ++c) {
            if (sumNatural <= width)
                widths[c] = natural[c] + (width - sumNatural) * t.columns.at(c).weight / totalWeight;
            else if (sumMin <= width)
                widths[c] = minimum[c] + (width - sumMin) * (natural[c] - minimum[c]) / (sumNatural - sumMin);
            else
                widths[c] = width * t.columns.at(c).weight / totalWeight;
        }
        qreal x = content.left();
        for (int c = 0; c < columns; ++c) {
            pt->columnX << x;
            pt->columnWidth << widths[c];
            x += widths[c];
        }
        for (int c = 0; c < t.columns.size(); ++c) {
            pt->header << makeText(t.columns.at(c).title, headFont, pt->columnWidth.at(c) - 2 * padX(),
                                   t.columns.at(c).alignment, 1.15, Colors::Text, false);
            pt->headerHeight = std::max(pt->headerHeight, pt->header.last().height + 2 * padY());
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            QList<Text> row;
            qreal h = 0;
            for (int c = 0; c < t.columns.size(); ++c) {
                const TableCell cell = t.rows.at(r).value(c);
                const bool badge = cell.badge.isValid();
                const qreal cellWidth = pt->columnWidth.at(c) - 2 * padX() - (badge ? dotsFromPoints(8) : 0);
                Text text = makeText(cell.text, (cell.bold || badge) ? boldFont : cellFont, cellWidth,
                                     badge ? Qt::AlignLeft : t.columns.at(c).alignment, 1.2,
                                     badge ? QColor(Qt::white) : Colors::Text, false);
                h = std::max(h, text.height + 2 * padY() + (badge ? dotsFromPoints(2) : 0));
                row << text;
            }
            Text detail;
            if (r < t.details.size() && !t.details.at(r).isEmpty()) {
                detail = makeText(t.details.at(r), font(family, TablePt - 0.5, QFont::Normal, true), width - 2 * padX(),
                                  Qt::AlignLeft, 1.2, Colors::Muted);
                h += detail.height + padY();
            }
            pt->cells << row;
            pt->details << detail;
            pt->rowHeight << h;
        }
        if (!t.caption.isEmpty()) {
            const QFont captionFont = font(family, 9.5, QFont::DemiBold);
            pt->caption = makeText(t.caption, captionFont, width, Qt::AlignLeft, 1.2);
        }
        if (!t.note.isEmpty())
            pt->note = makeText(t.note, font(family, NotePt - 0.5), width, Qt::AlignLeft, 1.25, Colors::Muted);
        p.table = pt;
        p.before = dotsFromPoints(4);
        p.after = dotsFromPoints(10);
        break;
    }
    case Block::Kind::Chart: {
        const Chart &c = *b.chart;
        if (!c.caption.isEmpty())
            p.chartCaption = makeText(c.caption, font(family, NotePt, QFont::Normal, true), width, Qt::AlignLeft, 1.25,
                                      Colors::Muted);
        const qreal maxHeight = content.height() - p.chartCaption.height - dotsFromPoints(12);
        p.chartHeight = std::min(dotsFromMm(c.heightMm), maxHeight);
        p.before = dotsFromPoints(4);
        p.after = dotsFromPoints(12);
        break;
    }
    case Block::Kind::Spacer:
        p.after = dotsFromMm(b.space);
        break;
    case Block::Kind::Cover:
    case Block::Kind::PageBreak:
        break;
    }
}

/// The least height that must follow a heading on the same page: the beginning of the next block.
qreal Layout::Private::minimumHeight(int index) const
{
    if (index >= blocks.size())
        return 0;
    const Prepared &p = prepared.at(index);
    switch (blocks.at(index).kind) {
    case Block::Kind::Heading:
        return p.before + p.text.height + p.after + minimumHeight(index + 1);
    case Block::Kind::Paragraph:
    case Block::Kind::Note: {
        const int lines = int(p.text.heights.size());
        // A short lead-in (a cycle's one-line notes) under a heading introduces the table or chart after it:
        // heading and lead-in alone at the foot of a page read as orphaned, so they keep with its start too.
        const bool leadIn =
            lines <= 2 && index + 1 < blocks.size() &&
            (blocks.at(index + 1).kind == Block::Kind::Table || blocks.at(index + 1).kind == Block::Kind::Chart);
        if (leadIn)
            return p.text.height + p.after + minimumHeight(index + 1);
        return p.text.linesHeight(0, std::min(2, lines));
    }
    case Block::Kind::Table: {
        // Exactly what paginate() needs to start the table on this page, or the heading is left alone at the
        // foot of the page: the caption's gap, the rows a break may leave on it, and the note when those are all
        // the rows (it is kept with the last row). Missing the gap and the note orphaned "Cycle 2" in the demo report.
        const PreparedTable &t = *p.table;
        qreal h = p.before + t.caption.height + dotsFromPoints(3) + t.headerHeight;
        // A table of three rows or fewer cannot break (that would leave a row alone), so it starts whole.
        const int rows = int(t.rowHeight.size());
        const int least = rows < 4 ? rows : 2;
        for (int r = 0; r < least; ++r)
            h += t.rowHeight.at(r);
        if (least == rows && t.note.layout)
            h += dotsFromPoints(3) + t.note.height;
        return h;
    }
    case Block::Kind::Chart:
        return p.before + p.chartHeight + p.chartCaption.height + dotsFromPoints(4);
    default:
        return 0;
    }
}

void Layout::Private::paginate(const std::atomic_bool *cancel, const PageSetup &setup)
{
    Q_UNUSED(setup)
    pages.clear();
    sectionPages.clear();
    pages << Page{};
    qreal y = content.top();
    auto newPage = [&] {
        pages << Page{};
        y = content.top();
    };
    auto atTop = [&] { return pages.last().items.isEmpty() || y <= content.top() + 1; };
    const qreal bottom = content.bottom();

    for (int i = 0; i < blocks.size(); ++i) {
        if (cancel && cancel->load())
            return;
        const Block &b = blocks.at(i);
        const Prepared &p = prepared.at(i);
        switch (b.kind) {
        case Block::Kind::Cover:
            if (!atTop())
                newPage();
            pages.last().cover = true;
            pages.last().items << Item{i, content.top(), 0, 0, false};
            newPage();
            break;
        case Block::Kind::PageBreak:
            if (!atTop())
                newPage();
            break;
        case Block::Kind::Spacer:
            if (!atTop())
                y += p.after;
            break;
        case Block::Kind::Heading: {
            const qreal before = atTop() ? 0 : p.before;
            const qreal need = before + p.text.height + p.after + minimumHeight(i + 1);
            if (y + need > bottom && !atTop())
                newPage();
            y += atTop() ? 0 : p.before;
            pages.last().items << Item{i, y, 0, int(p.text.tops.size()), false};
            if (b.level == 1)
                sectionPages << int(pages.size()) - 1;
            y += p.text.height + p.after;
            break;
        }
        case Block::Kind::Paragraph:
        case Block::Kind::Note: {
            const int lines = int(p.text.tops.size());
            int from = 0;
            while (from < lines) {
                // As many lines as fit, leaving no single line alone at either end when it can be helped.
                int to = from;
                qreal h = 0;
                while (to < lines && y + h + p.text.heights.at(to) <= bottom)
                    h += p.text.heights.at(to++);
                if (to < lines && to > from) {
                    if (lines - to == 1 && to - from > 2)
                        --to; // no widow
                    if (to - from == 1 && lines - from > 1 && !atTop())
                        to = from; // no orphan
                }
                if (to == from) {
                    if (atTop()) {
                        to = from + 1; // a line taller than a page: place it anyway
                    } else {
                        newPage();
                        continue;
                    }
                }
                pages.last().items << Item{i, y, from, to, from > 0};
                y += p.text.linesHeight(from, to);
                from = to;
                if (from < lines)
                    newPage();
            }
            y += p.after;
            break;
        }
        case Block::Kind::Table: {
            const PreparedTable &t = *p.table;
            const int rows = int(t.rowHeight.size());
            int from = 0;
            bool first = true;
            do {
                const qreal before = atTop() ? 0 : p.before;
                const qreal head = t.caption.height + dotsFromPoints(3) + t.headerHeight;
                int fits = from;
                qreal h = before + head;
                while (fits < rows && y + h + t.rowHeight.at(fits) <= bottom)
                    h += t.rowHeight.at(fits++);
                // The most rows that may end this page: a break leaves two rows or more on each side (no row
                // alone under a repeated header, none alone at the foot of a page), and the note stays with the
                // last row.
                int to = from;
                for (int c = fits; c > from; --c) {
                    if (c == rows) {
                        if (!t.note.layout || y + h + t.note.height + dotsFromPoints(3) <= bottom) {
                            to = c;
                            break;
                        }
                    } else if (c - from >= 2 && rows - c >= 2) {
                        to = c;
                        break;
                    }
                    h -= t.rowHeight.at(c - 1);
                }
                if (to == from && rows > 0 && !atTop()) {
                    newPage();
                    continue;
                }
                if (to == from && rows > 0) {
                    // Rows taller than a page allows for these rules: as many as fit, at least one, and the
                    // note kept with a last row when it can be.
                    to = std::max(from + 1, fits);
                    if (to == rows && t.note.layout && to - from > 1)
                        --to;
                }
                y += before;
                pages.last().items << Item{i, y, from, to, !first};
                y += head;
                for (int r = from; r < to; ++r)
                    y += t.rowHeight.at(r);
                if (to == rows && t.note.layout)
                    y += dotsFromPoints(3) + t.note.height;
                from = to;
                first = false;
                if (from < rows)
                    newPage();
            } while (from < rows);
            y += p.after;
            break;
        }
        case Block::Kind::Chart: {
            const qreal need = (atTop() ? 0 : p.before) + p.chartHeight + dotsFromPoints(4) + p.chartCaption.height;
            if (y + need > bottom && !atTop())
                newPage();
            y += atTop() ? 0 : p.before;
            pages.last().items << Item{i, y, 0, 0, false};
            y += p.chartHeight + dotsFromPoints(4) + p.chartCaption.height + p.after;
            break;
        }
        }
    }
    if (pages.size() > 1 && pages.last().items.isEmpty())
        pages.removeLast();
}

QString shortenHeader(const QString &text, const QFontMetricsF &fm, qreal width)
{
    const QString separator = u"  ·  "_s;
    const QString ellipsis = u"…"_s;
    QList<QStringList> parts; // words of each part
    for (const QString &part : text.split(separator))
        parts << part.split(u' ', Qt::SkipEmptyParts);
    QList<bool> cut(parts.size(), false);
    auto join = [&] {
        QStringList shown;
        for (qsizetype i = 0; i < parts.size(); ++i)
            if (!parts.at(i).isEmpty())
                shown << parts.at(i).join(u' ') + (cut.at(i) ? ellipsis : QString());
        return shown.join(separator);
    };
    QString result = join();
    while (fm.horizontalAdvance(result) > width) {
        // Drop the last word of the longest part that keeps at least one word (never the last part, the as-of
        // date), so every part stays recognisable and nothing is cut in the middle of a word.
        qsizetype longest = -1;
        qreal longestWidth = 0;
        const qsizetype shortenable = parts.size() > 1 ? parts.size() - 1 : 1; // the last part is the date
        for (qsizetype i = 0; i < shortenable; ++i) {
            const qreal w = fm.horizontalAdvance(parts.at(i).join(u' '));
            if (parts.at(i).size() > 1 && w > longestWidth) {
                longest = i;
                longestWidth = w;
            }
        }
        if (longest < 0) {
            // One word per part and still too wide: drop whole parts from the front, then give up gracefully.
            qsizetype first = 0;
            while (first < parts.size() - 1 && parts.at(first).isEmpty())
                ++first;
            if (first >= parts.size() - 1)
                return fm.elidedText(result, Qt::ElideRight, width);
            parts[first].clear();
        } else {
            parts[longest].removeLast();
            cut[longest] = true;
        }
        result = join();
    }
    return result;
}

bool Layout::paginate(const Document &document, const std::atomic_bool *cancel)
{
    d->blocks = document.blocks();
    d->sectionTitles = document.sections();
    d->prepared.resize(d->blocks.size());
    for (int i = 0; i < d->blocks.size(); ++i) {
        if (cancel && cancel->load())
            return false;
        d->prepare(i);
    }
    const QFont small = font(d->family, HeaderPt);
    const qreal width = d->content.width();
    const QFontMetricsF smallMetrics(small);
    d->headerLeft = makeText(shortenHeader(m_setup.headerLeft, smallMetrics, width * 0.7 - dotsFromPoints(6)), small,
                             width * 0.7, Qt::AlignLeft, 1.0, Colors::Muted);
    d->headerRight = makeText(m_setup.headerRight, small, width * 0.3, Qt::AlignRight, 1.0, Colors::Muted);
    d->footerLeft = makeText(m_setup.footerLeft, small, width * 0.7, Qt::AlignLeft, 1.0, Colors::Muted);
    d->paginate(cancel, m_setup);
    return !(cancel && cancel->load());
}

void Layout::Private::paintCover(QPainter *p, const Cover &cover) const
{
    const qreal x = content.left();
    const qreal width = content.width();
    qreal y = content.top() + dotsFromMm(30);
    p->fillRect(QRectF(x, y - dotsFromMm(8), dotsFromMm(18), dotsFromMm(1.6)), Colors::Accent);
    const Text kicker =
        makeText(cover.kicker, font(family, 10.5, QFont::DemiBold), width, Qt::AlignLeft, 1.2, Colors::Accent);
    kicker.draw(p, x, y);
    y += kicker.height + dotsFromPoints(6);
    const Text title = makeText(cover.title, font(family, 26, QFont::Bold), width, Qt::AlignLeft, 1.15);
    title.draw(p, x, y);
    y += title.height + dotsFromPoints(6);
    const Text subtitle = makeText(cover.subtitle, font(family, 13), width, Qt::AlignLeft, 1.25, Colors::Muted);
    subtitle.draw(p, x, y);
    y += subtitle.height + dotsFromMm(12);

    p->setPen(QPen(Colors::Rule, dotsFromPoints(0.75)));
    p->drawLine(QPointF(x, y), QPointF(x + width, y));
    y += dotsFromMm(6);
    const qreal labelWidth = width * 0.28;
    for (const auto &[label, value] : cover.facts) {
        const Text l = makeText(label, font(family, 9), labelWidth - dotsFromMm(4), Qt::AlignLeft, 1.25, Colors::Muted);
        const Text v = makeText(value, font(family, 10.5), width - labelWidth, Qt::AlignLeft, 1.25);
        l.draw(p, x, y + dotsFromPoints(1));
        v.draw(p, x + labelWidth, y);
        y += std::max(l.height, v.height) + dotsFromPoints(5);
    }
    y += dotsFromMm(6);
    p->setPen(QPen(Colors::Rule, dotsFromPoints(0.75)));
    p->drawLine(QPointF(x, y), QPointF(x + width, y));
    y += dotsFromMm(8);

    if (!cover.contentsTitle.isEmpty() && !sectionTitles.isEmpty()) {
        const Text heading =
            makeText(cover.contentsTitle, font(family, 11, QFont::DemiBold), width, Qt::AlignLeft, 1.2, Colors::Text);
        heading.draw(p, x, y);
        y += heading.height + dotsFromPoints(6);
        const QFont entryFont = font(family, 10);
        for (int s = 0; s < sectionTitles.size(); ++s) {
            const QString number = QString::number(s + 1);
            const Text n = makeText(number, entryFont, dotsFromMm(8), Qt::AlignLeft, 1.3, Colors::Muted);
            const Text t = makeText(sectionTitles.at(s), entryFont, width * 0.75, Qt::AlignLeft, 1.3);
            const Text pg =
                makeText(QString::number(sectionPages.value(s) + 1), entryFont, dotsFromMm(15), Qt::AlignRight, 1.3);
            n.draw(p, x, y);
            t.draw(p, x + dotsFromMm(8), y);
            pg.draw(p, x + width - dotsFromMm(15), y);
            // Dotted leader from the title to the page number.
            const qreal leaderY = y + t.height * 0.72;
            QPen dots(Colors::Rule, dotsFromPoints(0.9), Qt::DotLine);
            p->setPen(dots);
            const qreal from = x + dotsFromMm(8) + t.naturalWidth + dotsFromMm(2);
            const qreal to = x + width - dotsFromMm(15) + (dotsFromMm(15) - pg.naturalWidth) - dotsFromMm(2);
            if (to > from)
                p->drawLine(QPointF(from, leaderY), QPointF(to, leaderY));
            y += t.height + dotsFromPoints(2);
        }
    }
    if (!cover.notice.isEmpty()) {
        const Text notice = makeText(cover.notice, font(family, 8), width, Qt::AlignLeft, 1.3, Colors::Muted);
        notice.draw(p, x, content.bottom() - notice.height);
    }
}

void Layout::Private::paintTableSegment(QPainter *p, const Item &item, const PageSetup &setup) const
{
    const Table &t = *blocks.at(item.block).table;
    const PreparedTable &pt = *prepared.at(item.block).table;
    const qreal x = content.left();
    const qreal width = content.width();
    qreal y = item.y;
    if (!t.caption.isEmpty()) {
        if (item.continued) {
            const Text c = makeText(setup.continuedFormat.arg(t.caption), font(family, 9.5, QFont::DemiBold), width,
                                    Qt::AlignLeft, 1.2, Colors::Muted);
            c.draw(p, x, y);
        } else {
            pt.caption.draw(p, x, y);
        }
    }
    y += pt.caption.height + dotsFromPoints(3);
    // Header row.
    p->fillRect(QRectF(x, y, width, pt.headerHeight), Colors::HeaderFill);
    for (int c = 0; c < pt.header.size(); ++c)
        pt.header.at(c).draw(p, pt.columnX.at(c) + padX(), y + padY());
    y += pt.headerHeight;
    const qreal ruleWidth = dotsFromPoints(0.5);
    for (int r = item.from; r < item.to; ++r) {
        const qreal h = pt.rowHeight.at(r);
        if (t.zebra && (r % 2) == 1)
            p->fillRect(QRectF(x, y, width, h), Colors::Zebra);
        for (int c = 0; c < pt.cells.at(r).size(); ++c) {
            const Text &text = pt.cells.at(r).at(c);
            const TableCell cell = t.rows.at(r).value(c);
            if (cell.badge.isValid() && !cell.text.isEmpty()) {
                // A pill in the status colour with the status in words: readable in colour and in grey.
                const qreal bx = pt.columnX.at(c) + padX();
                const QRectF pill(bx, y + padY() - dotsFromPoints(0.5), text.naturalWidth + dotsFromPoints(8),
                                  text.height + dotsFromPoints(1.5));
                p->save();
                p->setRenderHint(QPainter::Antialiasing);
                p->setPen(Qt::NoPen);
                p->setBrush(cell.badge);
                p->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
                p->restore();
                text.draw(p, bx + dotsFromPoints(4), y + padY() + dotsFromPoints(0.3));
            } else {
                text.draw(p, pt.columnX.at(c) + padX(), y + padY());
            }
        }
        const Text &detail = pt.details.at(r);
        if (detail.layout)
            detail.draw(p, x + padX(), y + h - padY() - detail.height);
        y += h;
        p->setPen(QPen(Colors::Rule, ruleWidth));
        p->drawLine(QPointF(x, y), QPointF(x + width, y));
    }
    if (item.to == pt.rowHeight.size() && pt.note.layout)
        pt.note.draw(p, x, y + dotsFromPoints(3));
}

void Layout::Private::paintItem(QPainter *p, const Item &item, const PageSetup &setup) const
{
    const Block &b = blocks.at(item.block);
    const Prepared &pr = prepared.at(item.block);
    switch (b.kind) {
    case Block::Kind::Heading:
        pr.text.draw(p, content.left(), item.y);
        if (b.level == 1) {
            p->setPen(QPen(Colors::Accent, dotsFromPoints(0.8)));
            const qreal lineY = item.y + pr.text.height + dotsFromPoints(2);
            p->drawLine(QPointF(content.left(), lineY), QPointF(content.right(), lineY));
        }
        break;
    case Block::Kind::Paragraph:
        pr.text.draw(p, content.left(), item.y, item.from, item.to);
        break;
    case Block::Kind::Note:
        if (b.rule.isValid()) {
            p->fillRect(QRectF(content.left(), item.y, dotsFromPoints(2.5), pr.text.linesHeight(item.from, item.to)),
                        b.rule);
            pr.text.draw(p, content.left() + dotsFromPoints(9), item.y, item.from, item.to);
        } else {
            pr.text.draw(p, content.left(), item.y, item.from, item.to);
        }
        break;
    case Block::Kind::Table:
        paintTableSegment(p, item, setup);
        break;
    case Block::Kind::Chart: {
        const QRectF rect(content.left(), item.y, content.width(), pr.chartHeight);
        p->save();
        b.chart->paint(p, rect);
        p->restore();
        pr.chartCaption.draw(p, content.left(), rect.bottom() + dotsFromPoints(4));
        break;
    }
    case Block::Kind::Cover:
        paintCover(p, *b.cover);
        break;
    case Block::Kind::PageBreak:
    case Block::Kind::Spacer:
        break;
    }
}

void Layout::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= d->pages.size())
        return;
    const Private::Page &page = d->pages.at(index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const qreal m = dotsFromMm(m_setup.marginMm);
    const qreal width = d->page.width() - 2 * m;
    const qreal hair = dotsFromPoints(0.5);
    if (!page.cover) {
        const qreal headerTop = m - dotsFromMm(7);
        d->headerLeft.draw(painter, m, headerTop);
        d->headerRight.draw(painter, m + width * 0.7, headerTop);
        painter->setPen(QPen(Colors::Rule, hair));
        const qreal ruleY = headerTop + std::max(d->headerLeft.height, d->headerRight.height) + dotsFromPoints(3);
        painter->drawLine(QPointF(m, ruleY), QPointF(m + width, ruleY));
    }
    const qreal footerTop = d->page.height() - m + dotsFromMm(3);
    painter->setPen(QPen(Colors::Rule, hair));
    painter->drawLine(QPointF(m, footerTop - dotsFromPoints(3)), QPointF(m + width, footerTop - dotsFromPoints(3)));
    d->footerLeft.draw(painter, m, footerTop);
    const Text number = makeText(m_setup.pageNumberFormat.arg(index + 1).arg(d->pages.size()),
                                 font(d->family, HeaderPt), width * 0.3, Qt::AlignRight, 1.0, Colors::Muted);
    number.draw(painter, m + width * 0.7, footerTop);

    for (const Private::Item &item : page.items)
        d->paintItem(painter, item, m_setup);
    painter->restore();
}

} // namespace Uptake::Report
