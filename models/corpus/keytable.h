#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace argline {

// The stable words for an enum's values — what corpus files, settings files and the command line
// say — in one table per enum, and the only place an enum meets its words:
//
//     constexpr KeyTable themes{std::array{std::pair{Theme::Light, "light"}, std::pair{Theme::Dark,
//     "dark"}}}; themes.key(Theme::Dark) == u"dark"_s;   themes.value(u"Dark"_s) == Theme::Dark;
//
// Keys are lower-case ASCII. The case rule is the caller's, stated at the call: words a person types
// or a settings file keeps are matched ignoring case (the default); a file format's words are matched
// exactly (Qt::CaseSensitive), as its specification spells them.
template <typename Enum, std::size_t Size>
struct KeyTable
{
    std::array<std::pair<Enum, const char *>, Size> entries;

    QString key(Enum value) const
    {
        for (const auto &[v, word] : entries) {
            if (v == value)
                return QString::fromLatin1(word);
        }
        return {};
    }

    std::optional<Enum> value(QStringView word, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const
    {
        for (const auto &[v, k] : entries) {
            if (word.compare(QLatin1StringView(k), cs) == 0)
                return v;
        }
        return std::nullopt;
    }

    // From UTF-8 as a reader has it, without allocating.
    std::optional<Enum> value(std::string_view word, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const
    {
        const QLatin1StringView latin1(word.data(), qsizetype(word.size()));
        for (const auto &[v, k] : entries) {
            if (QLatin1StringView(k).compare(latin1, cs) == 0)
                return v;
        }
        return std::nullopt;
    }

    QStringList keys() const
    {
        QStringList words;
        for (const auto &entry : entries)
            words.append(QString::fromLatin1(entry.second));
        return words;
    }
};

template <typename Enum, std::size_t Size>
KeyTable(std::array<std::pair<Enum, const char *>, Size>) -> KeyTable<Enum, Size>;

} // namespace argline
