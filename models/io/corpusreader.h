#pragma once

#include "models/corpus/corpus.h"
#include "models/io/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace argline {

struct ReadResult
{
    std::shared_ptr<const Corpus> corpus; // null when the file has errors: never half-loaded
    Diagnostics diagnostics;              // errors and warnings, sorted by position

    bool ok() const { return corpus != nullptr; }
};

// Reads an Argline corpus (docs/corpus-format.md): streams the JSON through nlohmann's SAX parser into
// domain structs, loads the article texts, verifies references and quotes, and returns either a complete
// corpus or the list of diagnostics explaining why not. It never throws and never crashes on bad input,
// nor when the file changes during the read (that is reported); it keeps to ReadLimits, and running out
// of memory is reported as an error.
class CorpusReader final
{
    Q_DECLARE_TR_FUNCTIONS(argline::CorpusReader)

public:
    static QString builtInCorpusPath(); // the corpus embedded in the app's resources

    // `progress` (optional) is told the bytes parsed so far and the total; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static ReadResult readFile(const QString &path, const Progress &progress = {});
    // Reads from memory; `fileName` names the source in diagnostics; "file" references resolve in `baseDir`.
    static ReadResult readData(const QByteArray &data, const QString &fileName, const QString &baseDir);
};

} // namespace argline
