#pragma once

#include "models/corpus/corpus.h"

#include <QCoreApplication>
#include <QString>

namespace argline {

// What the details panel adds for imported material (docs/import-formats.md): the provenance line of an
// item without a quote, an event's media as links (never loaded), and for an argument from an imported
// map how the file relates it to its parent, where a copy's original stands, its themes, and the
// relations the map does not draw. Each returns HTML, empty when there is nothing to say.
struct ImportDetails
{
    Q_DECLARE_TR_FUNCTIONS(argline::DetailsPanel)

public:
    static QString eventHtml(const Corpus &corpus, const Event &event);
    static QString argumentHtml(const Corpus &corpus, const Argument &argument);
    // Whether a link the panel shows leads out of Argline (a media link), to be opened only on a click.
    static bool isExternal(const QUrl &link);
};

} // namespace argline
