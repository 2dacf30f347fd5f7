#pragma once

// Passwords for team workspaces (postgresql:// URLs), held in memory for this run only. The main window fills it
// from the system keychain or the Connect dialog; every connection to the server, on any thread, takes the
// password from here when its URL has none. URLs that are shown, remembered (recent files, settings) or written
// to messages never carry a password: see withoutPassword().

#include <QString>

namespace Uptake::ServerCredentials {

/// Whether location names a team workspace on a server rather than a file.
bool isServerUrl(const QString &location);
/// The account a password belongs to, "user@host:port/database", from a server URL (empty for a file).
QString account(const QString &url);
/// url with any password removed (from its user info and from a password= query item).
QString withoutPassword(const QString &url);

/// Keeps password for url's account for the rest of this run.
void setPassword(const QString &url, const QString &password);
/// The password kept for url's account, empty when none is.
QString password(const QString &url);
/// Forgets the password of url's account (after the server refused it, say).
void forget(const QString &url);

} // namespace Uptake::ServerCredentials
