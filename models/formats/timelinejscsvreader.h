#pragma once

#include "models/formats/corpusformats.h"

#include <QCoreApplication>

namespace argline {

// Reads the TimelineJS Google Sheets template saved as CSV (docs/import-formats.md, "TimelineJS
// spreadsheet"): Year, Month, Day, Time, End Year, ..., Headline, Text, Media, ..., Type, Group. A row of
// Type "title" is the title slide, "era" an era, anything else an event. Diagnostics say row:column as
// the spreadsheet shows them.
class TimelineJsCsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimelineJsCsvReader)

public:
    static ReadResult read(const QByteArray &data, const QString &fileName, ImportReport *report);
};

} // namespace argline
