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
        item.errorColumn = u"statement"_s;
        item.raw = x.raw;
        return Next::Row;
    }
    const QList<XapiItem> &items() const { return m_items; }

private:
    QList<XapiItem> m_items;
    qsizetype m_next = 0;
};

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
