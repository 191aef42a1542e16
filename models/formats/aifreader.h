#pragma once

#include "models/formats/corpusformats.h"
#include "models/formats/jsontree.h"

#include <QCoreApplication>

namespace argline {

// Reads Argument Interchange Format JSON as AIFdb and OVA write it (docs/import-formats.md, "AIF"),
// including OVA3's {"AIF": ..., "OVA": ...} wrapper. I-nodes become arguments; an RA node makes its
// premises pros of its conclusion (linked premises share Argument::inference), a CA node makes its source
// a con of its target, or an undercut when the target is an RA node; MA (rephrase) relations are kept but
// not drawn. A speaker's words (L-nodes anchored to an I-node by a YA node) are verbatim quotes, from an
// article per speaker that holds the words as the file records them.
class AifReader final
{
    Q_DECLARE_TR_FUNCTIONS(argline::AifReader)

public:
    static ReadResult read(const QByteArray &data, const QString &fileName, ImportReport *report);
};

} // namespace argline
