#pragma once

// The system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager through QtKeychain)
// for team workspace passwords. Asynchronous: the desktop may ask the user to unlock it. Never falls back to
// storing a password in a file.

#include <QString>

#include <functional>

class QObject;

namespace Uptake::PasswordStore {

/// Reads the password of account; done(password, error) runs on context's thread. An empty error with an empty
/// password means none is stored; a non-empty error says why the keychain could not be read.
void read(const QString &account, QObject *context, std::function<void(const QString &, const QString &)> done);
/// Stores password for account; done(error) gets an empty error on success.
void write(const QString &account, const QString &password, QObject *context,
           std::function<void(const QString &)> done);
/// Removes account's password (when the server refused it); nothing is reported.
void remove(const QString &account, QObject *context);

} // namespace Uptake::PasswordStore
