// The cases of tst_hostileinput: files built to hurt the reader, each written into a scratch folder by
// the case itself. The test runs `argline --self-check` on each; see tst_hostileinput.cpp.
#include "tests/app/hostilecases.h"

#include "tests/support/syntheticcorpus.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace argline::test {

QString writeCase(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(bytes);
    return name;
}

namespace {

using Case = HostileCase;

QByteArray head(const QByteArray &title = "Hostile")
{
    return R"({"format": "argline-corpus", "version": 1, "title": ")" + title + '"';
}

const QByteArray text = "On Monday the two ministers met in Brussels and agreed to meet every year.";

QByteArray inlineArticle(const QByteArray &body = text)
{
    return R"("articles": [{"id": "r", "label": "R", "published": {"value": "2024", "basis": "stated"}, "text": ")" +
           body + R"("}])";
}

QByteArray fileArticle(const QByteArray &file)
{
    return R"("articles": [{"id": "r", "label": "R", "published": {"value": "2024", "basis": "stated"}, "file": ")" +
           file + R"("}])";
}

QByteArray event(const QByteArray &id = "e", const QByteArray &quote = "the two ministers met",
                 const QByteArray &extra = {})
{
    return R"({"id": ")" + id +
           R"(", "title": "T", "summary": "S", "date": {"value": "2024", "basis": "stated"},
        "evidence": [{"article": "r", "quote": ")" +
           quote + R"("}])" + extra + "}";
}

QByteArray valid(const QByteArray &events = event())
{
    return head() + ", " + inlineArticle() + R"(, "events": [)" + events + "]}";
}

QByteArray repeated(const QByteArray &unit, qsizetype bytes, const QByteArray &separator = ",")
{
    QByteArray out;
    out.reserve(bytes + unit.size() + separator.size());
    while (out.size() < bytes) {
        if (!out.isEmpty())
            out += separator;
        out += unit;
    }
    return out;
}

QByteArray utf16(const QByteArray &ascii, bool bigEndian)
{
    QByteArray out;
    for (const char c : ascii)
        out += bigEndian ? QByteArray(1, '\0') + c : QByteArray(1, c) + '\0';
    return out;
}

Case json(const QString &name, Expect expect, std::function<QByteArray()> bytes,
          const QString &mustContain = {})
{
    return {name, expect,
            [name, bytes](const QString &dir) { return writeCase(dir, name + u".json"_s, bytes()); },
            mustContain};
}

// A corpus citing an article file written by `article`.
Case withArticle(const QString &name, Expect expect, std::function<void(const QString &dir)> article,
                 const QByteArray &reference = "article.txt", const QString &mustContain = {})
{
    return {name, expect,
            [name, article, reference](const QString &dir) {
                article(dir);
                return writeCase(dir, name + u".json"_s,
                                 head() + ", " + fileArticle(reference) + R"(, "events": [)" + event() +
                                     "]}");
            },
            mustContain};
}

QByteArray date(const QByteArray &value)
{
    return valid(R"({"id": "e", "title": "T", "summary": "S", "date": {"value": ")" + value +
                 R"(", "basis": "stated"}, "evidence": [{"article": "r", "quote": "met"}]})");
}

} // namespace

QList<HostileCase> hostileCases()
{
    QList<Case> all;
    const auto add = [&all](Case c) { all.append(std::move(c)); };

    // Not JSON text at all
    add(json(
        u"empty"_s, Expect::Refused, []() -> QByteArray { return QByteArray(); }, u"the file is empty"_s));
    add(json(u"whitespace-only"_s, Expect::Refused, []() -> QByteArray { return QByteArray(" \n\t\r\n "); }));
    add(json(u"bom-only"_s, Expect::Refused, []() -> QByteArray { return QByteArray("\xEF\xBB\xBF"); }));
    add(json(u"bom-then-corpus"_s, Expect::Loads, []() -> QByteArray { return "\xEF\xBB\xBF" + valid(); }));
    add(json(
        u"utf16le-bom"_s, Expect::Refused, []() -> QByteArray { return "\xFF\xFE" + utf16(valid(), false); },
        u"UTF-16"_s));
    add(json(
        u"utf16be-bom"_s, Expect::Refused, []() -> QByteArray { return "\xFE\xFF" + utf16(valid(), true); },
        u"UTF-16"_s));
    add(json(
        u"utf16le-no-bom"_s, Expect::Refused, []() -> QByteArray { return utf16(valid(), false); },
        u"UTF-16"_s));
    add(json(u"utf32le-bom"_s, Expect::Refused,
             []() -> QByteArray { return QByteArray("\xFF\xFE\0\0{\0\0\0", 8); }));
    add(json(u"random-binary"_s, Expect::Refused, []() -> QByteArray {
        test::Random random(5);
        QByteArray bytes;
        for (int i = 0; i < 1 << 20; ++i)
            bytes += char(random.between(0, 255));
        return bytes;
    }));
    add(json(u"nul-between-tokens"_s, Expect::Refused,
             []() -> QByteArray { return head() + QByteArray(",\0 ", 3) + inlineArticle() + "}"; }));
    add(json(
        u"nul-after-document"_s, Expect::Refused,
        []() -> QByteArray { return valid() + QByteArray("\0{\"junk\": 1}", 12); }, u"NUL"_s));
    add(json(u"nul-inside-string"_s, Expect::Refused,
             []() -> QByteArray { return head("a" + QByteArray(1, '\0') + "b") + "}"; }));
    add(json(u"escaped-nul-in-title"_s, Expect::Loads, []() -> QByteArray {
        return head("a\\u0000b") + ", " + inlineArticle() + R"(, "events": [)" + event() + "]}";
    }));
    // Broken UTF-8
    add(json(
        u"utf8-lone-continuation"_s, Expect::Refused, []() -> QByteArray { return head("caf\x80") + "}"; },
        u"UTF-8"_s));
    add(json(u"utf8-overlong"_s, Expect::Refused, []() -> QByteArray { return head("\xC0\x80") + "}"; }));
    add(json(u"utf8-encoded-surrogate"_s, Expect::Refused,
             []() -> QByteArray { return head("\xED\xA0\x80") + "}"; }));
    add(json(u"utf8-above-u10ffff"_s, Expect::Refused,
             []() -> QByteArray { return head("\xF4\x90\x80\x80") + "}"; }));
    add(json(u"utf8-truncated-at-end"_s, Expect::Refused,
             []() -> QByteArray { return head() + ", \"x\": \"\xE2\x82"; }));
    add(json(u"lone-surrogate-escape"_s, Expect::Refused,
             []() -> QByteArray { return head("\\ud800") + "}"; }));
    // Deep, long and large
    add(json(
        u"deep-arrays-in-events"_s, Expect::Refused,
        []() -> QByteArray {
            return head() + ", " + inlineArticle() + R"(, "events": )" + QByteArray(100000, '[') +
                   QByteArray(100000, ']') + "}";
        },
        u"nested more than 64 levels"_s));
    add(json(u"deep-objects-in-unknown-field"_s, Expect::Refused, []() -> QByteArray {
        return valid(event(
            "e", "met", R"(, "junk": )" + repeated("{\"a\":", 500000, "") + "1" + QByteArray(100000, '}')));
    }));
    add(json(u"deep-arrays-in-unknown-root-member"_s, Expect::Refused, []() -> QByteArray {
        return head() + R"(, "junk": )" + QByteArray(100000, '[') + QByteArray(100000, ']') + ", " +
               inlineArticle() + "}";
    }));
    add(json(
        u"number-1e400"_s, Expect::Refused,
        []() -> QByteArray { return valid(event("e", "met", R"(, "importance": 1e400)")); },
        u"out of range"_s));
    add(json(u"huge-integer-version"_s, Expect::Refused, []() -> QByteArray {
        return R"({"format": "argline-corpus", "version": 99999999999999999999999, "title": "T", )" +
               inlineArticle() + "}";
    }));
    add(json(u"million-digit-number"_s, Expect::Refused, []() -> QByteArray {
        return valid(event("e", "met", R"(, "importance": )" + QByteArray(1000000, '7')));
    }));
    add(json(u"negative-zero-importance"_s, Expect::Refused,
             []() -> QByteArray { return valid(event("e", "met", R"(, "importance": -0)")); }));
    add(json(u"float-importance"_s, Expect::Refused,
             []() -> QByteArray { return valid(event("e", "met", R"(, "importance": 3.0)")); }));
    add(json(
        u"inline-article-40mb"_s, Expect::Refused,
        []() -> QByteArray { return valid().replace(text, repeated(text, 40 * megabyte, " ")); },
        u"ARGLINE_MAX_ARTICLE_MB"_s));
    add(json(
        u"title-40mb"_s, Expect::Refused,
        []() -> QByteArray { return head(QByteArray(40 * megabyte, 'x')) + "}"; },
        u"ARGLINE_MAX_ARTICLE_MB"_s));
    add(json(u"unknown-root-array-20mb"_s, Expect::Loads, []() -> QByteArray {
        return head() + R"(, "junk": [)" + repeated("1", 20 * megabyte) + "], " + inlineArticle() +
               R"(, "events": [)" + event() + "]}";
    }));
    add(json(u"unknown-event-array-20mb"_s, Expect::Loads, []() -> QByteArray {
        return valid(event("e", "the two ministers met",
                           R"(, "junk": [)" + repeated("[1,{\"a\":2}]", 20 * megabyte) + "]"));
    }));
    add(json(u"unknown-event-string-15mb"_s, Expect::Loads, []() -> QByteArray {
        return valid(
            event("e", "the two ministers met", R"(, "junk": ")" + QByteArray(15 * megabyte, 'x') + '"'));
    }));
    add(json(
        u"events-not-objects-20mb"_s, Expect::Refused,
        []() -> QByteArray {
            return head() + ", " + inlineArticle() + R"(, "events": [)" + repeated("1", 20 * megabyte) + "]}";
        },
        u"more problems"_s));
    add(json(u"events-empty-objects-20mb"_s, Expect::Refused, []() -> QByteArray {
        return head() + ", " + inlineArticle() + R"(, "events": [)" + repeated("{}", 20 * megabyte) + "]}";
    }));
    add(json(u"events-nulls-20mb"_s, Expect::Refused, []() -> QByteArray {
        return head() + ", " + inlineArticle() + R"(, "events": [)" + repeated("null", 20 * megabyte) + "]}";
    }));
    add(json(
        u"actors-array-of-2m-numbers"_s, Expect::Refused,
        []() -> QByteArray {
            return valid(event("e", "met", R"(, "actors": [)" + repeated("1", 4 * megabyte) + "]"));
        },
        u"ARGLINE_MAX_ITEM_VALUES"_s));
    add(json(u"event-with-200k-unknown-fields"_s, Expect::Loads, []() -> QByteArray {
        QByteArray fields;
        for (int i = 0; i < 200000; ++i)
            fields += ", \"f" + QByteArray::number(i) + "\": " + QByteArray::number(i);
        return valid(event("e", "met", fields));
    }));
    add(json(
        u"event-with-100k-duplicate-keys"_s, Expect::Refused,
        []() -> QByteArray {
            return valid(event("e", "met", repeated(R"("status": "planned")", 2 * megabyte).prepend(", ")));
        },
        u"appears twice"_s));
    add(json(u"duplicate-root-title"_s, Expect::Refused,
             []() -> QByteArray { return valid().insert(1, R"("title": "again", )"); }));
    add(json(
        u"100k-duplicate-ids"_s, Expect::Refused,
        []() -> QByteArray {
            QByteArray events;
            for (int i = 0; i < 100000; ++i)
                events += (i ? "," : "") + event("same");
            return valid(events);
        },
        u"duplicate id"_s));
    add(json(
        u"cycle-of-100k-arguments"_s, Expect::Refused,
        []() -> QByteArray {
            QByteArray arguments;
            for (int i = 0; i < 100000; ++i) {
                arguments +=
                    (i ? ",\n" : "") + QByteArray(R"({"id": "a)") + QByteArray::number(i) +
                    R"(", "role": "pro", "parent": "a)" + QByteArray::number((i + 1) % 100000) +
                    R"(", "title": "T", "text": "T", "evidence": [{"article": "r", "quote": "met"}]})";
            }
            return head() + ", " + inlineArticle() + R"(, "arguments": [)" + arguments + "]}";
        },
        u"cycle of 100000 arguments"_s));
    add(json(u"chain-of-100k-arguments"_s, Expect::Loads, []() -> QByteArray {
        QByteArray arguments =
            R"({"id": "a0", "role": "claim", "title": "T", "text": "T", "evidence": [{"article": "r", "quote": "met"}]})";
        for (int i = 1; i < 100000; ++i) {
            arguments += ",\n" + QByteArray(R"({"id": "a)") + QByteArray::number(i) +
                         R"(", "role": "con", "parent": "a)" + QByteArray::number(i - 1) +
                         R"(", "title": "T", "text": "T", "evidence": [{"article": "r", "quote": "met"}]})";
        }
        return head() + ", " + inlineArticle() + R"(, "arguments": [)" + arguments + "]}";
    }));
    add(json(u"20k-arguments-under-one-claim"_s, Expect::Loads, []() -> QByteArray {
        QByteArray arguments =
            R"({"id": "a0", "role": "claim", "title": "T", "text": "T", "evidence": [{"article": "r", "quote": "met"}]})";
        for (int i = 1; i < 20000; ++i) {
            arguments +=
                ",\n" + QByteArray(R"({"id": "a)") + QByteArray::number(i) +
                R"(", "role": "pro", "parent": "a0", "title": "T", "text": "T", "evidence": [{"article": "r", "quote": "met"}]})";
        }
        return head() + ", " + inlineArticle() + R"(, "arguments": [)" + arguments + "]}";
    }));
    add(json(u"story-of-100k-steps"_s, Expect::Loads, []() -> QByteArray {
        return head() + ", " + inlineArticle() + R"(, "events": [)" + event() +
               R"(], "story": {"title": "S", "steps": [)" +
               repeated(R"({"item": "e", "caption": "C"})", 3 * megabyte) + "]}}";
    }));
    add(json(
        u"event-citing-100k-unknown-actors"_s, Expect::Refused,
        []() -> QByteArray {
            return valid(event("e", "met", R"(, "actors": [)" + repeated(R"("nobody")", 800000) + "]"));
        },
        u"unknown id"_s));
    add(json(u"event-with-100k-quotes"_s, Expect::Loads, []() -> QByteArray {
        return head() + ", " + inlineArticle() + R"(, "events": [{"id": "e", "title": "T", "summary": "S",
            "date": {"value": "2024", "basis": "stated"}, "evidence": [)" +
               repeated(R"({"article": "r", "quote": "met"})", 3 * megabyte) + "]}]}";
    }));
    add(json(u"10k-small-articles"_s, Expect::Loads, []() -> QByteArray {
        QByteArray articles;
        for (int i = 0; i < 10000; ++i) {
            articles +=
                (i ? "," : "") + QByteArray(R"({"id": "r)") + QByteArray::number(i) +
                R"(", "label": "R", "published": {"value": "2024", "basis": "stated"}, "text": "the two ministers met"})";
        }
        return head() + R"(, "articles": [)" + articles +
               R"(], "events": [{"id": "e", "title": "T", "summary": "S",
            "date": {"value": "2024", "basis": "stated"}, "evidence": [{"article": "r0", "quote": "met"}]}]})";
    }));
    add(json(u"titles-of-100kb"_s, Expect::Loads, []() -> QByteArray {
        QByteArray events;
        for (int i = 0; i < 100; ++i)
            events +=
                (i ? "," : "") +
                event("e" + QByteArray::number(i))
                    .replace("\"title\": \"T\"", QByteArray("\"title\": \"" + QByteArray(100000, 't') + '"'));
        return valid(events);
    }));
    add(json(u"one-line-5mb-broken-at-the-end"_s, Expect::Refused, []() -> QByteArray {
        test::SyntheticSpec spec;
        spec.events = 8000;
        QByteArray bytes = test::makeSyntheticCorpusJson(spec).replace('\n', ' ');
        bytes.chop(3);
        return bytes;
    }));
    add(json(u"escaped-key-names"_s, Expect::Loads, []() -> QByteArray {
        return valid().replace("\"title\": \"Hostile\"", "\"\\u0074itle\": \"Hostile\"");
    }));
    add(json(
        u"empty-key"_s, Expect::Loads, []() -> QByteArray { return valid(event("e", "met", R"(, "": 1)")); },
        u"1 warning"_s));
    add(json(
        u"id-of-65-characters"_s, Expect::Refused,
        []() -> QByteArray { return valid(event(QByteArray(65, 'a'))); }, u"not a valid id"_s));
    add(json(
        u"id-with-unicode"_s, Expect::Refused, []() -> QByteArray { return valid(event("caf\xC3\xA9")); },
        u"not a valid id"_s));
    add(json(u"id-is-a-number"_s, Expect::Refused,
             []() -> QByteArray { return valid().replace("\"id\": \"e\"", "\"id\": 5"); }));
    add(json(u"evidence-empty"_s, Expect::Refused, []() -> QByteArray {
        return valid(
            R"({"id": "e", "title": "T", "summary": "S", "date": {"value": "2024", "basis": "stated"}, "evidence": []})");
    }));
    // Wrong acceptances of issue 17, and the header
    add(json(
        u"colour-full-width"_s, Expect::Refused,
        []() -> QByteArray {
            return head() + ", " + inlineArticle() +
                   R"(, "actors": [{"id": "a", "name": "A", "color": "#ＦＦＦＦＦＦ"}]})";
        },
        u"not a colour"_s));
    add(json(
        u"colour-latin-extended"_s, Expect::Refused,
        []() -> QByteArray {
            return head() + ", " + inlineArticle() +
                   R"(, "actors": [{"id": "a", "name": "A", "color": "#ǾǾǾǾǾǾ"}]})";
        },
        u"not a colour"_s));
    add(json(
        u"colour-too-short"_s, Expect::Refused,
        []() -> QByteArray {
            return head() + ", " + inlineArticle() +
                   R"(, "actors": [{"id": "a", "name": "A", "color": "#12345"}]})";
        },
        u"not a colour"_s));
    add(json(
        u"blank-root-title"_s, Expect::Refused,
        []() -> QByteArray { return valid().replace("\"Hostile\"", "\" \\t \""); }, u"must not be empty"_s));
    add(json(
        u"empty-root-title"_s, Expect::Refused,
        []() -> QByteArray { return valid().replace("\"Hostile\"", "\"\""); }, u"must not be empty"_s));
    add(json(u"title-wrong-type"_s, Expect::Refused,
             []() -> QByteArray { return valid().replace("\"Hostile\"", "[1]"); }));
    add(json(
        u"format-missing"_s, Expect::Refused,
        []() -> QByteArray { return valid().replace(R"("format": "argline-corpus", )", ""); },
        u"not an Argline corpus"_s));
    add(json(
        u"version-2"_s, Expect::Refused,
        []() -> QByteArray { return valid().replace("\"version\": 1", "\"version\": 2"); }, u"newer"_s));
    add(json(u"version-huge"_s, Expect::Refused,
             []() -> QByteArray { return valid().replace("\"version\": 1", "\"version\": 4000000000"); }));
    add(json(
        u"root-array"_s, Expect::Refused, []() -> QByteArray { return "[" + valid() + "]"; },
        u"must be a JSON object"_s));
    add(json(
        u"root-string"_s, Expect::Refused, []() -> QByteArray { return QByteArray("\"argline-corpus\""); },
        u"must be a JSON object"_s));
    add(json(u"trailing-garbage"_s, Expect::Refused, []() -> QByteArray { return valid() + " }"; }));
    add(json(u"two-root-objects"_s, Expect::Refused, []() -> QByteArray { return valid() + valid(); }));
    add(json(u"comments"_s, Expect::Refused, []() -> QByteArray { return "/* a corpus */ " + valid(); }));
    add(json(u"single-quotes"_s, Expect::Refused,
             []() -> QByteArray { return valid().replace("\"title\"", "'title'"); }));
    add(json(u"trailing-comma"_s, Expect::Refused,
             []() -> QByteArray { return valid().replace("]}", "],}"); }));
    add(json(u"nan-literal"_s, Expect::Refused,
             []() -> QByteArray { return valid(event("e", "met", R"(, "importance": NaN)")); }));
    add(json(u"infinity-literal"_s, Expect::Refused,
             []() -> QByteArray { return valid(event("e", "met", R"(, "importance": Infinity)")); }));
    add(json(u"truncated-mid-string"_s, Expect::Refused, []() -> QByteArray { return valid().left(100); }));
    // Dates
    add(json(
        u"date-circa-at-the-edges"_s, Expect::Loads,
        []() -> QByteArray {
            return valid(
                R"({"id": "a", "title": "T", "summary": "S", "date": {"value": "circa 0001-01", "basis": "stated"},
            "evidence": [{"article": "r", "quote": "met"}]}, {"id": "b", "title": "T", "summary": "S",
            "date": {"value": "circa 9999-12", "basis": "stated"}, "evidence": [{"article": "r", "quote": "met"}]})");
        },
        u"(1 BC–9999)"_s));
    add(json(
        u"date-year-0"_s, Expect::Refused, []() -> QByteArray { return date("0000"); }, u"out of range"_s));
    add(json(u"date-year-10000"_s, Expect::Refused, []() -> QByteArray { return date("10000"); }));
    add(json(
        u"date-february-29-2023"_s, Expect::Refused, []() -> QByteArray { return date("2023-02-29"); },
        u"does not exist"_s));
    add(json(u"date-full-width-digits"_s, Expect::Refused, []() -> QByteArray { return date("２０２３"); }));
    add(json(
        u"date-range-backwards"_s, Expect::Refused, []() -> QByteArray { return date("2023/2022"); },
        u"ends"_s));
    add(json(
        u"date-with-time"_s, Expect::Refused, []() -> QByteArray { return date("2023-01-01T10:00"); },
        u"time of day"_s));
    add(json(u"date-of-1mb"_s, Expect::Refused,
             []() -> QByteArray { return date(QByteArray(megabyte, '1')); }));
    // Quote matching that was quadratic
    add(json(
        u"quote-sharing-a-long-prefix-4mb"_s, Expect::Refused,
        []() -> QByteArray {
            const QByteArray sentence = "The alliance is global and its partners meet every year. ";
            return head() + ", " + inlineArticle(repeated(sentence, 4 * megabyte, "")) + R"(, "events": [)" +
                   event("e", repeated(sentence, 256 * 1024, "") + "But not this year.") + "]}";
        },
        u"matches up to"_s));
    add(json(
        u"quote-sharing-a-long-suffix-4mb"_s, Expect::Refused,
        []() -> QByteArray {
            const QByteArray sentence = "The alliance is global and its partners meet every year. ";
            return head() + ", " + inlineArticle(repeated(sentence, 4 * megabyte, "")) + R"(, "events": [)" +
                   event("e", "Not one word of it: " + repeated(sentence, 256 * 1024, "")) + "]}";
        },
        u"quote not found"_s));
    add(json(
        u"20k-missing-quotes-in-1mb"_s, Expect::Refused,
        []() -> QByteArray {
            test::Random random(3);
            const QList<QByteArray> words =
                QByteArray("alliance security partner treaty summit minister defence the of and").split(' ');
            const auto sentence = [&](int count) {
                QByteArray out;
                for (int i = 0; i < count; ++i)
                    out += (i ? " " : "") + words[random.between(0, int(words.size()) - 1)];
                return out;
            };
            QByteArray article;
            while (article.size() < megabyte)
                article += sentence(20) + ". ";
            QByteArray events;
            for (int i = 0; i < 20000; ++i)
                events += (i ? "," : "") + event("e" + QByteArray::number(i), sentence(14));
            return head() + ", " + inlineArticle(article) + R"(, "events": [)" + events + "]}";
        },
        u"more problems"_s));
    add(json(u"20k-short-missing-quotes-in-1mb"_s, Expect::Refused, []() -> QByteArray {
        QByteArray events;
        for (int i = 0; i < 20000; ++i)
            events += (i ? "," : "") + event("e" + QByteArray::number(i), "zq" + QByteArray::number(i));
        return head() + ", " + inlineArticle(repeated("abcdefgh ijklmnop", megabyte, " ")) +
               R"(, "events": [)" + events + "]}";
    }));
    add(json(u"quote-of-1mb-found"_s, Expect::Loads, []() -> QByteArray {
        const QByteArray body = repeated("The ministers met again and again", 2 * megabyte, " ");
        return head() + ", " + inlineArticle(body) + R"(, "events": [)" +
               event("e", body.mid(1000, megabyte).trimmed()) + "]}";
    }));
    add(json(u"synthetic-20k-events"_s, Expect::Loads, []() -> QByteArray {
        test::SyntheticSpec spec;
        spec.events = 20000;
        spec.arguments = 4000;
        return test::makeSyntheticCorpusJson(spec);
    }));
    // Article files
    add(withArticle(
        u"article-utf16-no-bom"_s, Expect::Refused,
        [](const QString &dir) { writeCase(dir, u"article.txt"_s, utf16(text, false)); }, "article.txt",
        u"UTF-16"_s));
    add(withArticle(
        u"article-utf16-bom"_s, Expect::Refused,
        [](const QString &dir) { writeCase(dir, u"article.txt"_s, "\xFF\xFE" + utf16(text, false)); },
        "article.txt", u"UTF-16"_s));
    add(withArticle(
        u"article-latin1"_s, Expect::Refused,
        [](const QString &dir) { writeCase(dir, u"article.txt"_s, "Caf\xE9 " + text); }, "article.txt",
        u"not valid UTF-8"_s));
    add(withArticle(
        u"article-binary"_s, Expect::Refused,
        [](const QString &dir) { writeCase(dir, u"article.txt"_s, QByteArray(4096, '\0') + text); },
        "article.txt"));
    add(withArticle(
        u"article-empty"_s, Expect::Refused, [](const QString &dir) { writeCase(dir, u"article.txt"_s, {}); },
        "article.txt", u"nothing to quote"_s));
    add(withArticle(
        u"article-17mb"_s, Expect::Refused,
        [](const QString &dir) { writeCase(dir, u"article.txt"_s, repeated(text, 17 * megabyte, "\n")); },
        "article.txt", u"ARGLINE_MAX_ARTICLE_MB"_s));
    add(withArticle(
        u"article-is-a-fifo"_s, Expect::Refused,
        [](const QString &dir) { mkfifo(QFile::encodeName(dir + u"/article.txt"_s).constData(), 0600); },
        "article.txt", u"not a regular file"_s));
    add(withArticle(
        u"article-is-a-directory"_s, Expect::Refused,
        [](const QString &dir) { QDir(dir).mkdir(u"article.txt"_s); }, "article.txt",
        u"not a regular file"_s));
    add(withArticle(
        u"article-symlink-outside"_s, Expect::Refused,
        [](const QString &dir) { QFile::link(u"/etc/hostname"_s, dir + u"/article.txt"_s); }, "article.txt",
        u"outside the corpus folder"_s));
    add(withArticle(
        u"article-parent-path"_s, Expect::Refused, [](const QString &) {}, "../article.txt",
        u"outside the corpus folder"_s));
    add(withArticle(
        u"article-absolute-path"_s, Expect::Refused, [](const QString &) {}, "/etc/hostname",
        u"relative path"_s));
    add(withArticle(
        u"article-control-character"_s, Expect::Refused, [](const QString &) {}, "a\\u0007.txt",
        u"control character"_s));
    add(withArticle(
        u"article-backslash"_s, Expect::Refused, [](const QString &) {}, "dir\\\\a.txt", u"relative path"_s));
    add(withArticle(
        u"article-missing"_s, Expect::Refused, [](const QString &) {}, "missing.txt", u"No such file"_s));
    // The corpus path itself
    add({u"corpus-is-a-fifo"_s, Expect::Refused,
         [](const QString &dir) {
             mkfifo(QFile::encodeName(dir + u"/fifo.json"_s).constData(), 0600);
             return u"fifo.json"_s;
         },
         u"not a regular file"_s});
    add({u"corpus-is-a-directory"_s, Expect::Refused,
         [](const QString &dir) {
             QDir(dir).mkdir(u"folder.json"_s);
             return u"folder.json"_s;
         },
         u"not a regular file"_s});
    add({u"corpus-is-dev-zero"_s, Expect::Refused, [](const QString &) { return u"/dev/zero"_s; },
         u"not a regular file"_s});
    add({u"corpus-is-dev-null"_s, Expect::Refused, [](const QString &) { return u"/dev/null"_s; },
         u"not a regular file"_s});
    add({u"corpus-missing"_s, Expect::Refused, [](const QString &) { return u"missing.json"_s; },
         u"No such file"_s});
    add({u"corpus-symlink"_s, Expect::Loads, [](const QString &dir) {
             writeCase(dir, u"real.json"_s, valid());
             QFile::link(dir + u"/real.json"_s, dir + u"/link.json"_s);
             return u"link.json"_s;
         }});
    add({u"corpus-named-with-a-colon"_s, Expect::Loads,
         [](const QString &dir) { return writeCase(dir, u":colon.json"_s, valid()); }});
    add({u"corpus-named-in-unicode-with-spaces"_s, Expect::Loads,
         [](const QString &dir) { return writeCase(dir, u"Ärger und Ōsaka — 2024.json"_s, valid()); }});
    add({u"corpus-with-a-dash-name"_s, Expect::Loads,
         [](const QString &dir) { return writeCase(dir, u"-x.json"_s, valid()); }});
    return all;
}

} // namespace argline::test
