#pragma once

#include "models/corpus/corpus.h"
#include "models/formats/corpusformats.h"

#include <QByteArray>
#include <QCoreApplication>

namespace argline {

// Writes the argument map as AIF JSON (docs/import-formats.md, "AIF"): an I-node per argument, an RA node
// per support (premises sharing Argument::inference share one), a CA node per attack (an undercut attacks
// its parent's RA node), MA for a kept rephrase; quotes become L-nodes ("Speaker : words") anchored by YA
// "Asserting" nodes, with locutions and participants. Argline's ids and short titles go into an "argline"
// member of each I-node, which AIF tools ignore. Events, eras and dates have no place and are reported.
class AifWriter final
{
    Q_DECLARE_TR_FUNCTIONS(argline::AifWriter)

public:
    static QByteArray write(const Corpus &corpus, WriteReport *report);
};

} // namespace argline
