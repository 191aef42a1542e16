#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace argline {

class ImportDiagnostics;

// A CSV file as rows of fields (RFC 4180: quoted fields may hold the separator, quotes written twice
// and line breaks). The separator is found from the header: a comma, a semicolon or a tab. Each row
// remembers the line it starts on, so diagnostics say "row:column" as a spreadsheet does: row 1 is the
// header, column 1 the first field.
class CsvTable final
{
    Q_DECLARE_TR_FUNCTIONS(argline::CsvTable)

public:
    struct Row
    {
        QStringList fields;
        int number = 0; // the spreadsheet row (1 is the header; blank rows are counted, then skipped)
        int line = 0;   // the line of the file the row starts on
    };

    struct Error
    {
        int row = 0;
        int column = 0;
        QString message;
    };

    // Parses UTF-8 text. Blank lines are skipped. Returns the first syntax error, if any.
    std::optional<Error> parse(const QByteArray &data);
    // Parses, reporting a syntax error to `diagnostics` (at its row and column, or for the whole file
    // when it has no row). False when the text is not a table.
    bool parse(const QByteArray &data, ImportDiagnostics &diagnostics);

    const QStringList &header() const { return m_header; }
    const QList<Row> &rows() const { return m_rows; } // the rows after the header, blank ones skipped
    QChar separator() const { return m_separator; }

    // The index of the first header cell equal (case-insensitively, spaces trimmed) to one of `names`.
    int column(std::initializer_list<QStringView> names) const;

    // Writes one line of fields, quoting where needed.
    static QByteArray line(const QStringList &fields, QChar separator = u',');

private:
    QStringList m_header;
    QList<Row> m_rows;
    QChar m_separator = u',';
};

} // namespace argline
