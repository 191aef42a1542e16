#pragma once

#include "models/corpus/corpus.h"

#include <QCoreApplication>
#include <QStringList>

namespace argline {

struct FilterSpec;

// Text search over titles, texts and quotes (case-insensitive), returning matching item ids in reading
// order — events by date, then arguments in tree order — so Enter and Shift+Enter step through them.
class Search final
{
public:
    static QStringList matches(const Corpus &corpus, const QString &text);
};

} // namespace argline
