// output/json -- Document -> one JSON record, schema "attache/1".
#include "attache/json.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "attache/version.hpp"
#include "output/json_writer.hpp"

namespace attache {
namespace {

// Byte offset -> code point offset: the byte offset minus the number of
// UTF-8 continuation bytes (10xxxxxx) before it.
// * Pure ASCII text (chars == bytes, known from the document's stats): the
//   byte offset is the answer, nothing is scanned.
// * Few non-ASCII characters (news: well under 1% of the bytes): one pass
//   at construction lists the positions of the continuation bytes; a lookup
//   counts those before the offset with a cursor that moves forward, since
//   spans are mostly written in text order (entities, then each event's
//   trigger and arguments), and a binary search when it has to go back or
//   far ahead.
// * Many (say, a text in Chinese): a checkpoint every 256 bytes, and a
//   lookup counts at most 256 bytes past one, 8 at a time, again starting
//   from the previous lookup when that is closer.
// The number of decimal digits of n.
std::size_t decimal_digits(std::uint64_t n) {
  std::size_t d = 1;
  for (; n >= 10; n /= 10) ++d;
  return d;
}

class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text, bool ascii) : text_(text), ascii_(ascii) {
    if (ascii_) return;  // byte offsets are code point offsets
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    const std::size_t max_listed = n / 16;
    std::size_t i = 0;
    for (; i + 8 <= n && conts_.size() <= max_listed; i += 8) {
      std::uint64_t x;
      std::memcpy(&x, p + i, 8);
      if (!(x & 0x8080808080808080ULL)) continue;  // eight ASCII bytes
      for (std::size_t k = i; k < i + 8; ++k)
        if ((p[k] & 0xC0) == 0x80) conts_.push_back(std::uint32_t(k));
    }
    for (; i < n && conts_.size() <= max_listed; ++i)
      if ((p[i] & 0xC0) == 0x80) conts_.push_back(std::uint32_t(i));
    if (conts_.size() <= max_listed) {
      total_ = n - conts_.size();
      return;
    }
    // Dense: checkpoints instead of a list.
    dense_ = true;
    conts_.clear();
    conts_.shrink_to_fit();
    marks_.reserve(n / kStep + 2);
    std::uint64_t cps = 0;
    for (std::size_t b = 0; b < n; b += kStep) {
      marks_.push_back(cps);
      cps += count(b, std::min(n, b + kStep));
    }
    total_ = cps;
  }

  std::uint64_t operator()(std::uint32_t byte) {
    if (ascii_) return byte;
    if (byte >= text_.size()) return total_;
    if (!dense_) {
      if (byte < at_byte_) {
        at_ = std::size_t(std::lower_bound(conts_.begin(), conts_.end(), byte) - conts_.begin());
      } else {
        // A few steps forward, else a binary search over the rest: an
        // event's spans jump back and forth over a long document, and a
        // walk would pass every non-ASCII character in between.
        const std::size_t walk_end = std::min(conts_.size(), at_ + 8);
        while (at_ < walk_end && conts_[at_] < byte) ++at_;
        if (at_ == walk_end && at_ < conts_.size() && conts_[at_] < byte)
          at_ = std::size_t(std::lower_bound(conts_.begin() + std::ptrdiff_t(at_), conts_.end(), byte) - conts_.begin());
      }
      at_byte_ = byte;
      return byte - at_;
    }
    if (byte < at_byte_ || byte - at_byte_ > kStep) {
      // Behind the previous lookup or far ahead: start from the checkpoint.
      at_byte_ = byte / kStep * kStep;
      at_ = marks_[byte / kStep];
    }
    at_ += count(at_byte_, byte);
    at_byte_ = byte;
    return at_;
  }

 private:
  static constexpr std::size_t kStep = 256;
  // Code points that start in text_[b, e): bytes that are not continuation
  // bytes, eight at a time.
  std::uint64_t count(std::size_t b, std::size_t e) const {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    std::uint64_t n = 0;
    for (; e - b >= 8; b += 8) {
      std::uint64_t x;
      std::memcpy(&x, p + b, 8);
      // A continuation byte has bit 7 set and bit 6 clear; one bit per such
      // byte, summed by the multiply into the top byte.
      const std::uint64_t cont = (x & ~(x << 1) & 0x8080808080808080ULL) >> 7;
      n += 8 - ((cont * 0x0101010101010101ULL) >> 56);
    }
    for (; b < e; ++b) n += (p[b] & 0xC0) != 0x80;
    return n;
  }
  std::string_view text_;
  bool ascii_;
  bool dense_ = false;
  std::uint64_t total_ = 0;             // code points in the whole text
  std::vector<std::uint32_t> conts_;    // sparse: positions of continuation bytes
  std::vector<std::uint64_t> marks_;    // dense: code points before byte k * kStep
  std::size_t at_byte_ = 0;             // the previous lookup: a byte offset ...
  std::uint64_t at_ = 0;                // ... and (sparse) conts_ before it or (dense) code points before it
};

void span_keys(output::JsonWriter& w, CodePointIndex& cp, Span s) {
  const std::uint64_t begin = cp(s.begin), end = cp(s.end);
  if (w.pretty()) {
    w.key_number("start", begin);
    w.key_number("end", end);
    w.key_number("start_byte", s.begin);
    w.key_number("end_byte", s.end);
    return;
  }
  // The four fields in one go (offsets have at most 10 digits).
  using output::detail::put_key;
  using output::detail::put_uint;
  char* p = w.begin_fields(4 * (12 + 16));
  p = put_uint(put_key(p, "start"), begin);
  *p++ = ',';
  p = put_uint(put_key(p, "end"), end);
  *p++ = ',';
  p = put_uint(put_key(p, "start_byte"), s.begin);
  *p++ = ',';
  p = put_uint(put_key(p, "end_byte"), s.end);
  w.end_fields(p);
}

void write_strings(output::JsonWriter& w, const std::vector<std::string>& v) {
  w.begin_array();
  for (const auto& s : v) w.string(s);
  w.end_array();
}

}  // namespace

namespace {

// The names as string_views (literals, so NUL-terminated too): to_json
// needs their lengths, which a const char* would make it measure each time.
std::string_view type_name(EntityType t) {
  switch (t) {
    case EntityType::country: return "COUNTRY";
    case EntityType::person: return "PERSON";
    case EntityType::organization: return "ORGANIZATION";
    case EntityType::place: return "PLACE";
  }
  return "COUNTRY";
}

std::string_view form_name(CountryForm f) {
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

std::string_view polarity_name(Polarity p) {
  switch (p) {
    case Polarity::asserted: return "asserted";
    case Polarity::negated: return "negated";
    case Polarity::hypothetical: return "hypothetical";
  }
  return "asserted";
}

}  // namespace

const char* to_string(EntityType t) { return type_name(t).data(); }
const char* to_string(CountryForm f) { return form_name(f).data(); }
const char* to_string(Polarity p) { return polarity_name(p).data(); }

void to_json(const Document& d, std::string& out, const JsonOptions& o) {
  // Room for the whole record at once, close to its size: the keys and
  // punctuation of each entity (about 180 bytes), event (700) and event
  // mention (60), with their strings and the digits of their offsets. Each
  // time the writer grows the buffer it copies it into fresh pages, which
  // for an entity-dense document cost more than the writing (4.8 MB of
  // capitals: 79 MB of JSON); a short estimate (escapes) still grows it.
  // (Every offset has at most the digits of the text's length.)
  const std::size_t offsets = 4 * decimal_digits(d.text.size()) + decimal_digits(d.stats.sentences);
  std::size_t hint = 512 + d.id.size() + o.data_fingerprint.size();
  for (const Entity& e : d.entities)
    hint += 180 + offsets + 2 * e.id.size() + e.text.size() + e.name.size() + e.code.size() + e.country.size() +
            e.title.size() + e.kind.size();
  for (const Event& e : d.events) {
    hint += 700 + e.trigger_text.size() + e.rule.size() + e.time.text.size() + e.mentions.size() * (60 + offsets);
    for (const Argument& a : e.arguments) hint += 100 + a.code.size() + a.entity.size() + a.text.size() + a.value.size();
  }
  for (const auto& s : d.warnings) hint += s.size() + 4;
  for (const auto& s : d.errors) hint += s.size() + 4;
  if (o.pretty) hint *= 2;
  output::JsonWriter w(out, o.pretty, hint);
  CodePointIndex cp(d.text, d.stats.chars == d.text.size());
  w.begin_object();
  w.key_string("schema", kSchema);
  w.key_string("id", d.id);
  w.key_string_or_null("date", d.date);
  w.key_string("attache_version", version());
  w.key_string_or_null("data_fingerprint", o.data_fingerprint);
  w.key("stats");
  w.begin_object();
  w.key_number("chars", d.stats.chars);
  w.key_number("bytes", d.stats.bytes);
  w.key_number("input_bytes", d.stats.input_bytes);
  w.key_number("sentences", d.stats.sentences);
  w.key_number("tokens", d.stats.tokens);
  w.key_number("invalid_utf8_replaced", d.stats.invalid_utf8_replaced);
  w.key_number("nul_removed", d.stats.nul_removed);
  w.key_boolean("bom_removed", d.stats.bom_removed);
  w.key_string_or_null("decoded_from", d.stats.decoded_from);
  w.key_boolean("truncated", d.stats.truncated);
  w.end_object();

  w.key("entities");
  w.begin_array();
  for (const Entity& e : d.entities) {
    w.begin_object();
    w.key_string("id", e.id);
    w.key_string("type", type_name(e.type));
    w.key_string("text", e.text);
    w.key_string_or_null("name", e.name);
    w.key_string_or_null("code", e.code);
    w.key_string_or_null("country", e.country);
    w.key_string_or_null("title", e.title);
    w.key_string_or_null("form", form_name(e.form));
    w.key_string_or_null("kind", e.kind);
    w.key_string_or_null("cluster", e.cluster);
    span_keys(w, cp, e.span);
    w.key_number("sentence", e.sentence);
    w.end_object();
  }
  w.end_array();

  w.key("events");
  w.begin_array();
  for (const Event& ev : d.events) {
    w.begin_object();
    w.key_string("id", ev.id);
    w.key_string("type", ev.type);
    w.key("trigger");
    w.begin_object();
    w.key_string("text", ev.trigger_text);
    span_keys(w, cp, ev.trigger);
    w.end_object();
    w.key_number("sentence", ev.sentence);
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
        w.key_string_or_null("code", a.code);
        w.key_string_or_null("entity", a.entity);
        w.key_string_or_null("text", a.text);
        span_keys(w, cp, a.span);
        w.end_object();
      }
    }
    w.end_object();
    w.key_string("polarity", polarity_name(ev.polarity));
    w.key_string_or_null("polarity_cue", ev.polarity_cue);
    w.key("time");
    w.begin_object();
    w.key_string_or_null("text", ev.time.text);
    w.key_string_or_null("value", ev.time.value);
    w.end_object();
    w.key_string("rule", ev.rule);
    w.key_string_or_null("cameo", ev.cameo);
    w.key("plover");
    w.begin_object();
    w.key_string_or_null("category", ev.plover_category);
    w.key_string_or_null("mode", ev.plover_mode);
    w.end_object();
    w.key("mentions");
    w.begin_array();
    for (const Mention& m : ev.mentions) {
      w.begin_object();
      w.key_number("sentence", m.sentence);
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
}

std::string to_json(const Document& d, const JsonOptions& o) {
  std::string out;
  to_json(d, out, o);
  return out;
}

std::string error_record_json(const std::string& id, const std::string& error) {
  Document d;
  d.id = id;
  d.errors.push_back(error);
  return to_json(d);
}

}  // namespace attache
