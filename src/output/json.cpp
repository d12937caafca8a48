// output/json -- Document -> one JSON record, schema "attache/1".
#include "attache/json.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "attache/version.hpp"
#include "output/json_writer.hpp"

namespace attache {
namespace {

// Byte offset -> code point offset.
// * Pure ASCII text (chars == bytes, known from the document's stats): the
//   byte offset is the answer, nothing is scanned.
// * Otherwise a forward cursor: spans are mostly written in text order
//   (entities, then each event's trigger and arguments), so a lookup at or
//   after the previous one counts only the bytes in between. A lookup
//   behind the cursor restarts from a checkpoint (one every 256 bytes), so
//   no lookup scans more than 256 bytes plus the distance it moves forward,
//   and the whole pass is linear when offsets come in order.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text, bool ascii) : text_(text), ascii_(ascii) {
    if (ascii_) return;  // byte offsets are code point offsets
    marks_.reserve(text.size() / kStep + 2);
    std::uint64_t cps = 0;
    for (std::size_t i = 0; i < text.size(); i += kStep) {
      marks_.push_back(cps);
      cps += count(i, std::min(text.size(), i + kStep));
    }
    marks_.push_back(cps);  // the whole text
  }
  std::uint64_t operator()(std::uint32_t byte) {
    if (ascii_) return byte;
    if (byte >= text_.size()) return marks_.back();
    if (byte < at_byte_ || byte - at_byte_ > kStep) {
      // Behind the cursor or far ahead: restart from the checkpoint below.
      at_byte_ = byte / kStep * kStep;
      at_cps_ = marks_[byte / kStep];
    }
    at_cps_ += count(at_byte_, byte);
    at_byte_ = byte;
    return at_cps_;
  }

 private:
  static constexpr std::size_t kStep = 256;
  // Code points that start in text_[b, e): bytes that are not continuation
  // bytes (10xxxxxx), eight at a time.
  std::uint64_t count(std::size_t b, std::size_t e) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    std::uint64_t n = 0;
    for (; e - b >= 8; b += 8) {
      std::uint64_t x;
      std::memcpy(&x, p + b, 8);
      // A continuation byte has bit 7 set and bit 6 clear.
      // Their count: one bit per byte, summed by the multiply into the top byte.
      const std::uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ULL) >> 7;
      n += 8 - ((cont * 0x0101010101010101ULL) >> 56);
    }
    for (; b < e; ++b) n += (p[b] & 0xC0) != 0x80;
    return n;
  }
  std::string_view text_;
  bool ascii_;
  std::vector<std::uint64_t> marks_;  // code points before byte k * kStep; last: all
  std::size_t at_byte_ = 0;           // the cursor: a byte offset ...
  std::uint64_t at_cps_ = 0;          // ... and the code points before it
};

void span_keys(output::JsonWriter& w, CodePointIndex& cp, Span s) {
  w.key("start"); w.number(cp(s.begin));
  w.key("end"); w.number(cp(s.end));
  w.key("start_byte"); w.number(s.begin);
  w.key("end_byte"); w.number(s.end);
}

void write_strings(output::JsonWriter& w, const std::vector<std::string>& v) {
  w.begin_array();
  for (const auto& s : v) w.string(s);
  w.end_array();
}

}  // namespace

const char* to_string(EntityType t) {
  switch (t) {
    case EntityType::country: return "COUNTRY";
    case EntityType::person: return "PERSON";
    case EntityType::organization: return "ORGANIZATION";
    case EntityType::place: return "PLACE";
  }
  return "COUNTRY";
}

const char* to_string(CountryForm f) {
  switch (f) {
    case CountryForm::none: return "";
    case CountryForm::name: return "name";
    case CountryForm::official: return "official";
    case CountryForm::abbreviation: return "abbreviation";
    case CountryForm::demonym: return "demonym";
    case CountryForm::capital: return "capital";
    case CountryForm::anaphor: return "anaphor";
  }
  return "";
}

const char* to_string(Polarity p) {
  switch (p) {
    case Polarity::asserted: return "asserted";
    case Polarity::negated: return "negated";
    case Polarity::hypothetical: return "hypothetical";
  }
  return "asserted";
}

std::string to_json(const Document& d, const JsonOptions& o) {
  // Room for the whole record at once, from measured sizes: about 230 bytes
  // per entity, 720 per event and 400 for the rest (news-like text); more
  // in pretty mode. The writer grows the buffer if this falls short.
  std::size_t hint = 512 + d.entities.size() * 256 + d.events.size() * 800 + d.id.size() + o.data_fingerprint.size();
  for (const auto& s : d.warnings) hint += s.size() + 4;
  for (const auto& s : d.errors) hint += s.size() + 4;
  if (o.pretty) hint *= 2;
  std::string out;
  output::JsonWriter w(out, o.pretty, hint);
  CodePointIndex cp(d.text, d.stats.chars == d.text.size());
  w.begin_object();
  w.key("schema"); w.string(kSchema);
  w.key("id"); w.string(d.id);
  w.key("date"); w.string_or_null(d.date);
  w.key("attache_version"); w.string(version());
  w.key("data_fingerprint"); w.string_or_null(o.data_fingerprint);
  w.key("stats");
  w.begin_object();
  w.key("chars"); w.number(d.stats.chars);
  w.key("bytes"); w.number(d.stats.bytes);
  w.key("input_bytes"); w.number(d.stats.input_bytes);
  w.key("sentences"); w.number(d.stats.sentences);
  w.key("tokens"); w.number(d.stats.tokens);
  w.key("invalid_utf8_replaced"); w.number(d.stats.invalid_utf8_replaced);
  w.key("nul_removed"); w.number(d.stats.nul_removed);
  w.key("bom_removed"); w.boolean(d.stats.bom_removed);
  w.key("decoded_from"); w.string_or_null(d.stats.decoded_from);
  w.key("truncated"); w.boolean(d.stats.truncated);
  w.end_object();

  w.key("entities");
  w.begin_array();
  for (const Entity& e : d.entities) {
    w.begin_object();
    w.key("id"); w.string(e.id);
    w.key("type"); w.string(to_string(e.type));
    w.key("text"); w.string(e.text);
    w.key("name"); w.string_or_null(e.name);
    w.key("code"); w.string_or_null(e.code);
    w.key("country"); w.string_or_null(e.country);
    w.key("title"); w.string_or_null(e.title);
    w.key("form"); w.string_or_null(to_string(e.form));
    w.key("kind"); w.string_or_null(e.kind);
    w.key("cluster"); w.string_or_null(e.cluster);
    span_keys(w, cp, e.span);
    w.key("sentence"); w.number(e.sentence);
    w.end_object();
  }
  w.end_array();

  w.key("events");
  w.begin_array();
  for (const Event& ev : d.events) {
    w.begin_object();
    w.key("id"); w.string(ev.id);
    w.key("type"); w.string(ev.type);
    w.key("trigger");
    w.begin_object();
    w.key("text"); w.string(ev.trigger_text);
    span_keys(w, cp, ev.trigger);
    w.end_object();
    w.key("sentence"); w.number(ev.sentence);
    w.key("arguments");
    w.begin_object();
    for (const Argument& a : ev.arguments) {
      w.key_escaped(a.role);  // from a rule file: escaped
      if (a.is_value()) {
        w.string(a.value);
      } else if (a.code.empty() && a.entity.empty() && a.text.empty()) {
        w.null();
      } else {
        w.begin_object();
        w.key("code"); w.string_or_null(a.code);
        w.key("entity"); w.string_or_null(a.entity);
        w.key("text"); w.string_or_null(a.text);
        span_keys(w, cp, a.span);
        w.end_object();
      }
    }
    w.end_object();
    w.key("polarity"); w.string(to_string(ev.polarity));
    w.key("polarity_cue"); w.string_or_null(ev.polarity_cue);
    w.key("time");
    w.begin_object();
    w.key("text"); w.string_or_null(ev.time.text);
    w.key("value"); w.string_or_null(ev.time.value);
    w.end_object();
    w.key("rule"); w.string(ev.rule);
    w.key("cameo"); w.string_or_null(ev.cameo);
    w.key("plover");
    w.begin_object();
    w.key("category"); w.string_or_null(ev.plover_category);
    w.key("mode"); w.string_or_null(ev.plover_mode);
    w.end_object();
    w.key("mentions");
    w.begin_array();
    for (const Mention& m : ev.mentions) {
      w.begin_object();
      w.key("sentence"); w.number(m.sentence);
      span_keys(w, cp, m.span);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("warnings"); write_strings(w, d.warnings);
  w.key("errors"); write_strings(w, d.errors);
  w.end_object();
  w.finish();
  return out;
}

std::string error_record_json(const std::string& id, const std::string& error) {
  Document d;
  d.id = id;
  d.errors.push_back(error);
  return to_json(d);
}

}  // namespace attache
