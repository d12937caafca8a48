// events/time: time expressions normalized against the document date.
#include <doctest/doctest.h>

#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

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
      // A month and a year with no preposition, as a timeline's line opens.
      {"May 1972", "1972-05"},       {"Sept. 1959", "1959-09"},
      // Counted back: a day or a week gives the date, a month the month,
      // years and decades the year ("today": the date).
      {"three days ago", "2023-10-31"}, {"two weeks ago", "2023-10-20"}, {"a month ago", "2023-10"},
      {"Eighty years ago today", "1943-11-03"}, {"25 years ago", "1998"}, {"twenty-five years ago", "1998"},
      {"two decades ago", "2003"},    {"a hundred years ago", "1923"}, {"fifty years ago this weekend", "1973"},
      // "last" and a month: the last one before the document's month.
      {"last November", "2022-11"},   {"last March", "2023-03"},       {"last October", "2023-10"},
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

TEST_CASE("the anchored search finds what a plain RE2 search finds") {
  // TimeFinder::spans() runs RE2 anchored at the word starts its prefilter
  // lets through; a plain unanchored search over the same range is the
  // reference. Texts from the words of the pattern (any case, cut short or
  // run on), numbers, separators and the characters RE2 folds under (?i).
  RE2::Options o;
  o.set_never_capture(true);
  const RE2 plain(TimeFinder::pattern(), o);
  REQUIRE(plain.ok());
  const std::vector<std::string> words = {
      "monday", "Tuesday", "WEDNESDAY", "thursday", "Friday", "saturday", "Sunday", "sundays", "wednesdax",
      "today", "Yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
      "jan", "January", "feb", "february", "Mar", "march", "apr", "April", "May", "jun", "June", "jul", "July",
      "aug", "August", "sep", "Sept", "sepember", "September", "septembers", "oct", "October", "nov", "November",
      "dec", "December", "decembe", "Dec.", "jan.", "last", "this", "next", "on", "early", "late", "earlier",
      "later", "in", "since", "until", "by", "recent", "coming", "the", "past", "week", "month", "year", "days",
      "weeks", "months", "years", "mid", "mid-March", "mid-", "1", "5", "23", "123", "1999", "2021", "2099",
      "1899", "21st", "2nd", "3rd", "5th", "11th", "2020s", "x", "_", "a_b", "on_", "caf\xC3\xA9", "(", "\"",
      "'s", "-", "ago", "a", "An", "one", "Eighty", "twenty", "five", "hundred", "day", "decade", "decades",
      "twenty-five", "agony", "ones", "ago."};
  const std::vector<std::string> separators = {" ", " ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\f",
                                               ", ", ". ", ",", ".", "", "-"};
  // Characters RE2 folds to 's' and 'k' under (?i): in a few texts only
  // (a sentence with one is searched the plain way).
  const std::vector<std::string> lookalikes = {"s\xC5\xBFt", "\xE2\x84\xAA"};
  TimeFinder f;
  std::mt19937 rng(7);
  std::size_t matches = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int k = 0, n = int(rng() % 16); k < n; ++k) {
      text += words[rng() % words.size()];
      text += separators[rng() % separators.size()];
      if (rng() % 200 == 0) text += lookalikes[rng() % lookalikes.size()];
    }
    // A range inside the text: the finder may read past its end, never match there.
    const std::uint32_t b = text.empty() ? 0 : std::uint32_t(rng() % (text.size() / 4 + 1));
    const std::uint32_t e = std::uint32_t(text.size() - (text.empty() ? 0 : rng() % (text.size() / 4 + 1)));
    if (e < b) continue;
    std::vector<attache::Span> want;
    const re2::StringPiece in(text.data() + b, e - b);
    re2::StringPiece m;
    for (std::size_t pos = 0; pos <= in.size() && plain.Match(in, pos, in.size(), RE2::UNANCHORED, &m, 1);) {
      const std::size_t at = std::size_t(m.data() - in.data());
      want.push_back(attache::Span{std::uint32_t(b + at), std::uint32_t(b + at + m.size())});
      pos = at + m.size() > pos ? at + m.size() : pos + 1;
    }
    std::vector<attache::Span> got;
    f.spans(text, attache::Span{b, e}, got);
    INFO(text);
    REQUIRE(got.size() == want.size());
    for (std::size_t k = 0; k < got.size(); ++k) CHECK(got[k] == want[k]);
    matches += want.size();
    // A part at a time (as the event extractor asks for them): the same spans.
    std::vector<attache::Span> parts;
    for (std::size_t from = 0; from != TimeFinder::kDone;)
      from = f.spans_until(text, attache::Span{b, e}, from, b + std::uint32_t(rng() % (e - b + 2)), parts);
    REQUIRE(parts.size() == want.size());
    for (std::size_t k = 0; k < parts.size(); ++k) CHECK(parts[k] == want[k]);
  }
  CHECK(matches > 5000);  // (the texts do hold time expressions)
}

TEST_CASE("normalize reads plain expressions as the tokenizer does") {
  // A plain expression (ASCII words and separators) takes a shortcut past
  // text::tokenize(); an em dash at the end (no word) sends the same words
  // down the tokenizer: both must give the same value.
  const Date d = parse_date("2023-11-03");
  const std::vector<std::string> pieces = {"on", "Friday", "last", "next", "May", "Sept", "sept", "Dec", "march",
                                           "in", "mid", "recent", "months", "week", "year", "this", "today", "5",
                                           "23", "2021", "5th", "3.5", "1,000", "U.S", "a.b", " ", "  ", "\t",
                                           ".", ",", "-", ". ", ", ", "x", "_", "'s"};
  std::mt19937 rng(11);
  for (int i = 0; i < 20000; ++i) {
    std::string expr;
    for (int k = 0, n = int(rng() % 6); k < n; ++k) expr += pieces[rng() % pieces.size()];
    INFO(expr);
    CHECK(TimeFinder::normalize(expr, d) == TimeFinder::normalize(expr + " \xE2\x80\x94", d));
  }
}

}  // TEST_SUITE
