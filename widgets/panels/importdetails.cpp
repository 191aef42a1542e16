#include "widgets/panels/importdetails.h"

#include "models/corpus/citation.h"
#include "widgets/common/safetextbrowser.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString quoted(const QString &title)
{
    return u"“"_s + escaped(title) + u"”"_s;
}

QString itemLink(const Argument &argument)
{
    return u"<a href='%1'>%2</a>"_s.arg(SafeTextBrowser::itemLink({argument.id}), quoted(argument.title));
}

} // namespace

QString ImportDetails::eventHtml(const Corpus &, const Event &event)
{
    QString html;
    if (event.evidence.isEmpty() && !event.importedFrom.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(escaped(Citation::withoutQuote(event.importedFrom)));
    if (!event.media.isEmpty()) {
        html += u"<h4>%1</h4><ul>"_s.arg(escaped(tr("Media")));
        for (const MediaLink &link : event.media) {
            const QUrl url(link.url);
            const QString shown = link.caption.isEmpty() ? link.url : link.caption;
            // Only web addresses are links; a relative path ("./media/x.jpg") is shown as text.
            QString item =
                isExternal(url)
                    ? u"<a href='%1'>%2</a>"_s.arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(shown))
                    : escaped(shown);
            if (!link.caption.isEmpty() && shown != link.url)
                item += u"<br><small>%1</small>"_s.arg(escaped(link.url));
            if (!link.credit.isEmpty())
                item += u"<br><small>%1</small>"_s.arg(escaped(tr("Credit: %1").arg(link.credit)));
            html += u"<li>%1</li>"_s.arg(item);
        }
        html += u"</ul><p><small>%1</small></p>"_s.arg(
            escaped(tr("Argline does not load media; a link opens in your web browser when you click it.")));
    }
    return html;
}

QString ImportDetails::argumentHtml(const Corpus &corpus, const Argument &argument)
{
    QString html;
    if (!argument.copyOf.isEmpty()) {
        if (const Argument *original = corpus.argument(argument.copyOf)) {
            html +=
                u"<p>%1</p>"_s.arg(tr("This statement also stands elsewhere in the map, with its reasons: %1")
                                       .arg(itemLink(*original)));
        }
    } else if (argument.evidence.isEmpty() && !argument.importedFrom.isEmpty()) {
        html += u"<p><i>%1</i></p>"_s.arg(escaped(Citation::withoutQuote(argument.importedFrom)));
    }
    const Argument *parent = corpus.argument(argument.parentId);
    if (parent) {
        QString relation;
        if (argument.relation == u"undercut") {
            const Argument *grand = corpus.argument(parent->parentId);
            relation =
                grand ? tr("An undercut: it attacks the inference from %1 to %2, not %1 itself.")
                            .arg(quoted(parent->title), quoted(grand->title))
                      : tr("An undercut: it attacks the inference drawn from %1.").arg(quoted(parent->title));
        } else if (argument.relation == u"contrary") {
            relation = tr("A contrary of %1: they cannot both be true.").arg(quoted(parent->title));
        } else if (argument.relation == u"contradiction") {
            relation = tr("Contradicts %1: exactly one of them is true.").arg(quoted(parent->title));
        } else if (argument.relation == u"premise") {
            relation = tr("A premise of %1.").arg(quoted(parent->title));
        }
        if (!argument.inference.isEmpty() && argument.relation != u"undercut") {
            QStringList others;
            for (int sibling : parent->children) {
                const Argument &s = corpus.arguments[sibling];
                if (&s != &argument && s.inference == argument.inference && s.relation != u"undercut")
                    others.append(itemLink(s));
            }
            if (!others.isEmpty())
                relation += u' ' + tr("It supports %1 only together with %2.")
                                       .arg(quoted(parent->title), others.join(u", "_s));
        }
        if (!relation.isEmpty())
            html += u"<p>%1</p>"_s.arg(relation);
    }
    QStringList themes;
    for (const QString &id : argument.themes) {
        if (const Facet *theme = corpus.theme(id))
            themes.append(escaped(theme->name));
    }
    if (!themes.isEmpty())
        html += u"<p><small>%1 %2</small></p>"_s.arg(escaped(tr("Themes:")), themes.join(u", "_s));
    QStringList undrawn;
    const QString &id = argument.copyOf.isEmpty() ? argument.id : argument.copyOf;
    for (const Relation &relation : corpus.relations) {
        if (relation.from != id && relation.to != id)
            continue;
        const Argument *other = corpus.argument(relation.from == id ? relation.to : relation.from);
        const QString with = other ? itemLink(*other) : escaped(tr("(not a statement)"));
        const QString what = relation.from == id ? tr("%1 → %2").arg(escaped(relation.kind), with)
                                                 : tr("%1 ← %2").arg(escaped(relation.kind), with);
        undrawn.append(
            relation.note.isEmpty() ? what : what + u" <small>(%1)</small>"_s.arg(escaped(relation.note)));
    }
    if (!undrawn.isEmpty())
        html += u"<h4>%1</h4><ul><li>%2</li></ul>"_s.arg(escaped(tr("Relations the map does not draw")),
                                                         undrawn.join(u"</li><li>"_s));
    return html;
}

bool ImportDetails::isExternal(const QUrl &link)
{
    return link.isValid() && (link.scheme() == u"https" || link.scheme() == u"http");
}

} // namespace argline
