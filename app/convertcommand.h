#pragma once

#include "models/formats/corpusformats.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace argline {

// `argline convert IN -o OUT --to FORMAT`: reads any format Argline opens and writes it as FORMAT
// (argline, timelinejs, timelinejs-csv, argdown, aif, csv), atomically, then says what the target format
// kept only approximately and what it could not keep.
//
// Exit codes: 0 written; 1 the input has errors (they are listed); 2 bad arguments; 3 the output could not
// be written (nothing is left behind).
struct ConvertCommand
{
    Q_DECLARE_TR_FUNCTIONS(argline::ConvertCommand)

public:
    enum ExitCode
    {
        Written = 0,
        InputInvalid = 1,
        BadArguments = 2,
        WriteFailed = 3
    };

    QString input;
    QString output;
    CorpusFormat format = CorpusFormat::Argline;
    bool showHelp = false;
    QString error; // set when the arguments are bad

    // `arguments` starts with the command's name ("convert").
    static ConvertCommand parse(const QStringList &arguments);
    static QString helpText();
    int run(QTextStream &out, QTextStream &err) const;
};

} // namespace argline
