// journal/uuid: random (version 4) UUIDs, the stable ids of journal notes (made by libuuid).
#pragma once

#include <string>
#include <string_view>

namespace tmap::journal {

/// A new random UUID (RFC 4122 version 4) in lower-case canonical form: "3f2a9c1e-7b4d-4e21-9a0c-5d6e7f8a9b0c".
std::string newUuid();

/// True for a UUID in lower-case canonical form (any version), the only form notes use as ids.
bool isUuid(std::string_view text);

} // namespace tmap::journal
