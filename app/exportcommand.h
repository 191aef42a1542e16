#pragma once

#include "render/export/exportoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace argline {

// `argline export`: the views or the story deck to PNG, SVG or PDF without opening a window.
//
// Exit codes: 0 written; 1 the corpus has errors (they are listed); 2 bad arguments (a message names
// the option and the value); 3 the output could not be written (nothing is left behind).
struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(argline::ExportCommand)

public:
    enum ExitCode
    {
        Written = 0,
        CorpusInvalid = 1,
        BadArguments = 2,
        WriteFailed = 3
    };

    ExportOptions options;
    QString output;
    QString corpusPath; // empty: the built-in corpus
    bool story = false;
    bool showHelp = false;
    QString error; // set when the arguments are bad

    // `arguments` starts with the command's name ("export"), as QCommandLineParser expects.
    static ExportCommand parse(const QStringList &arguments);
    static QString helpText();
    int run(QTextStream &out, QTextStream &err) const;
};

} // namespace argline
