// file_write: waits for what the Journal tab writes aside (an export, the report) in GUI tests.
#pragma once

#include <QSignalSpy>
#include <QString>

#include "app/journal/journal_page.h"

namespace tmap::test {

/// Runs `start` (an export or the report through `page`, returning whether it started) and waits until it ends;
/// true when the file is in place.
template <class Start> bool writtenThrough(app::JournalPage& page, Start&& start)
{
    QSignalSpy written(&page, &app::JournalPage::fileWritten);
    if (!start())
        return false;
    if (written.isEmpty() && !written.wait(60000))
        return false;
    return written.front().at(1).toBool();
}

} // namespace tmap::test
