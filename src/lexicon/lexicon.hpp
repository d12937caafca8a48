// lexicon/lexicon -- the knowledge: countries, places, people, organizations,
// titles and word lists, compiled into one immutable phrase index.
//
// Built once from data files (the embedded data/ folder, then user files,
// with the same parsers); immutable and thread safe afterwards.
// Which loader reads a table is decided by its header line, so a user file
// with the header of data/countries/aliases.tsv adds aliases, and so on.
#ifndef ATTACHE_LEXICON_LEXICON_HPP_
#define ATTACHE_LEXICON_LEXICON_HPP_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attache/document.hpp"
#include "attache/error.hpp"
#include "lexicon/phrase_index.hpp"
#include "lexicon/table.hpp"

namespace attache::lexicon {

enum class Kind : std::uint8_t { country, place, person, organization, title, blocker, group };

enum Flags : std::uint16_t {
  kExact = 1,        // letter case must match the alias exactly
  kPersonName = 2,   // also a personal name (Chad, Jordan, Victoria)
  kWeak = 4,         // usually not about the country ("French fries")
  kUsState = 8,      // a US state (resolves to USA)
  kAmbiguous = 16,   // a place name shared with other countries
  kCapital = 32,     // a place that is a seat of government
  kSurname = 64,     // a well-known person's family name alone ("Putin")
  kNotGovernment = 128,  // a capital that does not stand for its country's government ("Brussels": the EU)
  kGivenSurname = 256,   // (with kSurname) a family name that is also a given name ("Cameron", "Sharon"):
                         // the person only after a title, or alone where the story allows (the recognizer)
};

// One meaning of a phrase.
struct Sense {
  Kind kind = Kind::country;
  std::uint32_t id = 0;          // index into countries/places/people/orgs/titles
  CountryForm form = CountryForm::none;
  std::uint16_t flags = 0;
  std::uint32_t caps_mask = 0;   // alias tokens (first 32) written with a capital
  std::uint32_t alias = 0;       // index into aliases_ (original spelling)
};

struct Country {
  std::string code;  // alpha-3
  std::string name;  // display name
};

struct Place {
  std::string name;
  std::string code;
  std::string kind;  // capital, city, region
};

struct Role {
  std::string title;
  std::string from, to;  // ISO dates or prefixes; "" = open
  // Does this row make its holder known by the family name alone ("Putin")?
  // Rows of people.tsv do; a bulk list's row says (family-name-alone).
  bool by_family_name = true;
};

struct Person {
  std::string name;
  std::string country;
  std::vector<Role> roles;
  std::vector<std::string> aliases;  // other full spellings ("Volodymyr Zelenskiy")
  bool leading = false;              // holds an office of data/people/leading-roles.txt
};

struct Organization {
  std::string name;
  std::string country;
  std::string kind;
};

// A successor state's code that meant a former state before a date
// (data/countries/successions.tsv).
struct Succession {
  std::string successor, former, until;
};

// A fixed set of countries named together ("the Baltic states").
struct Group {
  std::string name;
  std::string codes;  // alpha-3 codes separated by single spaces
};

// A word that limits what an anaphor holding it refers to ("the kingdom":
// one of the kingdoms; data/countries/anaphor-kinds.tsv).
struct AnaphorKind {
  std::string word;   // folded
  std::string codes;  // alpha-3 codes separated by single spaces
  bool has(std::string_view code) const {
    for (std::size_t at = codes.find(code); at != std::string::npos; at = codes.find(code, at + 1))
      if ((at == 0 || codes[at - 1] == ' ') && (at + code.size() == codes.size() || codes[at + code.size()] == ' '))
        return true;
    return false;
  }
};

struct Title {
  std::string text;
  std::string kind;  // head, minister, diplomat, military, legislator, honorific, religious, official
  std::string country;  // alpha-3 of the one state with this office ("Pope": VAT), else ""
};

// An alias that can mean two things (data/countries/ambiguous.tsv).
struct Ambiguity {
  std::string default_code;
  std::string other_code;  // "" = not a country
  bool document_scope = false;
  std::vector<std::vector<std::string>> cues;  // folded token sequences
};

// An acronym, matched with its exact letter case: 2 to 6 letters or
// periods, two or more of them capitals ("KCNA", "U.N.", "JeM", "AfD").
bool is_acronym(std::string_view a);

// Every form under which a row of organizations.tsv is found: its name, its
// aliases, and for each form that starts with "United Nations", "U.N." or
// "UN" (or "United States", "U.S.", "US") the other two; sorted, unique.
std::vector<std::string> organization_forms(const std::string& name, const std::string& aliases);

class Lexicon {
 public:
  // Loads one data file (dispatching on its header or file name).
  Error load(std::string_view path, std::string_view content);
  // The same for a .tsv file already parsed (parse_tsv() of the file; a
  // caller may parse on another thread, see Extractor::create).
  Error load(const Result<Table>& table);
  // Checks cross-table consistency after all files are loaded.
  Error finish();
  // Room for about `words` words and phrases (a hint, see PhraseIndex::reserve).
  void reserve(std::size_t words) { index_.reserve(words); }

  const PhraseIndex& index() const { return index_; }
  // The word ids of index(), to share with other phrase indexes.
  const std::shared_ptr<Vocabulary>& vocabulary() const { return index_.vocabulary(); }
  const std::vector<Sense>& senses(std::uint32_t entry) const { return senses_[entry]; }
  const std::string& alias(std::uint32_t i) const { return aliases_[i]; }

  std::vector<Country> countries;
  std::vector<Place> places;
  std::vector<Person> people;
  std::vector<Organization> organizations;
  std::vector<Title> titles;
  // Per title: a number for the folded last word of its text ("Foreign
  // Minister" and "Minister" share one), made by finish().
  std::vector<std::uint32_t> title_heads;
  // ... and for the word that heads it, the last before " of " if it has
  // one: "Secretary" for "Secretary of State", whom "the secretary" names.
  std::vector<std::uint32_t> title_noun_heads;
  std::vector<Group> groups;
  // The code a place, capital, organization or official of `code` has in a
  // story dated `date`: the former state's before the successor's date
  // (successions.tsv), else `code`. (An empty date changes nothing.)
  std::string_view code_on(std::string_view code, std::string_view date) const {
    if (date.empty() || code.empty() || date >= latest_succession_) return code;
    for (const Succession& s : successions)
      if (s.successor == code && date < s.until) return s.former;
    return code;
  }
  std::vector<Succession> successions;  // by successor, then date
  // Is `successor` a successor state of `former` (successions.tsv: RUS of
  // SUN, SRB of YUG and of SCG)?
  bool succeeds(std::string_view successor, std::string_view former) const {
    if (!is_successor(successor) || former.empty()) return false;
    for (const Succession& s : successions)
      if (s.successor == successor && s.former == former) return true;
    return false;
  }
  // Has `code` a row as a successor in successions.tsv? (One look-up: the
  // events ask it of every role they fill.)
  bool is_successor(std::string_view code) const {
    const int slot = code_slot(code);
    return slot >= 0 && !successor_slots_.empty() && successor_slots_[std::size_t(slot)];
  }
  // Is `code` three capital letters of a state that is neither a successor
  // (successions.tsv) nor a territory (dependencies.tsv)? Two such codes are
  // one state only when equal (the events ask this of every pair they weigh).
  bool plain_state(std::string_view code) const {
    const int slot = code_slot(code);
    return slot >= 0 && (successor_slots_.empty() || !successor_slots_[std::size_t(slot)]) &&
           (territory_slots_.empty() || territory_slots_[std::size_t(slot)] == 0);
  }
  // The state a territory belongs to ("NCL": "FRA"; dependencies.tsv), else "".
  // (One look-up in a table of all 26^3 codes: the events ask this of every
  // pair of countries they weigh.)
  std::string_view sovereign_of(std::string_view code) const {
    const int slot = code_slot(code);
    if (slot < 0 || territory_slots_.empty() || territory_slots_[std::size_t(slot)] == 0) return {};
    return sovereigns_[territory_slots_[std::size_t(slot)] - 1u];
  }
  // A code of three capital letters as a number below 26^3, else -1.
  static int code_slot(std::string_view c) {
    if (c.size() != 3) return -1;
    int n = 0;
    for (const char ch : c) {
      if (ch < 'A' || ch > 'Z') return -1;
      n = n * 26 + (ch - 'A');
    }
    return n;
  }
  // The latest `until` of successions ("" if none): a story dated on or
  // after it has no former state to look up.
  const std::string& latest_succession() const { return latest_succession_; }
  std::vector<AnaphorKind> anaphor_kinds;
  std::unordered_map<std::string, Ambiguity> ambiguities;  // by folded alias
  // The seat of an international body by its canonical name (seats.tsv), or "".
  std::string_view seat_of(std::string_view canonical_name) const {
    const auto it = seats_.find(canonical_name);  // (no string built: std::less<>)
    return it == seats_.end() ? std::string_view() : std::string_view(it->second);
  }
  // The kind a folded word names (anaphor_kinds), or nullptr.
  const AnaphorKind* anaphor_kind(std::string_view word) const {
    for (const AnaphorKind& k : anaphor_kinds)
      if (k.word == word) return &k;
    return nullptr;
  }

  // Abbreviations for the sentence splitter, as written.
  std::vector<std::string> abbreviations;
  // Phrases that shadow the country names inside them (not-countries.txt).
  std::vector<std::string> blockers;

  bool in_list(const std::string& list, std::string_view key) const;
  // The bit of a word list (0 if no such list), and the lists a folded word
  // is in, as a mask of those bits: one hash probe answers every list.
  std::uint64_t list_bit(std::string_view list) const;
  std::uint64_t list_mask(std::string_view key) const;
  // Not a list: set on a word that may start an entry in lower case (a
  // title, "al-", "the ..."); a word without it starts entries only with a
  // capital.
  static constexpr std::uint64_t kLowerStart = std::uint64_t{1} << 63;
  // The lists of a word by its id in index() (from PhraseIndex::ids()).
  std::uint64_t list_mask(std::uint32_t id) const { return id < word_masks_.size() ? word_masks_[id] : 0; }
  const Country* country(std::string_view code) const;

 private:
  Error load_iso(const Table& t);
  Error load_former(const Table& t);
  Error load_aliases(const Table& t);
  Error load_ambiguous(const Table& t);
  Error load_places(const Table& t);
  Error load_people(const Table& t);
  Error load_organizations(const Table& t);
  Error load_titles(const Table& t);
  Error load_groups(const Table& t);
  Error load_anaphor_kinds(const Table& t);
  Error load_seats(const Table& t);
  Error load_successions(const Table& t);
  Error load_dependencies(const Table& t);
  void add_sense(std::string_view phrase, Sense s);
  std::uint32_t person_index(std::string_view name, std::string_view country);

  PhraseIndex index_;
  std::vector<std::vector<Sense>> senses_;
  std::vector<std::string> aliases_;
  std::unordered_map<std::string, std::uint32_t> country_index_;
  // The people's keys (folded name, TAB, country) in a flat table, not a
  // map of strings: construction reads some 29,000 rows of people. The key
  // of id k is people[person_of_key_[k]]'s.
  Vocabulary person_keys_;
  std::vector<std::uint32_t> person_of_key_;
  std::string person_key_;  // person_index()'s buffer
  std::string latest_succession_;
  std::vector<std::string> sovereigns_;       // the states of the territories, in the file's order
  std::vector<std::uint8_t> territory_slots_;  // per code_slot(): 1 + the index in sovereigns_, or 0
  std::unordered_map<std::string, std::uint32_t> org_index_;
  std::map<std::string, std::string, std::less<>> seats_;  // canonical name -> seat (checked by finish())
  std::vector<std::pair<std::string, std::string>> seat_rows_;  // name, where (for finish()'s error)
  std::unordered_map<std::string, std::uint32_t> place_index_;
  std::unordered_map<std::string, std::uint32_t> title_index_;
  std::vector<std::string> list_names_;  // bit i <-> list_names_[i]
  std::vector<bool> successor_slots_;  // per code_slot(): a successor in successions.tsv (succeeds())
  std::vector<std::uint64_t> word_masks_;  // per vocabulary id of index_: mask of lists
};

}  // namespace attache::lexicon

#endif  // ATTACHE_LEXICON_LEXICON_HPP_
