// entities/recognizer -- mentions of countries, people, organizations and
// places in a tokenized document, resolved to identities.
//
// Gazetteer matches (leftmost-longest over the lexicon's phrase index) are
// combined with patterns over capitalised tokens (title + name, given name +
// surname, name + speech verb, "X Ministry", "Ministry of X", acronym in
// parentheses, a classifying noun such as "automaker X" or "the X newspaper",
// "X president <person>", lists of names, family names confirmed by a title
// elsewhere in the document), then resolved across the document: surnames link to the full
// name, capitals become their country when they stand for the government,
// ambiguous names follow data/countries/ambiguous.tsv.
#ifndef ATTACHE_ENTITIES_RECOGNIZER_HPP_
#define ATTACHE_ENTITIES_RECOGNIZER_HPP_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "attache/document.hpp"
#include "lexicon/lexicon.hpp"
#include "text/segment.hpp"

namespace attache::entities {

// A mention over tokens; `entity` indexes Document::entities (or -1 for an
// anaphor that is not listed there).
struct Mention {
  std::uint32_t tb = 0, te = 0;  // token range [tb, te)
  std::uint32_t np_tb = 0;       // start of the whole noun phrase ("French President" + name)
  std::uint32_t sentence = 0;
  EntityType type = EntityType::country;
  CountryForm form = CountryForm::none;
  // (The codes are views into the lexicon, which outlives every Analysis,
  // or into Analysis::joined_codes: no string per mention.)
  std::string_view code;  // the country this mention stands for or belongs to ("" if unknown)
  int entity = -1;
  bool anaphor = false;       // "the country", "the North"
  bool plural_anaphor = false;  // "both countries", "the two nations"
  bool people = false;          // "the two leaders", "both ministers": the people of two countries named before
  bool title_only = false;     // a person known only by a title ("the Chinese foreign minister")
  bool object_of_preposition = false;  // "in Malawi", "from Russia", "in Jordan, Egypt and Bahrain"
  int prep_token = -1;                 // that preposition's token
  bool international = false;          // an international body (UN, EU, NATO)
  bool non_state = false;              // a company, news outlet, party, armed group or NGO
  bool business = false;               // a company or news outlet: it acts for no state, even with a country
  bool former = false;                 // "former" or "ex-" opens its noun phrase ("a former Portuguese prime minister")
  // A person's gender as the words of the noun phrase tell it, or the
  // entity's other mentions ("Margaret Thatcher" ... "Thatcher"):
  // data/people/female-names.txt and male-names.txt. 'f', 'm' or 0.
  char gender = 0;
  std::string_view alt_code;   // anaphors: the next most likely country
  std::string_view seat;       // international bodies: the country of their headquarters (seats.tsv)
};

// The document as later layers see it.
struct Analysis {
  text::Tokens tokens;
  std::vector<Sentence> sentences;   // token ranges
  std::vector<Mention> mentions;     // sorted by tb
  std::vector<char> joined_codes;    // the codes of plural anaphors ("FRA DEU") that mentions view
  std::vector<int> mention_of;       // per token: index into mentions, or -1
  std::vector<std::uint32_t> lex_ids;  // per token: id in the lexicon's vocabulary
  int dateline = -1;                 // the mention of the dateline's place ("BEIJING, Jan 4 -"), or -1
  // Every dateline that opens a sentence, as (sentence, mention), in order:
  // a digest of items gives each item its own ("PANAMA CITY - ... RIYADH - ...").
  std::vector<std::pair<std::uint32_t, int>> datelines;
  // Per sentence: a headline in Title Case ("Czech FM Denies Plan to Shut
  // Embassy in Kyiv"), where a capital starts ordinary words too.
  std::vector<bool> title_case;
};

// The first words of the entries of data/countries/ambiguous.tsv, by
// vocabulary id: a candidate whose first word is none of them needs no
// lookup there.
struct AmbiguityWords {
  std::vector<bool> first_words;  // by vocabulary id
  bool any_first_word = false;    // some first word has no id: always look up
};

// The cues of data/countries/ambiguous.tsv as vocabulary ids, per entry and
// cue: the ids of its words (kNone for a word not in the vocabulary: only a
// token with no id can be it, and its key says), or empty when its keys
// must be compared (a word that could be a joining hyphen's key: a hyphen's
// id is kJoinerId whatever its key).
using CueIds = std::unordered_map<const lexicon::Ambiguity*, std::vector<std::vector<std::uint32_t>>>;

class Recognizer {
 public:
  Recognizer(const lexicon::Lexicon& lex, bool anaphor_entities, bool place_entities);
  // Fills doc.entities and a.mentions / a.mention_of.
  void run(Document& doc, Analysis& a) const;

 private:
  const lexicon::Lexicon& lex_;
  bool anaphor_entities;
  bool place_entities;
  std::vector<std::uint64_t> list_bits_;  // the bit of each word list the patterns use
  AmbiguityWords ambiguity_words_;
  CueIds cue_ids_;
};

}  // namespace attache::entities

#endif  // ATTACHE_ENTITIES_RECOGNIZER_HPP_
