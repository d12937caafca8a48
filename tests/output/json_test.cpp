// output/: the JSON contract, schema attache/1.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <random>
#include <string_view>

#include "attache/text.hpp"
#include "output/json_writer.hpp"
#include "text/utf8.hpp"
#include "test_util.hpp"

using nlohmann::json;

namespace {

// The escaper as it was before the table/word-at-a-time rewrite: the
// reference for the writer's string bodies.
std::string reference_escape(std::string_view in) {
  const std::string fixed = attache::sanitize_utf8(in);
  static const char* hex = "0123456789abcdef";
  std::string out;
  std::string_view s = fixed;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') { out += char(c); ++i; continue; }
    if (c >= 0x80) {
      const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      const std::string_view seq = s.substr(i, len);
      if (seq == "\xC2\x85") out += "\\u0085";
      else if (seq == "\xE2\x80\xA8") out += "\\u2028";
      else if (seq == "\xE2\x80\xA9") out += "\\u2029";
      else out += seq;
      i += len;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += std::string("\\u00") + hex[c >> 4] + hex[c & 15];
    }
    ++i;
  }
  return out;
}

std::string written(std::string_view s) {
  std::string out;
  attache::output::JsonWriter w(out);
  w.string(s);
  w.finish();
  return out;
}

}  // namespace

TEST_SUITE("output") {

TEST_CASE("JsonWriter strings: every byte, invalid UTF-8, long strings, as the reference escaper") {
  // Every single byte and every pair of bytes around the special ones.
  for (int b = 0; b < 256; ++b) {
    const std::string s(1, char(b));
    CHECK(written(s) == "\"" + reference_escape(s) + "\"");
  }
  std::mt19937 rng(42);
  const std::vector<std::string> pieces = {"a", "Z", " ", "\"", "\\", "\n", "\t", std::string(1, '\0'), "\x01", "\x7F",
                                           "\xC3\xA9", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\x85", "\xF0\x9F\x98\x80",
                                           "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80", "abcdefgh", "\xE2\x80\x99"};
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    for (int k = 0, m = int(rng() % 40); k < m; ++k) s += pieces[rng() % pieces.size()];
    REQUIRE(written(s) == "\"" + reference_escape(s) + "\"");
  }
  // Longer than the writer's 4096-byte chunks, with sequences across the
  // chunk boundaries, with and without an invalid byte at the end.
  for (std::size_t pad = 0; pad < 4; ++pad) {
    std::string s(pad, 'x');
    while (s.size() < 20000) s += "caf\xC3\xA9 \xE2\x80\x94 \"q\" \xF0\x9F\x98\x80 ";
    CHECK(written(s) == "\"" + reference_escape(s) + "\"");
    s += "\xC3";
    CHECK(written(s) == "\"" + reference_escape(s) + "\"");
  }
}

TEST_CASE("JsonWriter structure: nesting, empty containers, escaped keys, pretty") {
  for (bool pretty : {false, true}) {
    std::string out = "prefix:";
    {
      attache::output::JsonWriter w(out, pretty, 1);  // tiny hint: the buffer must grow
      w.begin_object();
      w.key("a"); w.begin_array(); w.end_array();
      w.key("b"); w.begin_object(); w.end_object();
      w.key_escaped("k\"\n\xFF");
      w.begin_array();
      for (int d = 0; d < 40; ++d) w.begin_array();
      w.number(18446744073709551615ull);
      w.number(0);
      for (int d = 0; d < 40; ++d) w.end_array();
      w.boolean(true); w.boolean(false); w.null(); w.string_or_null("");
      w.end_array();
      w.end_object();
    }
    REQUIRE(out.rfind("prefix:", 0) == 0);
    json j = json::parse(out.substr(7));
    CHECK(j["a"] == json::array());
    CHECK(j["b"] == json::object());
    const auto& v = j["k\"\n\xEF\xBF\xBD"];
    REQUIRE(v.size() == 5);
    json deep = v[0];
    for (int d = 1; d < 40; ++d) deep = deep[0];
    CHECK(deep == json::array({18446744073709551615ull, 0}));
    CHECK(v[1] == true);
    CHECK(v[4].is_null());
    if (!pretty) CHECK(out.find(' ') == std::string::npos);
  }
}

TEST_CASE("code point offsets: any order of spans, non-ASCII text") {
  // Spans written out of order (events point back into the text) and far
  // apart (beyond the 256-byte checkpoints) must all be exact, whether the
  // text has few non-ASCII characters (listed) or many (checkpoints).
  const std::vector<std::vector<std::string>> piece_sets = {
      {"a", "b c", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "word "},  // dense
      {"alpha ", "beta gamma ", "word ", "longer words here ", "\xC3\xA9", "delta ", "epsilon ", "words ", "more text ",
       "x y z ", "and so on ", "\xE2\x80\x94", "the end. ", "qrstu ", "vwxyz "},  // sparse: ~2% continuation bytes
  };
  for (const auto& pieces : piece_sets) {
    attache::Document d;
    std::string text;
    std::mt19937 rng(3);
    while (text.size() < 3000) text += pieces[rng() % pieces.size()];
    d.text = text;
    d.stats.chars = attache::text::count_code_points(text);
    d.stats.bytes = text.size();
    std::vector<std::uint32_t> bounds;  // code point boundaries
    for (std::uint32_t i = 0; i <= text.size(); ++i)
      if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) bounds.push_back(i);
    for (int i = 0; i < 300; ++i) {
      std::uint32_t a = bounds[rng() % bounds.size()], b = bounds[rng() % bounds.size()];
      if (a > b) std::swap(a, b);
      attache::Entity e;
      e.id = "e" + std::to_string(i);
      e.span = {a, b};
      d.entities.push_back(e);
    }
    // In order, as entities usually come.
    for (std::size_t k = 0; k + 1 < bounds.size(); k += 7) {
      attache::Entity e;
      e.span = {bounds[k], bounds[k + 1]};
      d.entities.push_back(e);
    }
    d.entities.push_back(attache::Entity{});
    d.entities.back().span = {std::uint32_t(text.size()) + 5, std::uint32_t(text.size()) + 9};  // past the end
    json j = json::parse(attache::to_json(d));
    REQUIRE(j["entities"].size() == d.entities.size());
    auto cps = [&](std::uint32_t byte) {
      return attache::text::count_code_points(std::string_view(text).substr(0, std::min<std::size_t>(byte, text.size())));
    };
    for (std::size_t i = 0; i < d.entities.size(); ++i) {
      const auto& s = d.entities[i].span;
      REQUIRE(j["entities"][i]["start"] == cps(s.begin));
      REQUIRE(j["entities"][i]["end"] == cps(s.end));
      REQUIRE(j["entities"][i]["start_byte"] == s.begin);
    }
  }
}

TEST_CASE("to_json into a caller's string: appended, and the same record whatever the string held before") {
  const auto& x = attache_test::extractor();
  const attache::Document seed = x.extract(
      "North Korea has closed its embassies in Spain and Uganda, the South Korean Unification Ministry said.",
      {"a", "2023-11-03"});
  const attache::Document tiny = x.extract("Talks went on.", {"b", ""});
  const std::string seed_line = attache::to_json(seed), tiny_line = attache::to_json(tiny);
  REQUIRE(json::parse(seed_line)["events"].size() == 2);

  // Appended after what the string holds, with no newline added.
  std::string out = "prefix\n";
  attache::to_json(seed, out);
  CHECK(out == "prefix\n" + seed_line);

  // Reused for a shorter record, then a longer one: the string holds exactly
  // each record, with no bytes left over from the one before.
  out.clear();
  attache::to_json(seed, out);
  const std::size_t kept = out.capacity();
  out.clear();
  attache::to_json(tiny, out);
  CHECK(out == tiny_line);
  CHECK(out.capacity() == kept);  // (the memory of the longer record is reused)
  out.clear();
  attache::to_json(seed, out);
  CHECK(out == seed_line);

  // Options are honoured as by the returning form.
  attache::JsonOptions pretty;
  pretty.pretty = true;
  pretty.data_fingerprint = "abc";
  out.clear();
  attache::to_json(seed, out, pretty);
  CHECK(out == attache::to_json(seed, pretty));
  CHECK(json::parse(out)["data_fingerprint"] == "abc");
}

}  // TEST_SUITE
