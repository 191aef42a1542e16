#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace argline {

// What `argline --version` and Help ▸ About say: the version, the licence, the Qt the app runs on, and
// where the built-in articles come from. The articles are listed from the built-in corpus itself, so the
// credits cannot drift from what the app ships; each belongs to its publisher and is quoted as a source.
class About final
{
    Q_DECLARE_TR_FUNCTIONS(argline::About)

public:
    static constexpr auto licence = "GPL-3.0-or-later"; // SPDX; LICENSE holds the text

    // Title · outlet · authors · date for each built-in article, as the details panel cites them.
    static QStringList builtInArticles();
    static QString versionText(); // plain text, for the terminal
    static QString html();        // for the About box
};

} // namespace argline
