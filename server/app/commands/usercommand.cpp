// SPDX-License-Identifier: LicenseRef-Sportello
// `sportello-server user add|list|passwd|disable|enable`: console accounts from the shell.
#include "app/commands/usercommand.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>

#include "agents/auth/passwordhasher.h"
#include "agents/services/serviceerror.h"
#include "agents/services/userservice.h"
#include "app/commands/configoptions.h"
#include "app/logsetup.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

namespace sportello::app {

namespace {

constexpr int kBadInput = 2;
constexpr int kFailure = 1;

int badInput(const QString &message)
{
    std::fprintf(stderr, "sportello-server user: %s\n", qUtf8Printable(message));
    return kBadInput;
}

// The first line of stdin, without its line ending. On a terminal the typing is not echoed.
std::optional<QString> readPassword()
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        std::fputs("Password: ", stderr);
        std::fflush(stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!read && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

QString UserCommand::summary() const
{
    return QStringLiteral(
        "Console accounts. \"user add NAME --role agent|manager|admin\" and \"user passwd NAME\" "
        "read the password from the first line of stdin (at least 8 characters); \"user list\"; "
        "\"user disable NAME\", \"user enable NAME\". Works while the server runs.");
}

void UserCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("add, list, passwd, disable or enable"));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 QStringLiteral("the user name (all actions but list)"));
    parser.addOption({QStringLiteral("role"),
                      QStringLiteral("agent, manager or admin (user add; required)."),
                      QStringLiteral("role")});
    ConfigOptions::add(parser, false);
}

int UserCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString name = args.value(1);
    const QStringList actions{QStringLiteral("add"), QStringLiteral("list"),
                              QStringLiteral("passwd"), QStringLiteral("disable"),
                              QStringLiteral("enable")};
    if (!actions.contains(action)) {
        return badInput(QStringLiteral("expected add, list, passwd, disable or enable, got \"%1\"")
                            .arg(action));
    }
    const int expectedArgs = action == u"list" ? 1 : 2;
    if (args.size() < expectedArgs)
        return badInput(QStringLiteral("\"user %1\" needs a user name").arg(action));
    if (args.size() > expectedArgs)
        return badInput(QStringLiteral("unexpected argument \"%1\"").arg(args.at(expectedArgs)));
    if (parser.isSet(QStringLiteral("role")) && action != u"add")
        return badInput(QStringLiteral("--role applies to \"user add\" only"));

    std::optional<AgentRole> role;
    if (action == u"add") {
        if (!parser.isSet(QStringLiteral("role")))
            return badInput(QStringLiteral("\"user add\" needs --role agent|manager|admin"));
        role = agentRoleFromString(parser.value(QStringLiteral("role")));
        if (!role) {
            return badInput(QStringLiteral("unknown role \"%1\" (agent, manager or admin)")
                                .arg(parser.value(QStringLiteral("role"))));
        }
    }
    // Refuse a bad name before asking for a password.
    if (action != u"list") {
        try {
            agents::UserService::checkUsername(name, {});
        } catch (const agents::ServiceError &e) {
            return badInput(
                QStringLiteral("bad user name \"%1\": %2").arg(name, e.error().message));
        }
    }

    auto loaded = ConfigOptions::load(parser);
    if (auto *error = std::get_if<config::ConfigError>(&loaded)) {
        std::fprintf(stderr, "sportello-server: configuration error: %s\n",
                     qUtf8Printable(error->text()));
        return kBadInput;
    }
    const auto config = std::get<config::ServerConfig>(std::move(loaded));
    // Quiet unless asked: the command's own output is what the operator wants to read.
    LogSetup::apply(parser.isSet(QStringLiteral("log-level")) ? config.server.logLevel
                                                              : QStringLiteral("warning"),
                    QStringLiteral("text"));

    QString password;
    if (action == u"add" || action == u"passwd") {
        const auto read = readPassword();
        if (!read)
            return badInput(QStringLiteral("no password on stdin (the first line is used)"));
        password = *read;
        try {
            agents::UserService::checkPassword(password, {});
        } catch (const agents::ServiceError &e) {
            return badInput(e.error().message);
        }
    }

    const QString dataDir = config.server.dataDir;
    if (!QDir().mkpath(dataDir)) {
        std::fprintf(stderr, "sportello-server user: cannot create the data folder %s\n",
                     qUtf8Printable(dataDir));
        return kFailure;
    }
    storage::DatabaseOptions options;
    options.path = QDir(dataDir).filePath(QStringLiteral("sportello.db"));
    options.synchronousFull = config.storage.synchronousFull;
    options.busyTimeoutMs = config.storage.busyTimeoutMs;

    try {
        storage::Database database(options);
        database.open();
        auto &connection = database.connection();
        const agents::PasswordHasher hasher;
        // Hash before the transaction, so the server's writers never wait for it.
        const QString passwordHash = password.isEmpty() ? QString() : hasher.hash(password);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        agents::UserService users(connection, hasher);

        if (action == u"list") {
            storage::Transaction tx(connection, storage::Transaction::Mode::Read);
            const auto list = users.list();
            tx.commit();
            std::printf("%-32s %-8s %s\n", "USER", "ROLE", "STATE");
            for (const auto &user : list) {
                std::printf("%-32s %-8s %s\n", qUtf8Printable(user.username),
                            qUtf8Printable(toString(user.role)),
                            user.disabled ? "disabled" : "enabled");
            }
            return 0;
        }

        storage::Transaction tx(connection);
        protocol::UserInfo changed;
        if (action == u"add") {
            changed = users.add({name, password, *role}, now, passwordHash);
        } else {
            protocol::UpdateUserRequest update;
            update.username = name;
            if (action == u"passwd")
                update.password = password;
            else
                update.disabled = action == u"disable";
            changed = users.update(update, now, passwordHash);
        }
        tx.commit();

        if (action == u"add") {
            std::printf("user %s added (%s)\n", qUtf8Printable(changed.username),
                        qUtf8Printable(toString(changed.role)));
        } else if (action == u"passwd") {
            std::printf("password of %s changed; their sessions were ended\n",
                        qUtf8Printable(changed.username));
        } else {
            std::printf("user %s %s\n", qUtf8Printable(changed.username),
                        changed.disabled ? "disabled; their sessions were ended" : "enabled");
        }
        return 0;
    } catch (const agents::ServiceError &e) {
        return badInput(e.error().message);
    } catch (const storage::StorageError &e) {
        std::fprintf(stderr, "sportello-server user: database error: %s\n",
                     qUtf8Printable(e.text()));
        return kFailure;
    }
}

} // namespace sportello::app
