#include "importsource.h"

#include "presets.h"
#include "xapireader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

constexpr qint64 MaxJsonBytes = 256LL * 1024 * 1024;

/// xAPI statements, read whole (JSON files are small next to CSV logs; a limit keeps memory bounded).
class XapiSource final : public TableSource
{
public:
    Status open(const QString &file, const ImportProfile &profile)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(f.errorString());
        m_totalBytes = f.size();
        if (m_totalBytes > MaxJsonBytes)
            return Status::failure(
                QCoreApplication::translate(
                    "Uptake::Import", "the JSON file is larger than %1 MB; split it or export JSON lines in parts")
                    .arg(MaxJsonBytes / (1024 * 1024)));
        m_profile = profile;
        m_profile.kind = DataKind::Events;
        if (m_profile.preset.isEmpty())
            m_profile.preset = u"xapi"_s;
        if (m_profile.completionValues.isEmpty())
            m_profile.completionValues = findPreset(u"xapi"_s)->profile.completionValues;
        m_isXapi = true;
        m_encoding = u"utf-8"_s;
        m_dateFormat = u"iso"_s;
        m_header = {u"actor"_s, u"verb"_s, u"object"_s, u"timestamp"_s, u"result"_s};
        auto items = readXapi(f.readAll(), m_profile.completionValues);
        if (!items)
            return Status::failure(items.error());
        m_items = std::move(*items);
        return {};
    }
    qint64 bytesRead() const override
    {
        return m_items.isEmpty() ? m_totalBytes : m_totalBytes * m_next / m_items.size();
    }
    Next next(Item &item, QString *) override
    {
        if (m_next >= m_items.size())
            return Next::End;
        const XapiItem &x = m_items.at(m_next++);
        item = Item{};
        item.line = x.line;
        item.event = x.event;
        item.error = x.error;
        item.errorColumn = x.errorField.isEmpty() ? u"statement"_s : x.errorField;
        item.errorValue = x.errorValue;
        item.raw = x.raw;
        return Next::Row;
    }
    const QList<XapiItem> &items() const { return m_items; }

private:
    QList<XapiItem> m_items;
    qsizetype m_next = 0;
};

/// What a file is when its first bytes are the signature of a known non-text format (people rename an .xlsx to
/// .csv, or pick the report PDF by mistake), for a message that says so; empty otherwise.
QString knownBinaryFormat(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QCoreApplication::translate("Uptake::Import", "a PDF document");
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08"))
        return QCoreApplication::translate("Uptake::Import",
                                           "a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is one)");
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return QCoreApplication::translate("Uptake::Import", "an old-style Excel (.xls) or Office document");
    if (head.startsWith("\x1F\x8B"))
        return QCoreApplication::translate("Uptake::Import", "a gzip-compressed file");
    if (head.startsWith("\xFD"
                        "7zXZ") ||
        head.startsWith("7z\xBC\xAF\x27\x1C"))
        return QCoreApplication::translate("Uptake::Import", "a compressed archive (xz or 7-Zip)");
    if (head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QCoreApplication::translate("Uptake::Import",
                                           "an SQLite database (a workspace is opened with File → Open, not imported)");
    return {};
}

} // namespace

void TableSource::setWorkspaceZone(const QTimeZone &zone)
{
    m_parser.reset();
    m_workspaceZone = zone;
    m_zone = m_profile.timeZone.isEmpty() ? zone : QTimeZone(m_profile.timeZone.toUtf8());
    if (!m_zone.isValid())
        m_zone = zone;
}

Result<std::unique_ptr<TableSource>> openSource(const QString &file, const ImportProfile &profile)
{
    using R = Result<std::unique_ptr<TableSource>>;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(f.errorString());
    const QByteArray head = f.read(64 * 1024);
    f.close();
    if (const QString binary = knownBinaryFormat(head); !binary.isEmpty())
        return R::failure(
            QCoreApplication::translate("Uptake::Import",
                                        "it is %1, not a CSV, TSV or xAPI JSON file; export the data as CSV first")
                .arg(binary));
    const bool wantsXapi = profile.preset == u"xapi"_s;
    if (wantsXapi || (profile.preset.isEmpty() && looksLikeXapi(head))) {
        auto source = std::make_unique<XapiSource>();
        if (auto s = source->open(file, profile); !s)
            return R::failure(s.error());
        return R(std::unique_ptr<TableSource>(std::move(source)));
    }
    return openDelimitedSource(file, profile, head);
}

} // namespace Uptake::Import
