// journal/time.cpp owns time: the strict timestamp parser, calendar days (std::chrono), and formatting "now".
#include "journal/journal.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <optional>

#include "journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

using namespace detail;

namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count, int& value)
{
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

/// The calendar day of YYYY-MM-DD, strictly: ten characters, a year from 0001, a day the month has.
std::optional<std::chrono::year_month_day> parseDay(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || !digits(text, 0, 4, y) || text[4] != '-' || !digits(text, 5, 2, m) || text[7] != '-'
        || !digits(text, 8, 2, d) || y < 1)
        return std::nullopt;
    const std::chrono::year_month_day date {std::chrono::year {y}, std::chrono::month {static_cast<unsigned>(m)},
        std::chrono::day {static_cast<unsigned>(d)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string twoDigits(int value)
{
    return std::string(1, static_cast<char>('0' + value / 10)) + static_cast<char>('0' + value % 10);
}

} // namespace

namespace detail {

std::string compactLocalTime()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &local);
    return buffer;
}

} // namespace detail

std::optional<Timestamp> parseTimestamp(std::string_view text)
{
    int h = 0, mi = 0, s = 0;
    const auto date = text.size() < 20 ? std::nullopt : parseDay(text.substr(0, 10));
    if (!date || text[10] != 'T' || !digits(text, 11, 2, h) || text[13] != ':' || !digits(text, 14, 2, mi)
        || text[16] != ':' || !digits(text, 17, 2, s) || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    int offset = 0;
    if (text.size() == 20 && text[19] == 'Z') {
        offset = 0;
    } else if (text.size() == 25 && (text[19] == '+' || text[19] == '-') && text[22] == ':') {
        int oh = 0, om = 0;
        if (!digits(text, 20, 2, oh) || !digits(text, 23, 2, om) || oh > 14 || om > 59 || oh * 60 + om > 14 * 60)
            return std::nullopt;
        offset = (text[19] == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
        return std::nullopt;
    }
    Timestamp t;
    using namespace std::chrono;
    const auto local = sys_days {*date} + hours {h} + minutes {mi} + seconds {s};
    t.utc = (local - minutes {offset}).time_since_epoch().count();
    t.offsetMinutes = offset;
    t.day = std::string(text.substr(0, 10));
    return t;
}

bool isDay(std::string_view text)
{
    return parseDay(text).has_value();
}

namespace {

std::chrono::sys_days sysDay(const std::string& day)
{
    const auto date = parseDay(day);
    if (!date)
        throw JournalError("not a day: \"" + day.substr(0, 40) + "\"");
    return *date;
}

} // namespace

std::string addDays(const std::string& day, int days)
{
    const std::chrono::year_month_day ymd {sysDay(day) + std::chrono::days {days}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
        static_cast<unsigned>(ymd.day()));
    return text;
}

int daysBetween(const std::string& from, const std::string& to)
{
    return static_cast<int>((sysDay(to) - sysDay(from)).count()) + 1;
}

long dayNumber(const std::string& day)
{
    return static_cast<long>(sysDay(day).time_since_epoch().count());
}

std::string formatTimestamp(std::int64_t utc, int offsetMinutes)
{
    using namespace std::chrono;
    const sys_seconds local {seconds {utc + std::int64_t {offsetMinutes} * 60}};
    const sys_days midnight = floor<days>(local);
    const year_month_day date {midnight};
    const hh_mm_ss time {local - midnight};
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
        static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
    std::string text = buffer;
    const int abs = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    text += (offsetMinutes < 0 ? "-" : "+") + twoDigits(abs / 60) + ":" + twoDigits(abs % 60);
    return text;
}

std::string nowLocal()
{
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    return formatTimestamp(now, static_cast<int>(local.tm_gmtoff / 60));
}

std::string nowUtc()
{
    std::string text = formatTimestamp(std::time(nullptr), 0);
    return text.substr(0, 19) + "Z";
}

std::string today()
{
    return nowLocal().substr(0, 10);
}

} // namespace tmap::journal
