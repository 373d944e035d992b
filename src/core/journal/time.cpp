// journal/time.cpp owns time: the strict timestamp parser, calendar days, and formatting "now".
#include "journal/journal.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "journal/journal_internal.h"

namespace fs = std::filesystem;

namespace tmap::journal {

using namespace detail;

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& year, unsigned& month, unsigned& day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2));
}

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

unsigned daysInMonth(int year, int month)
{
    static constexpr std::array<unsigned, 12> days {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

bool parseDay(std::string_view text, int& y, int& m, int& d)
{
    return text.size() == 10 && digits(text, 0, 4, y) && text[4] == '-' && digits(text, 5, 2, m) && text[7] == '-'
        && digits(text, 8, 2, d) && y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= static_cast<int>(daysInMonth(y, m));
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
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (text.size() < 20 || !parseDay(text.substr(0, 10), y, mo, d) || text[10] != 'T' || !digits(text, 11, 2, h)
        || text[13] != ':' || !digits(text, 14, 2, mi) || text[16] != ':' || !digits(text, 17, 2, s) || h > 23
        || mi > 59 || s > 59)
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
    const std::int64_t local
        = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 + h * 3600 + mi * 60 + s;
    t.utc = local - std::int64_t {offset} * 60;
    t.offsetMinutes = offset;
    t.day = std::string(text.substr(0, 10));
    return t;
}

bool isDay(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    return parseDay(text, y, m, d);
}

std::string formatTimestamp(std::int64_t utc, int offsetMinutes)
{
    const std::int64_t local = utc + std::int64_t {offsetMinutes} * 60;
    std::int64_t days = local / 86400;
    std::int64_t seconds = local % 86400;
    if (seconds < 0) {
        seconds += 86400;
        --days;
    }
    int year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, year, month, day);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d", year, month, day,
        static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
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
