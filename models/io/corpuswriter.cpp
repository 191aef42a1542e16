#include "models/io/corpuswriter.h"

#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace argline {

namespace {

using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

void putIfSet(Json &object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object[name] = utf8(value);
}

Json strings(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &text : list)
        array.push_back(utf8(text));
    return array;
}

Json dateJson(const DateInfo &info)
{
    Json date;
    date["value"] = utf8(info.date.toString());
    date["basis"] = utf8(dateBasisKey(info.basis));
    putIfSet(date, "asWritten", info.asWritten);
    putIfSet(date, "note", info.note);
    return date;
}

Json evidenceJson(const QList<Quote> &evidence)
{
    Json array = Json::array();
    for (const Quote &quote : evidence) {
        Json q;
        q["article"] = utf8(quote.articleId);
        q["quote"] = utf8(quote.text);
        putIfSet(q, "note", quote.note);
        array.push_back(std::move(q));
    }
    return array;
}

Json facetsJson(const QList<Facet> &facets)
{
    Json array = Json::array();
    for (const Facet &facet : facets) {
        Json f;
        f["id"] = utf8(facet.id);
        f["name"] = utf8(facet.name);
        f["color"] = utf8(facet.color.name());
        array.push_back(std::move(f));
    }
    return array;
}

// A compact one-line form with a space after each ',' and ':' outside strings: {"a": 1, "b": [2, 3]}.
std::string oneLine(const Json &value)
{
    const std::string flat = value.dump(-1, ' ', false);
    std::string out;
    out.reserve(flat.size() + flat.size() / 8);
    for (size_t i = 0; i < flat.size(); ++i) {
        out += flat[i];
        if (flat[i] == '"') { // copy a whole string, so punctuation inside it stays as it is
            for (++i; i < flat.size(); ++i) {
                out += flat[i];
                if (flat[i] == '\\')
                    out += flat[++i];
                else if (flat[i] == '"')
                    break;
            }
        } else if (flat[i] == ',' || flat[i] == ':') {
            out += ' ';
        }
    }
    return out;
}

// Pretty-prints like a person would: one member per line, but small objects and arrays of scalars on
// one line ("actors": ["japan", "nato"], "date": {"value": "2023", "basis": "stated"}), which keeps
// files readable and a fifth smaller than dump(2).
void print(const Json &value, std::string &out, int indent)
{
    constexpr size_t inlineWidth = 90;
    const auto newline = [&](int depth) {
        out += '\n';
        out.append(size_t(depth) * 2, ' ');
    };
    if (!value.is_structured()) {
        out += value.dump(-1, ' ', false);
        return;
    }
    const bool flat =
        std::none_of(value.begin(), value.end(), [](const Json &child) { return child.is_structured(); });
    if (value.empty() || flat) {
        if (std::string line = oneLine(value); value.empty() || line.size() <= inlineWidth) {
            out += line;
            return;
        }
    }
    out += value.is_object() ? '{' : '[';
    bool first = true;
    for (const auto &[key, child] : value.items()) {
        if (!first)
            out += ',';
        first = false;
        newline(indent + 1);
        if (value.is_object()) {
            out += Json(key).dump();
            out += ": ";
        }
        print(child, out, indent + 1);
    }
    newline(indent);
    out += value.is_object() ? '}' : ']';
}

} // namespace

QByteArray CorpusWriter::toJson(const Corpus &corpus, ArticleTexts texts)
{
    Json root;
    root["format"] = "argline-corpus";
    root["version"] = Corpus::formatVersion;
    root["title"] = utf8(corpus.title);
    putIfSet(root, "description", corpus.description);

    Json articles = Json::array();
    for (const Article &article : corpus.articles) {
        Json a;
        a["id"] = utf8(article.id);
        a["label"] = utf8(article.label);
        putIfSet(a, "title", article.title);
        putIfSet(a, "outlet", article.outlet);
        if (article.outletSource == OutletSource::Page)
            a["outletSource"] = "page";
        if (!article.authors.isEmpty())
            a["authors"] = strings(article.authors);
        if (!article.editors.isEmpty())
            a["editors"] = strings(article.editors);
        a["published"] = dateJson(article.published);
        if (texts == ArticleTexts::AsRead && !article.file.isEmpty())
            a["file"] = utf8(article.file);
        else
            a["text"] = utf8(article.text);
        putIfSet(a, "originalFile", article.originalFile);
        putIfSet(a, "cleaning", article.cleaning);
        putIfSet(a, "provenance", article.provenance);
        articles.push_back(std::move(a));
    }
    root["articles"] = std::move(articles);
    root["actors"] = facetsJson(corpus.actors);
    root["themes"] = facetsJson(corpus.themes);

    Json events = Json::array();
    for (const Event &event : corpus.events) {
        Json e;
        e["id"] = utf8(event.id);
        e["title"] = utf8(event.title);
        e["summary"] = utf8(event.summary);
        e["date"] = dateJson(event.date);
        if (event.status == EventStatus::Planned)
            e["status"] = "planned";
        e["actors"] = strings(event.actors);
        e["themes"] = strings(event.themes);
        e["importance"] = event.importance;
        if (!event.evidence.isEmpty() || event.importedFrom.isEmpty())
            e["evidence"] = evidenceJson(event.evidence);
        putIfSet(e, "importedFrom", event.importedFrom);
        if (!event.media.isEmpty()) {
            Json media = Json::array();
            for (const MediaLink &link : event.media) {
                Json m{{"url", utf8(link.url)}};
                putIfSet(m, "caption", link.caption);
                putIfSet(m, "credit", link.credit);
                media.push_back(std::move(m));
            }
            e["media"] = std::move(media);
        }
        events.push_back(std::move(e));
    }
    root["events"] = std::move(events);

    Json arguments = Json::array();
    for (const Argument &argument : corpus.arguments) {
        Json a;
        a["id"] = utf8(argument.id);
        if (!argument.parentId.isEmpty())
            a["parent"] = utf8(argument.parentId);
        a["role"] = utf8(argumentRoleKey(argument.role));
        a["title"] = utf8(argument.title);
        a["text"] = utf8(argument.text);
        if (!argument.evidence.isEmpty() || (argument.importedFrom.isEmpty() && argument.copyOf.isEmpty()))
            a["evidence"] = evidenceJson(argument.evidence);
        if (!argument.events.isEmpty())
            a["events"] = strings(argument.events);
        if (!argument.actors.isEmpty())
            a["actors"] = strings(argument.actors);
        putIfSet(a, "importedFrom", argument.importedFrom);
        putIfSet(a, "copyOf", argument.copyOf);
        putIfSet(a, "relation", argument.relation);
        putIfSet(a, "inference", argument.inference);
        if (!argument.themes.isEmpty())
            a["themes"] = strings(argument.themes);
        arguments.push_back(std::move(a));
    }
    root["arguments"] = std::move(arguments);

    Json eras = Json::array();
    for (const Era &era : corpus.eras) {
        Json e;
        e["id"] = utf8(era.id);
        e["group"] = utf8(era.group);
        e["title"] = utf8(era.title);
        e["date"] = dateJson(era.date);
        if (era.color.isValid())
            e["color"] = utf8(era.color.name());
        eras.push_back(std::move(e));
    }
    root["eras"] = std::move(eras);

    if (!corpus.relations.isEmpty()) {
        Json relations = Json::array();
        for (const Relation &relation : corpus.relations) {
            Json r{{"kind", utf8(relation.kind)}};
            putIfSet(r, "from", relation.from);
            putIfSet(r, "to", relation.to);
            putIfSet(r, "note", relation.note);
            relations.push_back(std::move(r));
        }
        root["relations"] = std::move(relations);
    }

    if (!corpus.story.steps.isEmpty() || !corpus.story.title.isEmpty()) {
        Json story;
        putIfSet(story, "title", corpus.story.title);
        Json steps = Json::array();
        for (const StoryStep &step : corpus.story.steps)
            steps.push_back(Json{{"item", utf8(step.item)}, {"caption", utf8(step.caption)}});
        story["steps"] = std::move(steps);
        root["story"] = std::move(story);
    }

    std::string text;
    print(root, text, 0);
    text += '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool CorpusWriter::writeFile(const Corpus &corpus, const QString &path, QString *error, ArticleTexts texts)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray json = toJson(corpus, texts);
    if (file.write(json) != json.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace argline
