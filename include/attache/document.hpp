// attache/document.hpp -- what an extraction returns.
//
// Represents: one processed document as plain values. A Document owns its
// (sanitized) text; every Span is a half-open range of UTF-8 BYTE offsets
// into Document::text. The JSON output converts them to code points too.
// Thread safety: plain values; a Document is never shared by the library.
//
//   attache::Document d = x.extract("North Korea closed its embassy in Spain.");
//   for (const auto& ev : d.events)
//     std::cout << ev.type << " " << ev.argument("actor")->code << "\n";
#ifndef ATTACHE_DOCUMENT_HPP_
#define ATTACHE_DOCUMENT_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "attache/export.hpp"

namespace attache {

// Half-open byte range [begin, end) into Document::text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t size() const { return end - begin; }
  bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
};

enum class TokenKind : std::uint8_t { word, number, punct, symbol };

struct Token {
  Span span;
  TokenKind kind = TokenKind::word;
  bool space_before = false;  // whitespace (or the text start) precedes it
};

struct Sentence {
  Span span;
  std::uint32_t first_token = 0;  // index into Document::tokens
  std::uint32_t end_token = 0;    // one past the last token
};

// Entity types; names equal their JSON strings in upper case.
enum class EntityType : std::uint8_t { country, person, organization, place };

// How a country was named (JSON "form").
enum class CountryForm : std::uint8_t { none, name, official, abbreviation, demonym, capital, anaphor };

struct Entity {
  std::string id;           // "ent-1", ...
  EntityType type = EntityType::country;
  Span span;
  std::uint32_t sentence = 0;
  std::string text;         // exactly Document::text at span
  std::string name;         // canonical name of the identity
  std::string code;         // COUNTRY/PLACE: ISO 3166-1 alpha-3 (Kosovo XKX)
  std::string country;      // PERSON/ORGANIZATION: alpha-3 where known
  std::string title;        // PERSON: the title before the name, if any
  CountryForm form = CountryForm::none;  // COUNTRY only
  std::string kind;         // ORGANIZATION kind, PLACE kind (capital/city/region/airport)
  std::string cluster;      // id of the first entity of the same identity
};

// One role of an event: an entity filler (code/entity/text/span) or a plain
// value (for example "mission": "embassy").
struct Argument {
  std::string role;
  std::string code;    // alpha-3 of the filler
  std::string entity;  // id of the entity that names it ("" if none)
  std::string text;    // the words in this sentence that fill the role
  Span span;
  std::string value;   // for plain-value roles
  bool is_value() const { return !value.empty() && code.empty(); }
};

enum class Polarity : std::uint8_t { asserted, negated, hypothetical };

struct TimeExpr {
  std::string text;   // "" when the sentence names no time
  Span span;
  std::string value;  // ISO 8601 date "2023-11-03" or month "2023-10"; "" if unknown
};

struct Mention {
  std::uint32_t sentence = 0;
  Span span;  // the trigger of this mention
};

struct Event {
  std::string id;    // "ev-1", ...
  std::string type;  // "EMBASSY_CLOSURE", ... as declared by the rule files
  Span trigger;
  std::string trigger_text;
  std::uint32_t sentence = 0;
  std::vector<Argument> arguments;
  Polarity polarity = Polarity::asserted;
  std::string polarity_cue;  // the word that made it negated/hypothetical
  TimeExpr time;
  std::string rule;
  std::string cameo;
  std::string plover_category;
  std::string plover_mode;
  std::vector<Mention> mentions;

  const Argument* argument(std::string_view role) const {
    for (const auto& a : arguments)
      if (a.role == role) return &a;
    return nullptr;
  }
};

struct Stats {
  std::uint64_t chars = 0;  // code points of the sanitized text
  std::uint64_t bytes = 0;  // bytes of the sanitized text
  std::uint64_t input_bytes = 0;
  std::uint32_t sentences = 0;
  std::uint32_t tokens = 0;
  std::uint64_t invalid_utf8_replaced = 0;
  std::uint64_t nul_removed = 0;
  bool bom_removed = false;
  bool truncated = false;
  std::string decoded_from;  // "" or "UTF-16LE"/"UTF-16BE" when re-decoded
};

struct Document {
  std::string id;
  std::string date;  // "YYYY-MM-DD" or ""
  std::string text;  // sanitized text; all spans point into it
  Stats stats;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<std::string> warnings;
  std::vector<std::string> errors;

  std::string_view slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

// JSON names of the enums.
ATTACHE_EXPORT const char* to_string(EntityType t);
ATTACHE_EXPORT const char* to_string(CountryForm f);
ATTACHE_EXPORT const char* to_string(Polarity p);

}  // namespace attache

#endif  // ATTACHE_DOCUMENT_HPP_
