#pragma once

#include "domain/result.h"

#include <QList>
#include <QStringList>

namespace Uptake {

/// Writes a CSV file (UTF-8 with BOM so spreadsheets pick the encoding, CRLF, RFC 4180 quoting) atomically:
/// a failure leaves any old file untouched. Cells that a spreadsheet would run as a formula (starting with
/// =, +, -, @, tab or CR) are prefixed with an apostrophe.
Status writeCsvFile(const QString &path, const QStringList &header, const QList<QStringList> &rows);

/// One cell, quoted when needed and neutralised against formula injection.
QString csvCell(const QString &value);

} // namespace Uptake
