// The settings of a "[shot]" GUI test (pictures for a person to review; not run by default):
//   TM_SHOT_DIR=/tmp/shots build/bin/gui_tests "[shot]"; TM_SHOT_LANGUAGE=de for German, TM_SHOT_DARK=1 for dark.
// For the test's lifetime the interface and the catalogue's texts speak that language and the palette is that one;
// English and light afterwards.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "app/shell/app_options.h"
#include "app/widgets/body_names.h"
#include "catalogue_fixture.h"

namespace tmap::test {

struct ShotSettings {
    const QString out = qEnvironmentVariable("TM_SHOT_DIR", QDir::tempPath());
    const QString language = qEnvironmentVariable("TM_SHOT_LANGUAGE");
    const bool dark = qEnvironmentVariableIsSet("TM_SHOT_DARK");
    QTranslator translator;
    QTranslator qtTranslator; ///< Qt's own strings (standard buttons), as main() loads them
    const QLocale previousLocale;

    ShotSettings()
    {
        if (!language.isEmpty() && translator.load(QLocale(language), "trigger-map", "_", ":/i18n")) {
            QCoreApplication::installTranslator(&translator);
            if (qtTranslator.load(QLocale(language), "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qtTranslator);
            QLocale::setDefault(QLocale(language)); // dates and numbers, as main() sets them
        }
        // The catalogue's texts (names, descriptions, steps) in that language too, as main() sets them.
        if (!language.isEmpty())
            tmap::app::BodyNames::setCatalogue(&builtCatalogue(), language);
        if (dark)
            tmap::app::applyPalette("dark"); // as --palette dark
    }
    ~ShotSettings()
    {
        if (dark)
            tmap::app::applyPalette("light");
        if (!language.isEmpty())
            tmap::app::BodyNames::setCatalogue(nullptr, {});
        QLocale::setDefault(previousLocale);
        QCoreApplication::removeTranslator(&qtTranslator);
        QCoreApplication::removeTranslator(&translator);
    }
    Q_DISABLE_COPY_MOVE(ShotSettings)
};

} // namespace tmap::test
