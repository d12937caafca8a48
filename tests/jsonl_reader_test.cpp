// The CLI's JSON Lines reader (examples/jsonl_reader.cpp): the hand-written
// path for the common line gives the record nlohmann's parser gives.
#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "jsonl_reader.hpp"

using attache_cli::JsonlRecord;

namespace {

void check_same(const std::string& line) {
  const JsonlRecord a = attache_cli::parse_jsonl_line(line), b = attache_cli::parse_jsonl_line_nlohmann(line);
  INFO("line: " << line);
  CHECK(a.ok == b.ok);
  CHECK(a.id == b.id);
  CHECK(a.has_text == b.has_text);
  CHECK(a.text == b.text);
  CHECK(a.date == b.date);
  CHECK(a.error == b.error);
  CHECK(a.warning == b.warning);
}

}  // namespace

TEST_SUITE("bad-input") {

TEST_CASE("JSON Lines: the common line read by hand, every other line by nlohmann, one record either way") {
  const JsonlRecord r = attache_cli::parse_jsonl_line(
      R"( {"id": "d-1", "meta": "x", "text": "Caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \t", "date": "2024-05-03"} )");
  CHECK(r.ok);
  CHECK(r.id == "d-1");
  CHECK(r.text == "Caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\" \\ / \t");
  CHECK(r.date == "2024-05-03");
  CHECK(r.warning.empty());

  const std::vector<std::string> lines = {
      R"({"id":"a","text":"x"})",
      R"({"id":7,"text":"x"})",                       // a number: nlohmann keeps its digits
      R"({"id":"a","text":"x","meta":{"a":[1,2]}})",  // nested values
      R"({})",
      R"({"text":"x"} trailing)",
      "\xEF\xBB\xBF{\"text\":\"after a byte order mark\"}",
      R"({"text":"nul \u0000 here"})",
      R"({"text":"lone \ud83d here"})",
      R"({"text":"lone \ude00 here"})",
      R"({"text":"a","text":"b"})",  // the last wins
      " \t{ \"id\" : \"sp\" ,\t\"text\" : \"tab\" } \r",
      R"({"text":""})",
      R"({"t\u0065xt":"an escaped key"})",
      R"({"id":"x","date":null,"text":"y"})",
      R"({"id":"x"})",
      R"(["text"])",
      R"("text")",
      R"({"text":"bad \q escape"})",
      R"({"text":"unterminated})",
      "{\"text\":\"a raw\ttab\"}",
      "{\"id\":\"\xC3\xA9\",\"text\":\"\xE2\x80\x9Cquotes\xE2\x80\x9D\"}",
      "{\"text\":\"overlong \xC0\xAF\"}",
      "{\"text\":\"a surrogate \xED\xA0\x80 in UTF-8\"}",
      "{\"text\":\"past U+10FFFF \xF4\x90\x80\x80\"}",
      "{\"text\":\"cut \xE2\x80\"}",
      R"({"text":"x",})",
      R"({,"text":"x"})",
      R"({"text" "x"})",
      R"({"text":"x"}{"text":"y"})",
      R"({"text":"\u00E9\u00e9\/\b\f\n\r"})",
      R"({"id":true,"text":"x"})",
      R"({"text":123})",
      R"({"text":"\u12"})",
  };
  for (const auto& l : lines) check_same(l);

  // Every line of the project's corpus, and each cut, widened and broken
  // in many ways.
  std::mt19937 rng(11);
  const char* pieces[] = {"\"", "\\", "\\u", "\\ud800", "\\udc00", "{", "}", ",", ":", " ", "\x01", "\xC3\xA9",
                          "\xED\xA0\x80", "\xC0\xAF", "1", "null", "[", "]", "\\n", "\\x", "\"id\":", "\r", "\t"};
  std::size_t n = 0;
  for (const char* name : {"visits.jsonl", "closures.jsonl", "entities.jsonl"}) {
    std::ifstream in(std::string(ATTACHE_SOURCE_DIR) + "/corpus/" + name);
    REQUIRE(in);
    std::string line;
    for (int kept = 0; std::getline(in, line) && kept < 60; ++kept) {
      check_same(line);
      for (int m = 0; m < 20; ++m) {
        std::string l = line;
        for (int k = 1 + int(rng() % 3); k > 0; --k) {
          const std::size_t at = rng() % (l.size() + 1);
          switch (rng() % 3) {
            case 0: l.insert(at, pieces[rng() % (sizeof pieces / sizeof *pieces)]); break;
            case 1: l.erase(std::min(at, l.size()), 1 + rng() % 3); break;
            default: l.resize(at);
          }
        }
        check_same(l);
        ++n;
      }
    }
  }
  CHECK(n > 3000);
}

}  // TEST_SUITE
