#pragma once

#include <QString>
#include <QStringList>

namespace argline {

// The inline syntax of Argdown text, made plain: #tags and #(multi word tags) are taken out (and
// returned), @[mentions] and @<mentions> keep their words, {inline: data} is dropped, **bold**,
// __bold__, *italic* and _italic_ lose their marks, and [links](url) become "links (url)".
struct ArgdownText
{
    QString text;
    QStringList tags;

    static ArgdownText parse(const QString &raw);
    // Whether a tag can be written back as #tag (else it needs #(...)).
    static bool isSimpleTag(const QString &tag);
};

} // namespace argline
