// Shared helpers for the tests: one Extractor for the whole run (it is
// immutable and thread safe), and compact views of a Document.
#ifndef ATTACHE_TESTS_TEST_UTIL_HPP_
#define ATTACHE_TESTS_TEST_UTIL_HPP_

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "attache/attache.hpp"

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "{";
    for (const auto& x : v) s += (s.size() > 1 ? ", \"" : "\"") + x + "\"";
    return String((s + "}").c_str());
  }
};
}  // namespace doctest

namespace attache_test {

inline const attache::Extractor& extractor() {
  static attache::Extractor x = [] {
    auto made = attache::Extractor::create();
    if (!made) FAIL("Extractor::create failed: " << made.error().what());
    return std::move(*made);
  }();
  return x;
}

inline const attache::Extractor& extractor_all_events() {
  static attache::Extractor x = [] {
    attache::Options o;
    o.include_unasserted = true;
    auto made = attache::Extractor::create(o);
    if (!made) FAIL("Extractor::create failed: " << made.error().what());
    return std::move(*made);
  }();
  return x;
}

// "EMBASSY_CLOSURE PRK>ESP" strings, sorted: events as an analyst reads them.
inline std::vector<std::string> event_keys(const attache::Document& d) {
  std::vector<std::string> out;
  for (const auto& e : d.events) {
    std::string k = e.type + " ";
    const auto& roles = e.type == "DIPLOMATIC_VISIT" ? std::vector<std::string>{"visitor", "host"}
                                                      : std::vector<std::string>{"actor", "host"};
    const auto* a = e.argument(roles[0]);
    const auto* b = e.argument(roles[1]);
    k += (a ? a->code : "?") + ">" + (b ? b->code : "?");
    out.push_back(k);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline std::vector<std::string> events_of(const std::string& text, const std::string& date = "2023-11-03") {
  return event_keys(extractor().extract(text, attache::DocumentInfo{"t", date}));
}

// The country of the entity of `type` whose text is `name` in the passage
// (a person's or a body's country), "(none)" when no such entity is found.
inline std::string entity_country(const std::string& text, attache::EntityType type, const std::string& name,
                                  const std::string& date = "") {
  for (const auto& e : extractor().extract(text, attache::DocumentInfo{"", date}).entities)
    if (e.type == type && e.text == name) return e.country;
  return "(none)";
}

// A passage and the keys it must give, for table-driven tests.
struct Case {
  const char* text;
  std::vector<std::string> want;
};

// Each passage gives exactly these events (event_keys); a failure names it.
inline void check_events(std::initializer_list<Case> cases) {
  for (const auto& c : cases) {
    INFO(std::string(c.text));
    CHECK(events_of(c.text) == c.want);
  }
}

// "COUNTRY:North Korea=PRK", "PERSON:Kim Jong Un" for each entity, in order.
inline std::vector<std::string> entity_keys(const attache::Document& d) {
  std::vector<std::string> out;
  for (const auto& e : d.entities) {
    if (e.type == attache::EntityType::place) continue;
    std::string k = std::string(attache::to_string(e.type)) + ":" + e.text;
    if (!e.code.empty()) k += "=" + e.code;
    out.push_back(k);
  }
  return out;
}

// Each passage gives exactly these entities (entity_keys); a failure names it.
inline void check_entities(std::initializer_list<Case> cases) {
  for (const auto& c : cases) {
    INFO(std::string(c.text));
    CHECK(entity_keys(extractor().extract(c.text)) == c.want);
  }
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot open " << path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline std::string source_path(const std::string& rel) { return std::string(ATTACHE_SOURCE_DIR) + "/" + rel; }

}  // namespace attache_test

#endif  // ATTACHE_TESTS_TEST_UTIL_HPP_
