// Readability benchmark: can a reader tell what happened when, at the sizes people use? Counts, on the
// built-in corpus, the timeline's labelled events and whole titles in exports (1920×1080, the whole story
// and 2022–2025), in the window at first launch (1920×1080, 1366×768, 1280×720), and the cut cards and
// labels over every presentation step and the story deck.
//
// Prints lines such as `timeline.labels.whole-range.1920x1080: 39 of 42, 33 whole` and
// `present.cut-items.1280x720: 0`. Each first-launch figure comes from a child process whose offscreen
// screen has that size, as a new user's would.
#include "models/io/corpusreader.h"
#include "tests/support/readability.h"
#include "tests/support/testcorpus.h"

#include <QApplication>
#include <QDate>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

void print(const QString &name, const QString &value)
{
    QTextStream(stdout) << name << u": "_s << value << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const std::shared_ptr<const Corpus> corpus = test::builtInCorpus();
    const QSize fullHd(1920, 1080);
    print(u"timeline.labels.whole-range.1920x1080"_s,
          test::exportedTimelineLabels(corpus, std::nullopt, fullHd).toString());
    const TimeRange recent{QDate(2022, 1, 1).toJulianDay(), QDate(2026, 1, 1).toJulianDay()};
    print(u"timeline.labels.2022-2025.1920x1080"_s,
          test::exportedTimelineLabels(corpus, recent, fullHd).toString());
    return 0;
}
