#include "resources/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

const QString english = u"en"_s;
const QString translationsFolder = u":/i18n"_s;
// The translators an installTranslations() call puts on the application carry this name, so the next
// call finds and replaces them (no global state beyond the application object).
const QString translatorName = u"argline-translator"_s;

} // namespace

QStringList UiLanguage::available()
{
    QStringList codes{english};
    const QStringList files =
        QDir(translationsFolder).entryList({u"argline_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3); // argline_XX.qm
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QString UiLanguage::nativeName(const QString &code)
{
    if (code == english)
        return u"English"_s; // not "American English", which is what Qt calls en
    const QLocale locale(code);
    return locale.nativeLanguageName().isEmpty() ? code : locale.nativeLanguageName();
}

QString UiLanguage::sanitized(const QString &choice)
{
    return available().contains(choice) ? choice : QString();
}

QString UiLanguage::resolved(const QString &choice, const QLocale &system)
{
    const QStringList have = available();
    if (have.contains(choice))
        return choice;
    // The system's UI languages in order of preference (LANGUAGE=fr:ja gives French, then Japanese):
    // the first one Argline speaks wins; English ends the search, as does the C locale.
    for (const QString &name : system.uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::C || language == QLocale::English)
            return english;
        const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
        if (have.contains(code))
            return code;
    }
    return english;
}

QLocale UiLanguage::locale(const QString &choice, const QLocale &system)
{
    const QString code = resolved(choice, system);
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
    if (system.language() == language || (code == english && system.language() == QLocale::C))
        return system;
    // The interface's language in the system's territory when Qt knows that pair, else the language's
    // main territory (English in Japan is en_US to Qt).
    return QLocale(language, system.territory());
}

void installTranslations(QCoreApplication &app, const QString &choice)
{
    const QList<QTranslator *> earlier =
        app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const auto install = [&app](const QString &file, const QString &directory) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(translatorName);
        if (translator->load(file, directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    // Later translators are asked first: the chosen language, then English for the plural forms.
    install(u"argline_en"_s, translationsFolder);
    const QString language = UiLanguage::resolved(choice);
    QLocale::setDefault(UiLanguage::locale(choice));
    if (language == english)
        return;
    install(u"argline_"_s + language, translationsFolder);
    install(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace argline
