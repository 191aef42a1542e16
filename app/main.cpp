#include "app/about.h"
#include "app/commandline.h"
#include "app/convertcommand.h"
#include "app/desktopintegration.h"
#include "app/exportcommand.h"
#include "app/mainwindow.h"
#include "app/mainwindowhost.h"
#include "app/selfcheck.h"
#include "models/explore/corpusdocument.h"
#include "models/io/corpusreader.h"
#include "resources/translations.h"
#include "widgets/common/readableindicatorstyle.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

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

// A window needs QApplication and a display. An export paints, so it needs QGuiApplication, but on the
// offscreen platform (unless QT_QPA_PLATFORM says otherwise): it then works without a display, and looks
// the same with or without one. Everything else (--self-check, --help, a mistyped flag) runs on a plain
// QCoreApplication, so it works on a headless machine and never dies in platform start-up.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    const CommandLine command = CommandLine::parse(arguments);
    if (command.action == CommandLine::Action::Export) {
        const ExportCommand export_ = ExportCommand::parse(command.exportArguments);
        if (export_.showHelp || !export_.error.isEmpty())
            return std::make_unique<QCoreApplication>(argc, argv);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    if (command.isHeadless())
        return std::make_unique<QCoreApplication>(argc, argv);
    auto app = std::make_unique<QApplication>(argc, argv);
    app->setStyle(new ReadableIndicatorStyle); // check boxes that show on the dark palettes too
    return app;
}

int runConvert(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    const ConvertCommand convert = ConvertCommand::parse(command.exportArguments);
    if (convert.showHelp) {
        out << ConvertCommand::helpText();
        return 0;
    }
    if (!convert.error.isEmpty()) {
        err << u"argline convert: "_s << convert.error << u"\nTry 'argline convert --help'.\n"_s;
        return ConvertCommand::BadArguments;
    }
    return convert.run(out, err);
}

int runExport(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    const ExportCommand export_ = ExportCommand::parse(command.exportArguments);
    if (export_.showHelp) {
        out << ExportCommand::helpText();
        return 0;
    }
    if (!export_.error.isEmpty()) {
        err << u"argline export: "_s << export_.error << '\n'
            << CommandLine::tryHelp(u"argline export --help"_s) << '\n';
        return ExportCommand::BadArguments;
    }
    return export_.run(out, err);
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
        err << u"argline: "_s << command.error << '\n' << CommandLine::tryHelp(u"argline --help"_s) << '\n';
        return 2;
    case CommandLine::Action::ShowHelp:
        out << CommandLine::helpText();
        return 0;
    case CommandLine::Action::ShowVersion:
        out << About::versionText();
        return 0;
    case CommandLine::Action::SelfCheck:
        return runSelfCheck(command.corpusPath, out, err);
    case CommandLine::Action::Export:
        return runExport(command, out, err);
    case CommandLine::Action::Convert:
        return runConvert(command, out, err);
    case CommandLine::Action::OpenWindow:
        break;
    }

    DesktopIntegration::identify(*qobject_cast<QGuiApplication *>(app.get()));
    CorpusDocument document;
    // From here on Argline speaks the language chosen in View ▸ Language; the command line above
    // follows the system's.
    MainWindowHost host(&document);
    // The built-in corpus is small and bounded: read at once, so the first frame shows it. A file named on
    // the command line is read in the background like any other open; the window shows at once (empty)
    // with the progress of the read, and if the file is broken the built-in corpus is shown and why.
    const QString builtIn = CorpusReader::builtInCorpusPath();
    const bool builtInFirst = command.corpusPath.isEmpty();
    if (builtInFirst)
        document.open(builtIn);

    MainWindow &window = *host.createWindow();
    if (builtInFirst) {
        window.setCorpusPath(builtIn);
    } else {
        QObject::connect(
            &window, &MainWindow::loadFinished, app.get(),
            [&err, &window, builtIn](const QString &path, bool opened, const Diagnostics &diagnostics) {
                for (const Diagnostic &diagnostic : diagnostics)
                    err << diagnostic.toString() << '\n';
                err.flush();
                if (!opened && path != builtIn && window.corpusPath().isEmpty())
                    window.openCorpus(builtIn);
            },
            Qt::SingleShotConnection);
        window.openCorpus(command.corpusPath);
    }
    if (qEnvironmentVariableIsSet("ARGLINE_QUIT_AFTER_FIRST_FRAME")) {
        // For the start-up benchmark: say when the first frame is painted, then leave. The panels are
        // built right after the first frame; the queued report follows them. With a file to read, the
        // frame that counts is the first one showing it: painted as soon as the read is done.
        const auto announce = [&out, &app] {
            out << "first-frame" << Qt::endl;
            QTimer::singleShot(0, app.get(), [&out] {
                out << "panels-ready" << Qt::endl;
                QCoreApplication::quit();
            });
        };
        QObject::connect(&window, &MainWindow::firstFrameShown, app.get(), [&window, &app, announce] {
            if (!window.isLoading())
                return announce();
            QObject::connect(
                &window, &MainWindow::loadFinished, app.get(),
                [&window, announce] {
                    window.repaint();
                    announce();
                },
                Qt::SingleShotConnection);
        });
    }
    window.show();
    return app->exec();
}
