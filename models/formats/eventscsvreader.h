#pragma once

#include "models/formats/corpusformats.h"

#include <QCoreApplication>

namespace argline {

// Reads a plain events table (docs/import-formats.md, "Events CSV"): a header naming its columns — id,
// title, start, end, group, and optionally summary — and one event per row. Dates are ISO text (a year,
// a month, a day, or a date and time), Argline's date grammar ("early 2023", "-0300"), or Unix time in
// milliseconds, as the vis-timeline comparison writes them. Linear in the size of the file.
class EventsCsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(argline::EventsCsvReader)

public:
    static ReadResult read(const QByteArray &data, const QString &fileName, ImportReport *report);
};

} // namespace argline
