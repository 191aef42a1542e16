// The translations are complete: every message in every .ts file is finished (English supplies only the
// plural forms), none is left over from code that no longer exists, and each keeps the placeholders and
// HTML tags of its source.
// A string added to the code without its Japanese fails here (run ./dev translations, then translate).
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsFinished_data();
    void everyMessageIsFinished();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations;
        QString type;
        bool numerus = false;
    };
    static QList<Message> read(const QString &path, QString *error);
    static QStringList placeholders(const QString &text);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    message.source = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    message.type = xml.attributes().value("type"_L1).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations.append(xml.readElementText());
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList TestTranslations::placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?\\d+|%n|</?[a-zA-Z][^>]*>"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured().startsWith(u'<') ? match.captured().section(u' ', 0, 0)
                                                       : match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

void TestTranslations::everyMessageIsFinished_data()
{
    QTest::addColumn<QString>("path");
    const QDir folder(QStringLiteral(ARGLINE_SOURCE_DIR "/resources/translations"));
    const QStringList files = folder.entryList({u"*.ts"_s}, QDir::Files);
    QVERIFY(files.contains(u"argline_ja.ts"_s));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << folder.filePath(file);
}

void TestTranslations::everyMessageIsFinished()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    // English is the source language: its file only supplies plural forms.
    const bool pluralsOnly = path.endsWith(u"_en.ts"_s);
    QStringList problems;
    for (const Message &m : messages) {
        if (pluralsOnly && !m.numerus)
            continue;
        const QString where = u"%1 \"%2\""_s.arg(m.context, m.source.left(60));
        if (!m.type.isEmpty()) {
            problems.append(u"%1: %2"_s.arg(where, m.type));
            continue;
        }
        if (m.translations.isEmpty() || m.translations.contains(QString())) {
            problems.append(u"%1: empty translation"_s.arg(where));
            continue;
        }
        for (const QString &translation : m.translations) {
            QStringList wanted = placeholders(m.source);
            QStringList got = placeholders(translation);
            if (m.numerus) { // one plural form may say "one" in words rather than with %n
                wanted.removeAll(u"%n"_s);
                got.removeAll(u"%n"_s);
            }
            if (wanted != got)
                problems.append(
                    u"%1: placeholders %2, translated as %3"_s.arg(where, wanted.join(u' '), got.join(u' ')));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
