#include "app/convertcommand.h"

#include "app/terminalhelp.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QString formatKeys()
{
    QStringList keys;
    for (CorpusFormat format : CorpusFormats::all())
        keys.append(CorpusFormats::key(format));
    return keys.join(u", "_s);
}

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{u"h"_s, u"help"_s}, ConvertCommand::tr("Show this help and exit.")};
    QCommandLineOption output{
        {u"o"_s, u"output"_s}, ConvertCommand::tr("The file to write (required)."), u"FILE"_s};
    QCommandLineOption to{u"to"_s,
                          ConvertCommand::tr("The format to write (required unless the output's extension "
                                             "decides it, as .argdown does): %1.")
                              .arg(formatKeys()),
                          u"FORMAT"_s};
    TerminalHelp::Argument in{u"IN"_s, ConvertCommand::tr("The file to read, in any of those formats."),
                              u"IN"_s};

    Parser()
    {
        parser.setApplicationDescription(
            ConvertCommand::tr("Convert a corpus between the formats Argline opens: its own corpus JSON, "
                               "TimelineJS (JSON or the spreadsheet as CSV), an events table (CSV), Argdown "
                               "and AIF. What the target cannot hold is listed."));
        parser.addOptions({help, output, to});
        parser.addPositionalArgument(in.name, in.description, in.syntax);
    }
};

} // namespace

ConvertCommand ConvertCommand::parse(const QStringList &arguments)
{
    Parser p;
    ConvertCommand c;
    if (!p.parser.parse(arguments)) {
        c.error = p.parser.errorText();
        return c;
    }
    if (p.parser.isSet(p.help)) {
        c.showHelp = true;
        return c;
    }
    const QStringList inputs = p.parser.positionalArguments();
    if (inputs.size() != 1 || inputs.first().trimmed().isEmpty()) {
        c.error = inputs.size() > 1 ? tr("convert reads one file at a time (got %1).").arg(inputs.size())
                                    : tr("name the file to convert.");
        return c;
    }
    c.input = inputs.first();
    c.output = p.parser.value(p.output);
    if (c.output.trimmed().isEmpty()) {
        c.error = tr("-o FILE is required: the file to write.");
        return c;
    }
    if (p.parser.isSet(p.to)) {
        const auto format = CorpusFormats::fromKey(p.parser.value(p.to));
        if (!format) {
            c.error =
                tr("--to %1: unknown format (expected one of: %2).").arg(p.parser.value(p.to), formatKeys());
            return c;
        }
        c.format = *format;
    } else if (const QString suffix = QFileInfo(c.output).suffix().toLower(); suffix == u"argdown") {
        c.format = CorpusFormat::Argdown;
    } else {
        c.error = tr("--to FORMAT is required (one of: %1).").arg(formatKeys());
    }
    return c;
}

QString ConvertCommand::helpText()
{
    // As `argline export --help`: not the parser's own help, which names the program as it was started and
    // wraps Japanese badly (see TerminalHelp).
    Parser p;
    return TerminalHelp::format(tr("Usage: argline convert IN -o OUT --to FORMAT"),
                                p.parser.applicationDescription(), {p.help, p.output, p.to}, {p.in});
}

int ConvertCommand::run(QTextStream &out, QTextStream &err) const
{
    const ReadResult read = CorpusFormats::read(input);
    for (const Diagnostic &diagnostic : read.diagnostics)
        err << diagnostic.toString() << '\n';
    if (!read.ok()) {
        err << tr("argline convert: %1 has errors; nothing was written.").arg(input) << '\n';
        return InputInvalid;
    }
    const WriteReport report = CorpusFormats::write(*read.corpus, format, output);
    if (!report.ok()) {
        err << tr("argline convert: cannot write %1: %2").arg(output, report.error) << '\n';
        return WriteFailed;
    }
    out << tr("Wrote %1 (%2).").arg(output, CorpusFormats::displayName(format)) << '\n';
    if (!report.carried.isEmpty()) {
        out << tr("Kept in the nearest place the format offers:") << '\n';
        for (const QString &line : report.carried)
            out << u"  - "_s << line << '\n';
    }
    if (!report.lost.isEmpty()) {
        out << tr("Not kept (the format has no place for it):") << '\n';
        for (const QString &line : report.lost)
            out << u"  - "_s << line << '\n';
    }
    return Written;
}

} // namespace argline
