#pragma once

#include <QString>
#include <QVarLengthArray>

#include <string_view>

namespace argline {

// A JSON pointer ("/events/12/date") kept as segments and only turned into text when a diagnostic
// needs it. Key segments are views: build paths from keys that outlive the diagnostic being reported.
class JsonPath final
{
public:
    JsonPath() = default;

    JsonPath key(std::string_view name) const
    {
        JsonPath path = *this;
        path.m_segments.append({name, -1});
        return path;
    }
    JsonPath index(int i) const
    {
        JsonPath path = *this;
        path.m_segments.append({{}, i});
        return path;
    }

    QString toString() const
    {
        QString text;
        for (const Segment &segment : m_segments) {
            text += u'/';
            if (segment.index >= 0) {
                text += QString::number(segment.index);
            } else {
                // JSON pointer escaping: '~' → "~0", '/' → "~1".
                QString name = QString::fromUtf8(segment.key.data(), qsizetype(segment.key.size()));
                name.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
                text += name;
            }
        }
        return text;
    }

private:
    struct Segment
    {
        std::string_view key;
        int index = -1;
    };
    QVarLengthArray<Segment, 6> m_segments;
};

} // namespace argline
