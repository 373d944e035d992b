// journal/uuid: new random UUIDs from libuuid, and checking a UUID's lower-case canonical form.
#include "journal/uuid.h"

#include <uuid/uuid.h>

namespace tmap::journal {

std::string newUuid()
{
    // libuuid draws from the kernel's random source on every call (no state of ours), so threads and forked
    // children never repeat each other's ids.
    uuid_t bytes;
    uuid_generate_random(bytes);
    char text[37];
    uuid_unparse_lower(bytes, text);
    return text;
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace tmap::journal
