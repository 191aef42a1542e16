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
        ShowHelp,
        ShowVersion,
        Invalid // `error` says why; exit code 2
    };

    Action action = Action::OpenWindow;
    QString corpusPath; // empty: the built-in corpus
    QString error;

    static CommandLine parse(const QStringList &arguments);
    static QString helpText();

    // Whether the action needs no window (so no display is required).
    bool isHeadless() const { return action != Action::OpenWindow; }
};

} // namespace argline
