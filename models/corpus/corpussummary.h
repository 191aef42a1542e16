#pragma once

#include "models/corpus/corpus.h"

#include <QCoreApplication>
#include <QString>

namespace argline {

// Counts that describe a corpus at a glance (for --self-check, the About box and the status line).
struct CorpusSummary
{
    Q_DECLARE_TR_FUNCTIONS(argline::CorpusSummary)

public:
    qsizetype articles = 0;
    qsizetype events = 0;
    qsizetype plannedEvents = 0;
    int firstYear = 0;
    int lastYear = 0;
    qsizetype arguments = 0;
    qsizetype claims = 0;
    qsizetype pro = 0; // arguments for their root claim
    qsizetype con = 0; // arguments against it
    qsizetype objections = 0;
    qsizetype rebuttals = 0;
    qsizetype quotes = 0;
    qsizetype eras = 0;
    qsizetype storySteps = 0;
    // Imported material (docs/import-formats.md); shown only when there is some.
    qsizetype withoutQuote = 0;     // events and arguments marked "no source quote"
    qsizetype crossReferences = 0;  // copies of an argument under a second parent (not in `arguments`)
    qsizetype undrawnRelations = 0; // relations the map cannot draw

    static CorpusSummary of(const Corpus &corpus);
    // "5 articles · 38 events (1983–2025) · 36 arguments (1 claim, 15 for, 20 against) · ..."
    QString toString() const;
};

} // namespace argline
