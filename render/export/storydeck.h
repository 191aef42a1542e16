#pragma once

#include "render/export/exportscene.h"
#include "render/export/exportwriter.h"

#include <QCoreApplication>

#include <memory>

namespace argline {

class ExportComposer;
class LinkIndex;

// The corpus story as a class handout (PDF): a title page with both views whole and the legend; one page
// per step, with the timeline around the step's event (or an argument's events), the part of the map it
// concerns, its caption, and its first quote with the citation; and a closing page listing every source.
class StoryDeck final
{
    Q_DECLARE_TR_FUNCTIONS(argline::StoryDeck)

public:
    static int pageCount(const Corpus &corpus) { return int(corpus.story.steps.size()) + 2; }
    // What step `step`'s page shows.
    static ExportScene stepScene(const std::shared_ptr<const Corpus> &corpus, const LinkIndex &links,
                                 int step);
    // The same for any event or argument: the timeline around its dates, the map around its cards, its
    // first quote, and it and its links highlighted.
    static ExportScene itemScene(const std::shared_ptr<const Corpus> &corpus, const LinkIndex &links,
                                 const QString &id);
    // The composer for step page `step` (0-based) of a deck made with `options`.
    static std::unique_ptr<ExportComposer> stepPage(const std::shared_ptr<const Corpus> &corpus,
                                                    const LinkIndex &links, const ExportOptions &options,
                                                    int step);
    static QByteArray pdf(const std::shared_ptr<const Corpus> &corpus, const ExportOptions &options,
                          const ExportWriter::Progress &progress, bool *cancelled);
    static ExportWriter::Result write(const std::shared_ptr<const Corpus> &corpus,
                                      const ExportOptions &options, const QString &path,
                                      const ExportWriter::Progress &progress = {});
};

} // namespace argline
