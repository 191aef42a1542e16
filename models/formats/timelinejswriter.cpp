#include "models/formats/timelinejswriter.h"

#include "models/corpus/citation.h"
#include "models/formats/plaintext.h"
#include "models/formats/timelinejsdate.h"

#include <QDate>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

Json partsJson(const TimelineJsDate::Parts &parts, const QString &time)
{
    Json date;
    date["year"] = utf8(parts.year);
    if (!parts.month.isEmpty())
        date["month"] = utf8(parts.month);
    if (!parts.day.isEmpty())
        date["day"] = utf8(parts.day);
    if (!time.isEmpty()) {
        const QStringList hms = time.split(u':');
        date["hour"] = utf8(QString::number(hms.value(0).toInt()));
        date["minute"] = utf8(hms.value(1));
        date["second"] = utf8(hms.value(2));
    }
    return date;
}

FuzzyDate::Point pointOfDay(qint64 julianDay, DatePrecision precision)
{
    const QDate date = QDate::fromJulianDay(julianDay);
    FuzzyDate::Point point;
    point.year = date.year();
    point.precision = precision;
    if (precision != DatePrecision::Year)
        point.month = date.month();
    if (precision == DatePrecision::Day)
        point.day = date.day();
    return point;
}

// start_date, end_date and display_date for a date; `exact` is set when TimelineJS cannot say it.
void putDates(Json &object, const DateInfo &info, bool *exact)
{
    const FuzzyDate &date = info.date;
    FuzzyDate::Point start = date.start();
    FuzzyDate::Point end = date.end();
    bool range = date.isRange();
    *exact = true;
    if (date.qualifier() != DateQualifier::None) {
        // "early 2023": TimelineJS gets the span (January–April 2023) and shows the words.
        *exact = false;
        const bool ofYear = date.precision() == DatePrecision::Year;
        const DatePrecision finer = date.qualifier() == DateQualifier::Circa
                                        ? date.precision()
                                        : (ofYear ? DatePrecision::Month : DatePrecision::Day);
        start = pointOfDay(date.firstDay(), finer);
        end = pointOfDay(date.lastDay(), finer);
        range = true;
    }
    object["start_date"] = partsJson(TimelineJsDate::parts(start), TimelineJsDate::timeFromNote(info.note));
    if (range)
        object["end_date"] = partsJson(TimelineJsDate::parts(end), QString());
    const QString shown = !info.asWritten.isEmpty()                 ? info.asWritten
                          : date.qualifier() != DateQualifier::None ? date.displayText()
                                                                    : QString();
    if (!shown.isEmpty())
        object["display_date"] = utf8(shown);
}

// What an Argline date knows beyond TimelineJS's: the qualifier, the basis and its note.
void putDateData(Json &data, const DateInfo &info, bool exact)
{
    if (!exact) {
        data["date"] = utf8(info.date.toString());
        if (!info.asWritten.isEmpty())
            data["asWritten"] = utf8(info.asWritten);
    }
    if (info.basis != DateBasis::Stated)
        data["basis"] = utf8(dateBasisKey(info.basis));
    if (!info.note.isEmpty() && TimelineJsDate::timeFromNote(info.note).isEmpty())
        data["note"] = utf8(info.note);
}

Json facetsJson(const QList<Facet> &facets)
{
    Json array = Json::array();
    for (const Facet &facet : facets)
        array.push_back(
            Json{{"id", utf8(facet.id)}, {"name", utf8(facet.name)}, {"color", utf8(facet.color.name())}});
    return array;
}

} // namespace

QByteArray TimelineJsWriter::write(const Corpus &corpus, WriteReport *report)
{
    Json root;
    Json title;
    title["text"]["headline"] = utf8(corpus.title);
    if (!corpus.description.isEmpty())
        title["text"]["text"] = utf8(PlainText::toHtml(corpus.description));
    root["title"] = std::move(title);

    qsizetype quotes = 0, extraMedia = 0, extraLanes = 0;
    Json events = Json::array();
    for (const Event &event : corpus.events) {
        Json e;
        bool exact = true;
        putDates(e, event.date, &exact);
        QString html = PlainText::toHtml(event.summary);
        for (const Quote &quote : event.evidence) {
            const Article *article = corpus.article(quote.articleId);
            html += u"<blockquote>“%1”<br>— %2</blockquote>"_s.arg(
                PlainText::toHtml(quote.text),
                PlainText::toHtml(article ? Citation::plainText(*article) : quote.articleId));
            ++quotes;
        }
        for (qsizetype i = 1; i < event.media.size(); ++i) {
            const MediaLink &link = event.media[i];
            html += u"<p><a href=\"%1\">%2</a></p>"_s.arg(
                link.url.toHtmlEscaped(),
                PlainText::toHtml(link.caption.isEmpty() ? link.url : link.caption));
            ++extraMedia;
        }
        e["text"] = Json{{"headline", utf8(event.title)}, {"text", utf8(html)}};
        if (const Facet *lane = event.actors.isEmpty() ? nullptr : corpus.actor(event.actors.first()))
            e["group"] = utf8(lane->name);
        extraLanes += event.actors.size() > 1;
        if (!event.media.isEmpty()) {
            const MediaLink &link = event.media.first();
            Json media{{"url", utf8(link.url)}};
            if (!link.caption.isEmpty())
                media["caption"] = utf8(link.caption);
            if (!link.credit.isEmpty())
                media["credit"] = utf8(link.credit);
            e["media"] = std::move(media);
        }
        e["unique_id"] = utf8(event.id);
        Json data;
        data["id"] = utf8(event.id);
        putDateData(data, event.date, exact);
        if (event.actors.size() > 1) {
            Json actors = Json::array();
            for (const QString &actor : event.actors)
                actors.push_back(utf8(actor));
            data["actors"] = std::move(actors);
        }
        if (!event.themes.isEmpty()) {
            Json themes = Json::array();
            for (const QString &theme : event.themes)
                themes.push_back(utf8(theme));
            data["themes"] = std::move(themes);
        }
        if (event.importance != 3)
            data["importance"] = event.importance;
        if (event.status == EventStatus::Planned)
            data["status"] = "planned";
        e["argline"] = std::move(data);
        events.push_back(std::move(e));
    }
    root["events"] = std::move(events);

    if (!corpus.eras.isEmpty()) {
        Json eras = Json::array();
        for (const Era &era : corpus.eras) {
            Json e;
            bool exact = true;
            putDates(e, era.date, &exact);
            if (!e.contains("end_date")) // TimelineJS eras need an end: a point era ends where it starts
                e["end_date"] = e["start_date"];
            e["text"] = Json{{"headline", utf8(era.title)}};
            Json data{{"id", utf8(era.id)}, {"group", utf8(era.group)}};
            putDateData(data, era.date, exact);
            if (era.color.isValid())
                data["color"] = utf8(era.color.name());
            e["argline"] = std::move(data);
            eras.push_back(std::move(e));
        }
        root["eras"] = std::move(eras);
    }
    root["argline"] = Json{{"actors", facetsJson(corpus.actors)}, {"themes", facetsJson(corpus.themes)}};

    if (quotes > 0)
        report->carried.append(
            tr("%n quote(s): written into the event text, with their citations (TimelineJS has "
               "no place for quotes)",
               nullptr, int(quotes)));
    if (extraMedia > 0)
        report->carried.append(
            tr("%n media link(s) beyond an event's first: written into the event text as links", nullptr,
               int(extraMedia)));
    if (extraLanes > 0)
        report->carried.append(
            tr("%n event(s) in several lanes: TimelineJS shows the first as the group; the others "
               "are kept in the \"argline\" data",
               nullptr, int(extraLanes)));
    if (!corpus.arguments.isEmpty())
        report->lost.append(
            tr("%n argument(s): TimelineJS has no argument map", nullptr, int(corpus.arguments.size())));
    if (!corpus.story.steps.isEmpty())
        report->lost.append(tr("the story (%n step(s))", nullptr, int(corpus.story.steps.size())));
    if (!corpus.articles.isEmpty())
        report->lost.append(tr("%n article text(s) (their quotes are in the event text)", nullptr,
                               int(corpus.articles.size())));

    const std::string text = root.dump(2) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace argline
