#include "widgets/common/safetextbrowser.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace argline {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    followPalette();
}

// Rich text takes its link colour from the application palette, not the widget's: in the dark theme
// links came out pure blue on near-black. A default style sheet uses the widget's own link colour.
void SafeTextBrowser::followPalette()
{
    document()->setDefaultStyleSheet(u"a { color: %1; }"_s.arg(palette().color(QPalette::Link).name()));
}

void SafeTextBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        followPalette();
        Q_EMIT paletteChanged();
    }
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
