#pragma once

#include "models/formats/corpusformats.h"

#include <QCoreApplication>

namespace argline {

// Reads a file of The Timeline Project (thetimelineproj, `.timeline` XML; docs/import-formats.md):
// categories become lanes with their colours, events become events (start and end to the day, a time of
// day kept in the note), eras become eras. Read only: Argline does not write this format.
class TimelineProjectReader final
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimelineProjectReader)

public:
    static bool looksLike(QByteArrayView head);
    static ReadResult read(const QByteArray &data, const QString &fileName, ImportReport *report);
};

} // namespace argline
