#pragma once

#include "models/formats/corpusformats.h"

#include <QCoreApplication>

namespace argline {

// Reads Argdown (docs/import-formats.md, "Argdown"): YAML front matter (its title), headings and #tags
// (themes), titled statements [T] and arguments <A> with their text, support and attack (+ - <+ <- +> ->),
// undercuts (<_ _>), contradictions (><), premise–conclusion structures (the premises support the
// argument, the argument supports its conclusion), comments, and text over several lines. Equal titles
// name the same statement. Untitled paragraphs with no relations are prose: they become the description.
class ArgdownReader final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ArgdownReader)

public:
    static ReadResult read(const QByteArray &data, const QString &fileName, ImportReport *report);
};

} // namespace argline
