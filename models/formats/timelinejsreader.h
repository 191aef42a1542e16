#pragma once

#include "models/formats/corpusformats.h"
#include "models/formats/jsontree.h"

#include <QCoreApplication>

namespace argline {

// Reads a TimelineJS3 JSON file (docs/import-formats.md, "TimelineJS JSON"): the title slide becomes the
// corpus title and description, events become events (groups become lanes, HTML becomes plain text,
// media become links), eras become eras. Events and eras whose years Argline cannot draw are left out,
// each named in a warning. Nothing is quoted, so every event is marked as coming from the file.
class TimelineJsReader final
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimelineJsReader)

public:
    // Whether a parsed JSON document looks like a TimelineJS timeline (an "events" array of objects).
    static bool looksLike(const JsonRef &root);
    static ReadResult read(const QByteArray &data, const QString &fileName, ImportReport *report);
};

} // namespace argline
