#include "app/recentlyused.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

const QString bookmarkNamespace = u"http://www.freedesktop.org/standards/desktop-bookmarks"_s;
const QString mimeNamespace = u"http://www.freedesktop.org/standards/shared-mime-info"_s;
// How GTK names an application in the list (its program name) and how GLib stores the command that
// opens a file with it (shell-quoted; %f is replaced by the local path, which `argline FILE` takes).
const QString applicationName = u"argline"_s;
const QString applicationExec = u"'argline %f'"_s;

// GLib writes microseconds; Qt has milliseconds, padded to the same form.
QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s) + u"000Z"_s;
}

void setAttribute(QXmlStreamAttributes &attributes, const QString &name, const QString &value)
{
    for (qsizetype i = attributes.size() - 1; i >= 0; --i) {
        if (attributes[i].qualifiedName() == name)
            attributes.remove(i);
    }
    attributes.append(name, value);
}

// An entry names the same file when its URL decodes to the same one, whatever characters the writer
// chose to percent-encode.
bool sameFile(QStringView href, const QUrl &url)
{
    return QUrl::fromEncoded(href.toUtf8()).adjusted(QUrl::NormalizePathSegments) == url;
}

void writeApplication(QXmlStreamWriter &out, const QString &when, int count)
{
    out.writeEmptyElement(u"bookmark:application"_s);
    out.writeAttribute(u"name"_s, applicationName);
    out.writeAttribute(u"exec"_s, applicationExec);
    out.writeAttribute(u"modified"_s, when);
    out.writeAttribute(u"count"_s, QString::number(count));
}

// A new entry, indented as GTK and KDE indent theirs (the reader keeps whatever whitespace it finds).
void writeBookmark(QXmlStreamWriter &out, const QString &href, const QString &mimeType, const QString &when)
{
    const auto indent = [&out](int depth) { out.writeCharacters(QString(depth * 2, u' ')); };
    indent(1);
    out.writeStartElement(u"bookmark"_s);
    out.writeAttribute(u"href"_s, href);
    out.writeAttribute(u"added"_s, when);
    out.writeAttribute(u"modified"_s, when);
    out.writeAttribute(u"visited"_s, when);
    out.writeCharacters(u"\n"_s);
    indent(2);
    out.writeStartElement(u"info"_s);
    out.writeCharacters(u"\n"_s);
    indent(3);
    out.writeStartElement(u"metadata"_s);
    out.writeAttribute(u"owner"_s, u"http://freedesktop.org"_s);
    out.writeCharacters(u"\n"_s);
    indent(4);
    out.writeEmptyElement(u"mime:mime-type"_s);
    out.writeAttribute(u"type"_s, mimeType);
    out.writeCharacters(u"\n"_s);
    indent(4);
    out.writeStartElement(u"bookmark:applications"_s);
    out.writeCharacters(u"\n"_s);
    indent(5);
    writeApplication(out, when, 1);
    out.writeCharacters(u"\n"_s);
    indent(4);
    out.writeEndElement(); // bookmark:applications
    out.writeCharacters(u"\n"_s);
    indent(3);
    out.writeEndElement(); // metadata
    out.writeCharacters(u"\n"_s);
    indent(2);
    out.writeEndElement(); // info
    out.writeCharacters(u"\n"_s);
    indent(1);
    out.writeEndElement(); // bookmark
    out.writeCharacters(u"\n"_s);
}

} // namespace

QString RecentlyUsed::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/recently-used.xbel"_s;
}

RecentlyUsed::RecentlyUsed(QString xbelPath)
    : m_path(std::move(xbelPath))
{}

bool RecentlyUsed::add(const QString &file, const QDateTime &now) const
{
    const QFileInfo info(file);
    if (file.startsWith(u':') || !info.isFile()) // a file in the executable's resources is no one's
        return false;
    const QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
    const QString href = QString::fromLatin1(url.toEncoded());
    const QString when = timestamp(now);
    const QString mimeType = QMimeDatabase().mimeTypeForFile(info).name();

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    QLockFile lock(m_path + u".lock"_s);
    if (!lock.tryLock(200))
        return false;

    QByteArray existing;
    QFile input(m_path);
    if (input.exists()) {
        if (!input.open(QIODevice::ReadOnly))
            return false;
        existing = input.readAll();
        input.close();
    }
    if (existing.trimmed().isEmpty()) {
        existing = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbel version=\"1.0\"\n"
                   "      xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\"\n"
                   "      xmlns:mime=\"http://www.freedesktop.org/standards/shared-mime-info\"\n>\n"
                   "</xbel>\n";
    }

    // Copy the list token by token into memory, changing only Argline's entry; write it out only when
    // all of it was read.
    QXmlStreamReader xml(existing);
    xml.setNamespaceProcessing(false); // prefixes and xmlns attributes are copied as they are
    QByteArray bytes;
    QXmlStreamWriter out(&bytes);
    bool sawRoot = false;
    bool found = false;
    bool inEntry = false;    // inside the entry for `file`
    bool entryHasUs = false; // that entry lists Argline among its applications
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartDocument:
            out.writeStartDocument();
            out.writeCharacters(u"\n"_s); // the reader does not report the line break after the prolog
            break;
        case QXmlStreamReader::DTD:
            out.writeDTD(xml.text().toString());
            break;
        case QXmlStreamReader::StartElement: {
            const QString name = xml.qualifiedName().toString();
            QXmlStreamAttributes attributes = xml.attributes();
            if (!sawRoot) {
                if (name != u"xbel" || attributes.value(u"version"_s) != u"1.0")
                    return false; // not a list we know how to keep intact
                sawRoot = true;
                if (!attributes.hasAttribute(u"xmlns:bookmark"_s))
                    attributes.append(u"xmlns:bookmark"_s, bookmarkNamespace);
                if (!attributes.hasAttribute(u"xmlns:mime"_s))
                    attributes.append(u"xmlns:mime"_s, mimeNamespace);
            } else if (name == u"bookmark") {
                inEntry = sameFile(attributes.value(u"href"_s), url);
                entryHasUs = false;
                if (inEntry) {
                    found = true;
                    setAttribute(attributes, u"modified"_s, when);
                    setAttribute(attributes, u"visited"_s, when);
                }
            } else if (inEntry && name == u"bookmark:application" &&
                       attributes.value(u"name"_s) == applicationName) {
                entryHasUs = true;
                setAttribute(attributes, u"modified"_s, when);
                setAttribute(attributes, u"count"_s,
                             QString::number(attributes.value(u"count"_s).toInt() + 1));
            }
            out.writeStartElement(name);
            out.writeAttributes(attributes);
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.qualifiedName();
            if (inEntry && name == u"bookmark:applications" && !entryHasUs) {
                writeApplication(out, when, 1);
                entryHasUs = true;
            } else if (name == u"bookmark") {
                inEntry = false;
            } else if (name == u"xbel" && !found) {
                writeBookmark(out, href, mimeType, when);
            }
            out.writeEndElement();
            break;
        }
        case QXmlStreamReader::Characters:
            if (xml.isCDATA())
                out.writeCDATA(xml.text().toString());
            else
                out.writeCharacters(xml.text().toString());
            break;
        case QXmlStreamReader::Comment:
            out.writeComment(xml.text().toString());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            out.writeProcessingInstruction(xml.processingInstructionTarget().toString(),
                                           xml.processingInstructionData().toString());
            break;
        case QXmlStreamReader::EntityReference:
            out.writeEntityReference(xml.name().toString());
            break;
        case QXmlStreamReader::EndDocument:
            out.writeEndDocument();
            break;
        default:
            break;
        }
    }
    if (xml.hasError() || !sawRoot)
        return false;

    const bool created = !input.exists();
    QSaveFile output(m_path);
    if (!output.open(QIODevice::WriteOnly) || output.write(bytes) != bytes.size() || !output.commit())
        return false;
    if (created) // a list of what the user opened is theirs alone (an existing file keeps its mode)
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace argline
