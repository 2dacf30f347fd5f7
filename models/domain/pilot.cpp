#include "pilot.h"

using namespace Qt::StringLiterals;

namespace Uptake {

QString pilotStatusKey(Pilot::Status status)
{
    switch (status) {
    case Pilot::Status::Planned:
        return u"planned"_s;
    case Pilot::Status::Running:
        return u"running"_s;
    case Pilot::Status::Finished:
        return u"finished"_s;
    }
    return u"planned"_s;
}

bool pilotStatusFromKey(const QString &key, Pilot::Status *status)
{
    for (auto s : {Pilot::Status::Planned, Pilot::Status::Running, Pilot::Status::Finished}) {
        if (pilotStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString pilotStatusLabel(Pilot::Status status)
{
    switch (status) {
    case Pilot::Status::Planned:
        return QCoreApplication::translate("Uptake::Pilot", "Planned");
    case Pilot::Status::Running:
        return QCoreApplication::translate("Uptake::Pilot", "Running");
    case Pilot::Status::Finished:
        return QCoreApplication::translate("Uptake::Pilot", "Finished");
    }
    return {};
}

} // namespace Uptake
