#pragma once

#include "models/corpus/idtable.h"
#include "models/corpus/itemref.h"
#include "models/time/dateinfo.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace argline {

// A verbatim passage from an article. `start`/`length` locate it in the article's text (UTF-16 units);
// the reader fills them in when it verifies the quote, so the article reader can highlight it.
struct Quote
{
    QString articleId;
    QString text;
    QString note;
    qsizetype start = -1;
    qsizetype length = 0;

    bool operator==(const Quote &other) const
    {
        return articleId == other.articleId && text == other.text && note == other.note;
    }
};

// Where an article's outlet was found: in the cleaned text, or only on the page the text was taken
// from (a masthead or footer that cleaning removed), which citations then say.
enum class OutletSource : quint8
{
    Text,
    Page
};

struct Article
{
    QString id;
    QString label; // short citation, e.g. "DW, 9 April 2025"
    QString title; // empty when the text states none
    QString outlet;
    OutletSource outletSource = OutletSource::Text;
    QStringList authors;
    QStringList editors;
    DateInfo published;
    QString file; // relative to the corpus folder; empty when the text was given inline
    QString text; // the cleaned text
    QString originalFile;
    QString cleaning;
    QString provenance;

    bool operator==(const Article &) const = default;
};

// A link to a picture, video or page that an imported item points at (TimelineJS "media"). Argline shows
// it as a link and never fetches it.
struct MediaLink
{
    QString url;
    QString caption;
    QString credit;

    bool operator==(const MediaLink &) const = default;
};

// An actor (Japan, NATO, ...) or a theme: a named, coloured group of events that becomes a lane.
struct Facet
{
    QString id;
    QString name;
    QColor color;

    bool operator==(const Facet &) const = default;
};

enum class EventStatus : quint8
{
    Happened,
    Planned
};

struct Event
{
    QString id;
    QString title;
    QString summary;
    DateInfo date;
    EventStatus status = EventStatus::Happened;
    QStringList actors;
    QStringList themes;
    int importance = 3; // 1..5; decides which labels stay when space is short
    QList<Quote> evidence;
    // Imported items (docs/import-formats.md): the file an item came from when it has no verbatim quote
    // (then `evidence` may be empty and every view says "no source quote"), and its media links.
    QString importedFrom;
    QList<MediaLink> media;

    bool operator==(const Event &) const = default;
};

// The role an argument plays relative to its parent, as the corpus states it.
enum class ArgumentRole : quint8
{
    Claim,
    Pro,
    Con
};

// How an argument reads on the map, derived from its role and its place in the tree.
enum class ArgumentKind : quint8
{
    Claim,
    Pro,       // a reason for its parent
    Con,       // a reason against a claim
    Objection, // a con below a reason
    Rebuttal   // a con below an objection
};

// Where an argument stands on the root claim of its tree: what a reader means by "for" and "against".
// A reason that supports an argument against the claim is itself against the claim.
enum class Stance : qint8
{
    Against = -1,
    Claim = 0,
    For = 1
};

struct Argument
{
    QString id;
    QString parentId;
    ArgumentRole role = ArgumentRole::Claim;
    QString title;
    QString text;
    QList<Quote> evidence;
    QStringList events;
    // What the argument itself names or is about, by its own title, text and quotes (not by the events
    // it cites): ids of actors and themes.
    QStringList actors;
    QStringList themes; // also an imported map's Argdown tags and headings
    // Imported maps (docs/import-formats.md). `importedFrom`: as for events. `copyOf`: this node repeats
    // argument `copyOf` under a second parent (a map is a tree; the original keeps the children).
    // `relation`: how the file states the link to the parent when it says more than pro/con
    // ("undercut", "contrary", "contradiction", "premise"). `inference`: premises that support their
    // parent only together (AIF RA, an Argdown inference) share this key.
    QString importedFrom;
    QString copyOf;
    QString relation;
    QString inference;

    // Derived by Corpus::deriveStructure() once the tree is known to be valid.
    int parent = -1;
    QList<int> children;
    int depth = 0;
    ArgumentKind kind = ArgumentKind::Claim;
    int stanceToRoot = 0; // +1 supports its root claim, -1 opposes it, 0 for a claim

    bool operator==(const Argument &other) const
    {
        return id == other.id && parentId == other.parentId && role == other.role && title == other.title &&
               text == other.text && evidence == other.evidence && events == other.events &&
               actors == other.actors && themes == other.themes && importedFrom == other.importedFrom &&
               copyOf == other.copyOf && relation == other.relation && inference == other.inference;
    }
};

struct Era
{
    QString id;
    QString group;
    QString title;
    DateInfo date;
    QColor color; // invalid when the corpus gives none

    bool operator==(const Era &) const = default;
};

// A relation between arguments that the map, a tree, cannot draw: one that would close a cycle, a
// rephrase (AIF MA), or one whose end is not an argument. Kept so that nothing is dropped silently and a
// format that can hold it gets it back; `note` says where it came from ("line 42").
struct Relation
{
    QString kind; // "support", "attack", "undercut", "rephrase", "contrary", "contradiction"
    QString from; // argument ids
    QString to;
    QString note;

    bool operator==(const Relation &) const = default;
};

struct StoryStep
{
    QString item; // an event or argument id
    QString caption;

    bool operator==(const StoryStep &) const = default;
};

struct Story
{
    QString title;
    QList<StoryStep> steps;

    bool operator==(const Story &) const = default;
};

// The whole corpus as plain values. A loaded corpus is immutable and shared (std::shared_ptr<const
// Corpus>) by the models, the link index and the renderers; loading another file builds a new one.
struct Corpus
{
    static constexpr int formatVersion = 1;

    QString title;
    QString description;
    QString sourcePath; // the file it was read from; empty for a corpus built in memory

    QList<Article> articles;
    QList<Facet> actors;
    QList<Facet> themes;
    QList<Event> events;
    QList<Argument> arguments;
    QList<Era> eras;
    Story story;
    QList<Relation> relations; // relations the map does not draw (imported maps only)

    // Id lookup across every kind (ids are unique across the whole file).
    ItemRef find(QStringView id) const;
    int indexOf(ItemKind kind, const QString &id) const;
    const Event *event(const QString &id) const;
    const Argument *argument(const QString &id) const;
    const Article *article(const QString &id) const;
    const Facet *actor(const QString &id) const;
    const Facet *theme(const QString &id) const;

    // Registers `id`; returns the existing entry instead when the id is taken. The item `ref` points at
    // must carry `id` before the next lookup (the table keeps no copy of it).
    ItemRef registerId(QStringView id, ItemRef ref);
    void reserveIds(qsizetype count) { m_ids.reserve(count); }
    // Rebuilds the id index from the lists (after building a corpus by hand).
    void rebuildIndex();
    // Fills the derived argument fields (parent, children, depth, kind, stance). Requires a valid tree.
    void deriveStructure();

    // The span of days covered by all events, or {0, -1} when there are none.
    std::pair<qint64, qint64> eventSpan() const;

    bool operator==(const Corpus &other) const;

private:
    QStringView idOf(ItemRef ref) const;

    IdTable m_ids;
};

QString argumentKindName(ArgumentKind kind); // translated, e.g. "Objection"
inline Stance stanceOf(const Argument &argument)
{
    return argument.stanceToRoot > 0   ? Stance::For
           : argument.stanceToRoot < 0 ? Stance::Against
                                       : Stance::Claim;
}
// Translated: "for the claim", "against the claim", "the claim".
QString stanceName(Stance stance);
// What the argument does to its parent, in a word shown after its stance ("AGAINST · support"): empty for a
// claim and for a reason directly for or against the claim (the stance says it all), else "support",
// "objection" or "rebuttal". Translated.
QString relationWord(const Argument &argument);
// What the argument does to its parent, as a phrase: "supports “NATO has no united front on China”" or
// "attacks “…”"; empty for a claim. Translated.
QString relationPhrase(const Corpus &corpus, const Argument &argument);
QString argumentRoleKey(ArgumentRole role); // "claim", "pro", "con"
std::optional<ArgumentRole> argumentRoleFromKey(std::string_view key);

} // namespace argline

// Every member is a Qt container or a plain value, so the structs can be moved with memcpy when a list
// grows (100,000 events would otherwise be move-constructed one by one at every reallocation).
Q_DECLARE_TYPEINFO(argline::Quote, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(argline::Article, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(argline::Facet, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(argline::Event, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(argline::Argument, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(argline::Era, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(argline::StoryStep, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(argline::MediaLink, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(argline::Relation, Q_RELOCATABLE_TYPE);
