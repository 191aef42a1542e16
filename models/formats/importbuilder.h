#pragma once

#include "models/corpus/corpus.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace argline {

// What every importer does the same way: unique ids made from titles, lanes (actors) and themes found
// by name, the provenance mark on items without a quote, and the final checks before a corpus is handed
// out (the id index, the argument tree).
class ImportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(argline::ImportBuilder)

public:
    // `sourceName` is the imported file's name ("tljs_eras.json"): what items without a quote are
    // marked as coming from.
    explicit ImportBuilder(QString sourceName)
        : m_sourceName(std::move(sourceName))
    {}

    Corpus &corpus() { return m_corpus; }
    const QString &sourceName() const { return m_sourceName; }

    // Whether `id` is a valid corpus id (1–64 characters from A–Z a–z 0–9 . _ : -).
    static bool isValidId(const QString &id);
    // `wanted` itself when it is a valid id not yet taken; else a unique id made from `text` (lower-case
    // ASCII words joined by '-', e.g. "battle-of-crecy"), or from `fallback` and a number.
    QString uniqueId(const QString &wanted, const QString &text, const QString &fallback);
    // Takes `id` as used (ids from another source, e.g. an Argline article).
    void reserveId(const QString &id) { m_taken.insert(id); }

    // The id of the actor (lane) or theme called `name`, created with the next palette colour.
    QString actor(const QString &name, const QColor &color = {});
    QString theme(const QString &name, const QColor &color = {});
    // A theme for a section of the file (an Argdown heading): its id starts with "section-", which is
    // how a writer tells headings from tags.
    QString section(const QString &name);
    static bool isSection(const QString &themeId)
    {
        return themeId == QLatin1StringView("section") || themeId.startsWith(QLatin1StringView("section-"));
    }

    // Rebuilds the id index and derives the argument structure. Call once, when every item is in.
    std::shared_ptr<const Corpus> finish(const QString &sourcePath);

    // The lane palette (the corpus reader's: Okabe–Ito, then muted tones).
    static QColor paletteColor(int index);

private:
    QString facet(QList<Facet> &list, QHash<QString, QString> &byName, const QString &prefix,
                  const QString &name, const QColor &color);

    QString m_sourceName;
    Corpus m_corpus;
    QSet<QString> m_taken;
    QHash<QString, int> m_nextNumber;
    QHash<QString, QString> m_actorsByName;
    QHash<QString, QString> m_themesByName;
    QHash<QString, QString> m_sectionsByName;
};

} // namespace argline
