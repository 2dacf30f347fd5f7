#include "reporttemplates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

namespace {

// One JSON object in the settings: {"<name>": {"sections": "cover,summary", "include_names": false}}.
constexpr auto Key = "report/templates";

QJsonObject stored()
{
    return QJsonDocument::fromJson(QSettings().value(QLatin1StringView(Key)).toString().toUtf8()).object();
}

Status store(const QJsonObject &all)
{
    QSettings settings;
    settings.setValue(QLatin1StringView(Key), QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Status::failure(
            QCoreApplication::translate("Uptake::ReportTemplates", "Cannot save the report templates in “%1”.")
                .arg(settings.fileName()));
    return {};
}

QString storedKey(const QJsonObject &all, const QString &name)
{
    for (auto it = all.begin(); it != all.end(); ++it)
        if (it.key().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return it.key();
    return {};
}

} // namespace

QStringList reportTemplateNames()
{
    QStringList names = stored().keys();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

std::optional<ReportTemplate> reportTemplate(const QString &name)
{
    const QJsonObject all = stored();
    const QString key = storedKey(all, name);
    if (key.isEmpty())
        return std::nullopt;
    const QJsonObject o = all.value(key).toObject();
    auto sections = parseReportSections(o.value(u"sections"_s).toString());
    if (!sections)
        return std::nullopt;
    return ReportTemplate{key, *sections, o.value(u"include_names"_s).toBool()};
}

Status saveReportTemplate(const ReportTemplate &t)
{
    const QString name = t.name.trimmed();
    if (name.isEmpty())
        return Status::failure(
            QCoreApplication::translate("Uptake::ReportTemplates", "Give the report template a name."));
    if (t.sections.isEmpty())
        return Status::failure(
            QCoreApplication::translate("Uptake::ReportTemplates", "A report template needs at least one section."));
    QJsonObject all = stored();
    if (const QString old = storedKey(all, name); !old.isEmpty())
        all.remove(old);
    all.insert(name, QJsonObject{{u"sections"_s, reportSectionKeys(t.sections)}, {u"include_names"_s, t.includeNames}});
    return store(all);
}

Status removeReportTemplate(const QString &name)
{
    QJsonObject all = stored();
    const QString key = storedKey(all, name);
    if (key.isEmpty())
        return Status::failure(
            QCoreApplication::translate("Uptake::ReportTemplates", "There is no report template called “%1”.")
                .arg(name));
    all.remove(key);
    return store(all);
}

} // namespace Uptake
