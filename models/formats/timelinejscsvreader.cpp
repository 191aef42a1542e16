#include "models/formats/timelinejscsvreader.h"

#include "models/formats/csvtable.h"
#include "models/formats/importbuilder.h"
#include "models/formats/importdiagnostics.h"
#include "models/formats/plaintext.h"
#include "models/formats/timelinejsdate.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace argline {

ReadResult TimelineJsCsvReader::read(const QByteArray &data, const QString &fileName, ImportReport *report)
{
    ImportDiagnostics diagnostics(fileName, data);
    ImportReport own;
    ImportReport &counts = report ? *report : own;
    counts.format = CorpusFormat::TimelineJsCsv;
    CsvTable table;
    if (!table.parse(data, diagnostics))
        return {nullptr, diagnostics.finish()};
    struct Columns
    {
        int year, month, day, time, endYear, endMonth, endDay, endTime, displayDate, headline, text, media,
            credit, caption, type, group, background;
    } c{table.column({u"Year"}),         table.column({u"Month"}),         table.column({u"Day"}),
        table.column({u"Time"}),         table.column({u"End Year"}),      table.column({u"End Month"}),
        table.column({u"End Day"}),      table.column({u"End Time"}),      table.column({u"Display Date"}),
        table.column({u"Headline"}),     table.column({u"Text"}),          table.column({u"Media"}),
        table.column({u"Media Credit"}), table.column({u"Media Caption"}), table.column({u"Type"}),
        table.column({u"Group"}),        table.column({u"Background"})};
    if (c.year < 0 || c.headline < 0) {
        diagnostics.errorAt(1, 1, QString(),
                            tr("the header must have the template's Year and Headline columns; it has: %1")
                                .arg(table.header().join(u", "_s)));
        return {nullptr, diagnostics.finish()};
    }

    const QString sourceName = QFileInfo(fileName).fileName();
    ImportBuilder builder(sourceName);
    Corpus &corpus = builder.corpus();
    int backgrounds = 0;
    for (const CsvTable::Row &row : table.rows()) {
        const auto cell = [&](int column) {
            return column >= 0 ? row.fields.value(column).trimmed() : QString();
        };
        const QString type = cell(c.type).toLower();
        const QString headline = PlainText::fromHtml(cell(c.headline)).simplified();
        const QString text = PlainText::fromHtml(cell(c.text));
        if (type == u"title") {
            corpus.title = headline;
            corpus.description = text;
            continue;
        }
        const bool isEra = type == u"era";
        ++(isEra ? counts.eras : counts.events);
        backgrounds += !cell(c.background).isEmpty();

        // Start and end; a date Argline cannot draw leaves the row out, with a warning.
        const auto readPoint = [&](int year, int month, int day, int time,
                                   bool *outOfRange) -> std::optional<TimelineJsDate::Point> {
            TimelineJsDate::Parts parts{cell(year), cell(month), cell(day), {}, {}, {}, cell(time)};
            TimelineJsDate::Problem problem;
            if (auto point = TimelineJsDate::point(parts, &problem))
                return point;
            const int columns[] = {year, month, day, time};
            const int column = columns[int(problem.part)];
            if (problem.outOfRange) {
                *outOfRange = true;
                diagnostics.warningAt(
                    row.number, column + 1, table.header().value(column),
                    tr("%1: %2; it is left out")
                        .arg(headline.isEmpty() ? tr("a row") : u'"' + headline + u'"', problem.message));
            } else {
                diagnostics.errorAt(row.number, column + 1, table.header().value(column), problem.message);
            }
            return std::nullopt;
        };
        bool outOfRange = false;
        const auto start = readPoint(c.year, c.month, c.day, c.time, &outOfRange);
        std::optional<TimelineJsDate::Point> end;
        if (!cell(c.endYear).isEmpty())
            end = readPoint(c.endYear, c.endMonth, c.endDay, c.endTime, &outOfRange);
        else if (isEra && start)
            end = start;
        if (outOfRange)
            ++counts.leftOut;
        if (!start || (!cell(c.endYear).isEmpty() && !end))
            continue;
        QString error;
        const auto span = TimelineJsDate::span(*start, end, &error);
        if (!span) {
            diagnostics.errorAt(row.number, c.endYear + 1, table.header().value(c.endYear), error);
            continue;
        }
        DateInfo date;
        date.date = *span;
        date.asWritten = PlainText::fromHtml(cell(c.displayDate)).simplified();
        // "early 2023" over January–April 2023 is Argline's own qualified date, written back as it was.
        if (const auto qualified = FuzzyDate::parse(date.asWritten);
            qualified && qualified->qualifier() != DateQualifier::None &&
            qualified->firstDay() == span->firstDay() && qualified->lastDay() == span->lastDay()) {
            date.date = *qualified;
            date.asWritten.clear();
        }
        if (!start->timeOfDay.isEmpty())
            date.note = TimelineJsDate::noteForTime(start->timeOfDay);
        if (start->yearZero || (end && end->yearZero))
            date.note += (date.note.isEmpty() ? QString() : u"; "_s) + tr("TimelineJS year 0 read as 1 BC");

        if (isEra) {
            Era era;
            era.title = headline.isEmpty() ? tr("(no headline)") : headline;
            era.group = cell(c.group).isEmpty() ? tr("Eras") : cell(c.group);
            era.date = date;
            era.id = builder.uniqueId(QString(), u"era "_s + era.title, u"era"_s);
            corpus.eras.append(std::move(era));
            continue;
        }
        Event event;
        event.title = headline.isEmpty() ? PlainText::fromHtml(cell(c.caption)).simplified() : headline;
        if (event.title.isEmpty())
            event.title = tr("(no headline)");
        event.summary = text;
        event.date = date;
        event.importedFrom = sourceName;
        if (const QString group = cell(c.group); !group.isEmpty())
            event.actors.append(builder.actor(group));
        if (const QString url = cell(c.media); !url.isEmpty())
            event.media.append(
                {url, PlainText::fromHtml(cell(c.caption)), PlainText::fromHtml(cell(c.credit))});
        event.id = builder.uniqueId(QString(), event.title, u"event"_s);
        corpus.events.append(std::move(event));
    }
    if (corpus.title.isEmpty())
        corpus.title = QFileInfo(fileName).completeBaseName();
    if (backgrounds > 0)
        diagnostics.fileWarning(
            tr("not kept (Argline has no place for them): %n slide background(s)", nullptr, backgrounds));
    if (diagnostics.hasErrors())
        return {nullptr, diagnostics.finish()};
    return {builder.finish(fileName), diagnostics.finish()};
}

} // namespace argline
