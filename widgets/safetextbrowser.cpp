#include "safetextbrowser.h"

using namespace Qt::StringLiterals;

namespace argline {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    return {}; // nothing is ever fetched, whatever the document asks for
}

QStringList SafeTextBrowser::itemIds(const QUrl &link)
{
    if (link.scheme() != u"argline" || !link.path().startsWith(u"items/"))
        return {};
    return link.path().mid(6).split(u',', Qt::SkipEmptyParts);
}

QString SafeTextBrowser::itemLink(const QStringList &ids)
{
    return u"argline:items/"_s + ids.join(u',');
}

} // namespace argline
