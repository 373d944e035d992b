#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "../support/temp_dir.h"
#include "db/backup.h"
#include "db/database.h"

using tmap::db::Database;
using tmap::test::TempDir;

TEST_CASE("database: statements bind parameters and read columns", "[db]")
{
    Database db(":memory:");
    db.exec("CREATE TABLE t (a TEXT, b INTEGER, c REAL)");
    auto insert = db.prepare("INSERT INTO t VALUES (?, ?, ?)");
    insert.bind(1, "it's; DROP TABLE t; --").bind(2, 42).bind(3, 1.5).run();
    auto select = db.prepare("SELECT a, b, c FROM t");
    REQUIRE(select.step());
    CHECK(select.text(0) == "it's; DROP TABLE t; --");
    CHECK(select.integer(1) == 42);
    CHECK(select.real(2) == Approx(1.5));
    CHECK_FALSE(select.step());
}

TEST_CASE("database: a transaction rolls back unless committed", "[db]")
{
    Database db(":memory:");
    db.exec("CREATE TABLE t (a INTEGER)");
    {
        tmap::db::Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
    }
    {
        tmap::db::Transaction tx(db);
        db.exec("INSERT INTO t VALUES (2)");
        tx.commit();
    }
    auto count = db.prepare("SELECT group_concat(a) FROM t");
    REQUIRE(count.step());
    CHECK(count.text(0) == "2");
}

TEST_CASE("database: errors name the file and the problem", "[db]")
{
    Database db(":memory:");
    try {
        db.exec("SELECT * FROM missing_table");
        FAIL("expected an error");
    } catch (const tmap::db::Error& e) {
        CHECK_THAT(e.what(), Catch::Contains(":memory:") && Catch::Contains("missing_table"));
    }
    CHECK_THROWS_AS(Database("/nonexistent/dir/x.sqlite", Database::Mode::ReadWrite), tmap::db::Error);
}

namespace {
int rows(Database& db)
{
    auto count = db.prepare("SELECT count(*) FROM t");
    REQUIRE(count.step());
    return static_cast<int>(count.integer(0));
}
} // namespace

TEST_CASE("database: a copy over a live database locks out other writers until it is done", "[db][backup]")
{
    // What a restore relies on: while the copy holds the destination's write lock, another connection still reads the
    // destination as it was (so a copy of it made then is complete) and cannot write to it (so nothing it saves is
    // lost between that copy and the restore).
    TempDir dir;
    Database from(dir.file("from.sqlite"));
    from.exec("CREATE TABLE t (a TEXT)");
    for (int i = 0; i < 200; ++i)
        from.prepare("INSERT INTO t VALUES (?1)").bind(1, std::string(200, 'x')).run(); // many pages
    Database to(dir.file("to.sqlite"));
    to.exec("PRAGMA journal_mode = WAL");
    to.exec("CREATE TABLE t (a TEXT)");
    to.exec("INSERT INTO t VALUES ('before')");

    bool ran = false;
    tmap::db::copyDatabase(from, to, [&] {
        ran = true;
        Database other(dir.file("to.sqlite"));
        other.setBusyTimeout(0);
        CHECK(rows(other) == 1); // the destination as it was
        CHECK_THROWS_AS(other.exec("INSERT INTO t VALUES ('meanwhile')"), tmap::db::Error);
    });
    CHECK(ran);
    CHECK(rows(to) == 200);

    // Abandoned by a throw, the copy leaves the destination as it was, and writable.
    Database other(dir.file("to.sqlite"));
    other.exec("DELETE FROM t");
    other.exec("INSERT INTO t VALUES ('kept')");
    CHECK_THROWS_AS(tmap::db::copyDatabase(from, to, [] { throw std::runtime_error("no room for the copy"); }),
        std::runtime_error);
    CHECK(rows(to) == 1);
    other.exec("INSERT INTO t VALUES ('later')");
    CHECK(rows(to) == 2);
}
