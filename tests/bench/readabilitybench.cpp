// Readability benchmark: can a reader tell what happened when, and who argues what, at the sizes people
// use? On the built-in corpus it counts the timeline's labelled events and whole titles in exports
// (1920×1080, the whole story and 2022–2025) and in the window at first launch (1920×1080, 1366×768,
// 1280×720, with the map's card title size), and the cut cards and labels over every presentation step
// (1280×720 and 1920×1080) and every story-deck page, with the smallest focus-card title.
//
// Prints lines such as `timeline.labels.whole-range.1920x1080: 39 of 42, 33 whole` and
// `present.cut-items.1280x720: 0`. Each first-launch figure comes from a child process whose offscreen
// screen has that size, as a new user's would.
#include "models/corpus/linkindex.h"
#include "models/present/storypresenter.h"
#include "render/export/exportcomposer.h"
#include "render/export/storydeck.h"
#include "tests/support/readability.h"
#include "tests/support/testcorpus.h"
#include "widgets/present/presentationview.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

void print(const QString &name, const QString &value)
{
    QTextStream(stdout) << name << u": "_s << value << Qt::endl;
}

struct Audit
{
    int cut = 0;
    double smallestFocusPx = 1e9;
    QStringList where;

    void add(const test::PageAudit &page, const QString &label)
    {
        cut += page.cutItems();
        smallestFocusPx = std::min(smallestFocusPx, page.focusTitlePx);
        for (const QString &item : page.cut)
            where.append(label + u": "_s + item);
    }
};

Audit presentation(const std::shared_ptr<const Corpus> &corpus, QSize size)
{
    StoryPresenter presenter(int(corpus->story.steps.size()));
    PresentationView view(corpus, &presenter);
    view.setAnimated(false);
    view.resize(size);
    Audit audit;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (int step = 0; step < corpus->story.steps.size(); ++step) {
        presenter.goTo(step);
        QPainter painter(&image);
        view.paintPage(&painter, QRectF(QPointF(), QSizeF(size)));
        painter.end();
        audit.add(test::auditPage(view.composer(), corpus->story.steps[step].item),
                  u"step %1"_s.arg(step + 1));
    }
    return audit;
}

Audit deck(const std::shared_ptr<const Corpus> &corpus)
{
    // A deck page is a 13.33 × 7.5 in slide, laid out in CSS pixels: 1280 × 720.
    const LinkIndex links(*corpus);
    Audit audit;
    QImage image(1280, 720, QImage::Format_ARGB32_Premultiplied);
    for (int step = 0; step < corpus->story.steps.size(); ++step) {
        const std::unique_ptr<ExportComposer> page =
            StoryDeck::stepPage(corpus, links, ExportOptions(), step);
        QPainter painter(&image);
        page->paint(&painter, QRectF(0, 0, 1280, 720));
        painter.end();
        audit.add(test::auditPage(*page, corpus->story.steps[step].item), u"page %1"_s.arg(step + 2));
    }
    return audit;
}

void firstLaunch(QSize size)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screen.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QStringLiteral(R"({"screens": [{"name": "s", "x": 0, "y": 0, "width": %1, "height": %2}]})")
                   .arg(size.width())
                   .arg(size.height())
                   .toUtf8());
    file.close();
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen:configfile="_s + config);
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(ARGLINE_FIRSTLAUNCH), {});
    if (!child.waitForFinished(60000) || child.exitCode() != 0) {
        print(u"window.first-launch.%1x%2"_s.arg(size.width()).arg(size.height()), u"failed"_s);
        return;
    }
    const QString suffix = u".%1x%2"_s.arg(size.width()).arg(size.height());
    for (const QString &line : QString::fromUtf8(child.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(u"timeline-labels: "_s))
            print(u"window.timeline.labels.first-launch"_s + suffix, line.section(u": "_s, 1));
        else if (line.startsWith(u"map-title-px: "_s))
            print(u"window.map.title-px.first-launch"_s + suffix, line.section(u": "_s, 1) + u" px"_s);
    }
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
    for (const QSize size : {fullHd, QSize(1366, 768), QSize(1280, 720)})
        firstLaunch(size);
    for (const QSize size : {QSize(1280, 720), fullHd}) {
        const Audit audit = presentation(corpus, size);
        const QString suffix = u".%1x%2"_s.arg(size.width()).arg(size.height());
        print(u"present.cut-items"_s + suffix, QString::number(audit.cut));
        print(u"present.focus-title-px.smallest"_s + suffix,
              QString::number(audit.smallestFocusPx, 'f', 1) + u" px"_s);
        for (const QString &where : audit.where)
            QTextStream(stdout) << u"# cut: "_s << where << Qt::endl;
    }
    const Audit pages = deck(corpus);
    print(u"deck.cut-items"_s, QString::number(pages.cut));
    print(u"deck.focus-title-px.smallest"_s, QString::number(pages.smallestFocusPx, 'f', 1) + u" px"_s);
    for (const QString &where : pages.where)
        QTextStream(stdout) << u"# cut: "_s << where << Qt::endl;
    return 0;
}
