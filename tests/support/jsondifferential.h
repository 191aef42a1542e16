#pragma once

#include <QByteArray>
#include <QString>

namespace argline::test {

// Runs `json` through Argline's fast JSON scanner (models/io/jsonscanner.h), refilled `window` bytes at a
// time so that tokens straddle window ends, and through nlohmann's SAX parser, recording every event with
// its value and the position the parser had reached. Returns an empty string when they agree — nlohmann
// accepts exactly the documents the scanner parses, with the same events at the same positions — and
// otherwise a description of the first difference.
QString compareScannerWithNlohmann(const QByteArray &json, qsizetype window);

} // namespace argline::test
