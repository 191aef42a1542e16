#include "app/about.h"

#include "models/corpus/citation.h"
#include "models/io/corpusreader.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QString licenceSentence()
{
    return About::tr("Licence: %1. Argline is free software: you may share and change it under the "
                     "GNU General Public License, version 3 or later; there is NO WARRANTY.")
        .arg(QLatin1StringView(About::licence));
}

QString qtSentence()
{
    return About::tr("Qt %1 (built with Qt %2)")
        .arg(QLatin1StringView(qVersion()), QStringLiteral(QT_VERSION_STR));
}

QString articlesSentence()
{
    return About::tr("The built-in corpus quotes these articles. They belong to their publishers and authors "
                     "and are included as quoted sources:");
}

} // namespace

QStringList About::builtInArticles()
{
    const ReadResult result = CorpusReader::readFile(CorpusReader::builtInCorpusPath());
    QStringList articles;
    if (!result.ok())
        return articles;
    for (const Article &article : result.corpus->articles)
        articles.append(Citation::plainText(article));
    return articles;
}

QString About::versionText()
{
    QString text = u"argline "_s + QCoreApplication::applicationVersion() + u'\n';
    text += tr("Copyright © 2026 the Argline authors") + u'\n';
    text += licenceSentence() + u'\n';
    text += qtSentence() + u"\n\n"_s;
    text += articlesSentence() + u'\n';
    for (const QString &article : builtInArticles())
        text += u"  - "_s + article + u'\n';
    return text;
}

QString About::html()
{
    QString html = tr("<b>Argline %1</b><p>How a strategic debate unfolds over time: events on a "
                      "zoomable timeline, arguments on a pro/con map, every one traceable to the "
                      "sentence it comes from.</p>")
                       .arg(QCoreApplication::applicationVersion());
    html += u"<p>"_s + tr("Copyright © 2026 the Argline authors").toHtmlEscaped() + u"<br>"_s +
            licenceSentence().toHtmlEscaped() + u"<br>"_s + qtSentence().toHtmlEscaped() + u"</p>"_s;
    html += u"<p>"_s + articlesSentence().toHtmlEscaped() + u"</p><ul>"_s;
    for (const QString &article : builtInArticles())
        html += u"<li>"_s + article.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace argline
