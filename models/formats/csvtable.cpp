#include "models/formats/csvtable.h"

#include "models/formats/importdiagnostics.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace argline {

bool CsvTable::parse(const QByteArray &data, ImportDiagnostics &diagnostics)
{
    const auto error = parse(data);
    if (!error)
        return true;
    if (error->row > 0)
        diagnostics.errorAt(error->row, error->column, QString(), error->message);
    else
        diagnostics.fileError(error->message);
    return false;
}

std::optional<CsvTable::Error> CsvTable::parse(const QByteArray &data)
{
    m_header.clear();
    m_rows.clear();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError())
        return Error{0, 0, tr("the file is not valid UTF-8 text; save it as UTF-8")};

    // The separator: whichever of , ; and tab occurs most on the first line outside quotes.
    {
        int commas = 0, semicolons = 0, tabs = 0;
        bool quoted = false;
        for (QChar c : text) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && (c == u'\n' || c == u'\r'))
                break;
            else if (!quoted)
                commas += c == u',', semicolons += c == u';', tabs += c == u'\t';
        }
        m_separator = tabs > commas && tabs >= semicolons ? u'\t' : semicolons > commas ? u';' : u',';
    }

    QList<Row> rows;
    Row row;
    QString field;
    int line = 1;
    int fieldLine = 1;
    bool inQuotes = false;
    bool wasQuoted = false;
    bool rowHasContent = false;
    const qsizetype size = text.size();
    const auto endField = [&] {
        row.fields.append(field);
        rowHasContent = rowHasContent || wasQuoted || !field.trimmed().isEmpty();
        field.clear();
        wasQuoted = false;
    };
    int record = 1; // the spreadsheet row: blank rows count, as they do in the sheet
    const auto endRow = [&] {
        endField();
        row.number = record++;
        if (rowHasContent)
            rows.append(std::move(row));
        row = Row();
        rowHasContent = false;
    };
    row.line = 1;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.trimmed().isEmpty() || wasQuoted) {
                return Error{record, int(row.fields.size()) + 1,
                             tr("a quote inside an unquoted field (write the whole field in quotes and "
                                "double the quote: \"\")")};
            }
            field.clear(); // spaces before the opening quote
            inQuotes = true;
            wasQuoted = true;
            fieldLine = line;
        } else if (c == m_separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            endRow();
            ++line;
            row.line = line;
        } else if (wasQuoted) {
            if (!c.isSpace())
                return Error{record, int(row.fields.size()) + 1,
                             tr("text after the closing quote of a field")};
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return Error{record, int(row.fields.size()) + 1,
                     tr("a quoted field that starts on line %1 is never closed").arg(fieldLine)};
    endRow();

    if (rows.isEmpty())
        return Error{0, 0, tr("the file is empty")};
    m_header = rows.takeFirst().fields;
    for (QString &name : m_header)
        name = name.trimmed();
    m_rows = std::move(rows);
    return std::nullopt;
}

int CsvTable::column(std::initializer_list<QStringView> names) const
{
    for (int i = 0; i < m_header.size(); ++i) {
        for (QStringView name : names) {
            if (m_header[i].compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

QByteArray CsvTable::line(const QStringList &fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields) {
        const bool quote = field.contains(separator) || field.contains(u'"') || field.contains(u'\n') ||
                           field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
        out.append(quote ? u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"' : field);
    }
    return out.join(separator).toUtf8() + '\n';
}

} // namespace argline
