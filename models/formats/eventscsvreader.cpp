#include "models/formats/eventscsvreader.h"

#include "models/formats/csvtable.h"
#include "models/formats/importbuilder.h"
#include "models/formats/importdiagnostics.h"
#include "models/formats/timelinejsdate.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

struct Cell
{
    std::optional<FuzzyDate::Point> point;
    QString timeOfDay;
    std::optional<FuzzyDate> date; // a whole date in Argline's grammar ("early 2023"), for start only
};

// A start or end cell: Unix milliseconds, ISO date (and time), or Argline's grammar.
std::optional<Cell> parseCell(const QString &text, QString *error)
{
    Cell cell;
    const QString t = text.trimmed();
    bool isNumber = false;
    const qint64 ms = t.toLongLong(&isNumber);
    static const QRegularExpression year(u"^-?\\d{1,4}$"_s);
    if (isNumber && !year.match(t).hasMatch()) { // "2023" and "-0300" are years, "1700000000000" a time
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QDate date = time.date();
        if (!time.isValid() || date.year() < -FuzzyDate::maxYear || date.year() > FuzzyDate::maxYear) {
            *error = EventsCsvReader::tr("%1 ms is not a time Argline can draw").arg(t);
            return std::nullopt;
        }
        cell.point = FuzzyDate::Point{date.year(), date.month(), date.day(), DatePrecision::Day};
        if (time.time() != QTime(0, 0))
            cell.timeOfDay = time.time().toString(u"HH:mm:ss"_s);
        return cell;
    }
    // ISO date and time: "2023-04-09T10:00:00Z", "2023-04-09 10:00".
    static const QRegularExpression isoDateTime(u"^-?\\d{4}-\\d\\d-\\d\\d[T ]\\d"_s);
    if (isoDateTime.match(t).hasMatch()) {
        static const QRegularExpression separator(u"[T ]"_s);
        static const QRegularExpression zone(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s);
        const qsizetype timeAt = t.indexOf(separator, 8);
        const auto date = FuzzyDate::parse(QStringView(t).left(timeAt), error);
        if (!date || date->isRange() || date->precision() != DatePrecision::Day ||
            date->qualifier() != DateQualifier::None) {
            if (date)
                *error = EventsCsvReader::tr("\"%1\" is not a date and time").arg(t);
            return std::nullopt;
        }
        cell.point = date->start();
        QString time = t.mid(timeAt + 1);
        time.remove(zone);
        const QTime parsed = QTime::fromString(time.left(8), time.size() >= 8 ? u"HH:mm:ss"_s : u"HH:mm"_s);
        if (!parsed.isValid()) {
            *error = EventsCsvReader::tr("\"%1\" has a time of day that does not exist").arg(t);
            return std::nullopt;
        }
        if (parsed != QTime(0, 0))
            cell.timeOfDay = parsed.toString(u"HH:mm:ss"_s);
        return cell;
    }
    const auto date = FuzzyDate::parse(t, error);
    if (!date)
        return std::nullopt;
    if (date->isRange() || date->qualifier() != DateQualifier::None)
        cell.date = date;
    else
        cell.point = date->start();
    return cell;
}

} // namespace

ReadResult EventsCsvReader::read(const QByteArray &data, const QString &fileName, ImportReport *report)
{
    ImportDiagnostics diagnostics(fileName, data);
    ImportReport own;
    ImportReport &counts = report ? *report : own;
    counts.format = CorpusFormat::EventsCsv;
    CsvTable table;
    if (!table.parse(data, diagnostics))
        return {nullptr, diagnostics.finish()};
    const int idColumn = table.column({u"id", u"unique_id"});
    const int titleColumn = table.column({u"title", u"headline", u"content", u"name", u"label"});
    const int startColumn = table.column({u"start", u"start_ms", u"start_date", u"date", u"begin"});
    const int endColumn = table.column({u"end", u"end_ms", u"end_date", u"finish"});
    const int groupColumn = table.column({u"group", u"lane", u"actor", u"category"});
    const int summaryColumn = table.column({u"summary", u"description", u"text"});
    if (titleColumn < 0 || startColumn < 0) {
        diagnostics.errorAt(
            1, 1, QString(),
            tr("the header must name a title column (title, content or name) and a start column "
               "(start, start_ms or date) for an events table, or have the TimelineJS template's Year and "
               "Headline columns; it has: %1")
                .arg(table.header().join(u", "_s)));
        return {nullptr, diagnostics.finish()};
    }

    const QString sourceName = QFileInfo(fileName).fileName();
    ImportBuilder builder(sourceName);
    Corpus &corpus = builder.corpus();
    corpus.title = QFileInfo(fileName).completeBaseName();
    corpus.events.reserve(table.rows().size());
    for (const CsvTable::Row &row : table.rows()) {
        ++counts.events;
        const auto cell = [&](int column) {
            return column >= 0 ? row.fields.value(column).trimmed() : QString();
        };
        const auto fail = [&](int column, const QString &message) {
            diagnostics.errorAt(row.number, column + 1, table.header().value(column), message);
        };
        Event event;
        event.title = cell(titleColumn).simplified();
        if (event.title.isEmpty()) {
            fail(titleColumn, tr("the title is empty"));
            continue;
        }
        QString error;
        const QString startText = cell(startColumn);
        if (startText.isEmpty()) {
            fail(startColumn, tr("the start is empty"));
            continue;
        }
        const auto start = parseCell(startText, &error);
        if (!start) {
            fail(startColumn, error);
            continue;
        }
        std::optional<Cell> end;
        if (const QString endText = cell(endColumn); !endText.isEmpty()) {
            end = parseCell(endText, &error);
            if (!end || end->date) {
                fail(endColumn, end ? tr("the end must be a single date, not \"%1\"").arg(endText) : error);
                continue;
            }
        }
        if (start->date) {
            if (end) {
                fail(endColumn, tr("the start is already a range or a qualified date; leave the end empty"));
                continue;
            }
            event.date.date = *start->date;
        } else {
            QString text = start->point->toIso();
            if (end && !(*end->point == *start->point))
                text += u'/' + end->point->toIso();
            const auto date = FuzzyDate::parse(text, &error);
            if (!date) {
                fail(endColumn, error);
                continue;
            }
            event.date.date = *date;
            if (!start->timeOfDay.isEmpty())
                event.date.note = TimelineJsDate::noteForTime(start->timeOfDay);
        }
        event.summary = cell(summaryColumn);
        if (const QString group = cell(groupColumn); !group.isEmpty())
            event.actors.append(builder.actor(group));
        event.importedFrom = sourceName;
        const QString wanted = cell(idColumn);
        event.id = builder.uniqueId(wanted, event.title, u"event"_s);
        if (!wanted.isEmpty() && event.id != wanted)
            diagnostics.warningAt(row.number, idColumn + 1, table.header().value(idColumn),
                                  tr("id %1 is taken or not a valid id; the event is called %2")
                                      .arg(u'"' + wanted + u'"', u'"' + event.id + u'"'));
        corpus.events.append(std::move(event));
    }
    if (diagnostics.hasErrors())
        return {nullptr, diagnostics.finish()};
    return {builder.finish(fileName), diagnostics.finish()};
}

} // namespace argline
