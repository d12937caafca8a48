// output/: the JSON contract, schema attache/1.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "output/json_writer.hpp"
#include "test_util.hpp"

using nlohmann::json;

TEST_SUITE("output") {

TEST_CASE("every key is present, ids are strings, offsets in code points and bytes") {
  auto d = attache_test::extractor().extract("\xC3\x89mile said North Korea closed its embassy in Spain on Friday.",
                                             attache::DocumentInfo{"0042", "2023-11-03"});
  const std::string line = attache::to_json(d);
  CHECK(line.find('\n') == std::string::npos);
  json j = json::parse(line);
  for (const char* k : {"schema", "id", "date", "attache_version", "data_fingerprint", "stats", "entities", "events",
                        "warnings", "errors"})
    CHECK(j.contains(k));
  CHECK(j["schema"] == "attache/1");
  CHECK(j["id"] == "0042");
  CHECK(j["stats"]["chars"] == 61);
  CHECK(j["stats"]["bytes"] == 62);
  REQUIRE(j["entities"].size() >= 2);
  for (const auto& e : j["entities"]) {
    for (const char* k : {"id", "type", "text", "name", "code", "country", "title", "form", "kind", "cluster", "start",
                          "end", "start_byte", "end_byte", "sentence"})
      CHECK(e.contains(k));
    CHECK(e["id"].is_string());
  }
  CHECK(j["entities"][0]["text"] == "\xC3\x89mile");  // "Emile said": a person
  const auto& nk = j["entities"][1];
  CHECK(nk["text"] == "North Korea");
  CHECK(nk["start"] == 11);       // code points: the accented E is one
  CHECK(nk["start_byte"] == 12);  // bytes: it is two
  REQUIRE(j["events"].size() == 1);
  const auto& ev = j["events"][0];
  for (const char* k : {"id", "type", "trigger", "sentence", "arguments", "polarity", "polarity_cue", "time", "rule",
                        "cameo", "plover", "mentions"})
    CHECK(ev.contains(k));
  CHECK(ev["arguments"]["actor"]["code"] == "PRK");
  CHECK(ev["arguments"]["host"]["entity"].is_string());
  CHECK(ev["time"]["value"] == "2023-11-03");
  CHECK(ev["plover"]["category"] == "SANCTION");
}

TEST_CASE("line separators and control characters never appear raw") {
  std::string text = "North Korea\xE2\x80\xA8" "closed\xE2\x80\xA9" "its embassy\xC2\x85" "in Spain.\x01\t\"quoted\"\\";
  auto d = attache_test::extractor().extract(text, attache::DocumentInfo{"id\xE2\x80\xA8x", ""});
  const std::string line = attache::to_json(d);
  CHECK(line.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(line.find("\xE2\x80\xA9") == std::string::npos);
  CHECK(line.find("\xC2\x85") == std::string::npos);
  CHECK(line.find('\x01') == std::string::npos);
  CHECK(line.find('\t') == std::string::npos);
  json j = json::parse(line);
  CHECK(j["id"] == "id\xE2\x80\xA8x");
}

TEST_CASE("invalid UTF-8 in a caller's id is replaced, never thrown") {
  attache::Document d;
  d.id = "bad\xFFid";
  const std::string line = attache::to_json(d);
  json j = json::parse(line);
  CHECK(j["id"] == "bad\xEF\xBF\xBDid");
  CHECK(j["entities"].is_array());
  CHECK(j["date"].is_null());
}

TEST_CASE("pretty output is the same JSON") {
  auto d = attache_test::extractor().extract("Vietnam hosted a delegation from Laos.");
  json a = json::parse(attache::to_json(d));
  attache::JsonOptions o;
  o.pretty = true;
  const std::string pretty = attache::to_json(d, o);
  CHECK(pretty.find("\n  \"schema\"") != std::string::npos);
  CHECK(json::parse(pretty) == a);
}

TEST_CASE("an error record has every key") {
  json j = json::parse(attache::error_record_json("7", "line is not valid JSON"));
  CHECK(j["id"] == "7");
  CHECK(j["errors"] == json::array({"line is not valid JSON"}));
  CHECK(j["events"] == json::array());
  CHECK(j["stats"]["chars"] == 0);
}

}  // TEST_SUITE
