#include "models/formats/timelineprojectreader.h"

#include "models/formats/importbuilder.h"
#include "models/formats/importdiagnostics.h"
#include "models/formats/timelinejsdate.h"

#include <QDateTime>
#include <QFileInfo>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimelineProjectReader)

public:
    Reader(const QByteArray &data, ImportDiagnostics &diagnostics, ImportBuilder &builder,
           ImportReport &report)
        : m_xml(data)
        , m_diagnostics(diagnostics)
        , m_builder(builder)
        , m_report(report)
    {}

    void read()
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != "timeline"_L1) {
            fail(tr("expected a <timeline> element"));
            return;
        }
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == "timetype"_L1) {
                const QString type = m_xml.readElementText().trimmed();
                if (type != u"gregoriantime")
                    fail(tr("time type %1 is not a calendar Argline can draw (expected gregoriantime)")
                             .arg(type));
            } else if (name == "categories"_L1) {
                while (m_xml.readNextStartElement())
                    readCategory();
            } else if (name == "events"_L1) {
                while (m_xml.readNextStartElement())
                    readEvent(false);
            } else if (name == "eras"_L1) {
                while (m_xml.readNextStartElement())
                    readEvent(true);
            } else {
                m_xml.skipCurrentElement(); // version, view, containers' layout
            }
        }
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::CustomError)
            m_diagnostics.errorAt(int(m_xml.lineNumber()), int(m_xml.columnNumber()), QString(),
                                  m_xml.errorString());
        if (m_containers > 0)
            m_diagnostics.fileWarning(
                tr("not kept: %n container(s) (their events are kept)", nullptr, m_containers));
    }

private:
    void fail(const QString &message)
    {
        m_diagnostics.errorAt(int(m_xml.lineNumber()), int(m_xml.columnNumber()), QString(), message);
        m_xml.raiseError(message);
    }

    // Children of the current element as text, by name.
    QHash<QString, QString> fields()
    {
        QHash<QString, QString> values;
        while (m_xml.readNextStartElement()) {
            const QString name = m_xml.name().toString();
            m_lines.insert(name, {int(m_xml.lineNumber()), int(m_xml.columnNumber())});
            values.insert(name, m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        return values;
    }

    void readCategory()
    {
        if (m_xml.name() != "category"_L1) {
            m_xml.skipCurrentElement();
            return;
        }
        const QHash<QString, QString> f = fields();
        const QStringList rgb = f.value(u"color"_s).split(u',');
        QColor color;
        if (rgb.size() == 3)
            color = QColor(rgb[0].toInt(), rgb[1].toInt(), rgb[2].toInt());
        if (const QString name = f.value(u"name"_s).simplified(); !name.isEmpty())
            m_builder.actor(name, color);
    }

    std::optional<QDateTime> time(const QHash<QString, QString> &f, const QString &name, const QString &what)
    {
        const QString text = f.value(name).trimmed();
        const QDateTime value = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
        if (value.isValid())
            return value;
        const auto [line, column] = m_lines.value(name, {int(m_xml.lineNumber()), 1});
        m_diagnostics.errorAt(
            line, column, name,
            text.isEmpty() ? tr("%1 has no <%2>").arg(what, name)
                           : tr("%1: \"%2\" is not a time (expected YYYY-MM-DD HH:MM:SS)").arg(what, text));
        return std::nullopt;
    }

    void readEvent(bool era)
    {
        const QString element = era ? u"era"_s : u"event"_s;
        if (m_xml.name() != element) {
            m_containers += m_xml.name() == "container"_L1;
            m_xml.skipCurrentElement();
            return;
        }
        ++(era ? m_report.eras : m_report.events);
        m_lines.clear();
        const QHash<QString, QString> f = fields();
        const QString title = f.value(era ? u"name"_s : u"text"_s).simplified();
        const QString what = title.isEmpty() ? tr("an event") : u'“' + title + u'”';
        const auto start = time(f, u"start"_s, what);
        const auto end = time(f, u"end"_s, what);
        if (!start || !end)
            return;
        const QDate first = start->date();
        const QDate last = end->date();
        if (first.year() < -FuzzyDate::maxYear || last.year() > FuzzyDate::maxYear) {
            m_diagnostics.warningAt(m_lines.value(u"start"_s).first, 1, u"start"_s,
                                    tr("%1 is outside the years Argline can draw; it is left out").arg(what));
            ++m_report.leftOut;
            return;
        }
        QString error;
        QString text = first.toString(u"yyyy-MM-dd"_s);
        if (last != first)
            text += u'/' + last.toString(u"yyyy-MM-dd"_s);
        const auto date = FuzzyDate::parse(text, &error);
        if (!date) {
            m_diagnostics.errorAt(m_lines.value(u"end"_s).first, m_lines.value(u"end"_s).second, u"end"_s,
                                  tr("%1: %2").arg(what, error));
            return;
        }
        DateInfo info;
        info.date = *date;
        QStringList notes;
        if (start->time() != QTime(0, 0))
            notes.append(TimelineJsDate::noteForTime(start->time().toString(u"HH:mm:ss"_s)));
        if (f.value(u"fuzzy"_s).trimmed() == u"True")
            notes.append(tr("fuzzy in the source: its start and end are uncertain"));
        info.note = notes.join(u"; "_s);
        if (era) {
            Era e;
            e.title = title.isEmpty() ? tr("(no name)") : title;
            e.group = tr("Eras");
            e.date = info;
            const QStringList rgb = f.value(u"color"_s).split(u',');
            if (rgb.size() == 3)
                e.color = QColor(rgb[0].toInt(), rgb[1].toInt(), rgb[2].toInt());
            e.id = m_builder.uniqueId(QString(), u"era "_s + e.title, u"era"_s);
            m_builder.corpus().eras.append(std::move(e));
            return;
        }
        Event event;
        event.title = title.isEmpty() ? tr("(no text)") : title;
        event.summary = f.value(u"description"_s).trimmed();
        event.date = info;
        event.importedFrom = m_builder.sourceName();
        if (const QString category = f.value(u"category"_s).simplified(); !category.isEmpty())
            event.actors.append(m_builder.actor(category));
        event.id = m_builder.uniqueId(QString(), event.title, u"event"_s);
        m_builder.corpus().events.append(std::move(event));
    }

    QXmlStreamReader m_xml;
    ImportDiagnostics &m_diagnostics;
    ImportBuilder &m_builder;
    ImportReport &m_report;
    QHash<QString, std::pair<int, int>> m_lines; // where each field of the current element starts
    int m_containers = 0;
};

} // namespace

bool TimelineProjectReader::looksLike(QByteArrayView head)
{
    const qsizetype root = head.indexOf("<timeline>");
    return root >= 0 && root < 512;
}

ReadResult TimelineProjectReader::read(const QByteArray &data, const QString &fileName, ImportReport *report)
{
    ImportDiagnostics diagnostics(fileName, data);
    ImportReport own;
    ImportReport &counts = report ? *report : own;
    counts.format = CorpusFormat::TimelineProject;
    ImportBuilder builder(QFileInfo(fileName).fileName());
    builder.corpus().title = QFileInfo(fileName).completeBaseName();
    Reader(data, diagnostics, builder, counts).read();
    if (diagnostics.hasErrors())
        return {nullptr, diagnostics.finish()};
    return {builder.finish(fileName), diagnostics.finish()};
}

} // namespace argline
