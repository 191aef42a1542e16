#include "app/exportcommand.h"

#include "app/terminalhelp.h"
#include "models/formats/corpusformats.h"
#include "models/io/corpusreader.h"
#include "render/export/exportcomposer.h"
#include "render/export/exportwriter.h"
#include "render/export/storydeck.h"
#include "render/style/viewoptionkeys.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{u"h"_s, u"help"_s}, ExportCommand::tr("Show this help and exit.")};
    QCommandLineOption output{{u"o"_s, u"output"_s},
                              ExportCommand::tr("The file to write (required). Its extension chooses "
                                                "the format unless --format is given."),
                              u"FILE"_s};
    QCommandLineOption view{
        u"view"_s, ExportCommand::tr("timeline, map or both (side by side; the default)."), u"VIEW"_s};
    QCommandLineOption from{u"from"_s,
                            ExportCommand::tr("Start of the timeline's range, in the corpus date grammar: "
                                              "2007, 2023-04, 2022-02-24, \"early 2023\"."),
                            u"DATE"_s};
    QCommandLineOption to{
        u"to"_s, ExportCommand::tr("End of the range (included): 2025 runs to 31 December 2025."), u"DATE"_s};
    QCommandLineOption format{u"format"_s, ExportCommand::tr("png, svg or pdf."), u"FORMAT"_s};
    QCommandLineOption width{u"width"_s, ExportCommand::tr("PNG/SVG width in pixels (default 1920)."),
                             u"PX"_s};
    QCommandLineOption height{u"height"_s, ExportCommand::tr("PNG/SVG height in pixels (default 1080)."),
                              u"PX"_s};
    QCommandLineOption dpi{u"dpi"_s,
                           ExportCommand::tr("PNG: size the image as the --page at this resolution "
                                             "(instead of --width/--height)."),
                           u"N"_s};
    QCommandLineOption scale{u"scale"_s,
                             ExportCommand::tr("PNG/SVG: how many device pixels per layout pixel (default: "
                                               "from the size, 2 for 3840×2160)."),
                             u"F"_s};
    QCommandLineOption page{
        u"page"_s, ExportCommand::tr("PDF page: slide (16:9, the default), a4 or letter."), u"PAGE"_s};
    QCommandLineOption portrait{u"portrait"_s,
                                ExportCommand::tr("PDF: portrait pages (landscape by default).")};
    QCommandLineOption tileYears{u"tile-years"_s,
                                 ExportCommand::tr("PDF: spread the timeline over pages of N years each, "
                                                   "with the axis on every page."),
                                 u"N"_s};
    QCommandLineOption theme{u"theme"_s,
                             ExportCommand::tr("light (default), dark, high-contrast, or print (white and "
                                               "greyscale-safe)."),
                             u"THEME"_s};
    QCommandLineOption lanes{u"lanes"_s, ExportCommand::tr("Timeline lanes by actor (default) or theme."),
                             u"MODE"_s};
    QCommandLineOption timeScale{u"time-scale"_s,
                                 ExportCommand::tr("Timeline scale: auto (default: density-balanced when "
                                                   "events bunch up), linear or balanced."),
                                 u"SCALE"_s};
    QCommandLineOption balanced{u"balanced"_s, ExportCommand::tr("The same as --time-scale balanced.")};
    QCommandLineOption orientation{u"orientation"_s,
                                   ExportCommand::tr("Map layout: columns (default), two-sided, "
                                                     "top-down or left-to-right."),
                                   u"LAYOUT"_s};
    QCommandLineOption subtree{u"subtree"_s,
                               ExportCommand::tr("Map: only this argument and what is below it."), u"ID"_s};
    QCommandLineOption select{u"select"_s,
                              ExportCommand::tr("Highlight this event or argument and its links."), u"ID"_s};
    QCommandLineOption title{u"title"_s, ExportCommand::tr("A title above the views."), u"TEXT"_s};
    QCommandLineOption subtitle{u"subtitle"_s, ExportCommand::tr("A subtitle below the title."), u"TEXT"_s};
    QCommandLineOption noLegend{u"no-legend"_s, ExportCommand::tr("Leave out the legend.")};
    QCommandLineOption noCredits{u"no-credits"_s,
                                 ExportCommand::tr("Leave out the footer crediting the cited articles.")};
    QCommandLineOption transparent{u"transparent"_s, ExportCommand::tr("PNG: no page background.")};
    QCommandLineOption corpus{
        u"corpus"_s, ExportCommand::tr("The corpus to export (default: the built-in one)."), u"FILE"_s};
    QCommandLineOption story{u"story"_s,
                             ExportCommand::tr("Export the corpus story as a PDF handout: a title page, one "
                                               "page per step, and the sources.")};

    Parser()
    {
        parser.setApplicationDescription(
            ExportCommand::tr("Export Argline's views, or the story deck, to PNG, SVG or PDF. Needs no "
                              "display.\n\nExamples:\n"
                              "  argline export --view timeline --from 2007 --to 2025 -o brief.pdf\n"
                              "  argline export --story -o deck.pdf\n"
                              "  argline export --width 3840 --height 2160 --theme print -o both.png\n\n"
                              "Exit codes: 0 written; 1 the corpus has errors; 2 bad arguments; 3 the file "
                              "could not be written (nothing is left behind)."));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions(all());
    }

    QList<QCommandLineOption> all() const
    {
        return {help,    output, view,     from,      to,       format,    width,       height,   dpi,
                scale,   page,   portrait, tileYears, theme,    lanes,     timeScale,   balanced, orientation,
                subtree, select, title,    subtitle,  noLegend, noCredits, transparent, corpus,   story};
    }
};

// Reads the options one group at a time; the first problem stops it, with a message naming the option.
std::optional<Theme> themeFromKey(const QString &key)
{
    return ExportOptions::themeKeys().contains(key) ? std::optional(ViewStyle::themeFromKey(key))
                                                    : std::nullopt;
}

class OptionReader
{
public:
    explicit OptionReader(const Parser &p)
        : m_p(p)
    {}

    const QString &error() const { return m_error; }
    bool value(const QCommandLineOption &option) const { return m_p.parser.isSet(option); }
    QString text(const QCommandLineOption &option) const { return m_p.parser.value(option); }

    // A number within [low, high], given to `apply`; absent options leave the default.
    template <typename Apply>
    bool number(const QCommandLineOption &option, double low, double high, Apply apply)
    {
        if (!value(option))
            return true;
        bool ok = false;
        const double number = text(option).toDouble(&ok);
        if (!ok || number < low || number > high)
            return fail(ExportCommand::tr("--%1: expected a number from %2 to %3, not \"%4\"")
                            .arg(option.names().constLast())
                            .arg(low)
                            .arg(high)
                            .arg(text(option)));
        apply(number);
        return true;
    }

    // One of a set of words, read by `read` (which gives no value for an unknown word).
    template <typename Read, typename Apply>
    bool word(const QCommandLineOption &option, Read read, const QString &what, const QString &expected,
              Apply apply)
    {
        if (!value(option))
            return true;
        const auto chosen = read(text(option));
        if (!chosen)
            return fail(ExportCommand::tr("--%1: unknown %2 \"%3\" (expected %4)")
                            .arg(option.names().constLast(), what, text(option), expected));
        apply(*chosen);
        return true;
    }

    bool range(std::optional<TimeRange> &range)
    {
        if (!value(m_p.from) && !value(m_p.to))
            return true;
        QString why;
        const auto first = TimeRange::parse(text(m_p.from), &why);
        if (value(m_p.from) && !first)
            return fail(ExportCommand::tr("--from: %1").arg(why));
        const auto last = TimeRange::parse(text(m_p.to), &why);
        if (value(m_p.to) && !last)
            return fail(ExportCommand::tr("--to: %1").arg(why));
        if (!first || !last)
            return fail(ExportCommand::tr("give both --from and --to for a range"));
        if (last->endDay <= first->firstDay)
            return fail(ExportCommand::tr("bad range: --to %1 ends before --from %2 begins")
                            .arg(text(m_p.to), text(m_p.from)));
        range = TimeRange{first->firstDay, last->endDay};
        return true;
    }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

private:
    const Parser &m_p;
    QString m_error;
};

// Fills `c` from the parsed options; on a problem, sets its error and returns false.
bool readOptions(const Parser &p, ExportCommand &c)
{
    OptionReader r(p);
    ExportOptions &o = c.options;
    const auto fail = [&](const QString &message) {
        c.error = message;
        return false;
    };
    if (!p.parser.positionalArguments().isEmpty())
        return fail(ExportCommand::tr("unexpected argument \"%1\" (the corpus is given with --corpus)")
                        .arg(p.parser.positionalArguments().constFirst()));
    c.story = r.value(p.story);
    c.corpusPath = r.text(p.corpus);
    if (p.parser.isSet(p.corpus) && c.corpusPath.trimmed().isEmpty())
        return fail(ExportCommand::tr("--corpus: the file name is empty"));
    c.output = r.text(p.output);
    if (c.output.isEmpty())
        return fail(ExportCommand::tr("no output file: give -o FILE"));
    if (!r.value(p.format)) {
        const auto format = ExportOptions::formatFromFileName(c.output);
        if (!format)
            return fail(ExportCommand::tr("cannot tell the format of \"%1\": give --format png, svg or pdf")
                            .arg(c.output));
        o.format = *format;
    }
    const bool read =
        r.word(p.format, ExportOptions::formatFromKey, ExportCommand::tr("format"),
               ExportCommand::tr("png, svg or pdf"), [&](ExportOptions::Format f) { o.format = f; }) &&
        r.word(p.view, ExportOptions::viewFromKey, ExportCommand::tr("view"),
               ExportCommand::tr("timeline, map or both"), [&](ExportOptions::View v) { o.view = v; }) &&
        r.range(o.range) && r.number(p.width, 16, 20000, [&](double w) { o.pixelSize.setWidth(int(w)); }) &&
        r.number(p.height, 16, 20000, [&](double h) { o.pixelSize.setHeight(int(h)); }) &&
        r.number(p.dpi, 30, 1200, [&](double dpi) { o.dpi = int(dpi); }) &&
        r.number(p.scale, 0.25, 8, [&](double scale) { o.scale = scale; }) &&
        r.number(p.tileYears, 0.1, 1000, [&](double years) { o.tileYears = years; }) &&
        r.word(p.page, ExportOptions::pageFromKey, ExportCommand::tr("page size"),
               ExportCommand::tr("slide, a4 or letter"), [&](ExportOptions::Page page) { o.page = page; }) &&
        r.word(p.theme, themeFromKey, ExportCommand::tr("theme"), ExportOptions::themeKeys().join(u", "_s),
               [&](Theme theme) { o.theme = theme; }) &&
        r.word(p.lanes, ViewOptionKeys::laneMode, ExportCommand::tr("lane mode"),
               ViewOptionKeys::laneModeKeys().join(u" or "_s), [&](LaneMode lanes) { o.lanes = lanes; }) &&
        r.word(p.timeScale, ViewOptionKeys::scaleMode, ExportCommand::tr("time scale"),
               ViewOptionKeys::scaleModeKeys().join(u", "_s), [&](ScaleMode mode) { o.timeScale = mode; }) &&
        r.word(p.orientation, ViewOptionKeys::orientation, ExportCommand::tr("layout"),
               ViewOptionKeys::orientationKeys().join(u", "_s),
               [&](MapOrientation orientation) { o.orientation = orientation; });
    if (!read)
        return fail(r.error());
    // "--format png -o brief.pdf" would write PNG bytes into a file every viewer opens as a PDF.
    if (const auto named = ExportOptions::formatFromFileName(c.output); named && *named != o.format)
        return fail(ExportCommand::tr("--format %1 does not match the file name \"%2\"")
                        .arg(ExportOptions::formatKey(o.format), c.output));
    if (c.story && o.format != ExportOptions::Format::Pdf)
        return fail(ExportCommand::tr("--story: the story deck is a PDF; use a .pdf file or --format pdf"));
    o.portrait = r.value(p.portrait);
    if (r.value(p.balanced)) {
        if (p.parser.isSet(p.timeScale) && o.timeScale != ScaleMode::Balanced)
            return fail(ExportCommand::tr("--balanced contradicts --time-scale %1")
                            .arg(ViewOptionKeys::scaleModeKey(o.timeScale)));
        o.timeScale = ScaleMode::Balanced;
    }
    o.subtree = r.text(p.subtree);
    o.select = r.text(p.select);
    o.title = r.text(p.title);
    o.subtitle = r.text(p.subtitle);
    o.legend = !r.value(p.noLegend);
    o.credits = !r.value(p.noCredits);
    o.transparent = r.value(p.transparent);
    if (o.transparent && o.format != ExportOptions::Format::Png)
        return fail(ExportCommand::tr("--transparent: only a PNG can have a transparent background"));
    return true;
}

} // namespace

ExportCommand ExportCommand::parse(const QStringList &arguments)
{
    Parser p;
    ExportCommand c;
    if (!p.parser.parse(arguments)) {
        c.error = p.parser.errorText();
        return c;
    }
    c.showHelp = p.parser.isSet(p.help);
    if (!c.showHelp && !readOptions(p, c))
        c.options = {};
    return c;
}

QString ExportCommand::helpText()
{
    // Not the parser's own help, which names the program as it was started ("./build/app/argline") and
    // wraps Japanese badly (see TerminalHelp).
    Parser p;
    return TerminalHelp::format(ExportCommand::tr("Usage: argline export [options]"),
                                p.parser.applicationDescription(), p.all(), {});
}

int ExportCommand::run(QTextStream &out, QTextStream &err) const
{
    const QString path = corpusPath.isEmpty() ? CorpusReader::builtInCorpusPath() : corpusPath;
    const ReadResult read = CorpusFormats::read(path);
    for (const Diagnostic &diagnostic : read.diagnostics)
        err << diagnostic.toString() << '\n';
    if (!read.ok()) {
        err << tr("argline export: %1 has errors; nothing was written.").arg(path) << '\n';
        return CorpusInvalid;
    }
    ExportWriter::Result result;
    if (story && read.corpus->story.steps.isEmpty()) {
        err << ExportCommand::tr("argline export: --story: %1 has no story to export").arg(path) << '\n';
        return BadArguments;
    }
    if (story) {
        result = StoryDeck::write(read.corpus, options, output);
    } else {
        QString why;
        const auto scene = ExportScene::fromOptions(read.corpus, options, &why);
        if (!scene) {
            err << u"argline export: "_s << why << '\n';
            return BadArguments;
        }
        ExportComposer composer(*scene, options);
        result = ExportWriter::write(composer, output);
    }
    if (!result.ok) {
        err << u"argline export: "_s << result.error << '\n';
        return WriteFailed;
    }
    if (!result.pixelSize.isEmpty())
        out << tr("Wrote %1 (%2 × %3 pixels).")
                   .arg(output)
                   .arg(result.pixelSize.width())
                   .arg(result.pixelSize.height())
            << '\n';
    else if (options.format == ExportOptions::Format::Svg && !story)
        out << tr("Wrote %1.").arg(output) << '\n';
    else
        out << tr("Wrote %1 (%n page(s)).", nullptr, result.pages).arg(output) << '\n';
    return Written;
}

} // namespace argline
