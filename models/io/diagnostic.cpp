#include "models/io/diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace argline {

QString Diagnostic::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line) + u':' + QString::number(column);
    text += u": "_s;
    text += isError() ? QCoreApplication::translate("argline::Diagnostic", "error")
                      : QCoreApplication::translate("argline::Diagnostic", "warning");
    text += u": "_s;
    if (!path.isEmpty())
        text += path + u": "_s;
    return text + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

qsizetype errorCount(const Diagnostics &diagnostics)
{
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [](const Diagnostic &d) { return d.isError(); });
}

} // namespace argline
