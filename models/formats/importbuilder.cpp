#include "models/formats/importbuilder.h"

#include <array>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// "Battle of Crécy (1346)" → "battle-of-crecy-1346"; at most `limit` characters, cut at a word.
QString slug(const QString &text, qsizetype limit)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    bool dash = false;
    for (QChar c : decomposed) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (dash && !out.isEmpty())
                out += u'-';
            dash = false;
            out += QChar(u);
            if (out.size() >= limit)
                break;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    if (out.size() >= limit) {
        out.truncate(limit);
        if (const qsizetype cut = out.lastIndexOf(u'-'); cut > limit / 2)
            out.truncate(cut);
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace

bool ImportBuilder::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'.' || u == u'_' || u == u':' || u == u'-';
    });
}

QString ImportBuilder::uniqueId(const QString &wanted, const QString &text, const QString &fallback)
{
    if (isValidId(wanted) && !m_taken.contains(wanted)) {
        m_taken.insert(wanted);
        return wanted;
    }
    QString base = slug(text, 48);
    if (base.isEmpty())
        base = fallback;
    // Numbered from where the last clash on this base stopped, so a thousand "meeting"s stay linear.
    QString id = base;
    int &next = m_nextNumber[base];
    for (int n = std::max(next, 2); m_taken.contains(id) || !isValidId(id); ++n) {
        id = base.left(56) + u'-' + QString::number(n);
        next = n + 1;
    }
    m_taken.insert(id);
    return id;
}

QColor ImportBuilder::paletteColor(int index)
{
    static const std::array palette = {
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
        QColor(0x8C, 0x6D, 0x31), QColor(0x6A, 0x51, 0xA3), QColor(0x99, 0x99, 0x33),
        QColor(0x88, 0x22, 0x55), QColor(0x44, 0xAA, 0x99), QColor(0x77, 0x77, 0x77),
    };
    return palette[size_t(std::max(index, 0)) % palette.size()];
}

QString ImportBuilder::facet(QList<Facet> &list, QHash<QString, QString> &byName, const QString &prefix,
                             const QString &name, const QColor &color)
{
    const QString key = name.trimmed();
    if (const auto it = byName.constFind(key); it != byName.cend())
        return *it;
    Facet facet;
    facet.id = uniqueId(QString(), prefix + u' ' + key, prefix);
    facet.name = key;
    facet.color = color.isValid() ? color : paletteColor(int(list.size()));
    list.append(facet);
    byName.insert(key, facet.id);
    return facet.id;
}

QString ImportBuilder::actor(const QString &name, const QColor &color)
{
    return facet(m_corpus.actors, m_actorsByName, u"lane"_s, name, color);
}

QString ImportBuilder::theme(const QString &name, const QColor &color)
{
    return facet(m_corpus.themes, m_themesByName, u"theme"_s, name, color);
}

QString ImportBuilder::section(const QString &name)
{
    return facet(m_corpus.themes, m_sectionsByName, u"section"_s, name, QColor(0x88, 0x88, 0x88));
}

std::shared_ptr<const Corpus> ImportBuilder::finish(const QString &sourcePath)
{
    m_corpus.sourcePath = sourcePath;
    m_corpus.rebuildIndex();
    m_corpus.deriveStructure();
    return std::make_shared<Corpus>(std::move(m_corpus));
}

} // namespace argline
