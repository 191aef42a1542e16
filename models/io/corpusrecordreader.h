#pragma once

#include "models/corpus/corpus.h"
#include "models/io/jsonobjectreader.h"
#include "models/io/jsonrecordparser.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <functional>
#include <string>
#include <unordered_map>

namespace argline {

// The corpus schema: turns each streamed record into domain structs, checking types, required fields,
// id syntax and uniqueness, and date grammar as it goes. Cross-references are checked afterwards by
// CorpusValidator, once everything they may point at has been read.
class CorpusRecordReader final : public JsonRecordSink
{
    Q_DECLARE_TR_FUNCTIONS(argline::CorpusRecordReader)

public:
    using Progress = std::function<bool(qint64 consumed)>;

    CorpusRecordReader(Corpus &corpus, DiagnosticSink &sink, Progress progress = {});

    void rootMember(std::string_view key, qint64 keyOffset) override;
    bool isRecordArray(std::string_view key) const override;
    bool wantsRootMember(std::string_view key) const override;
    bool isKnownField(std::string_view key) const override;
    void record(std::string_view key, int index, const JsonRecord &record) override;
    bool progress(qint64 consumed) override;
    bool canRestart() const override { return true; }
    void restart() override; // forgets the corpus read so far and the diagnostics

    // Checks what only the whole document can tell (required top-level fields).
    void finish();
    // Whether the document declared itself an Argline corpus of a version this reader understands.
    // When it did not, its other diagnostics are noise and the caller reports only formatProblem().
    bool isArglineCorpus() const { return m_formatProblem.isEmpty(); }
    const QString &formatProblem() const { return m_formatProblem; }
    qint64 formatProblemOffset() const { return m_formatProblemOffset; }
    const QString &formatProblemPath() const { return m_formatProblemPath; }

    // The JSON path of an item, e.g. "/events/12".
    static QString pathOf(ItemRef ref);

private:
    void readHeader(std::string_view key, JsonValue value);
    void readArticle(JsonObjectReader &object);
    void readFacet(JsonObjectReader &object, ItemKind kind);
    void readEvent(JsonObjectReader &object);
    void readArgument(JsonObjectReader &object);
    void readEra(JsonObjectReader &object);
    void readStory(JsonObjectReader &object);

    QString readId(JsonObjectReader &object, ItemRef ref);
    void dropLastItem(ItemKind kind);
    // An article's publication date is stated or inferred; an event's or era's is stated, derived from
    // the text, or outside knowledge.
    enum class DateOf : quint8
    {
        Article,
        Item
    };
    std::optional<DateInfo> readDate(JsonObjectReader &owner, std::string_view name, DateOf of);
    // `optional`: an imported item without a verbatim quote may have none (docs/import-formats.md).
    QList<Quote> readEvidence(JsonObjectReader &owner, bool optional = false);
    QList<MediaLink> readMedia(JsonObjectReader &owner);
    void readRelations(JsonValue value);
    QColor readColor(JsonObjectReader &object, ItemKind kind, int index);
    QStringList readReferences(JsonObjectReader &object, std::string_view name);
    // readReferences() for lists that repeat (an event's actors or themes): one shared list per distinct
    // list.
    QStringList readSharedReferences(JsonObjectReader &object, std::string_view name);
    QString intern(std::string_view utf8);
    QString internedString(JsonObjectReader &object, std::string_view name, JsonObjectReader::Need need);

    Corpus &m_corpus;
    DiagnosticSink &m_sink;
    Progress m_progress;
    QSet<QString> m_rootKeysSeen;
    bool m_skippingMember = false; // the current root member repeats an earlier one
    bool m_keeping = true;         // whether the items read are kept (see record())
    // One shared QString per distinct referenced id (actors, themes, articles, events), looked up by its
    // UTF-8 bytes so a repeated reference costs neither a conversion nor an allocation.
    struct BytesHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
    };
    std::unordered_map<std::string, QString, BytesHash, std::equal_to<>> m_interned;
    struct Recent
    {
        std::string_view bytes; // a key of m_interned
        const QString *text = nullptr;
    };
    std::array<Recent, 256> m_recent;
    // One shared QStringList per distinct list of interned ids, keyed by the ids' data pointers (equal
    // for equal ids while m_interned holds them). 100,000 events name a few hundred combinations of
    // actors and themes; a list each was 12 MB.
    std::unordered_map<std::string, QStringList> m_sharedLists;
    bool m_sawFormat = false;
    bool m_sawVersion = false;
    bool m_sawTitle = false;
    bool m_sawArticles = false;
    QString m_formatProblem;
    qint64 m_formatProblemOffset = 0;
    QString m_formatProblemPath;
};

} // namespace argline
