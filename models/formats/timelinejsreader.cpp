#include "models/formats/timelinejsreader.h"

#include "models/formats/importbuilder.h"
#include "models/formats/importdiagnostics.h"
#include "models/formats/plaintext.h"
#include "models/formats/timelinejsdate.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// One read: the JSON tree, the corpus being built and the diagnostics.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimelineJsReader)

public:
    Reader(const JsonTree &tree, ImportDiagnostics &diagnostics, ImportBuilder &builder, ImportReport &report)
        : m_tree(tree)
        , m_diagnostics(diagnostics)
        , m_builder(builder)
        , m_report(report)
    {}

    void read()
    {
        const JsonRef root = m_tree.root();
        readArglineFacets(root[u"argline"]);
        readTitle(root[u"title"]);
        const JsonRef events = root[u"events"];
        if (!events.isArray()) {
            m_diagnostics.error(
                events.isValid() ? events.offset() : 0, u"/events"_s,
                events.isValid()
                    ? tr("expected an array of events, found %1").arg(JsonTree::typeName(events.type()))
                    : tr("a TimelineJS file needs an \"events\" array"));
            return;
        }
        int index = 0;
        for (const JsonRef &event : events.children())
            readEvent(event, u"/events/"_s + QString::number(index++));
        index = 0;
        const JsonRef eras = root[u"eras"];
        if (eras.isValid() && !eras.isArray() && !eras.isNull())
            m_diagnostics.error(
                eras.offset(), u"/eras"_s,
                tr("expected an array of eras, found %1").arg(JsonTree::typeName(eras.type())));
        if (eras.isArray()) {
            for (const JsonRef &era : eras.children())
                readEra(era, u"/eras/"_s + QString::number(index++));
        }
        reportNotKept();
    }

private:
    QString text(const JsonRef &value, const QString &path, bool html)
    {
        if (!value.isValid() || value.isNull())
            return {};
        if (!value.isString() && !value.isNumber()) {
            m_diagnostics.error(value.offset(), path,
                                tr("expected text, found %1").arg(JsonTree::typeName(value.type())));
            return {};
        }
        return html ? PlainText::fromHtml(value.toString()) : value.toString().trimmed();
    }

    bool expectObject(const JsonRef &value, const QString &path)
    {
        if (value.isObject())
            return true;
        m_diagnostics.error(value.offset(), path,
                            tr("expected an object, found %1").arg(JsonTree::typeName(value.type())));
        return false;
    }

    void readTitle(const JsonRef &title)
    {
        if (!title.isValid() || title.isNull())
            return;
        if (!expectObject(title, u"/title"_s))
            return;
        const JsonRef textObject = title[u"text"];
        m_builder.corpus().title = text(textObject[u"headline"], u"/title/text/headline"_s, true);
        m_builder.corpus().description = text(textObject[u"text"], u"/title/text/text"_s, true);
        if (title[u"media"].isObject() && !title[u"media"][u"url"].text().isEmpty())
            ++m_notKept.titleMedia;
        if (title[u"background"].isObject())
            ++m_notKept.backgrounds;
    }

    // The "argline" member our writer adds to the root: lanes and themes with their colours.
    void readArglineFacets(const JsonRef &argline)
    {
        if (!argline.isObject())
            return;
        for (const auto &[member, isActor] : {std::pair(u"actors"_s, true), std::pair(u"themes"_s, false)}) {
            for (const JsonRef &facet : argline[member].children()) {
                const QString name = facet[u"name"].text();
                const QColor color(facet[u"color"].text());
                if (name.isEmpty())
                    continue;
                const QString id = isActor ? m_builder.actor(name, color) : m_builder.theme(name, color);
                m_facetIds.insert(facet[u"id"].text(), id);
            }
        }
    }

    std::optional<TimelineJsDate::Point> readPoint(const JsonRef &date, const QString &path,
                                                   const QString &what, bool *outOfRange)
    {
        if (!expectObject(date, path))
            return std::nullopt;
        TimelineJsDate::Parts parts;
        bool mistyped = false;
        const auto part = [&](const char16_t *name) -> QString {
            const JsonRef value = date[name];
            if (!value.isValid() || value.isNull())
                return {};
            if (!value.isString() && !value.isNumber()) {
                mistyped = true;
                m_diagnostics.error(
                    value.offset(), path + u'/' + QStringView(name),
                    tr("expected a number or text, found %1").arg(JsonTree::typeName(value.type())));
                return {};
            }
            return value.toString();
        };
        parts.year = part(u"year");
        parts.month = part(u"month");
        parts.day = part(u"day");
        parts.hour = part(u"hour");
        parts.minute = part(u"minute");
        parts.second = part(u"second");
        if (mistyped)
            return std::nullopt;
        TimelineJsDate::Problem problem;
        auto point = TimelineJsDate::point(parts, &problem);
        if (point)
            return point;
        static const char16_t *const names[] = {u"year", u"month", u"day", u"hour"};
        const char16_t *name = names[int(problem.part)];
        const JsonRef at = date[name].isValid() ? date[name] : date;
        const QString where = date[name].isValid() ? path + u'/' + QStringView(name) : path;
        if (problem.outOfRange) {
            *outOfRange = true;
            m_diagnostics.warning(at.offset(), where,
                                  tr("%1: %2; it is left out").arg(what, problem.message));
        } else {
            m_diagnostics.error(at.offset(), where, problem.message);
        }
        return std::nullopt;
    }

    // start_date and end_date of an event or era; nullopt when it has errors or cannot be drawn.
    std::optional<DateInfo> readDates(const JsonRef &object, const QString &path, const QString &what,
                                      bool endRequired, bool *leftOut)
    {
        const JsonRef startValue = object[u"start_date"];
        if (!startValue.isValid()) {
            m_diagnostics.error(object.offset(), path, tr("missing \"start_date\""));
            return std::nullopt;
        }
        bool outOfRange = false;
        const auto start = readPoint(startValue, path + u"/start_date"_s, what, &outOfRange);
        std::optional<TimelineJsDate::Point> end;
        const JsonRef endValue = object[u"end_date"];
        const bool hasEnd = endValue.isObject() && !endValue[u"year"].text().isEmpty();
        if (hasEnd) {
            end = readPoint(endValue, path + u"/end_date"_s, what, &outOfRange);
            if (!end && !outOfRange)
                return std::nullopt;
        } else if (endValue.isValid() && !endValue.isNull() && !endValue.isObject()) {
            expectObject(endValue, path + u"/end_date"_s);
            return std::nullopt;
        } else if (endRequired) {
            m_diagnostics.error(object.offset(), path, tr("an era needs an \"end_date\""));
            return std::nullopt;
        }
        if (outOfRange) {
            *leftOut = true;
            return std::nullopt;
        }
        if (!start)
            return std::nullopt;
        QString error;
        const auto span = TimelineJsDate::span(*start, end, &error);
        if (!span) {
            m_diagnostics.error(endValue.offset(), path + u"/end_date"_s, error);
            return std::nullopt;
        }
        DateInfo info;
        info.date = *span;
        info.basis = DateBasis::Stated;
        QStringList notes;
        if (!start->timeOfDay.isEmpty())
            notes.append(TimelineJsDate::noteForTime(start->timeOfDay));
        if (start->yearZero || (end && end->yearZero))
            notes.append(tr("TimelineJS year 0 read as 1 BC"));
        info.note = notes.join(u"; "_s);
        // display_date: the date as the timeline shows it, kept as the date as written.
        QString shown = text(object[u"display_date"], path + u"/display_date"_s, true);
        if (shown.isEmpty())
            shown = text(startValue[u"display_date"], path + u"/start_date/display_date"_s, true);
        info.asWritten = shown;
        return info;
    }

    // The "argline" member our writer adds to an event or era: what TimelineJS cannot hold.
    void applyArglineData(const JsonRef &data, const QString &path, DateInfo *date, QString *id, Event *event,
                          Era *era)
    {
        if (!data.isObject())
            return;
        if (const QString wanted = data[u"id"].text(); !wanted.isEmpty())
            *id = wanted;
        if (const QString value = data[u"date"].text(); !value.isEmpty()) {
            QString error;
            if (const auto parsed = FuzzyDate::parse(value, &error)) {
                if (date->asWritten == parsed->displayText())
                    date->asWritten.clear(); // written only so TimelineJS shows the qualifier
                date->date = *parsed;
            } else {
                m_diagnostics.warning(data[u"date"].offset(), path + u"/argline/date"_s, error);
            }
        }
        if (const auto basis = dateBasisFromKey(data[u"basis"].text().toStdString()))
            date->basis = *basis;
        if (data[u"note"].isString())
            date->note = data[u"note"].toString();
        if (data[u"asWritten"].isString())
            date->asWritten = data[u"asWritten"].toString();
        if (event) {
            QStringList actors;
            for (const JsonRef &actor : data[u"actors"].children())
                actors.append(m_facetIds.value(actor.text()));
            actors.removeAll(QString());
            if (!actors.isEmpty())
                event->actors = actors;
            for (const JsonRef &theme : data[u"themes"].children()) {
                if (const QString themeId = m_facetIds.value(theme.text()); !themeId.isEmpty())
                    event->themes.append(themeId);
            }
            if (data[u"importance"].isNumber())
                event->importance = std::clamp(int(data[u"importance"].toDouble()), 1, 5);
            if (data[u"status"].text() == u"planned")
                event->status = EventStatus::Planned;
        }
        if (era) {
            if (const QString group = data[u"group"].text(); !group.isEmpty())
                era->group = group;
            if (const QColor color(data[u"color"].text()); color.isValid())
                era->color = color;
        }
    }

    void readEvent(const JsonRef &value, const QString &path)
    {
        ++m_report.events;
        if (!expectObject(value, path))
            return;
        const JsonRef textObject = value[u"text"];
        if (textObject.isValid() && !textObject.isNull() && !expectObject(textObject, path + u"/text"_s))
            return;
        const QString headline = text(textObject[u"headline"], path + u"/text/headline"_s, true);
        const QString body = text(textObject[u"text"], path + u"/text/text"_s, true);
        const QString shownTitle = headline.isEmpty() ? tr("(no headline)") : headline;
        bool leftOut = false;
        auto date = readDates(value, path, tr("event %1").arg(quoted(shownTitle)), false, &leftOut);
        if (leftOut)
            ++m_report.leftOut;
        if (!date)
            return;

        Event event;
        event.title = headline;
        if (event.title.isEmpty()) // a media-only slide: name it by its caption, or say it has no headline
            event.title = text(value[u"media"][u"caption"], path + u"/media/caption"_s, true);
        if (event.title.isEmpty())
            event.title = shownTitle;
        event.title = event.title.simplified();
        event.summary = body;
        event.importedFrom = m_builder.sourceName();
        if (const QString group = text(value[u"group"], path + u"/group"_s, true).simplified();
            !group.isEmpty())
            event.actors.append(m_builder.actor(group));
        const JsonRef media = value[u"media"];
        if (media.isObject()) {
            MediaLink link;
            link.url = media[u"url"].text();
            link.caption = text(media[u"caption"], path + u"/media/caption"_s, true);
            link.credit = text(media[u"credit"], path + u"/media/credit"_s, true);
            if (!link.url.isEmpty())
                event.media.append(link);
        }
        if (value[u"background"].isObject())
            ++m_notKept.backgrounds;
        QString wanted = value[u"unique_id"].text();
        applyArglineData(value[u"argline"], path, &*date, &wanted, &event, nullptr);
        event.date = *date;
        event.id = m_builder.uniqueId(wanted, event.title, u"event"_s);
        m_builder.corpus().events.append(std::move(event));
    }

    void readEra(const JsonRef &value, const QString &path)
    {
        ++m_report.eras;
        if (!expectObject(value, path))
            return;
        const QString headline =
            text(value[u"text"][u"headline"], path + u"/text/headline"_s, true).simplified();
        bool leftOut = false;
        auto date = readDates(value, path, tr("era %1").arg(quoted(headline)), true, &leftOut);
        if (leftOut)
            ++m_report.leftOut;
        if (!date)
            return;
        Era era;
        era.title = headline.isEmpty() ? tr("(no headline)") : headline;
        era.group = tr("Eras");
        QString wanted;
        applyArglineData(value[u"argline"], path, &*date, &wanted, nullptr, &era);
        era.date = *date;
        era.id = m_builder.uniqueId(wanted, u"era "_s + era.title, u"era"_s);
        m_builder.corpus().eras.append(std::move(era));
    }

    void reportNotKept()
    {
        QStringList parts;
        if (m_notKept.backgrounds > 0)
            parts.append(tr("%n slide background(s)", nullptr, m_notKept.backgrounds));
        if (m_notKept.titleMedia > 0)
            parts.append(tr("the title slide's media"));
        if (!parts.isEmpty())
            m_diagnostics.fileWarning(
                tr("not kept (Argline has no place for them): %1").arg(parts.join(u", "_s)));
    }

    const JsonTree &m_tree;
    ImportDiagnostics &m_diagnostics;
    ImportBuilder &m_builder;
    ImportReport &m_report;
    QHash<QString, QString> m_facetIds; // ids in an "argline" member → ids in the corpus
    struct
    {
        int backgrounds = 0;
        int titleMedia = 0;
    } m_notKept;
};

} // namespace

bool TimelineJsReader::looksLike(const JsonRef &root)
{
    if (!root.isObject())
        return false;
    const JsonRef events = root[u"events"];
    return events.isArray() && !root[u"format"].isValid();
}

ReadResult TimelineJsReader::read(const QByteArray &data, const QString &fileName, ImportReport *report)
{
    ImportDiagnostics diagnostics(fileName, data);
    ImportReport ownReport;
    ImportReport &counts = report ? *report : ownReport;
    counts.format = CorpusFormat::TimelineJs;
    JsonTree tree;
    if (const auto error = tree.parse(data)) {
        diagnostics.error(error->offset, QString(), error->message);
        return {nullptr, diagnostics.finish()};
    }
    ImportBuilder builder(QFileInfo(fileName).fileName());
    Reader(tree, diagnostics, builder, counts).read();
    if (builder.corpus().title.isEmpty())
        builder.corpus().title = QFileInfo(fileName).completeBaseName();
    if (diagnostics.hasErrors())
        return {nullptr, diagnostics.finish()};
    return {builder.finish(fileName), diagnostics.finish()};
}

} // namespace argline
