#pragma once

#include "models/io/corpusreader.h"

#include <QString>

namespace argline::test {

// The built-in corpus as the app ships it (read from the source tree, so tests need no resources).
QString builtInCorpusFile();
std::shared_ptr<const Corpus> builtInCorpus();

// Reads a corpus from JSON text; "file" references resolve in `baseDir`.
ReadResult readJson(const QByteArray &json, const QString &baseDir = {});

} // namespace argline::test
