#include "commandline.h"
#include "corpusdocument.h"
#include "corpusreader.h"
#include "diagnosticsdialog.h"
#include "mainwindow.h"
#include "selfcheck.h"
#include "translations.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// A window needs QApplication and a display; everything else (--self-check, --help, a mistyped flag) runs
// on a plain QCoreApplication, so it works on a headless machine and never dies in platform start-up.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (CommandLine::parse(argumentsOf(argc, argv)).isHeadless())
        return std::make_unique<QCoreApplication>(argc, argv);
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(u"Argline"_s);
    QCoreApplication::setApplicationName(u"Argline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ARGLINE_VERSION));
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CommandLine command = CommandLine::parse(QCoreApplication::arguments());
    switch (command.action) {
    case CommandLine::Action::Invalid:
        err << u"argline: "_s << command.error << u"\nTry 'argline --help'.\n"_s;
        return 2;
    case CommandLine::Action::ShowHelp:
        out << CommandLine::helpText();
        return 0;
    case CommandLine::Action::ShowVersion:
        out << u"argline "_s << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case CommandLine::Action::SelfCheck:
        return runSelfCheck(command.corpusPath, out, err);
    case CommandLine::Action::OpenWindow:
        break;
    }

    CorpusDocument document;
    const QString path =
        command.corpusPath.isEmpty() ? CorpusReader::builtInCorpusPath() : command.corpusPath;
    const ReadResult result = document.open(path);
    for (const Diagnostic &diagnostic : result.diagnostics)
        err << diagnostic.toString() << '\n';
    err.flush();
    if (!result.ok() && !command.corpusPath.isEmpty()) {
        // The file the user named is broken: say so, then fall back to the built-in corpus.
        DiagnosticsDialog(path, result.diagnostics).exec();
        document.open(CorpusReader::builtInCorpusPath());
    }

    MainWindow window(&document);
    window.show();
    return app->exec();
}
