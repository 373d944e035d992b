// temp_dir: a fresh folder under the system temp dir for one test, removed afterwards (made writable first, so
// tests of read-only files clean up too). Tests never touch the user's own files.
#pragma once

#include <filesystem>
#include <string>
#include <system_error>

#include <stdlib.h>

#include <catch2/catch.hpp>

namespace tmap::test {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& prefix = "tm-test")
    {
        std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
        REQUIRE(::mkdtemp(pattern.data()));
        path = pattern;
    }
    ~TempDir()
    {
        namespace fs = std::filesystem;
        std::error_code ec;
        for (const auto& e : fs::recursive_directory_iterator(path, ec))
            fs::permissions(e.path(), fs::perms::owner_all, fs::perm_options::add, ec);
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name = "journal.sqlite") const { return (path / name).string(); }
};

} // namespace tmap::test
