#include "savedprofiles.h"

#include "presets.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake::Import {

namespace {

// One JSON object (name → profile) under one key: readable in the settings file and saved in one step.
constexpr auto Key = "import/savedProfiles";
constexpr qsizetype MaxNameLength = 80;

QJsonObject readAll()
{
    const QByteArray json = QSettings().value(QLatin1StringView(Key)).toString().toUtf8();
    return QJsonDocument::fromJson(json).object();
}

Status writeAll(const QJsonObject &all)
{
    QSettings settings;
    settings.setValue(QLatin1StringView(Key), QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Status::failure(
            QCoreApplication::translate("Uptake::Import",
                                        "The profile could not be saved: the settings file “%1” cannot be written.")
                .arg(settings.fileName()));
    return {};
}

} // namespace

QStringList savedProfileNames()
{
    QStringList names = readAll().keys();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

std::optional<ImportProfile> savedProfile(const QString &name)
{
    const QJsonObject all = readAll();
    const auto it = all.constFind(name.trimmed());
    if (it == all.constEnd() || !it->isObject())
        return std::nullopt;
    return ImportProfile::fromJson(it->toObject());
}

Status saveProfile(const QString &name, const ImportProfile &profile)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Status::failure(QCoreApplication::translate("Uptake::Import", "Give the profile a name."));
    if (n.size() > MaxNameLength)
        return Status::failure(
            QCoreApplication::translate("Uptake::Import", "A profile name can have at most %1 characters.")
                .arg(MaxNameLength));
    if (findPreset(n))
        return Status::failure(
            QCoreApplication::translate("Uptake::Import", "“%1” is the name of a built-in format; choose another name.")
                .arg(n));
    QJsonObject all = readAll();
    all.insert(n, profile.toJson());
    return writeAll(all);
}

Status removeSavedProfile(const QString &name)
{
    QJsonObject all = readAll();
    if (!all.contains(name.trimmed()))
        return Status::failure(
            QCoreApplication::translate("Uptake::Import", "There is no saved profile “%1”.").arg(name));
    all.remove(name.trimmed());
    return writeAll(all);
}

} // namespace Uptake::Import
