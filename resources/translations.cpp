#include "resources/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace argline {

void installTranslations(QCoreApplication &app)
{
    const auto install = [&app](const QString &file, const QString &directory) {
        auto *translator = new QTranslator(&app);
        if (translator->load(file, directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install(u"argline_en"_s, u":/i18n"_s);
    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, u"argline"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    install(u"qtbase_"_s + locale.name(), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace argline
