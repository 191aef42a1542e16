#pragma once

#include <QString>
#include <QTextStream>

namespace argline {

// `argline --self-check [FILE]`: reads and validates a corpus without opening a window, prints a summary
// to `out` and every diagnostic to `err`, and returns the exit code (0 valid, 1 invalid).
int runSelfCheck(const QString &path, QTextStream &out, QTextStream &err);

} // namespace argline
