// fuzz_extract -- arbitrary bytes through the whole pipeline to a JSON line.
//
// Invariants checked on every input (a failure prints what broke and aborts):
//   - extract() and to_json() throw nothing;
//   - the line is valid UTF-8, parses with nlohmann::json, is one object on
//     one line (no '\n'), and has no raw NUL, U+0085, U+2028 or U+2029;
//   - stats.chars / stats.bytes describe Document::text, which is valid UTF-8;
//   - every entity, event trigger, argument and mention span lies inside the
//     text on code point boundaries, with 0 <= start <= end <= stats.chars,
//     start/end equal to the code point offsets of start_byte/end_byte, and
//     the entity / trigger / argument text equal to the slice it claims
//     (in Document::text and in the JSON, as Python would slice it).
// Which extractor runs: inputs whose size % 4 == 3 go to a second one with
// every option switched on and small limits (anaphor entities, unasserted
// events, max_sentence_tokens = 12, max_doc_bytes = 4096), so sentence
// splitting and truncation are fuzzed too; the others to the default one.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "attache/attache.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "fuzz_extract: invariant broken: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
  std::fflush(stderr);
  std::abort();
}

const attache::Extractor& extractor(bool variant) {
  static const attache::Extractor* x[2] = {nullptr, nullptr};
  if (!x[variant]) {
    attache::Options o;
    if (variant) {
      o.include_unasserted = true;
      o.anaphor_entities = true;
      o.max_sentence_tokens = 12;
      o.max_doc_bytes = 4096;
    }
    auto made = attache::Extractor::create(o);
    if (!made) fail("Extractor::create failed", made.error().what());
    x[variant] = new attache::Extractor(std::move(*made));  // lives for the process
  }
  return *x[variant];
}

// Code point offset of every byte offset 0..text.size() (for valid UTF-8;
// offsets inside a code point get the code point's own index).
struct CodePoints {
  std::vector<std::uint64_t> at;
  std::vector<bool> boundary;
  explicit CodePoints(std::string_view t) : at(t.size() + 1), boundary(t.size() + 1, true) {
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const bool cont = (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80;
      boundary[i] = !cont;
      at[i] = n;
      n += !cont;
    }
    at[t.size()] = n;
  }
};

std::string span_str(const char* what, attache::Span s) {
  return std::string(what) + " [" + std::to_string(s.begin) + ", " + std::to_string(s.end) + ")";
}

void check_span(const attache::Document& d, const CodePoints& cp, attache::Span s, const char* what) {
  if (s.begin > s.end || s.end > d.text.size()) fail("span outside the text", span_str(what, s));
  if (!cp.boundary[s.begin] || !cp.boundary[s.end]) fail("span not on code point boundaries", span_str(what, s));
}

// The JSON object `o` carries start/end/start_byte/end_byte for span s.
void check_json_span(const nlohmann::json& o, const CodePoints& cp, attache::Span s, std::uint64_t chars,
                     const char* what) {
  for (const char* k : {"start", "end", "start_byte", "end_byte"})
    if (!o.contains(k) || !o[k].is_number_unsigned()) fail("span key missing or not a number", std::string(what) + "." + k);
  const auto start = o["start"].get<std::uint64_t>(), end = o["end"].get<std::uint64_t>();
  const auto sb = o["start_byte"].get<std::uint64_t>(), eb = o["end_byte"].get<std::uint64_t>();
  if (!(start <= end && end <= chars)) fail("not 0 <= start <= end <= stats.chars", span_str(what, s));
  if (sb != s.begin || eb != s.end) fail("start_byte/end_byte differ from the C++ span", span_str(what, s));
  if (start != cp.at[s.begin] || end != cp.at[s.end]) fail("start/end are not the code points of start_byte/end_byte", span_str(what, s));
}

// The code point slice [start, end) of the sanitized text, as Python slices.
std::string cp_slice(const std::u32string& cps, std::uint64_t start, std::uint64_t end) {
  std::string out;
  for (std::uint64_t i = start; i < end && i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (c < 0x80) out += char(c);
    else if (c < 0x800) { out += char(0xC0 | (c >> 6)); out += char(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) { out += char(0xE0 | (c >> 12)); out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F)); }
    else { out += char(0xF0 | (c >> 18)); out += char(0x80 | ((c >> 12) & 0x3F)); out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F)); }
  }
  return out;
}

std::u32string decode(std::string_view t) {
  std::u32string out;
  for (std::size_t i = 0; i < t.size();) {
    const unsigned char b = t[i];
    int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < n && i + k < t.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
    out += c;
    i += n;
  }
  return out;
}

void check_text_in_json(const nlohmann::json& o, const std::u32string& cps, const char* what) {
  if (!o.contains("text") || !o["text"].is_string()) return;  // null text: nothing claimed
  const auto got = o["text"].get<std::string>();
  const auto want = cp_slice(cps, o["start"].get<std::uint64_t>(), o["end"].get<std::uint64_t>());
  if (got != want) fail("JSON text differs from the code point slice it claims", std::string(what) + ": \"" + got + "\" vs \"" + want + "\"");
}

void check(const attache::Document& d, const std::string& line) {
  // The line itself.
  if (!attache::is_valid_utf8(line)) fail("output is not valid UTF-8");
  for (std::size_t i = 0; i < line.size(); ++i) {
    const unsigned char c = line[i];
    if (c == '\n' || c == '\r') fail("output is not one line");
    if (c == 0) fail("raw NUL in the output");
    if (c == 0xC2 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x85) fail("raw U+0085 in the output");
    if (c == 0xE2 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(line[i + 2]) == 0xA8 || static_cast<unsigned char>(line[i + 2]) == 0xA9))
      fail("raw U+2028/U+2029 in the output");
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const std::exception& e) {
    fail("output does not parse as JSON", e.what());
  }
  if (!j.is_object()) fail("output is not one JSON object");

  // The document.
  if (!attache::is_valid_utf8(d.text)) fail("Document::text is not valid UTF-8");
  const CodePoints cp(d.text);
  const std::u32string cps = decode(d.text);
  if (d.stats.bytes != d.text.size()) fail("stats.bytes != text size");
  if (d.stats.chars != cps.size()) fail("stats.chars != code points of the text");
  const auto& st = j.at("stats");
  if (st.at("chars").get<std::uint64_t>() != d.stats.chars) fail("JSON stats.chars differs");
  const std::uint64_t chars = d.stats.chars;

  const auto& ents = j.at("entities");
  if (ents.size() != d.entities.size()) fail("entity count differs between JSON and Document");
  for (std::size_t i = 0; i < d.entities.size(); ++i) {
    const auto& e = d.entities[i];
    check_span(d, cp, e.span, "entity");
    if (d.slice(e.span) != e.text) fail("entity text is not Document::text at its span", "\"" + e.text + "\" vs \"" + std::string(d.slice(e.span)) + "\"");
    check_json_span(ents[i], cp, e.span, chars, "entity");
    check_text_in_json(ents[i], cps, "entity");
  }
  const auto& evs = j.at("events");
  if (evs.size() != d.events.size()) fail("event count differs between JSON and Document");
  for (std::size_t i = 0; i < d.events.size(); ++i) {
    const auto& ev = d.events[i];
    const auto& je = evs[i];
    check_span(d, cp, ev.trigger, "trigger");
    if (d.slice(ev.trigger) != ev.trigger_text) fail("trigger text is not Document::text at its span", ev.trigger_text);
    check_json_span(je.at("trigger"), cp, ev.trigger, chars, "trigger");
    check_text_in_json(je.at("trigger"), cps, "trigger");
    const auto& args = je.at("arguments");
    for (const auto& a : ev.arguments) {
      if (a.is_value() || (a.code.empty() && a.entity.empty() && a.text.empty())) continue;
      check_span(d, cp, a.span, "argument");
      if (!a.text.empty() && d.slice(a.span) != a.text) fail("argument text is not Document::text at its span", a.role + ": \"" + a.text + "\" vs \"" + std::string(d.slice(a.span)) + "\"");
      if (!args.contains(a.role)) fail("argument role missing from the JSON", a.role);
      check_json_span(args[a.role], cp, a.span, chars, "argument");
      check_text_in_json(args[a.role], cps, "argument");
    }
    if (!ev.time.text.empty()) {
      check_span(d, cp, ev.time.span, "time");
      if (d.slice(ev.time.span) != ev.time.text) fail("time text is not Document::text at its span", ev.time.text);
    }
    const auto& ms = je.at("mentions");
    if (ms.size() != ev.mentions.size()) fail("mention count differs");
    for (std::size_t k = 0; k < ev.mentions.size(); ++k) {
      check_span(d, cp, ev.mentions[k].span, "mention");
      check_json_span(ms[k], cp, ev.mentions[k].span, chars, "mention");
    }
  }
  for (const auto& s : d.sentences) check_span(d, cp, s.span, "sentence");
  for (const auto& t : d.tokens) check_span(d, cp, t.span, "token");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const bool variant = size % 4 == 3;
  const attache::Extractor& x = extractor(variant);
  try {
    attache::Document d = x.extract(bytes, {"fuzz", "2023-11-03"});
    std::string line = attache::to_json(d);
    check(d, line);
  } catch (const std::exception& e) {
    fail("an exception escaped", e.what());
  } catch (...) {
    fail("an exception escaped", "(not a std::exception)");
  }
  return 0;
}
