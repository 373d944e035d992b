// text: the small string helpers every part of the app shares (core strings are UTF-8 std::string).
#pragma once

#include <QString>
#include <string>

namespace tmap::app {

/// A core string (UTF-8) as a QString.
inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace tmap::app
