#include "app/toolbartext.h"

#include <QAction>
#include <QRegularExpression>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// What QAction shows as a tooltip when it has none of its own: its text with the "&"s and "..." gone.
QString qtDefaultToolTip(QString text)
{
    text.remove(u"..."_s);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&')
            text.remove(i, 1); // "&&" leaves one "&", which the loop then steps over
    }
    return text.trimmed();
}

} // namespace

QString withoutMnemonic(const QString &text)
{
    // "(&B)" with the brackets, half- or full-width, and the space some translations put before it.
    static const QRegularExpression bracketed(u"\\s*[(（]&[^&\\s][)）]"_s);
    QString result = text;
    result.remove(bracketed);
    QString plain;
    plain.reserve(result.size());
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result.at(i) == u'&') {
            if (i + 1 < result.size() && result.at(i + 1) == u'&')
                plain += u'&';
            ++i;
            if (i < result.size() && result.at(i) != u'&')
                plain += result.at(i);
            continue;
        }
        plain += result.at(i);
    }
    if (plain.endsWith(u'…'))
        plain.chop(1);
    else if (plain.endsWith(u"..."_s))
        plain.chop(3);
    return plain.trimmed();
}

void useCleanButtonTexts(QToolBar *bar)
{
    for (QAction *action : bar->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        const bool ownToolTip = action->toolTip() != qtDefaultToolTip(action->text());
        const QString clean = withoutMnemonic(action->text());
        action->setIconText(clean);
        if (!ownToolTip)
            action->setToolTip(clean);
    }
}

} // namespace argline
