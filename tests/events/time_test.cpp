// events/time: time expressions normalized against the document date.
#include <doctest/doctest.h>

#include "events/time.hpp"

using attache::events::Date;
using attache::events::parse_date;
using attache::events::TimeFinder;

TEST_SUITE("events") {

TEST_CASE("time expressions normalize against the document date") {
  const Date d = parse_date("2023-11-03");  // a Friday
  struct Case {
    const char* expr;
    const char* value;
  };
  const Case cases[] = {
      {"on Friday", "2023-11-03"},   {"Tuesday", "2023-10-31"},      {"last Friday", "2023-10-27"},
      {"next Monday", "2023-11-06"}, {"yesterday", "2023-11-02"},    {"today", "2023-11-03"},
      {"last month", "2023-10"},     {"this month", "2023-11"},      {"last year", "2022"},
      {"April 23", "2023-04-23"},    {"Dec. 24", "2022-12-24"},      {"23 April 2021", "2021-04-23"},
      {"in March", "2023-03"},       {"in 2012", "2012"},            {"in recent months", ""},
      {"last week", "2023-W43"},     {"July 25, 2020", "2020-07-25"},
  };
  for (const auto& c : cases) {
    INFO(std::string(c.expr));
    CHECK(TimeFinder::normalize(c.expr, d) == c.value);
  }
  // Without a document date only absolute dates have a value.
  CHECK(TimeFinder::normalize("on Friday", Date{}) == "");
  CHECK(TimeFinder::normalize("July 25, 2020", Date{}) == "2020-07-25");
}

TEST_CASE("dates: valid ISO dates only") {
  CHECK(parse_date("2024-02-29").valid());
  CHECK_FALSE(parse_date("2023-02-29").valid());
  CHECK_FALSE(parse_date("2023-13-01").valid());
  CHECK_FALSE(parse_date("03/11/2023").valid());
  CHECK(parse_date("2023-11-03T10:00:00Z").valid());
}

TEST_CASE("the finder reports spans inside the range") {
  TimeFinder f;
  const std::string s = "Officials said on Friday that last month was hard.";
  auto all = f.find(s, attache::Span{0, std::uint32_t(s.size())}, parse_date("2023-11-03"));
  REQUIRE(all.size() == 2);
  CHECK(all[0].text == "on Friday");
  CHECK(s.substr(all[0].span.begin, all[0].span.size()) == "on Friday");
  CHECK(all[1].value == "2023-10");
}

}  // TEST_SUITE
