#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace argline {

// What the user asked for on the command line.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(argline::CommandLine)

public:
    enum class Action
    {
        OpenWindow, // argline [FILE]
        SelfCheck,  // argline --self-check [FILE]
        Export,     // argline export ... (see ExportCommand)
        Convert,    // argline convert ... (see ConvertCommand)
        ShowHelp,
        ShowVersion,
        Invalid // `error` says why; exit code 2
    };

    Action action = Action::OpenWindow;
    QString corpusPath;          // empty: the built-in corpus
    QStringList exportArguments; // for Export and Convert: the command's name and what follows it
    QString error;

    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
    // The line after a usage error: "Try 'argline --help'." (`helpCommand` is the command to try).
    static QString tryHelp(const QString &helpCommand);

    // Whether the action needs no window (so no display is required). Export paints, so it needs a
    // QGuiApplication, but on the offscreen platform when there is no display.
    bool isHeadless() const { return action != Action::OpenWindow; }
};

} // namespace argline
