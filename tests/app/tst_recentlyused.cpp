// The desktop's recently-used list (recently-used.xbel): Argline adds its files without disturbing what
// other applications wrote, refreshes an entry it already has, and leaves a file it cannot read alone.
#include "app/mainwindow.h"
#include "app/recentlyused.h"
#include "models/explore/corpusdocument.h"
#include "tests/support/testcorpus.h"

#include <QDateTime>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

// What a GTK application (gedit) leaves in the list: the namespaces, one entry, a comment.
QByteArray gtkList()
{
    QFile file(QStringLiteral(ARGLINE_TEST_DATA_DIR "/desktop/gtk-recently-used.xbel"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Entry
{
    QString href;
    QString added;
    QString modified;
    QString mimeType;
    QMap<QString, int> applications; // name → count
    QMap<QString, QString> execs;
};

// Reads the list back as GLib would: entries by href, with their applications.
QList<Entry> entries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> result;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.qualifiedName() == u"bookmark") {
            result.append({a.value(u"href"_s).toString(),
                           a.value(u"added"_s).toString(),
                           a.value(u"modified"_s).toString(),
                           {},
                           {},
                           {}});
        } else if (xml.qualifiedName() == u"mime:mime-type") {
            result.last().mimeType = a.value(u"type"_s).toString();
        } else if (xml.qualifiedName() == u"bookmark:application") {
            result.last().applications.insert(a.value(u"name"_s).toString(), a.value(u"count"_s).toInt());
            result.last().execs.insert(a.value(u"name"_s).toString(), a.value(u"exec"_s).toString());
        }
    }
    return xml.hasError() ? QList<Entry>{} : result;
}

} // namespace

class TestRecentlyUsed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsTheListWhenThereIsNone();
    void keepsOtherApplicationsEntries();
    void refreshesAnEntryItAlreadyHas();
    void addsItselfToAnotherApplicationsEntry();
    void japaneseFileNamesArePercentEncoded();
    void leavesAFileItCannotReadAlone_data();
    void leavesAFileItCannotReadAlone();
    void onlyFilesThatExist();
    void aCorpusOpenedInTheWindowIsListed();

private:
    QString write(const QString &name, const QByteArray &content = "{}");
    QString listPath() const { return m_dir->filePath(u"share/recently-used.xbel"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRecentlyUsed::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestRecentlyUsed::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestRecentlyUsed::createsTheListWhenThereIsNone()
{
    const QString corpus = write(u"nato.argline.json"_s);
    QVERIFY(RecentlyUsed(listPath()).add(corpus, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)));
    const QList<Entry> list = entries(listPath());
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].href, QString::fromLatin1(QUrl::fromLocalFile(corpus).toEncoded()));
    QCOMPARE(list[0].added, u"2026-01-02T03:04:05.000000Z"_s);
    QCOMPARE(list[0].applications.value(u"argline"_s), 1);
    QCOMPARE(list[0].execs.value(u"argline"_s), u"'argline %f'"_s);
    QVERIFY(!list[0].mimeType.isEmpty());
    // What the user opened is theirs alone.
    QCOMPARE(QFile::permissions(listPath()) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QVERIFY(!QFile::exists(listPath() + u".lock"_s));
}

void TestRecentlyUsed::keepsOtherApplicationsEntries()
{
    QDir().mkpath(m_dir->filePath(u"share"_s));
    const QString list = write(u"share/recently-used.xbel"_s, gtkList());
    const QString corpus = write(u"corpus.json"_s);
    QVERIFY(RecentlyUsed(list).add(corpus));
    const QList<Entry> read = entries(list);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read[0].href, u"file:///home/user/notes.txt"_s);
    QCOMPARE(read[0].applications, (QMap<QString, int>{{u"gedit"_s, 3}}));
    QCOMPARE(read[0].execs.value(u"gedit"_s), u"'gedit %u'"_s);
    QCOMPARE(read[0].modified, u"2024-01-02T10:00:00.123456Z"_s);
    QCOMPARE(read[1].applications.value(u"argline"_s), 1);
    QFile file(list);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("<!-- kept as it is -->"));
    QVERIFY(bytes.contains("xmlns:bookmark=\"http://www.freedesktop.org/standards/desktop-bookmarks\""));
}

void TestRecentlyUsed::refreshesAnEntryItAlreadyHas()
{
    const QString corpus = write(u"corpus.json"_s);
    const RecentlyUsed recent(listPath());
    const QDateTime first(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(recent.add(corpus, first));
    QVERIFY(recent.add(corpus, first.addDays(1)));
    const QList<Entry> list = entries(listPath());
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].applications.value(u"argline"_s), 2);
    QCOMPARE(list[0].added, u"2026-01-01T12:00:00.000000Z"_s);
    QCOMPARE(list[0].modified, u"2026-01-02T12:00:00.000000Z"_s);
}

void TestRecentlyUsed::addsItselfToAnotherApplicationsEntry()
{
    // gedit opened the same file before (its URL encoded its own way).
    const QString corpus = write(u"my corpus.json"_s);
    QByteArray list = gtkList();
    list.replace("file:///home/user/notes.txt", QUrl::fromLocalFile(corpus).toEncoded());
    QDir().mkpath(m_dir->filePath(u"share"_s));
    write(u"share/recently-used.xbel"_s, list);
    QVERIFY(RecentlyUsed(listPath()).add(corpus));
    const QList<Entry> read = entries(listPath());
    QCOMPARE(read.size(), 1);
    QCOMPARE(read[0].applications, (QMap<QString, int>{{u"gedit"_s, 3}, {u"argline"_s, 1}}));
}

void TestRecentlyUsed::japaneseFileNamesArePercentEncoded()
{
    const QString corpus = write(u"日本とNATO.json"_s);
    QVERIFY(RecentlyUsed(listPath()).add(corpus));
    const QList<Entry> list = entries(listPath());
    QCOMPARE(list.size(), 1);
    QVERIFY2(list[0].href.contains(u"%E6%97%A5%E6%9C%AC"_s), qPrintable(list[0].href));
    QCOMPARE(QUrl::fromEncoded(list[0].href.toLatin1()).toLocalFile(), corpus);
}

void TestRecentlyUsed::leavesAFileItCannotReadAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not XML") << QByteArray("this is not a bookmark list\n");
    QTest::newRow("cut short") << gtkList().left(gtkList().size() / 2);
    QTest::newRow("another format") << QByteArray("<?xml version=\"1.0\"?><RecentFiles></RecentFiles>\n");
    QTest::newRow("another version") << QByteArray("<?xml version=\"1.0\"?><xbel version=\"2.0\"></xbel>\n");
}

void TestRecentlyUsed::leavesAFileItCannotReadAlone()
{
    QFETCH(QByteArray, content);
    QDir().mkpath(m_dir->filePath(u"share"_s));
    const QString list = write(u"share/recently-used.xbel"_s, content);
    QVERIFY(!RecentlyUsed(list).add(write(u"corpus.json"_s)));
    QFile file(list);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestRecentlyUsed::onlyFilesThatExist()
{
    QVERIFY(!RecentlyUsed(listPath()).add(m_dir->filePath(u"missing.json"_s)));
    QVERIFY(!RecentlyUsed(listPath()).add(u":/corpus/argline-corpus.json"_s));
    QVERIFY(!QFile::exists(listPath()));
}

void TestRecentlyUsed::aCorpusOpenedInTheWindowIsListed()
{
    QStandardPaths::setTestModeEnabled(true); // the desktop's list under ~/.qttest, not the user's
    const QString corpus = QStringLiteral(ARGLINE_TEST_DATA_DIR "/corpora/small.json");
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    CorpusDocument document;
    document.setCorpus(test::builtInCorpus());
    MainWindow window(&document, &settings);
    QSignalSpy finished(&window, &MainWindow::loadFinished); // read in the background
    window.openCorpus(corpus);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.last().at(1).toBool());
    const QString href = QString::fromLatin1(QUrl::fromLocalFile(corpus).toEncoded());
    const QList<Entry> list = entries(RecentlyUsed::defaultPath());
    QVERIFY(std::any_of(list.begin(), list.end(), [&](const Entry &entry) {
        return entry.href == href && entry.applications.contains(u"argline"_s);
    }));
}

QTEST_MAIN(TestRecentlyUsed)
#include "tst_recentlyused.moc"
