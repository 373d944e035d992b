#include <catch2/catch.hpp>

#include "db/database.h"

using tmap::db::Database;

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
