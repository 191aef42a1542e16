#include "app/commandline.h"

#include "app/terminalhelp.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption selfCheck{
        u"self-check"_s,
        CommandLine::tr("Validate the corpus (FILE, or the built-in one), print a summary and "
                        "every problem found, and exit: 0 when it is valid, 1 when it is not.")};
    QCommandLineOption help{{u"h"_s, u"help"_s}, CommandLine::tr("Show this help and exit.")};
    QCommandLineOption version{{u"v"_s, u"version"_s}, CommandLine::tr("Show the version and exit.")};

    Parser()
    {
        parser.setApplicationDescription(
            CommandLine::tr("Argline shows how a strategic debate unfolds over time: a "
                            "zoomable timeline of events and a pro/con argument map, every "
                            "item backed by verbatim quotes from its sources."));
        parser.addOptions({selfCheck, help, version});
        for (const TerminalHelp::Argument &argument : arguments)
            parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    }

    QList<TerminalHelp::Argument> arguments{
        {u"export"_s,
         CommandLine::tr("Export the views or the story deck to PNG, SVG or PDF without a window; "
                         "see 'argline export --help'."),
         u"[export ...]"_s},
        {u"convert"_s,
         CommandLine::tr("Convert between the formats Argline opens; see 'argline convert --help'."),
         u"[convert ...]"_s},
        {u"FILE"_s,
         CommandLine::tr("A file to open instead of the built-in NATO–Japan corpus: an Argline corpus, "
                         "TimelineJS (JSON or spreadsheet CSV), an events table (CSV), Argdown or AIF."),
         u"[FILE]"_s},
    };
};

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    Parser p;
    CommandLine result;
    if (arguments.value(1) == u"export" || arguments.value(1) == u"convert") {
        result.action = arguments.value(1) == u"export" ? Action::Export : Action::Convert;
        result.exportArguments = arguments.mid(1);
        return result;
    }
    if (!p.parser.parse(arguments)) {
        result.action = Action::Invalid;
        result.error = p.parser.errorText();
        return result;
    }
    if (p.parser.isSet(p.help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (p.parser.isSet(p.version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    const QStringList files = p.parser.positionalArguments();
    if (files.size() > 1) {
        result.action = Action::Invalid;
        result.error =
            CommandLine::tr("Only one corpus file can be opened at a time (got %1).").arg(files.size());
        return result;
    }
    if (files.size() == 1 && files.first().trimmed().isEmpty()) {
        // An empty argument is usually an unset shell variable: checking the built-in corpus instead
        // would report success for a file nobody named.
        result.action = Action::Invalid;
        result.error = CommandLine::tr("The corpus file name is empty.");
        return result;
    }
    result.corpusPath = files.value(0);
    if (result.corpusPath.startsWith(u':')) // a file in this folder, never one of Argline's own resources
        result.corpusPath.prepend(u"./"_s);
    result.action = p.parser.isSet(p.selfCheck) ? Action::SelfCheck : Action::OpenWindow;
    return result;
}

QString CommandLine::helpText()
{
    // Not the parser's own help, which names the program as it was started ("./build/app/argline") and
    // wraps Japanese badly (see TerminalHelp).
    Parser p;
    const auto qt = [](const char *text) { return QCoreApplication::translate("QCommandLineParser", text); };
    QStringList usage{u"argline"_s, qt("[options]")};
    for (const TerminalHelp::Argument &argument : std::as_const(p.arguments))
        usage.append(argument.syntax);
    return TerminalHelp::format(qt("Usage: %1").arg(usage.join(u' ')), p.parser.applicationDescription(),
                                {p.selfCheck, p.help, p.version}, p.arguments);
}

QString CommandLine::tryHelp(const QString &helpCommand)
{
    return tr("Try '%1'.").arg(helpCommand);
}

} // namespace argline
