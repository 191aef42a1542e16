#pragma once

#include <QTextBrowser>

namespace argline {

// A QTextBrowser that never loads anything: no remote resources, no local files, no navigation. Corpus
// text is untrusted input; links it shows use the "argline:" scheme and are handled by the owner.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // The item ids an "argline:items/a,b" link names (empty for any other link).
    static QStringList itemIds(const QUrl &link);
    static QString itemLink(const QStringList &ids);

Q_SIGNALS:
    // The palette changed (a theme switch): the owner sets its HTML again so links take the new colour.
    void paletteChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
};

} // namespace argline
