#include "models/formats/timelinejscsvwriter.h"

#include "models/corpus/citation.h"
#include "models/formats/csvtable.h"
#include "models/formats/plaintext.h"
#include "models/formats/timelinejsdate.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

FuzzyDate::Point pointOfDay(qint64 julianDay, DatePrecision precision)
{
    const QDate date = QDate::fromJulianDay(julianDay);
    FuzzyDate::Point point{date.year(), 0, 0, precision};
    if (precision != DatePrecision::Year)
        point.month = date.month();
    if (precision == DatePrecision::Day)
        point.day = date.day();
    return point;
}

// The start and end points TimelineJS can say for a date; a qualified date becomes its span.
std::pair<FuzzyDate::Point, std::optional<FuzzyDate::Point>> points(const FuzzyDate &date)
{
    if (date.qualifier() != DateQualifier::None) {
        const bool ofYear = date.precision() == DatePrecision::Year;
        const DatePrecision finer = date.qualifier() == DateQualifier::Circa
                                        ? date.precision()
                                        : (ofYear ? DatePrecision::Month : DatePrecision::Day);
        return {pointOfDay(date.firstDay(), finer), pointOfDay(date.lastDay(), finer)};
    }
    if (date.isRange())
        return {date.start(), date.end()};
    return {date.start(), std::nullopt};
}

QString quotesHtml(const Corpus &corpus, const QList<Quote> &evidence)
{
    QString html;
    for (const Quote &quote : evidence) {
        const Article *article = corpus.article(quote.articleId);
        html += u"<blockquote>“%1”<br>— %2</blockquote>"_s.arg(
            PlainText::toHtml(quote.text),
            PlainText::toHtml(article ? Citation::plainText(*article) : quote.articleId));
    }
    return html;
}

// The lines both CSV writers report, under one translation context of their own.
struct CsvWriteReport
{
    Q_DECLARE_TR_FUNCTIONS(argline::CsvWriteReport)
};

void reportCommon(const Corpus &corpus, qsizetype quotes, WriteReport *report)
{
    if (quotes > 0)
        report->carried.append(CsvWriteReport::tr(
            "%n quote(s): written into the text, with their citations (the format has no place for quotes)",
            nullptr, int(quotes)));
    if (!corpus.arguments.isEmpty())
        report->lost.append(CsvWriteReport::tr("%n argument(s): the format has no argument map", nullptr,
                                               int(corpus.arguments.size())));
    if (!corpus.story.steps.isEmpty())
        report->lost.append(
            CsvWriteReport::tr("the story (%n step(s))", nullptr, int(corpus.story.steps.size())));
    qsizetype themed = 0, multiLane = 0, notStated = 0;
    for (const Event &event : corpus.events) {
        themed += !event.themes.isEmpty();
        multiLane += event.actors.size() > 1;
        notStated += event.date.basis != DateBasis::Stated;
    }
    if (multiLane > 0)
        report->lost.append(CsvWriteReport::tr("the lanes after the first of %n event(s) (one group per row)",
                                               nullptr, int(multiLane)));
    if (themed > 0)
        report->lost.append(CsvWriteReport::tr("the themes of %n event(s)", nullptr, int(themed)));
    if (notStated > 0)
        report->lost.append(
            CsvWriteReport::tr("how %n date(s) were found (basis and note)", nullptr, int(notStated)));
}

} // namespace

QByteArray TimelineJsCsvWriter::write(const Corpus &corpus, WriteReport *report)
{
    QByteArray out = CsvTable::line(
        {u"Year"_s, u"Month"_s, u"Day"_s, u"Time"_s, u"End Year"_s, u"End Month"_s, u"End Day"_s,
         u"End Time"_s, u"Display Date"_s, u"Headline"_s, u"Text"_s, u"Media"_s, u"Media Credit"_s,
         u"Media Caption"_s, u"Media Thumbnail"_s, u"Type"_s, u"Group"_s, u"Background"_s});
    QStringList title(18);
    title[9] = corpus.title;
    title[10] = PlainText::toHtml(corpus.description);
    title[15] = u"title"_s;
    out += CsvTable::line(title);

    qsizetype quotes = 0, qualified = 0, extraMedia = 0;
    const auto dateCells = [&](QStringList &row, const DateInfo &info) {
        const auto [start, end] = points(info.date);
        const TimelineJsDate::Parts s = TimelineJsDate::parts(start);
        row[0] = s.year, row[1] = s.month, row[2] = s.day;
        row[3] = TimelineJsDate::timeFromNote(info.note);
        if (end) {
            const TimelineJsDate::Parts e = TimelineJsDate::parts(*end);
            row[4] = e.year, row[5] = e.month, row[6] = e.day;
        }
        qualified += info.date.qualifier() != DateQualifier::None && !info.asWritten.isEmpty();
        // A qualified date shows its words in the grammar ("early 2023", "circa 2006"), which TimelineJS
        // displays as they are and Argline reads back as the qualified date.
        row[8] = info.date.qualifier() != DateQualifier::None ? info.date.toString() : info.asWritten;
    };
    for (const Event &event : corpus.events) {
        QStringList row(18);
        dateCells(row, event.date);
        row[9] = event.title;
        row[10] = PlainText::toHtml(event.summary) + quotesHtml(corpus, event.evidence);
        quotes += event.evidence.size();
        if (!event.media.isEmpty()) {
            row[11] = event.media.first().url;
            row[12] = event.media.first().credit;
            row[13] = event.media.first().caption;
            extraMedia += event.media.size() - 1;
        }
        if (const Facet *lane = event.actors.isEmpty() ? nullptr : corpus.actor(event.actors.first()))
            row[16] = lane->name;
        out += CsvTable::line(row);
    }
    for (const Era &era : corpus.eras) {
        QStringList row(18);
        dateCells(row, era.date);
        if (row[4].isEmpty()) // an era needs an end
            row[4] = row[0], row[5] = row[1], row[6] = row[2];
        row[9] = era.title;
        row[15] = u"era"_s;
        row[16] = era.group;
        out += CsvTable::line(row);
    }
    reportCommon(corpus, quotes, report);
    if (qualified > 0)
        report->lost.append(tr("the wording as written of %n qualified date(s) (the Display Date holds the "
                               "qualified date itself)",
                               nullptr, int(qualified)));
    if (extraMedia > 0)
        report->lost.append(tr("%n media link(s) beyond an event's first", nullptr, int(extraMedia)));
    return out;
}

QByteArray EventsCsvWriter::write(const Corpus &corpus, WriteReport *report)
{
    QByteArray out = CsvTable::line({u"id"_s, u"title"_s, u"start"_s, u"end"_s, u"group"_s, u"summary"_s});
    qsizetype quotes = 0, media = 0;
    for (const Event &event : corpus.events) {
        const FuzzyDate &date = event.date.date;
        QString start, end;
        if (date.qualifier() != DateQualifier::None) {
            start = date.toString(); // "early 2023" reads back as itself
        } else {
            start = date.start().toIso();
            if (const QString time = TimelineJsDate::timeFromNote(event.date.note); !time.isEmpty())
                start += u'T' + time;
            if (date.isRange())
                end = date.end().toIso();
        }
        const Facet *lane = event.actors.isEmpty() ? nullptr : corpus.actor(event.actors.first());
        QString summary = event.summary;
        for (const Quote &quote : event.evidence) {
            const Article *article = corpus.article(quote.articleId);
            summary +=
                u"\n“%1” — %2"_s.arg(quote.text, article ? Citation::plainText(*article) : quote.articleId);
        }
        quotes += event.evidence.size();
        media += event.media.size();
        out += CsvTable::line({event.id, event.title, start, end, lane ? lane->name : QString(), summary});
    }
    reportCommon(corpus, quotes, report);
    if (!corpus.eras.isEmpty())
        report->lost.append(tr("%n era(s): the table holds events only", nullptr, int(corpus.eras.size())));
    if (media > 0)
        report->lost.append(tr("%n media link(s)", nullptr, int(media)));
    qsizetype asWritten = 0;
    for (const Event &event : corpus.events)
        asWritten += !event.date.asWritten.isEmpty();
    if (asWritten > 0)
        report->lost.append(tr("the wording of %n date(s) as written", nullptr, int(asWritten)));
    return out;
}

} // namespace argline
