// text: the small string helpers every part of the app shares (core strings are UTF-8 std::string).
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <string>

namespace tmap::app {

/// A core string (UTF-8) as a QString.
inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

/// The locale's date format of `format` with the year whole ("dd.MM.yy" -> "dd.MM.yyyy"): German's "04.12.26" reads
/// as a day of 2026 only by guessing. The journal, its backups and the report write days so.
inline QString wholeYearDateFormat(const QLocale& locale, QLocale::FormatType format)
{
    QString pattern = locale.dateFormat(format);
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

/// A day in the locale's short format, the year whole ("05.12.2026").
inline QString shortDayText(const QDate& day)
{
    const QLocale locale;
    return locale.toString(day, wholeYearDateFormat(locale, QLocale::ShortFormat));
}

} // namespace tmap::app
