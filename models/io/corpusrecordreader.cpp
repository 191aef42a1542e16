#include "models/io/corpusrecordreader.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

struct RecordArray
{
    std::string_view key;
    ItemKind kind;
};

constexpr std::array recordArrays = {
    RecordArray{"articles", ItemKind::Article},   RecordArray{"actors", ItemKind::Actor},
    RecordArray{"themes", ItemKind::Theme},       RecordArray{"events", ItemKind::Event},
    RecordArray{"arguments", ItemKind::Argument}, RecordArray{"eras", ItemKind::Era},
};

constexpr std::array<std::string_view, 6> headerKeys = {"format",      "version", "title",
                                                        "description", "story",   "relations"};

ItemKind recordArrayKind(std::string_view key)
{
    for (const RecordArray &array : recordArrays) {
        if (array.key == key)
            return array.kind;
    }
    return ItemKind::None;
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'.' || u == u'_' || u == u':' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

// Lane colours for actors and themes that give none: the Okabe–Ito palette (distinguishable with
// colour-blindness) followed by a few more muted tones.
QColor defaultColor(int index)
{
    static const std::array palette = {
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
        QColor(0x8C, 0x6D, 0x31), QColor(0x6A, 0x51, 0xA3), QColor(0x99, 0x99, 0x33),
        QColor(0x88, 0x22, 0x55), QColor(0x44, 0xAA, 0x99), QColor(0x77, 0x77, 0x77),
    };
    return palette[size_t(index) % palette.size()];
}

} // namespace

CorpusRecordReader::CorpusRecordReader(Corpus &corpus, DiagnosticSink &sink, Progress progress)
    : m_corpus(corpus)
    , m_sink(sink)
    , m_progress(std::move(progress))
{}

QString CorpusRecordReader::pathOf(ItemRef ref)
{
    for (const RecordArray &array : recordArrays) {
        if (array.kind == ref.kind)
            return u'/' + QString::fromLatin1(array.key.data(), qsizetype(array.key.size())) + u'/' +
                   QString::number(ref.index);
    }
    return {};
}

void CorpusRecordReader::rootMember(std::string_view key, qint64 keyOffset)
{
    const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
    const JsonPath path = JsonPath().key(key);
    // A repeated member is reported and its value skipped, so the first one stands.
    m_skippingMember = m_rootKeysSeen.contains(name);
    if (m_skippingMember) {
        m_sink.error(keyOffset, path, tr("field %1 appears twice").arg(quoted(name)));
        return;
    }
    m_rootKeysSeen.insert(name);
    if (key == "articles")
        m_sawArticles = true; // an empty array delivers no records, but it is there
    const bool known = recordArrayKind(key) != ItemKind::None ||
                       std::find(headerKeys.begin(), headerKeys.end(), key) != headerKeys.end();
    if (!known)
        m_sink.warning(keyOffset, path, tr("unknown field (ignored)"));
}

bool CorpusRecordReader::isRecordArray(std::string_view key) const
{
    return recordArrayKind(key) != ItemKind::None;
}

bool CorpusRecordReader::wantsRootMember(std::string_view key) const
{
    // An unknown member (already reported) or a repeated one is parsed but never built: a 20 MB array
    // in an unknown field took 1.3 GB when it was.
    return !m_skippingMember && (recordArrayKind(key) != ItemKind::None ||
                                 std::find(headerKeys.begin(), headerKeys.end(), key) != headerKeys.end());
}

bool CorpusRecordReader::isKnownField(std::string_view key) const
{
    // Every field name the read functions below ask for, at any level: the value of any other member is
    // not built. (A read function asking for a name missing here trips an assertion in JsonObjectReader.)
    // Grouped by length: this runs for every member of every record.
    const auto any = [key](std::initializer_list<std::string_view> names) {
        return std::find(names.begin(), names.end(), key) != names.end();
    };
    switch (key.size()) {
    case 2:
        return key == "id" || key == "to";
    case 3:
        return key == "url";
    case 4:
        return any({"date", "file", "text", "note", "name", "role", "item", "kind", "from"});
    case 5:
        return any({"title", "label", "value", "basis", "quote", "color", "group", "steps", "media"});
    case 6:
        return any({"actors", "themes", "events", "outlet", "status", "parent", "copyOf", "credit"});
    case 7:
        return any({"summary", "article", "authors", "editors", "caption"});
    case 8:
        return any({"evidence", "cleaning", "relation"});
    case 9:
        return any({"published", "asWritten", "inference"});
    case 10:
        return any({"importance", "provenance"});
    case 12:
        return any({"originalFile", "outletSource", "importedFrom"});
    default:
        return false;
    }
}

void CorpusRecordReader::restart()
{
    m_corpus = Corpus();
    m_sink.clear();
    m_rootKeysSeen.clear();
    m_sharedLists.clear();
    m_skippingMember = false;
    m_keeping = true;
    m_sawFormat = m_sawVersion = m_sawTitle = m_sawArticles = false;
    m_formatProblem.clear();
    m_formatProblemOffset = 0;
    m_formatProblemPath.clear();
}

bool CorpusRecordReader::progress(qint64 consumed)
{
    return !m_progress || m_progress(consumed);
}

void CorpusRecordReader::record(std::string_view key, int index, const JsonRecord &record)
{
    // Once the listed diagnostics are full of errors the corpus cannot load: records are still checked,
    // so the count of problems stays right, but their items are no longer kept (20 MB of "events": [1,
    // 1, ...] built 10 million events and ran out of memory), nor their ids and positions.
    m_keeping = !(m_sink.isFull() && m_sink.hasErrors());
    if (m_keeping)
        m_sink.noteRecord(key, index, record.root().offset(), record.endOffset());
    if (m_skippingMember)
        return;
    const ItemKind kind = recordArrayKind(key);
    if (kind == ItemKind::None) {
        readHeader(key, record.root());
        return;
    }
    if (index < 0) {
        const JsonValue value = record.root();
        m_sink.error(value.offset(), JsonPath().key(key),
                     tr("expected an array, found %1").arg(JsonValue::typeName(value.type())));
        return;
    }
    // Every element becomes an item, even a broken one, so item indices always match JSON indices and
    // later diagnostics point at the right element.
    JsonObjectReader object(record.root(), JsonPath().key(key).index(index), m_sink);
    if (!m_keeping && !object.isObject())
        return; // nothing more to check in it, and no item to keep
    switch (kind) {
    case ItemKind::Article:
        readArticle(object);
        break;
    case ItemKind::Actor:
    case ItemKind::Theme:
        readFacet(object, kind);
        break;
    case ItemKind::Event:
        readEvent(object);
        break;
    case ItemKind::Argument:
        readArgument(object);
        break;
    case ItemKind::Era:
        readEra(object);
        break;
    case ItemKind::None:
        break;
    }
    object.finish();
    if (!m_keeping)
        dropLastItem(kind);
}

void CorpusRecordReader::dropLastItem(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Article:
        m_corpus.articles.removeLast();
        break;
    case ItemKind::Actor:
        m_corpus.actors.removeLast();
        break;
    case ItemKind::Theme:
        m_corpus.themes.removeLast();
        break;
    case ItemKind::Event:
        m_corpus.events.removeLast();
        break;
    case ItemKind::Argument:
        m_corpus.arguments.removeLast();
        break;
    case ItemKind::Era:
        m_corpus.eras.removeLast();
        break;
    case ItemKind::None:
        break;
    }
}

void CorpusRecordReader::readHeader(std::string_view key, JsonValue value)
{
    const JsonPath path = JsonPath().key(key);
    const auto expect = [&](JsonRecord::Type type) {
        if (value.type() == type)
            return true;
        m_sink.error(
            value.offset(), path,
            tr("expected %1, found %2").arg(JsonValue::typeName(type), JsonValue::typeName(value.type())));
        return false;
    };
    if (key == "format") {
        m_sawFormat = true;
        const QString format = value.isString() ? value.toString() : QString();
        if (format != u"argline-corpus") {
            m_formatProblem = tr("not an Argline corpus: \"format\" is %1, expected \"argline-corpus\"")
                                  .arg(value.isString() ? quoted(format) : JsonValue::typeName(value.type()));
            m_formatProblemOffset = value.offset();
            m_formatProblemPath = u"/format"_s;
        }
    } else if (key == "version") {
        m_sawVersion = true;
        if (!expect(JsonRecord::Type::Integer))
            return;
        if (value.toInteger() != Corpus::formatVersion && m_formatProblem.isEmpty()) {
            m_formatProblem = value.toInteger() > Corpus::formatVersion
                                  ? tr("corpus version %1 is newer than this Argline reads (version %2); "
                                       "please update Argline")
                                        .arg(value.toInteger())
                                        .arg(Corpus::formatVersion)
                                  : tr("unsupported corpus version %1 (this Argline reads version %2)")
                                        .arg(value.toInteger())
                                        .arg(Corpus::formatVersion);
            m_formatProblemOffset = value.offset();
            m_formatProblemPath = u"/version"_s;
        }
    } else if (key == "title") {
        m_sawTitle = true;
        if (!expect(JsonRecord::Type::String))
            return;
        m_corpus.title = value.toString();
        if (m_corpus.title.trimmed().isEmpty()) // as every other required string
            m_sink.error(value.offset(), path, tr("must not be empty"));
    } else if (key == "description") {
        if (expect(JsonRecord::Type::String))
            m_corpus.description = value.toString();
    } else if (key == "story") {
        JsonObjectReader object(value, path, m_sink);
        readStory(object);
        object.finish();
    } else if (key == "relations" && expect(JsonRecord::Type::Array)) {
        readRelations(value);
    }
}

void CorpusRecordReader::finish()
{
    if (!m_sawFormat && m_formatProblem.isEmpty()) {
        m_formatProblem = tr("not an Argline corpus: the top-level \"format\" field is missing "
                             "(expected \"format\": \"argline-corpus\")");
        m_formatProblemOffset = 0;
    }
    if (!m_sawVersion)
        m_sink.error(0, JsonPath(), tr("missing required field \"version\""));
    if (!m_sawTitle)
        m_sink.error(0, JsonPath(), tr("missing required field \"title\""));
    if (!m_sawArticles)
        m_sink.error(0, JsonPath(), tr("missing required field \"articles\""));
}

QString CorpusRecordReader::intern(std::string_view utf8)
{
    // Most references repeat a few ids (actors, themes, articles): a small direct-mapped cache of recent
    // ones answers them without a lookup in the table.
    quint32 hash = 2166136261u;
    for (const char c : utf8)
        hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    Recent &recent = m_recent[hash % m_recent.size()];
    if (recent.text && recent.bytes == utf8)
        return *recent.text;
    auto it = m_interned.find(utf8);
    if (it == m_interned.end())
        it = m_interned.emplace(std::string(utf8), QString::fromUtf8(utf8.data(), qsizetype(utf8.size())))
                 .first;
    recent = {it->first, &it->second}; // node-based: keys and values stay where they are
    return it->second;
}

QString CorpusRecordReader::internedString(JsonObjectReader &object, std::string_view name,
                                           JsonObjectReader::Need need)
{
    const JsonValue value = object.value(name, JsonRecord::Type::String, need);
    if (!value.isValid())
        return {};
    if (need == JsonObjectReader::Required && value.stringView().empty()) {
        object.error(value, name, tr("must not be empty"));
        return {};
    }
    return intern(value.stringView());
}

QString CorpusRecordReader::readId(JsonObjectReader &object, ItemRef ref)
{
    const QString id = object.string("id", JsonObjectReader::Required);
    if (id.isEmpty())
        return id;
    if (!isValidId(id)) {
        object.error(object.member("id"), "id",
                     tr("%1 is not a valid id (1–64 characters from A–Z a–z 0–9 . _ : -)").arg(quoted(id)));
        return id;
    }
    if (!m_keeping) { // the item is not kept, so neither is its id: a later duplicate goes unnoticed
        m_sink.markCountIncomplete();
        return id;
    }
    const ItemRef existing = m_corpus.registerId(id, ref);
    if (existing != ref) {
        object.error(object.member("id"), "id",
                     tr("duplicate id %1 (first used at %2)").arg(quoted(id), pathOf(existing)));
    }
    return id;
}

std::optional<DateInfo> CorpusRecordReader::readDate(JsonObjectReader &owner, std::string_view name,
                                                     DateOf of)
{
    const JsonValue value = owner.value(name, JsonRecord::Type::Object, JsonObjectReader::Required);
    if (!value.isValid())
        return std::nullopt;
    JsonObjectReader object(value, owner.pathOf(name), m_sink);
    DateInfo info;
    const std::string_view text = object.stringView("value", JsonObjectReader::Required);
    const std::string_view basis = object.stringView("basis", JsonObjectReader::Required);
    info.asWritten = object.string("asWritten", JsonObjectReader::Optional);
    info.note = object.string("note", JsonObjectReader::Optional);
    object.finish();

    bool ok = !object.failed();
    if (!text.empty()) {
        QString error;
        if (const auto date = FuzzyDate::parse(text, &error)) {
            info.date = *date;
        } else {
            object.error(value.member("value"), "value", error);
            ok = false;
        }
    }
    if (!basis.empty()) {
        const auto parsed = dateBasisFromKey(basis);
        const bool fits = parsed && (*parsed == DateBasis::Stated ||
                                     (of == DateOf::Article) == (*parsed == DateBasis::Inferred));
        if (parsed && !fits) {
            object.error(value.member("basis"), "basis",
                         of == DateOf::Article
                             ? tr("basis %1 does not apply to an article's date (expected \"stated\" or "
                                  "\"inferred\")")
                                   .arg(quoted(QString::fromUtf8(basis)))
                             : tr("basis %1 is for article dates (expected \"stated\", \"derived\" or "
                                  "\"outside\")")
                                   .arg(quoted(QString::fromUtf8(basis))));
            ok = false;
        } else if (parsed) {
            info.basis = *parsed;
            if (info.basis != DateBasis::Stated && info.note.trimmed().isEmpty()) {
                object.error(value.member("basis"), "basis",
                             tr("a date whose basis is %1 needs a \"note\" that says how it was found")
                                 .arg(quoted(QString::fromUtf8(basis))));
                ok = false;
            }
        } else {
            object.error(
                value.member("basis"), "basis",
                tr("unknown basis %1 (expected \"stated\", \"derived\", \"inferred\" or \"outside\")")
                    .arg(quoted(QString::fromUtf8(basis))));
            ok = false;
        }
    }
    return ok ? std::optional(info) : std::nullopt;
}

QList<Quote> CorpusRecordReader::readEvidence(JsonObjectReader &owner, bool optional)
{
    QList<Quote> quotes;
    const JsonValue array = owner.value("evidence", JsonRecord::Type::Array,
                                        optional ? JsonObjectReader::Optional : JsonObjectReader::Required);
    if (!array.isValid())
        return quotes;
    if (array.size() == 0 && !optional)
        owner.error(array, "evidence", tr("needs at least one quote"));
    quotes.reserve(array.size());
    int index = 0;
    for (JsonValue element : array.children()) {
        JsonObjectReader object(element, owner.pathOf("evidence").index(index++), m_sink);
        Quote quote;
        quote.articleId = internedString(object, "article", JsonObjectReader::Required);
        quote.text = object.string("quote", JsonObjectReader::Required);
        quote.note = object.string("note", JsonObjectReader::Optional);
        object.finish();
        quotes.append(std::move(quote));
    }
    return quotes;
}

QList<MediaLink> CorpusRecordReader::readMedia(JsonObjectReader &owner)
{
    QList<MediaLink> links;
    const JsonValue array = owner.value("media", JsonRecord::Type::Array, JsonObjectReader::Optional);
    int index = 0;
    for (JsonValue element : array.children()) {
        JsonObjectReader object(element, owner.pathOf("media").index(index++), m_sink);
        MediaLink link;
        link.url = object.string("url", JsonObjectReader::Required);
        link.caption = object.string("caption", JsonObjectReader::Optional);
        link.credit = object.string("credit", JsonObjectReader::Optional);
        object.finish();
        links.append(std::move(link));
    }
    return links;
}

void CorpusRecordReader::readRelations(JsonValue value)
{
    int index = 0;
    for (JsonValue element : value.children()) {
        JsonObjectReader object(element, JsonPath().key("relations").index(index++), m_sink);
        Relation relation;
        relation.kind = object.string("kind", JsonObjectReader::Required);
        relation.from = internedString(object, "from", JsonObjectReader::Optional);
        relation.to = internedString(object, "to", JsonObjectReader::Optional);
        relation.note = object.string("note", JsonObjectReader::Optional);
        object.finish();
        m_corpus.relations.append(std::move(relation));
    }
}

QColor CorpusRecordReader::readColor(JsonObjectReader &object, ItemKind kind, int index)
{
    const QString text = object.string("color", JsonObjectReader::Optional);
    if (text.isEmpty())
        return kind == ItemKind::Era ? QColor() : defaultColor(index);
    // ASCII ranges, not isxdigit(): a QChar is UTF-16, and <cctype> on a value above 255 is undefined
    // behaviour (glibc reads past its table and took full-width "#ＦＦＦＦＦＦ" for a colour).
    const auto isHexDigit = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    };
    const bool hex =
        text.size() == 7 && text[0] == u'#' && std::all_of(text.begin() + 1, text.end(), isHexDigit);
    if (!hex) {
        object.error(object.member("color"), "color",
                     tr("%1 is not a colour (expected #rrggbb)").arg(quoted(text)));
        return defaultColor(index);
    }
    return QColor(text);
}

QStringList CorpusRecordReader::readReferences(JsonObjectReader &object, std::string_view name)
{
    return object.strings(name, JsonObjectReader::Optional,
                          [this](std::string_view id) { return intern(id); });
}

QStringList CorpusRecordReader::readSharedReferences(JsonObjectReader &object, std::string_view name)
{
    QStringList ids = readReferences(object, name);
    if (ids.isEmpty())
        return ids;
    std::string key;
    key.reserve(size_t(ids.size()) * sizeof(const QChar *));
    for (const QString &id : std::as_const(ids)) {
        const QChar *data = id.constData();
        key.append(reinterpret_cast<const char *>(&data), sizeof data);
    }
    return m_sharedLists.try_emplace(std::move(key), std::move(ids)).first->second;
}

void CorpusRecordReader::readArticle(JsonObjectReader &object)
{
    const int index = int(m_corpus.articles.size());
    Article &article = m_corpus.articles.emplaceBack();
    article.id = readId(object, {ItemKind::Article, index});
    article.label = object.string("label", JsonObjectReader::Required);
    article.title = object.string("title", JsonObjectReader::Optional).trimmed();
    article.outlet = object.string("outlet", JsonObjectReader::Optional).trimmed();
    const std::string_view outletSource = object.stringView("outletSource", JsonObjectReader::Optional);
    if (outletSource == "page") {
        article.outletSource = OutletSource::Page;
    } else if (!outletSource.empty() && outletSource != "text") {
        object.error(object.member("outletSource"), "outletSource",
                     tr("unknown outlet source %1 (expected \"text\" or \"page\")")
                         .arg(quoted(QString::fromUtf8(outletSource))));
    }
    article.authors = object.strings("authors", JsonObjectReader::Optional);
    article.editors = object.strings("editors", JsonObjectReader::Optional);
    if (auto date = readDate(object, "published", DateOf::Article))
        article.published = *date;
    article.originalFile = object.string("originalFile", JsonObjectReader::Optional);
    article.cleaning = object.string("cleaning", JsonObjectReader::Optional);
    article.provenance = object.string("provenance", JsonObjectReader::Optional);

    const JsonValue file = object.value("file", JsonRecord::Type::String, JsonObjectReader::Optional);
    const JsonValue text = object.value("text", JsonRecord::Type::String, JsonObjectReader::Optional);
    if (file.isValid() && text.isValid())
        object.error(tr("give either \"file\" or \"text\", not both"));
    else if (!file.isValid() && !text.isValid() && object.isObject())
        object.error(tr("missing the article's text: give \"file\" (a path) or \"text\""));
    else if (file.isValid() && file.stringView().empty())
        object.error(file, "file", tr("must not be empty"));
    else if (file.isValid())
        article.file = file.toString();
    else if (text.isValid() && text.toString().trimmed().isEmpty())
        object.error(text, "text", tr("the article's text is empty: there is nothing to quote"));
    else if (text.isValid())
        article.text = text.toString();
}

void CorpusRecordReader::readFacet(JsonObjectReader &object, ItemKind kind)
{
    QList<Facet> &list = kind == ItemKind::Actor ? m_corpus.actors : m_corpus.themes;
    const int index = int(list.size());
    Facet &facet = list.emplaceBack();
    facet.id = readId(object, {kind, index});
    facet.name = object.string("name", JsonObjectReader::Required);
    facet.color = readColor(object, kind, index);
}

void CorpusRecordReader::readEvent(JsonObjectReader &object)
{
    const int index = int(m_corpus.events.size());
    Event &event = m_corpus.events.emplaceBack();
    event.id = readId(object, {ItemKind::Event, index});
    event.title = object.string("title", JsonObjectReader::Required);
    // An imported event may have no text beyond its headline, and no quote (docs/import-formats.md).
    event.importedFrom = object.string("importedFrom", JsonObjectReader::Optional);
    const auto importedNeed =
        event.importedFrom.isEmpty() ? JsonObjectReader::Required : JsonObjectReader::Optional;
    event.summary = object.string("summary", importedNeed);
    if (auto date = readDate(object, "date", DateOf::Item))
        event.date = *date;
    const std::string_view status = object.stringView("status", JsonObjectReader::Optional);
    if (status == "planned") {
        event.status = EventStatus::Planned;
    } else if (!status.empty() && status != "happened") {
        object.error(object.member("status"), "status",
                     tr("unknown status %1 (expected \"happened\" or \"planned\")")
                         .arg(quoted(QString::fromUtf8(status))));
    }
    event.actors = readSharedReferences(object, "actors");
    event.themes = readSharedReferences(object, "themes");
    event.importance = int(object.integer("importance", 1, 5, JsonObjectReader::Optional).value_or(3));
    event.media = readMedia(object);
    event.evidence = readEvidence(object, !event.importedFrom.isEmpty());
}

void CorpusRecordReader::readArgument(JsonObjectReader &object)
{
    const int index = int(m_corpus.arguments.size());
    Argument &argument = m_corpus.arguments.emplaceBack();
    argument.id = readId(object, {ItemKind::Argument, index});
    const std::string_view role = object.stringView("role", JsonObjectReader::Required);
    argument.parentId = internedString(object, "parent", JsonObjectReader::Optional);
    argument.title = object.string("title", JsonObjectReader::Required);
    argument.importedFrom = object.string("importedFrom", JsonObjectReader::Optional);
    argument.copyOf = internedString(object, "copyOf", JsonObjectReader::Optional);
    const bool imported = !argument.importedFrom.isEmpty() || !argument.copyOf.isEmpty();
    argument.text = object.string("text", imported ? JsonObjectReader::Optional : JsonObjectReader::Required);
    argument.evidence = readEvidence(object, !argument.importedFrom.isEmpty() || !argument.copyOf.isEmpty());
    argument.events = readReferences(object, "events");
    argument.actors = readSharedReferences(object, "actors");
    argument.themes = readSharedReferences(object, "themes");
    argument.inference = object.string("inference", JsonObjectReader::Optional);
    argument.relation = object.string("relation", JsonObjectReader::Optional);
    static constexpr std::array<std::string_view, 4> relations = {"undercut", "contrary", "contradiction",
                                                                  "premise"};
    if (!argument.relation.isEmpty() &&
        std::find(relations.begin(), relations.end(), argument.relation.toStdString()) == relations.end())
        object.error(object.member("relation"), "relation",
                     tr("unknown relation %1 (expected \"undercut\", \"contrary\", \"contradiction\" or "
                        "\"premise\")")
                         .arg(quoted(argument.relation)));

    const std::optional<ArgumentRole> knownRole = argumentRoleFromKey(role);
    if (knownRole == ArgumentRole::Claim) {
        argument.role = ArgumentRole::Claim;
        if (!argument.parentId.isEmpty())
            object.error(object.member("parent"), "parent",
                         tr("a claim is a root and has no parent (use \"pro\" or \"con\" for a reason)"));
    } else if (knownRole) {
        argument.role = *knownRole;
        if (argument.parentId.isEmpty() && object.isObject())
            object.error(tr("a %1 argument needs a \"parent\"").arg(quoted(QString::fromUtf8(role))));
    } else if (!role.empty()) {
        object.error(object.member("role"), "role",
                     tr("unknown role %1 (expected \"claim\", \"pro\" or \"con\")")
                         .arg(quoted(QString::fromUtf8(role))));
    }
}

void CorpusRecordReader::readEra(JsonObjectReader &object)
{
    const int index = int(m_corpus.eras.size());
    Era &era = m_corpus.eras.emplaceBack();
    era.id = readId(object, {ItemKind::Era, index});
    era.group = object.string("group", JsonObjectReader::Required);
    era.title = object.string("title", JsonObjectReader::Required);
    if (auto date = readDate(object, "date", DateOf::Item))
        era.date = *date;
    era.color = readColor(object, ItemKind::Era, index);
}

void CorpusRecordReader::readStory(JsonObjectReader &object)
{
    m_corpus.story.title = object.string("title", JsonObjectReader::Optional);
    const JsonValue steps = object.value("steps", JsonRecord::Type::Array, JsonObjectReader::Required);
    if (!steps.isValid())
        return;
    int index = 0;
    for (JsonValue element : steps.children()) {
        JsonObjectReader step(element, object.pathOf("steps").index(index++), m_sink);
        StoryStep &s = m_corpus.story.steps.emplaceBack();
        s.item = internedString(step, "item", JsonObjectReader::Required);
        s.caption = step.string("caption", JsonObjectReader::Required);
        step.finish();
    }
}

} // namespace argline
