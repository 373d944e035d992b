// journal_fixture: what the journal tests share - the body vocabulary from data/, a temp folder, list queries,
// and opening a journal without the daily backup.
#pragma once

#include <cstdint>
#include <string>

#include "../support/temp_dir.h"
#include "body/body_map.h"
#include "journal/journal.h"

namespace tmap::test {

inline const body::BodyMap& bodyMap()
{
    static const auto map = body::BodyMap::fromDirectory(TM_SOURCE_DIR "/data");
    return map;
}

inline journal::ListQuery query(
    std::string search = {}, journal::Range range = {}, std::int64_t offset = 0, std::int64_t limit = 50)
{
    journal::ListQuery q;
    q.search = std::move(search);
    q.range = std::move(range);
    q.offset = offset;
    q.limit = limit;
    return q;
}

inline journal::OpenOptions quiet()
{
    journal::OpenOptions o;
    o.dailyBackup = false;
    return o;
}

} // namespace tmap::test
