#pragma once

#include "models/corpus/corpus.h"
#include "models/formats/corpusformats.h"

#include <QByteArray>
#include <QCoreApplication>

namespace argline {

// Writes the argument map as Argdown (docs/import-formats.md, "Argdown"): front matter with the title,
// the description as prose, every argument defined once as a titled statement under its section heading,
// with its tags; then each argument's relations (+, -, <_, ><, ->), and a premise–conclusion structure
// for an argument whose children are its premises. A copy is the same title again, which is how Argdown
// says "this statement again". Quotes are carried as comments; events, eras and dates are reported lost.
class ArgdownWriter final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ArgdownWriter)

public:
    static QByteArray write(const Corpus &corpus, WriteReport *report);
};

} // namespace argline
