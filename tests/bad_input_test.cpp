// The bad-input list of design/reliability.md: each gets a clear record,
// never a crash, a hang or lost text.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "test_util.hpp"

using attache_test::extractor;
using nlohmann::json;

namespace {

// The record must be valid JSON with every span inside the text.
json record(const attache::Document& d) {
  const std::string line = attache::to_json(d);
  REQUIRE(attache::is_valid_utf8(line));
  json j = json::parse(line);
  for (const auto& e : d.entities) {
    REQUIRE(e.span.end <= d.text.size());
    REQUIRE(d.slice(e.span) == e.text);
  }
  return j;
}

bool has_entity(const attache::Document& d, const std::string& text, const std::string& code) {
  for (const auto& e : d.entities)
    if (e.text == text && e.code == code) return true;
  return false;
}

}  // namespace

TEST_SUITE("bad-input") {

TEST_CASE("invalid UTF-8 is replaced, counted and warned about; entities survive") {
  auto d = extractor().extract("Nepal\xFF and \xC0\x80Spain\xE2\x82");
  json j = record(d);
  CHECK(j["stats"]["invalid_utf8_replaced"] == 4);
  CHECK(has_entity(d, "Nepal", "NPL"));
  CHECK(has_entity(d, "Spain", "ESP"));
  CHECK(d.warnings.at(0).find("replaced 4 invalid UTF-8") != std::string::npos);
}

TEST_CASE("BOM, NULs and UTF-16 read as UTF-8") {
  auto bom = extractor().extract("\xEF\xBB\xBFNepal");
  CHECK(record(bom)["stats"]["bom_removed"] == true);
  CHECK(bom.entities.at(0).span.begin == 0);
  auto nul = extractor().extract(std::string("Ne\0pal", 6));
  CHECK(record(nul)["stats"]["nul_removed"] == 1);
  CHECK(has_entity(nul, "Nepal", "NPL"));
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("North Korea closed its embassy in Spain.")) {
    utf16 += c;
    utf16 += '\0';
  }
  auto u = extractor().extract(utf16);
  CHECK(record(u)["stats"]["decoded_from"] == "UTF-16LE");
  CHECK(attache_test::event_keys(u) == std::vector<std::string>{"EMBASSY_CLOSURE PRK>ESP"});
}

TEST_CASE("line ends: CR, CRLF, U+2028 keep exact offsets") {
  for (const char* sep : {"\r", "\r\n", "\xE2\x80\xA8", "\xC2\x85", "\f"}) {
    INFO(std::string(sep));
    const std::string text = std::string("Report.") + sep + "North Korea closed its embassy in Spain.";
    auto d = extractor().extract(text);
    record(d);
    CHECK(attache_test::event_keys(d) == std::vector<std::string>{"EMBASSY_CLOSURE PRK>ESP"});
    CHECK(has_entity(d, "North Korea", "PRK"));
  }
}

TEST_CASE("empty and whitespace-only documents") {
  for (const char* t : {"", " ", "\n\n\t  \r\n"}) {
    auto d = extractor().extract(t, {"empty", ""});
    json j = record(d);
    CHECK(j["stats"]["sentences"] == 0);
    CHECK(j["entities"].empty());
    CHECK(j["events"].empty());
    CHECK(j["errors"].empty());
  }
}

TEST_CASE("pathological sizes stay linear and complete") {
  SUBCASE("a 10 MB token") {
    auto d = extractor().extract(std::string(10u << 20, 'a'));
    json j = record(d);
    CHECK(j["stats"]["tokens"] == 1);
    CHECK(j["stats"]["truncated"] == false);
  }
  SUBCASE("1 MB of 'a.'") {
    std::string s;
    for (int i = 0; i < (1 << 19); ++i) s += "a.";
    auto d = extractor().extract(s);
    json j = record(d);
    CHECK(j["stats"]["bytes"] == 1 << 20);
  }
  SUBCASE("4.8 MB of capitals without punctuation") {
    std::string s;
    while (s.size() < 4800000) s += "NORTH KOREA CLOSES EMBASSY IN NEPAL AND ";
    auto d = extractor().extract(s);
    json j = record(d);
    CHECK(d.sentences.size() > 1000);  // split at max_sentence_tokens
    CHECK(has_entity(d, "NEPAL", "NPL"));
    CHECK(d.warnings.back().find("was split") != std::string::npos);
  }
  SUBCASE("a 2 MB news document of titled names and events (no quadratic step)") {
    const std::string seed = attache_test::read_file(attache_test::source_path("corpus/seed/north-korea-diplomatic-shift.txt"));
    std::string s;
    while (s.size() < (2u << 20)) s += seed + " President Joe Biden and Foreign Minister Wang Yi met. ";
    auto d = extractor().extract(s, {"long", "2023-11-03"});
    json j = record(d);
    CHECK(d.entities.size() > 10000);
    CHECK(d.events.size() == 7);  // the same tuples, merged
    CHECK(d.events[0].mentions.size() > 100);
  }
  SUBCASE("dotted numbers and namespaces (spaCy#957)") {
    std::string s;
    for (int i = 0; i < 10000; ++i) s += "0.1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.48 org.apache.commons.lang3 ";
    record(extractor().extract(s));
  }
}

TEST_CASE("a document over max_doc_bytes is cut with a warning, never dropped") {
  attache::Options o;
  o.max_doc_bytes = 64;
  auto made = attache::Extractor::create(o);
  REQUIRE(made);
  std::string text = "North Korea closed its embassy in Spain. ";
  text += "\xC3\xA9";  // straddles the limit of 64 bytes
  while (text.size() < 200) text += "More text about Nepal. ";
  auto d = made->extract(text);
  json j = record(d);
  CHECK(j["stats"]["truncated"] == true);
  CHECK(j["stats"]["input_bytes"] == text.size());
  CHECK(d.text.size() <= 64);
  CHECK(attache::is_valid_utf8(d.text));
  CHECK(d.warnings.at(0).find("longer than max_doc_bytes") != std::string::npos);
  CHECK(attache_test::event_keys(d) == std::vector<std::string>{"EMBASSY_CLOSURE PRK>ESP"});
}

TEST_CASE("HTML leftovers do not hide an event") {
  auto d = extractor().extract(
      "<p>North Korea closed its <b>embassy</b> in Spain.</p><br>&amp; &nbsp; &#x2019;"
      "<script>var x = 'Nepal';</script>");
  record(d);
  CHECK(attache_test::event_keys(d) == std::vector<std::string>{"EMBASSY_CLOSURE PRK>ESP"});
}

TEST_CASE("hard-wrapped names are still found") {
  auto d = extractor().extract("Officials said North\nKorea closed its embassy in\nSpain.");
  record(d);
  CHECK(attache_test::event_keys(d) == std::vector<std::string>{"EMBASSY_CLOSURE PRK>ESP"});
}

TEST_CASE("zero-width and bidi marks, combining accents, curly apostrophes") {
  auto d = extractor().extract("\xE2\x80\x8FNorth Korea\xE2\x80\x99s embassy in Tu\xCC\x88rkiye closed.");
  record(d);
  CHECK(has_entity(d, "North Korea", "PRK"));
  CHECK(has_entity(d, "Tu\xCC\x88rkiye", "TUR"));
}

}  // TEST_SUITE
