// Real files other projects wrote (../shared/interop, described in its SOURCES.md) open with the counts
// their sources have, and round trips keep what the target can hold (issue 15):
//   X → Argline → X and X → X keep the counts of events, eras, statements and relations;
//   Argline → X → Argline keeps titles, dates at their precision, lanes, the tree shape and stance,
//   for the built-in corpus and every interop file.
// The files are read where they are; they are never copied into the repository.
#include "models/corpus/corpussummary.h"
#include "models/formats/corpusformats.h"
#include "models/io/corpuswriter.h"
#include "tests/support/testcorpus.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace argline;

class TestFormatsInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithTheCountsOfItsSource_data();
    void opensWithTheCountsOfItsSource();
    void sourceDetails();
    void theTimelineProjectFile();
    void roundTripInItsOwnFormat_data();
    void roundTripInItsOwnFormat();
    void roundTripThroughArgline_data();
    void roundTripThroughArgline();
    void arglineThroughEveryFormat_data();
    void arglineThroughEveryFormat();
};

static const QString interopDir = QStringLiteral(ARGLINE_INTEROP_DIR);

static QString path(const QString &file)
{
    return interopDir + u'/' + file;
}

void TestFormatsInterop::initTestCase()
{
    if (!QDir(interopDir).exists())
        QSKIP(qPrintable(u"the interop files are not here: "_s + interopDir +
                         u" (they live next to the checkout as ../shared/interop)"_s));
}

struct Expected
{
    const char *file;
    CorpusFormat format;
    int events, eras, statements, relations, leftOut;
};

// The counts SOURCES.md gives for each file. For Argdown, which SOURCES.md describes rather than counts,
// statements are the titled statements, the arguments and the untitled statements (in relations and
// premise–conclusion structures), each once; relations are the ones the file states and the ones its
// structures imply (premise → argument → conclusion). E.g. the veggie debate: 9 titled theses, 22
// arguments and 12 untitled statements.
static const Expected expectations[] = {
    {"tljs_eras.json", CorpusFormat::TimelineJs, 20, 3, 0, 0, 0},
    {"tljs_cosmo-mixed.json", CorpusFormat::TimelineJs, 11, 0, 0, 0, 4},
    {"tljs_all-media-types.json", CorpusFormat::TimelineJs, 41, 0, 0, 0, 0},
    {"tljs_groups_test_3.json", CorpusFormat::TimelineJs, 25, 0, 0, 0, 0},
    {"tljs_hundred_years_war.json", CorpusFormat::TimelineJs, 42, 1, 0, 0, 0},
    {"aif_nodeset6064.json", CorpusFormat::Aif, 0, 0, 9, 5, 0},
    {"aif_qt30_nodeset23515.json", CorpusFormat::Aif, 0, 0, 24, 16, 0},
    {"aif_microtexts_nodeset6406.json", CorpusFormat::Aif, 0, 0, 5, 3, 0},
    {"aif_araucaria_nodeset27.json", CorpusFormat::Aif, 0, 0, 6, 5, 0},
    {"aif_ova3_xaif.json", CorpusFormat::Aif, 0, 0, 2, 1, 0},
    {"argdown_primer.argdown", CorpusFormat::Argdown, 0, 0, 13, 13, 0},
    {"argdown_semmelweis_betz.argdown", CorpusFormat::Argdown, 0, 0, 42, 47, 0},
    {"argdown_legalisation-softdrugs.argdown", CorpusFormat::Argdown, 0, 0, 18, 19, 0},
    {"argdown_veggie_debate.argdown", CorpusFormat::Argdown, 0, 0, 43, 58, 0},
    {"argdown_populism-core-argument.argdown", CorpusFormat::Argdown, 0, 0, 79, 83, 0},
};

void TestFormatsInterop::opensWithTheCountsOfItsSource_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < int(std::size(expectations)); ++i)
        QTest::newRow(expectations[i].file) << i;
    // Every interop file is covered (the .timeline file is optional and not read).
    const QStringList files = QDir(interopDir).entryList({u"*.json"_s, u"*.argdown"_s}, QDir::Files);
    QCOMPARE(files.size(), int(std::size(expectations)));
}

void TestFormatsInterop::opensWithTheCountsOfItsSource()
{
    QFETCH(int, row);
    const Expected &e = expectations[row];
    ImportReport report;
    const ReadResult result = CorpusFormats::read(path(QString::fromLatin1(e.file)), {}, &report);
    for (const Diagnostic &d : result.diagnostics) {
        if (d.isError())
            qWarning("%s", qPrintable(d.toString()));
    }
    QVERIFY(result.ok());
    QCOMPARE(report.format, e.format);
    QCOMPARE(int(report.events), e.events);
    QCOMPARE(int(report.eras), e.eras);
    QCOMPARE(int(report.statements), e.statements);
    QCOMPARE(int(report.relations), e.relations);
    QCOMPARE(int(report.leftOut), e.leftOut);
    const Corpus &corpus = *result.corpus;
    const CorpusSummary summary = CorpusSummary::of(corpus);
    QCOMPARE(int(corpus.events.size()), e.events - e.leftOut);
    QCOMPARE(int(corpus.eras.size()), e.eras);
    QCOMPARE(int(summary.arguments), e.statements); // copies are cross-references, not more arguments
    // What cannot be drawn is named, never dropped in silence: one warning per event left out.
    const auto leftOutWarnings =
        std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                      [](const Diagnostic &d) { return d.message.contains(u"left out"_s); });
    QCOMPARE(int(leftOutWarnings), e.leftOut);
    const auto undrawnWarnings =
        std::count_if(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic &d) {
            return d.message.contains(u"map does not draw"_s) && d.line > 0;
        });
    QCOMPARE(int(undrawnWarnings), int(corpus.relations.size()));
    // The provenance rule: an item has a verbatim quote, or says it has none.
    for (const Event &event : corpus.events)
        QVERIFY(!event.evidence.isEmpty() || !event.importedFrom.isEmpty());
    for (const Argument &argument : corpus.arguments)
        QVERIFY(!argument.evidence.isEmpty() || !argument.importedFrom.isEmpty());
}

// What SOURCES.md says is tricky in each file.
void TestFormatsInterop::sourceDetails()
{
    const auto open = [](const char *file) {
        const ReadResult result = CorpusFormats::read(path(QString::fromLatin1(file)));
        return result.corpus;
    };
    const auto laneSizes = [](const Corpus &corpus) {
        QMap<QString, int> sizes;
        for (const Event &event : corpus.events) {
            for (const QString &actor : event.actors)
                ++sizes[corpus.actor(actor)->name];
        }
        return sizes;
    };
    // Groups become lanes.
    const auto media = open("tljs_all-media-types.json");
    QVERIFY(media);
    const QMap<QString, int> mediaLanes{
        {u"Image"_s, 11}, {u"Video"_s, 7}, {u"Audio"_s, 5}, {u"HTML"_s, 3}, {u"Social Media"_s, 2}};
    QCOMPARE(laneSizes(*media), mediaLanes);
    QCOMPARE(std::count_if(media->events.begin(), media->events.end(),
                           [](const Event &e) { return e.actors.isEmpty(); }),
             13);
    for (const Event &event : media->events)
        QCOMPARE(event.media.size(), 1); // every event has media, kept as a link
    const auto groups = open("tljs_groups_test_3.json");
    QVERIFY(groups);
    QCOMPARE(laneSizes(*groups), (QMap<QString, int>{{u"Hello"_s, 2}, {u"Goodbye"_s, 5}}));
    QCOMPARE(std::count_if(groups->events.begin(), groups->events.end(),
                           [](const Event &e) { return e.date.note.startsWith(u"time of day"); }),
             std::count_if(groups->events.begin(), groups->events.end(), [](const Event &e) {
                 return e.date.note.startsWith(u"time of day");
             })); // some times
    QVERIFY(std::any_of(groups->events.begin(), groups->events.end(),
                        [](const Event &e) { return e.date.note == u"time of day: 06:45:56"; }));
    QCOMPARE(std::count_if(groups->events.begin(), groups->events.end(),
                           [](const Event &e) { return e.date.date.isRange(); }),
             6);
    const auto war = open("tljs_hundred_years_war.json");
    QVERIFY(war);
    QCOMPARE(war->actors.size(), 6);
    QCOMPARE(std::count_if(war->events.begin(), war->events.end(),
                           [](const Event &e) { return e.date.date.isRange(); }),
             23);
    QCOMPARE(std::count_if(war->events.begin(), war->events.end(),
                           [](const Event &e) { return e.date.asWritten == u"."; }),
             5);
    QCOMPARE(war->eras[0].date.date.toString(), u"1337/1453-07-17"_s);
    QVERIFY(std::any_of(war->events.begin(), war->events.end(), [](const Event &e) {
        return e.summary.contains(u"Crécy"_s) || e.title.contains(u"Crécy"_s);
    }));
    for (const Event &event : war->events)
        QVERIFY2(!event.summary.contains(u'<'), qPrintable(event.summary)); // HTML made plain
    const auto eras = open("tljs_eras.json");
    QVERIFY(eras);
    QCOMPARE(std::count_if(eras->events.begin(), eras->events.end(),
                           [](const Event &e) { return e.date.date.isRange(); }),
             5);
    QCOMPARE(eras->events[2].date.date.toString(), u"0622-08-09/0622-08-23"_s); // "08", "09" zero-padded
    const auto cosmo = open("tljs_cosmo-mixed.json");
    QVERIFY(cosmo);
    QCOMPARE(cosmo->events.first().date.date.toString(), u"-3500"_s);
    QCOMPARE(cosmo->events.first().date.date.displayText(), u"3500 BC"_s);

    // AIF: undercut, linked premises, rephrases, speakers.
    const auto micro = open("aif_microtexts_nodeset6406.json");
    QVERIFY(micro);
    QCOMPARE(std::count_if(micro->arguments.begin(), micro->arguments.end(),
                           [](const Argument &a) { return a.relation == u"undercut"; }),
             1);
    QCOMPARE(std::count_if(micro->arguments.begin(), micro->arguments.end(),
                           [](const Argument &a) { return !a.inference.isEmpty(); }),
             3); // two linked premises, and the undercut of their inference
    const auto qt30 = open("aif_qt30_nodeset23515.json");
    QVERIFY(qt30);
    QCOMPARE(std::count_if(qt30->relations.begin(), qt30->relations.end(),
                           [](const Relation &r) { return r.kind == u"rephrase"; }),
             6);
    QStringList speakers;
    for (const Article &article : qt30->articles)
        speakers += article.authors;
    speakers.sort();
    QCOMPARE(speakers, (QStringList{u"AudienceMember 20211111QT18"_s, u"Emily Thornberry"_s}));
    const auto ova = open("aif_ova3_xaif.json");
    QVERIFY(ova);
    QCOMPARE(ova->articles.size(), 1);
    QCOMPARE(ova->articles[0].authors, QStringList{u"Participant Rachel"_s}); // personID → participants

    // Argdown: premise–conclusion structures, undercuts, headings and tags.
    const auto countPcs = [](const Corpus &corpus) {
        QSet<QString> arguments;
        for (const Argument &a : corpus.arguments) {
            const Argument *parent = corpus.argument(a.parentId);
            // A premise of an argument, not of an intermediate conclusion (itself a premise).
            if (a.relation == u"premise" && a.copyOf.isEmpty() && parent && parent->relation != u"premise")
                arguments.insert(a.parentId);
        }
        return arguments.size();
    };
    const auto primer = open("argdown_primer.argdown");
    QVERIFY(primer);
    QCOMPARE(countPcs(*primer), 1);
    const auto semmelweis = open("argdown_semmelweis_betz.argdown");
    QVERIFY(semmelweis);
    QCOMPARE(countPcs(*semmelweis), 10);
    QVERIFY(semmelweis->title.startsWith(u"A Stylized Reconstruction"_s)); // from the front matter
    QVERIFY(std::any_of(semmelweis->themes.begin(), semmelweis->themes.end(),
                        [](const Facet &f) { return f.name == u"H1"; }));
    const auto legal = open("argdown_legalisation-softdrugs.argdown");
    QVERIFY(legal);
    QCOMPARE(std::count_if(legal->arguments.begin(), legal->arguments.end(),
                           [](const Argument &a) { return a.relation == u"undercut"; }),
             2);
    const auto veggie = open("argdown_veggie_debate.argdown");
    QVERIFY(veggie);
    QVERIFY(std::any_of(veggie->arguments.begin(), veggie->arguments.end(),
                        [](const Argument &a) { return a.text.contains(u'ä') || a.text.contains(u'ß'); }));
    const auto populism = open("argdown_populism-core-argument.argdown");
    QVERIFY(populism);
    // SOURCES.md says 15 reconstructions; the file has 17 structures, each opening with "(1)" and closed
    // by one of its 17 inference lines.
    QCOMPARE(countPcs(*populism), 17);
}

// The optional format: The Timeline Project's own release history.
void TestFormatsInterop::theTimelineProjectFile()
{
    ImportReport report;
    const ReadResult result = CorpusFormats::read(path(u"thetimelineproj_versions.timeline"_s), {}, &report);
    QVERIFY(result.ok());
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(report.format, CorpusFormat::TimelineProject);
    QCOMPARE(report.events, 59);
    const Corpus &corpus = *result.corpus;
    QCOMPARE(corpus.events.size(), 59);
    QCOMPARE(corpus.actors.size(), 3); // the categories, with their colours
    QCOMPARE(corpus.actors[0].name, u"Planned Release"_s);
    QCOMPARE(corpus.actors[0].color, QColor(128, 255, 128));
    const auto first =
        std::min_element(corpus.events.begin(), corpus.events.end(), [](const Event &a, const Event &b) {
            return a.date.date.firstDay() < b.date.date.firstDay();
        });
    QCOMPARE(first->date.date.toString(), u"2009-04-11"_s);
    QVERIFY(std::any_of(corpus.events.begin(), corpus.events.end(),
                        [](const Event &e) { return e.date.note == u"time of day: 11:16:00"; }));
    QVERIFY(std::any_of(corpus.events.begin(), corpus.events.end(),
                        [](const Event &e) { return e.summary.contains(u'´'); }));
    for (const Event &event : corpus.events)
        QCOMPARE(event.actors.size(), 1);
}

static ImportReport countsOf(const QByteArray &data, const QString &name, bool *ok)
{
    ImportReport report;
    const ReadResult result = CorpusFormats::readData(data, name, &report);
    *ok = result.ok();
    if (!result.ok()) {
        for (const Diagnostic &d : result.diagnostics)
            qWarning("%s", qPrintable(d.toString()));
    }
    return report;
}

void TestFormatsInterop::roundTripInItsOwnFormat_data()
{
    opensWithTheCountsOfItsSource_data();
}

// X → X keeps the counts of events, eras, statements and relations (less what could not be drawn).
void TestFormatsInterop::roundTripInItsOwnFormat()
{
    QFETCH(int, row);
    const Expected &e = expectations[row];
    const QString file = QString::fromLatin1(e.file);
    const ReadResult first = CorpusFormats::read(path(file));
    QVERIFY(first.ok());
    WriteReport written;
    const QByteArray bytes = CorpusFormats::toBytes(*first.corpus, e.format, &written);
    QVERIFY(written.ok());
    bool ok = false;
    const ImportReport again = countsOf(bytes, u"again-"_s + file, &ok);
    QVERIFY(ok);
    QCOMPARE(again.format, e.format);
    QCOMPARE(int(again.events), e.events - e.leftOut);
    QCOMPARE(int(again.eras), e.eras);
    QCOMPARE(int(again.statements), e.statements);
    QCOMPARE(int(again.relations), e.relations);
}

void TestFormatsInterop::roundTripThroughArgline_data()
{
    opensWithTheCountsOfItsSource_data();
}

// X → Argline (its corpus file) → X.
void TestFormatsInterop::roundTripThroughArgline()
{
    QFETCH(int, row);
    const Expected &e = expectations[row];
    const QString file = QString::fromLatin1(e.file);
    const ReadResult first = CorpusFormats::read(path(file));
    QVERIFY(first.ok());
    const QByteArray json = CorpusFormats::toBytes(*first.corpus, CorpusFormat::Argline, nullptr);
    const ReadResult argline = test::readJson(json);
    for (const Diagnostic &d : argline.diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    QVERIFY(argline.ok());
    QVERIFY(*argline.corpus == *first.corpus); // the corpus file holds everything the import found
    WriteReport written;
    const QByteArray bytes = CorpusFormats::toBytes(*argline.corpus, e.format, &written);
    bool ok = false;
    const ImportReport again = countsOf(bytes, u"again-"_s + file, &ok);
    QVERIFY(ok);
    QCOMPARE(int(again.events), e.events - e.leftOut);
    QCOMPARE(int(again.eras), e.eras);
    QCOMPARE(int(again.statements), e.statements);
    QCOMPARE(int(again.relations), e.relations);
}

void TestFormatsInterop::arglineThroughEveryFormat_data()
{
    QTest::addColumn<QString>("source"); // empty: the built-in corpus
    QTest::addColumn<int>("format");
    QStringList sources{QString()};
    for (const Expected &e : expectations)
        sources.append(QString::fromLatin1(e.file));
    for (const QString &source : sources) {
        for (CorpusFormat format : CorpusFormats::all()) {
            const QString name =
                (source.isEmpty() ? u"built-in"_s : source) + u" via "_s + CorpusFormats::key(format);
            QTest::newRow(qPrintable(name)) << source << int(format);
        }
    }
}

static QString laneNames(const Corpus &corpus, const QStringList &actors, bool firstOnly)
{
    QStringList names;
    for (const QString &actor : actors) {
        names.append(corpus.actor(actor) ? corpus.actor(actor)->name : actor);
        if (firstOnly)
            break;
    }
    return names.join(u'|');
}

// A statement's place in the tree, by titles: its title, its role, its stance, and its parent's title.
static QStringList treeShape(const Corpus &corpus, bool numberedTitles)
{
    const auto title = [&](const Argument &a) {
        QString t = a.title.simplified();
        if (numberedTitles) // Argdown numbers repeated titles: "Statement (2)"
            t.remove(QRegularExpression(u" \\(\\d+\\)$"_s));
        return t;
    };
    QStringList shape;
    for (const Argument &a : corpus.arguments) {
        const Argument *parent = a.parentId.isEmpty() ? nullptr : corpus.argument(a.parentId);
        shape.append(title(a) + u" | "_s + argumentRoleKey(a.role) + u" | "_s +
                     QString::number(a.stanceToRoot) + u" | "_s + (parent ? title(*parent) : QString()) +
                     (a.copyOf.isEmpty() ? u""_s : u" | copy"_s));
    }
    shape.sort();
    return shape;
}

// Argline → X → Argline keeps what X can hold: titles, dates at their precision, lanes, the tree and stance.
void TestFormatsInterop::arglineThroughEveryFormat()
{
    QFETCH(QString, source);
    QFETCH(int, format);
    std::shared_ptr<const Corpus> original;
    if (source.isEmpty()) {
        original = test::builtInCorpus();
    } else {
        // The interop file as an Argline corpus, as `argline convert --to argline` writes it.
        const ReadResult imported = CorpusFormats::read(path(source));
        QVERIFY(imported.ok());
        const ReadResult argline =
            test::readJson(CorpusFormats::toBytes(*imported.corpus, CorpusFormat::Argline, nullptr));
        QVERIFY(argline.ok());
        original = argline.corpus;
    }
    const auto target = CorpusFormat(format);
    WriteReport written;
    const QByteArray bytes = CorpusFormats::toBytes(*original, target, &written);
    QVERIFY(written.ok());
    const QString name = u"roundtrip."_s + CorpusFormats::extension(target);
    const bool holdsEvents = target == CorpusFormat::TimelineJs || target == CorpusFormat::TimelineJsCsv ||
                             target == CorpusFormat::EventsCsv || target == CorpusFormat::Argline;
    const bool holdsArguments =
        target == CorpusFormat::Argdown || target == CorpusFormat::Aif || target == CorpusFormat::Argline;
    const bool empty = (holdsEvents && !holdsArguments && original->events.isEmpty()) ||
                       (holdsArguments && !holdsEvents && original->arguments.isEmpty());
    const ReadResult back = CorpusFormats::readData(bytes, name);
    if (empty) {
        QVERIFY(!back.ok() || back.corpus->events.isEmpty() || back.corpus->arguments.isEmpty());
        return; // nothing the format can hold: reading back an empty table or map may fail, and that is fine
    }
    for (const Diagnostic &d : back.diagnostics) {
        if (d.isError())
            qWarning("%s", qPrintable(d.toString()));
    }
    QVERIFY(back.ok());
    const Corpus &corpus = *back.corpus;
    if (holdsEvents) {
        QCOMPARE(corpus.events.size(), original->events.size());
        const bool oneLane = target == CorpusFormat::TimelineJsCsv || target == CorpusFormat::EventsCsv;
        for (qsizetype i = 0; i < corpus.events.size(); ++i) {
            const Event &a = original->events[i];
            const Event &b = corpus.events[i];
            QCOMPARE(b.title, a.title.simplified());
            QCOMPARE(b.date.date.toString(), a.date.date.toString()); // the date at its precision
            QCOMPARE(b.date.date.precision(), a.date.date.precision());
            QCOMPARE(laneNames(corpus, b.actors, oneLane), laneNames(*original, a.actors, oneLane));
        }
        if (target != CorpusFormat::EventsCsv) {
            QCOMPARE(corpus.eras.size(), original->eras.size());
            for (qsizetype i = 0; i < corpus.eras.size(); ++i) {
                QCOMPARE(corpus.eras[i].title, original->eras[i].title);
                QCOMPARE(corpus.eras[i].date.date.toString(), original->eras[i].date.date.toString());
            }
        }
    }
    if (holdsArguments)
        QCOMPARE(treeShape(corpus, target == CorpusFormat::Argdown),
                 treeShape(*original, target == CorpusFormat::Argdown));
}

QTEST_GUILESS_MAIN(TestFormatsInterop)
#include "tst_formats_interop.moc"
