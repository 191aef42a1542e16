#include "models/corpus/corpus.h"

#include "models/corpus/keytable.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

template <typename List>
const typename List::value_type *at(const List &list, int index)
{
    return index >= 0 && index < list.size() ? &list[index] : nullptr;
}

} // namespace

int Corpus::indexOf(ItemKind kind, const QString &id) const
{
    const ItemRef ref = find(id);
    return ref.kind == kind ? ref.index : -1;
}

const Event *Corpus::event(const QString &id) const
{
    return at(events, indexOf(ItemKind::Event, id));
}

const Argument *Corpus::argument(const QString &id) const
{
    return at(arguments, indexOf(ItemKind::Argument, id));
}

const Article *Corpus::article(const QString &id) const
{
    return at(articles, indexOf(ItemKind::Article, id));
}

const Facet *Corpus::actor(const QString &id) const
{
    return at(actors, indexOf(ItemKind::Actor, id));
}

const Facet *Corpus::theme(const QString &id) const
{
    return at(themes, indexOf(ItemKind::Theme, id));
}

QStringView Corpus::idOf(ItemRef ref) const
{
    switch (ref.kind) {
    case ItemKind::Article:
        return articles[ref.index].id;
    case ItemKind::Actor:
        return actors[ref.index].id;
    case ItemKind::Theme:
        return themes[ref.index].id;
    case ItemKind::Event:
        return events[ref.index].id;
    case ItemKind::Argument:
        return arguments[ref.index].id;
    case ItemKind::Era:
        return eras[ref.index].id;
    case ItemKind::None:
        break;
    }
    return {};
}

ItemRef Corpus::find(QStringView id) const
{
    return m_ids.find(id, [this](ItemRef ref) { return idOf(ref); });
}

ItemRef Corpus::registerId(QStringView id, ItemRef ref)
{
    return m_ids.insert(id, ref, [this](ItemRef existing) { return idOf(existing); });
}

void Corpus::rebuildIndex()
{
    m_ids.clear();
    m_ids.reserve(articles.size() + actors.size() + themes.size() + events.size() + arguments.size() +
                  eras.size());
    const auto add = [this](const auto &list, ItemKind kind) {
        for (int i = 0; i < list.size(); ++i)
            registerId(list[i].id, {kind, i});
    };
    add(articles, ItemKind::Article);
    add(actors, ItemKind::Actor);
    add(themes, ItemKind::Theme);
    add(events, ItemKind::Event);
    add(arguments, ItemKind::Argument);
    add(eras, ItemKind::Era);
}

void Corpus::deriveStructure()
{
    for (Argument &argument : arguments) {
        argument.children.clear();
        argument.parent = argument.parentId.isEmpty() ? -1 : indexOf(ItemKind::Argument, argument.parentId);
    }
    for (int i = 0; i < arguments.size(); ++i) {
        if (const int parent = arguments[i].parent; parent >= 0)
            arguments[parent].children.append(i);
    }
    // Walk each tree from its root so that every parent is finished before its children.
    QList<int> stack;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i].parent < 0)
            stack.append(i);
    }
    while (!stack.isEmpty()) {
        Argument &node = arguments[stack.takeLast()];
        if (node.parent < 0) {
            node.depth = 0;
            node.kind = ArgumentKind::Claim;
            node.stanceToRoot = 0;
        } else {
            const Argument &parent = arguments[node.parent];
            node.depth = parent.depth + 1;
            const int sign = node.role == ArgumentRole::Con ? -1 : 1;
            node.stanceToRoot = parent.parent < 0 ? sign : parent.stanceToRoot * sign;
            if (node.role == ArgumentRole::Pro)
                node.kind = ArgumentKind::Pro;
            else if (parent.kind == ArgumentKind::Claim)
                node.kind = ArgumentKind::Con;
            else if (parent.kind == ArgumentKind::Objection)
                node.kind = ArgumentKind::Rebuttal;
            else
                node.kind = ArgumentKind::Objection;
        }
        for (int child : std::as_const(node.children))
            stack.append(child);
    }
}

std::pair<qint64, qint64> Corpus::eventSpan() const
{
    if (events.isEmpty())
        return {0, -1};
    qint64 first = events.first().date.date.firstDay();
    qint64 last = events.first().date.date.lastDay();
    for (const Event &event : events) {
        first = std::min(first, event.date.date.firstDay());
        last = std::max(last, event.date.date.lastDay());
    }
    return {first, last};
}

bool Corpus::operator==(const Corpus &other) const
{
    return title == other.title && description == other.description && articles == other.articles &&
           actors == other.actors && themes == other.themes && events == other.events &&
           arguments == other.arguments && eras == other.eras && story == other.story &&
           relations == other.relations;
}

QString argumentKindName(ArgumentKind kind)
{
    switch (kind) {
    case ArgumentKind::Claim:
        return QCoreApplication::translate("argline::Argument", "Claim");
    case ArgumentKind::Pro:
        return QCoreApplication::translate("argline::Argument", "Pro");
    case ArgumentKind::Con:
        return QCoreApplication::translate("argline::Argument", "Con");
    case ArgumentKind::Objection:
        return QCoreApplication::translate("argline::Argument", "Objection");
    case ArgumentKind::Rebuttal:
        return QCoreApplication::translate("argline::Argument", "Rebuttal");
    }
    return {};
}

QString stanceName(Stance stance)
{
    switch (stance) {
    case Stance::For:
        return QCoreApplication::translate("argline::Argument", "for the claim");
    case Stance::Against:
        return QCoreApplication::translate("argline::Argument", "against the claim");
    case Stance::Claim:
        return QCoreApplication::translate("argline::Argument", "the claim");
    }
    return {};
}

QString relationWord(const Argument &argument)
{
    if (argument.parent < 0 || argument.depth <= 1)
        return {};
    switch (argument.kind) {
    case ArgumentKind::Pro:
        return QCoreApplication::translate("argline::Argument", "support");
    case ArgumentKind::Objection:
        return QCoreApplication::translate("argline::Argument", "objection");
    case ArgumentKind::Rebuttal:
        return QCoreApplication::translate("argline::Argument", "rebuttal");
    case ArgumentKind::Claim:
    case ArgumentKind::Con:
        break;
    }
    return {};
}

QString relationPhrase(const Corpus &corpus, const Argument &argument)
{
    if (argument.parent < 0 || argument.parent >= corpus.arguments.size())
        return {};
    const QString &parent = corpus.arguments[argument.parent].title;
    return argument.role == ArgumentRole::Con
               ? QCoreApplication::translate("argline::Argument", "attacks “%1”").arg(parent)
               : QCoreApplication::translate("argline::Argument", "supports “%1”").arg(parent);
}

namespace {

constexpr KeyTable roleKeys{std::array{std::pair{ArgumentRole::Claim, "claim"},
                                       std::pair{ArgumentRole::Pro, "pro"},
                                       std::pair{ArgumentRole::Con, "con"}}};

} // namespace

QString argumentRoleKey(ArgumentRole role)
{
    return roleKeys.key(role);
}

std::optional<ArgumentRole> argumentRoleFromKey(std::string_view key)
{
    return roleKeys.value(key, Qt::CaseSensitive); // the corpus format spells them so
}

} // namespace argline
