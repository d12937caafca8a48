#include "entities/recognizer.hpp"
#include "text/memory.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <unordered_map>

namespace attache::entities {
namespace {

using lexicon::Kind;
using lexicon::Sense;
using text::Tok;

// The index of the lowest set bit of x (x != 0).
inline std::size_t lowest_bit(std::uint64_t x) {
#if defined(__GNUC__) || defined(__clang__)
  return std::size_t(__builtin_ctzll(x));
#else
  std::size_t i = 0;
  while (!(x & 1)) x >>= 1, ++i;
  return i;
#endif
}

using lexicon::eq;  // a string view against a literal, inline

// A place where one arrives or is received, like a city: a city, or one
// of its airports (data/countries/airports.tsv).
inline bool town_kind(std::string_view kind) { return eq(kind, "city") || eq(kind, "airport"); }

// A Roman numeral, as a folded key ("ii", "xiv"): of the generational
// suffixes of name-suffixes.txt, the ones that are no abbreviation.
inline bool roman_numeral(std::string_view w) { return w.find_first_not_of("ivxlc") == std::string_view::npos; }

// s.append(v) for a code: with the usual length (an alpha-3 code) known
// to the compiler, the copy is two moves instead of a call to memcpy.
inline void append_code(std::string& s, std::string_view v) {
  if (v.size() == 3) s.append(v.data(), 3);
  else s.append(v);
}
// The same for an entity id ("ent-1" to "ent-9999").
inline void append_id(std::string& s, std::string_view v) {
  switch (v.size()) {
    case 5: s.append(v.data(), 5); break;
    case 6: s.append(v.data(), 6); break;
    case 7: s.append(v.data(), 7); break;
    case 8: s.append(v.data(), 8); break;
    default: s.append(v);
  }
}

// A mention before it becomes an Entity.
// Its strings are views, never copies: into the lexicon (immutable while
// the Recognizer exists), the document's text, string literals, or each
// other. Strings are built only in emit(), for what is written. (A new
// value from elsewhere must outlive the Run: never a temporary.)
struct Cand {
  static constexpr std::uint32_t kNone = ~0u;
  std::uint32_t tb = 0, te = 0, sentence = 0;
  std::uint32_t np_tb = kNone;  // start of the noun phrase when a title precedes
  std::uint32_t title = kNone;  // its title: an index of Lexicon::titles
  // The codes few candidates have, in Run::more_ (kNone: none). They stay
  // out of Cand because the document-wide passes read every candidate: a
  // long document's candidates then fill the caches, and each pass over
  // them pays for every byte.
  std::uint32_t more = kNone;
  EntityType type = EntityType::country;
  CountryForm form = CountryForm::none;
  std::uint16_t flags = 0;
  bool listed = true;   // becomes an Entity
  bool anaphor = false;
  bool plural = false;
  bool title_only = false;
  bool dropped = false;
  std::string_view code;   // COUNTRY/PLACE: its code; PERSON/ORG: their country
  std::string_view name;   // canonical name
  std::string_view kind;
};
static_assert(sizeof(Cand) <= 88, "Cand is read by every document-wide pass: keep it small");

// A country whose people a story names: how often, and the sentence of the
// last (Run::resolve_anaphors(), "the two leaders").
struct PersonCountry {
  std::string_view code;
  std::uint32_t count = 0, sentence = 0;
};

// The rarer fields of a candidate (Cand::more).
// The most countries a plural anaphor counts ("the ten countries"; number_word()).
constexpr int kMaxCounted = 10;

struct CandMore {
  std::uint8_t n_codes = 0;       // plural anaphors: codes[0, n_codes)
  std::string_view codes[kMaxCounted];  // ("the ten countries" at most)
  std::string_view alt_code;      // singular anaphors: the runner-up
  std::string_view group;         // a country group ("the Baltic states"): its codes, space-separated
  bool people = false;            // "the two leaders": two people of two countries (resolve_anaphors())
  bool kind_only = false;         // "the Kingdom": a state of the kind it names, or none
  bool list_only = false;         // "The four had ...": only a list of that many countries just named
};

enum List {
  kAnaphorAdjectives, kCommonWords, kGivenNames, kGovHeads, kGovernmentVerbs, kLanguageNames, kNameParticles,
  kNotNames, kOrgHeads, kOrgLeadingHeads, kSpeechVerbs, kCountryNouns, kPrepositions, kLanguageCuesBefore,
  kLanguageCuesAfter, kOrgNounsBefore, kOrgNounsAfter, kGroupAdjectives, kVerbAdverbs, kGovernmentObjectVerbs,
  kClauseWords, kNameSuffixes, kInstitutionWords, kPersonVerbs, kMemberNouns, kCountryNounsAfterAdjective, kMinistryWords, kPlaceNouns, kCompassWords,
  kRelationNouns, kCityParts, kFormerWords, kPlaceAdjectives, kPortfolioWords, kFacilityWords, kLineageWords, kTitleAdjectives, kDepartureVerbs, kPeoplePlurals, kFemaleNames, kMaleNames, kCreditWords, kCompanyNouns, kArrivalVerbs, kListCount
};
const char* const kListNames[kListCount] = {
    "anaphor-adjectives", "common-words", "given-names", "gov-heads", "government-verbs", "language-names",
    "name-particles", "not-names", "org-heads", "org-leading-heads", "speech-verbs", "country-nouns",
    "prepositions", "language-cues-before", "language-cues-after", "org-nouns-before", "org-nouns-after",
    "group-adjectives", "verb-adverbs", "government-object-verbs", "clause-words",
    "name-suffixes", "institution-words", "person-verbs", "member-nouns", "country-nouns-after-adjective", "ministry-words", "place-nouns", "compass-words",
    "relation-nouns", "city-parts", "former-words", "place-adjectives", "portfolio-words", "facility-words", "lineage-words", "title-adjectives", "departure-verbs", "people-plurals", "female-names", "male-names", "credit-words", "company-nouns", "arrival-verbs"};

// The first entity of each identity, for Entity::cluster: an open-addressing
// table over the identity keys, which are kept back to back in one buffer
// (no allocation per entity).
class Clusters {
 public:
  // Room for n keys.
  void start(std::size_t n) {
    std::size_t size = 16;
    while (size < 2 * n) size *= 2;
    slots_.assign(size, 0);
    keys_.clear();
    entries_.clear();
    entries_.reserve(n);
  }
  std::size_t bytes() const { return keys_.capacity() + entries_.capacity() * sizeof(Entry) + slots_.capacity() * 4; }
  // The key being built: append to it, then call first().
  std::string& key() {
    begin_ = std::uint32_t(keys_.size());
    return keys_;
  }
  // The first entity with the key just built; `entity` when it is new.
  int first(int entity) {
    const std::string_view k = std::string_view(keys_).substr(begin_);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = lexicon::hash_bytes(k) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) {
        entries_.push_back(Entry{begin_, std::uint32_t(k.size()), entity});
        slots_[i] = std::uint32_t(entries_.size());
        return entity;
      }
      const Entry& e = entries_[slots_[i] - 1];
      if (std::string_view(keys_).substr(e.begin, e.size) == k) {
        keys_.resize(begin_);
        return e.entity;
      }
    }
  }

 private:
  struct Entry {
    std::uint32_t begin, size;
    int entity;
  };
  std::string keys_;
  std::uint32_t begin_ = 0;
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // index into entries_ + 1, or 0
};

// Folded words (views that outlive the map) to candidates: open addressing
// over a table sized by start() for at most n words, with the lexicon's
// hash. A document names a few dozen people; this spares a node allocation
// per word and std::hash's longer hash.
class WordMap {
 public:
  void start(std::size_t n) {
    std::size_t size = 16;
    while (size < 2 * n) size *= 2;
    slots_.assign(size, Slot{});
    count_ = 0;
  }
  // Empty until the next start() (which emplace() needs).
  void clear() {
    slots_.clear();
    count_ = 0;
  }
  // Adds word -> value (>= 0) unless the word is there: the first value stays.
  void emplace(std::string_view word, int value) {
    for (std::size_t i = first_slot(word);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (s.value < 0) {
        s = Slot{word.data(), std::uint32_t(word.size()), value};
        ++count_;
        return;
      }
      if (same(s, word)) return;
    }
  }
  // The value of a word, or -1.
  int find(std::string_view word) const {
    if (count_ == 0) return -1;
    for (std::size_t i = first_slot(word);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.value < 0) return -1;
      if (same(s, word)) return s.value;
    }
  }
  std::size_t bytes() const { return slots_.capacity() * sizeof(Slot); }

 private:
  struct Slot {
    const char* data = nullptr;
    std::uint32_t size = 0;
    int value = -1;  // -1: empty
  };
  std::size_t first_slot(std::string_view word) const { return lexicon::hash_bytes(word) & (slots_.size() - 1); }
  static bool same(const Slot& s, std::string_view word) {
    return s.size == word.size() && lexicon::equal_bytes(s.data, word.data(), word.size());
  }
  std::vector<Slot> slots_;
  std::size_t count_ = 0;
};

using text::reserve_huge;

// The containers of a Run, kept by each thread from one document to the
// next so that their memory is reused instead of allocated anew (a Run
// empties each before use). Views into a document never outlive its Run:
// the containers that hold views are emptied at the start of each Run.
struct Scratch {
  std::vector<Cand> cands;
  std::vector<CandMore> more;  // Cand::more
  std::vector<int> covered;
  std::vector<bool> shouting;
  std::unordered_map<const lexicon::Ambiguity*, bool> document_cues;
  std::vector<std::uint64_t> masks, starts, caps_lists;
  std::vector<std::uint32_t> caps, articles;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> caps_by_sentence, articles_by_sentence;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> best;
  WordMap people_by_part, titled_family_names;
  Clusters clusters;
  std::string folded;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> list_names;
  std::vector<std::uint32_t> list_starts, lower_case_people;
  std::vector<int> order, by_token;
  std::vector<std::string_view> recent;
  std::vector<PersonCountry> person_countries;
  // code -> its index in person_countries (a long story names people of
  // a hundred countries or more: no linear search for each person)
  std::unordered_map<std::string_view, std::uint32_t> person_country_at;
  std::vector<std::string_view> family_names;  // personal_names_that_are_countries() (64 at most)
  std::vector<std::uint32_t> tokens;  // collect_titled_family_names(), register_people()
  std::vector<std::uint32_t> people;  // genders_of_family_names()

  // Empties the containers a Run reads before writing.
  void clear() {
    cands.clear();
    more.clear();
    document_cues.clear();
    people_by_part.clear();
    titled_family_names.clear();
  }
  // The bytes held (approximately): a thread that met one huge document
  // hands its memory back rather than keeping it for the small ones.
  std::size_t bytes() const {
    return cands.capacity() * sizeof(Cand) + more.capacity() * sizeof(CandMore) + covered.capacity() * sizeof(int) + (masks.capacity() + starts.capacity() + caps_lists.capacity()) * 8 +
           (caps.capacity() + articles.capacity() + list_starts.capacity() + lower_case_people.capacity() + tokens.capacity() +
            people.capacity()) * 4 +
           (caps_by_sentence.capacity() + articles_by_sentence.capacity() + best.capacity() + list_names.capacity()) * 8 +
           (order.capacity() + by_token.capacity()) * sizeof(int) + (recent.capacity() + family_names.capacity()) * sizeof(std::string_view) + clusters.bytes() +
           people_by_part.bytes() + titled_family_names.bytes() + document_cues.size() * 32 +
           document_cues.bucket_count() * 8 + person_countries.capacity() * sizeof(PersonCountry) +
           person_country_at.size() * 32 + person_country_at.bucket_count() * 8;
  }
};

class Run {
 public:
  Run(const lexicon::Lexicon& lex, const std::vector<std::uint64_t>& list_bits, const AmbiguityWords& amb,
      const CueIds& cue_ids, Document& doc, Analysis& a, Scratch& scratch)
      : lex_(lex), doc_(doc), a_(a), t_(a.tokens), amb_(amb), cue_ids_(cue_ids), scratch_(scratch) {
    scratch_.clear();
    for (int l = 0; l < kListCount; ++l) bits_[l] = list_bits[l];
    lex.index().ids(t_, a_.lex_ids);
    // (News: about one candidate per 8 tokens; a list of names, two in 7.
    // Room for one per 2, so that a long document's vector is not copied
    // into fresh pages while it grows: only the part used is ever touched.)
    reserve_huge(cands_, t_.toks.size() / 2 + 8);
    const std::size_t n = t_.toks.size();
    reserve_huge(masks_, n);
    masks_.resize(n);
    // The tokens the passes start at: capitalised words (most passes look
    // for names), and "the", "both" and "each" (anaphors). Listed once here, so a
    // pass visits only those instead of testing every token.
    reserve_huge(caps_, n);
    reserve_huge(articles_, n);
    caps_.resize(n);
    articles_.resize(n);
    std::size_t n_caps = 0, n_articles = 0;
    // (Plain pointers: the stores need not make the compiler reload them.)
    const Tok* const toks = t_.toks.data();
    const std::uint32_t* const ids = a_.lex_ids.data();
    std::uint64_t* const masks = masks_.data();
    std::uint32_t* const caps = caps_.data();
    std::uint32_t* const articles = articles_.data();
    for (std::size_t i = 0; i < n; ++i) {
      masks[i] = lex.list_mask(ids[i]);
      caps[n_caps] = std::uint32_t(i);
      n_caps += toks[i].kind == text::TokKind::word && toks[i].cap();
      articles[n_articles] = std::uint32_t(i);
      n_articles += is(i, "the") || is(i, "both") || is(i, "each");
    }
    caps_.resize(n_caps);
    articles_.resize(n_articles);
    sentence_ranges(caps_, caps_by_sentence_);
    sentence_ranges(articles_, articles_by_sentence_);
    // Per sentence, the word lists of its capitalised words: a pass that
    // starts only at a capitalised word of some list skips a sentence
    // that has none.
    caps_lists_.resize(a_.sentences.size());
    for (std::size_t s = 0; s < a_.sentences.size(); ++s) {
      std::uint64_t lists = 0;
      for (std::uint32_t k = caps_by_sentence_[s].first; k < caps_by_sentence_[s].second; ++k) lists |= masks[caps[k]];
      caps_lists_[s] = lists;
    }
  }

 private:
  // ----- token helpers -----
  std::string_view key(std::size_t i) const { return t_.key(i); }
  std::string_view raw(std::size_t i) const {
    return std::string_view(doc_.text).substr(t_.toks[i].begin, t_.toks[i].end - t_.toks[i].begin);
  }
  // Word-list membership: one hash probe per token for all lists (masks_).
  bool in(int list, std::size_t i) const { return masks_[i] & bits_[list]; }
  bool cap(std::size_t i) const { return t_.toks[i].kind == text::TokKind::word && t_.toks[i].cap(); }
  bool is(std::size_t i, std::string_view k) const { return i < t_.toks.size() && key(i) == k; }
  // The same for a literal: its length is known here, so the comparison
  // compiles to a few loads instead of a call to memcmp.
  // (Always inlined: out of line, the call costs more than the comparison.)
  template <std::size_t N>
  __attribute__((always_inline)) bool is(std::size_t i, const char (&k)[N]) const {
    if (i >= n_toks_ || t_.toks[i].key_len != N - 1) return false;
    return std::memcmp(t_.keys.data() + t_.toks[i].key_begin, k, N - 1) == 0;
  }
  std::uint32_t sb(std::uint32_t s) const { return a_.sentences[s].first_token; }
  std::uint32_t se(std::uint32_t s) const { return a_.sentences[s].end_token; }

  // Token indices, ascending, for a range-for.
  struct TokenList {
    const std::uint32_t* b;
    const std::uint32_t* e;
    const std::uint32_t* begin() const { return b; }
    const std::uint32_t* end() const { return e; }
  };
  // For each sentence, where its tokens are in `list` (ascending token
  // indices): out[s] = [first, end) positions in list. One walk, as the
  // sentences are in order.
  void sentence_ranges(const std::vector<std::uint32_t>& list, std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
    const std::size_t n_sentences = a_.sentences.size();
    out.resize(n_sentences);
    const Sentence* const sentences = a_.sentences.data();
    const std::uint32_t* const l = list.data();
    const std::size_t n = list.size();
    std::pair<std::uint32_t, std::uint32_t>* const o = out.data();
    std::size_t b = 0, e = 0;
    std::uint32_t prev_end = 0;
    for (std::size_t s = 0; s < n_sentences; ++s) {
      const std::uint32_t first = sentences[s].first_token, end = sentences[s].end_token;
      // (The previous sentence's tokens lie before this one's when it ended
      // before this one starts: no need to walk over them again.)
      if (s > 0 && first >= prev_end && e > b) b = e;
      while (b < n && l[b] < first) ++b;
      e = b;
      while (e < n && l[e] < end) ++e;
      o[s] = {std::uint32_t(b), std::uint32_t(e)};
      prev_end = end;
    }
  }
  TokenList caps_in(std::uint32_t s) const {
    return {caps_.data() + caps_by_sentence_[s].first, caps_.data() + caps_by_sentence_[s].second};
  }
  TokenList articles_in(std::uint32_t s) const {
    return {articles_.data() + articles_by_sentence_[s].first, articles_.data() + articles_by_sentence_[s].second};
  }

  // A capitalised word that can be part of a name.
  bool name_token(std::size_t i) const {
    const Tok& t = t_.toks[i];
    if (t.kind != text::TokKind::word || !t.cap() || (t.flags & text::kPossessive)) return false;
    return !in(kNotNames, i);
  }

  // A candidate of `type` over tokens [tb, te) of sentence s.
  static Cand span_cand(EntityType type, std::uint32_t tb, std::uint32_t te, std::uint32_t s) {
    Cand c;
    c.tb = tb;
    c.te = te;
    c.sentence = s;
    c.type = type;
    return c;
  }

  int add(Cand&& c) {
    for (std::uint32_t k = c.tb; k < c.te; ++k)
      if (covered_[k] >= 0) return -1;
    int id = int(cands_.size());
    for (std::uint32_t k = c.tb; k < c.te; ++k) covered_[k] = id;
    cands_.push_back(std::move(c));
    return id;
  }
  // A candidate's rarer fields (Cand::more): read-only, or made on first write.
  const CandMore& more(const Cand& c) const {
    static const CandMore kNone{};
    return c.more == Cand::kNone ? kNone : more_[c.more];
  }
  CandMore& more_of(Cand& c) {
    if (c.more == Cand::kNone) {
      c.more = std::uint32_t(more_.size());
      more_.emplace_back();
    }
    return more_[c.more];
  }
  void remove(int id) {
    Cand& c = cands_[id];
    c.dropped = true;
    for (std::uint32_t k = c.tb; k < c.te; ++k)
      if (covered_[k] == id) covered_[k] = -1;
  }

  bool caps_ok(const Sense& s, std::uint32_t tb, std::uint32_t te) const {
    if (s.kind == Kind::title) return true;
    const Tok* const toks = t_.toks.data();
    if (s.flags & lexicon::kExact) {
      // The alias without spaces and hyphens == the tokens' text without
      // joining hyphens, compared as they are read (no strings built).
      const std::string_view want = lex_.alias(s.alias);
      std::size_t a = 0;
      for (std::uint32_t k = tb; k < te; ++k) {
        if (toks[k].flags & text::kJoiner) continue;
        for (const char c : raw(k)) {
          while (a < want.size() && (want[a] == ' ' || want[a] == '-')) ++a;
          if (a == want.size() || want[a] != c) return false;
          ++a;
        }
      }
      while (a < want.size() && (want[a] == ' ' || want[a] == '-')) ++a;
      return a == want.size();
    }
    const std::uint64_t* const masks = masks_.data();
    const std::uint64_t particles = bits_[kNameParticles];
    std::uint32_t n = 0;
    for (std::uint32_t k = tb; k < te; ++k) {
      if (toks[k].flags & text::kJoiner) continue;
      if (n < 32 && (s.caps_mask >> n & 1) && !toks[k].cap() && !(masks[k] & particles)) return false;
      ++n;
    }
    return true;
  }

  // A headline in capitals: capitalisation says nothing, so only the
  // gazetteer speaks there.
  bool all_caps(std::uint32_t s) const {
    // upper * 10 >= words * 8 is upper >= 4 * lower: once even capitals in
    // all the tokens left could not make up for the lower-case words seen,
    // the answer is no (most sentences: a few words in).
    std::uint32_t upper = 0, lower = 0;
    const std::uint32_t end = se(s);
    for (std::uint32_t i = sb(s); i < end; ++i) {
      const Tok& t = t_.toks[i];
      if (t.kind != text::TokKind::word || t.end - t.begin < 2) continue;
      if (t.upper()) {
        ++upper;
      } else {
        ++lower;
        if (upper + (end - i - 1) < 4 * lower) return false;
      }
    }
    const std::uint32_t words = upper + lower;
    return words >= 3 && upper * 10 >= words * 8;
  }

  // A headline in Title Case: three or more words of four letters or more,
  // nearly all of them with a capital ("Iranian President Lands in Riyadh
  // for OIC Summit").
  // (At most one long word in lower case: most sentences are ruled out by
  // their first few words.)
  bool title_cased(std::uint32_t s) const {
    std::uint32_t long_words = 0, lower = 0;
    const std::uint32_t end = se(s);
    if (end - sb(s) > 40) return false;  // (a headline is short)
    for (std::uint32_t i = sb(s); i < end; ++i) {
      const Tok& t = t_.toks[i];
      if (!t.is_word() || t.end - t.begin < 4) continue;
      ++long_words;
      if (!t.cap() && ++lower > 1) return false;
    }
    return long_words >= 3 && (long_words - lower) * 100 >= long_words * 85;
  }
  // In a Title Case headline, a verb is no part of a name ("President Lands").
  bool headline_verb(std::uint32_t k) const {
    // (The word's lists first: the sentence is a binary search, which a
    // long document makes deeper.)
    return any_title_case_ && (in(kPersonVerbs, k) || in(kGovernmentVerbs, k) || in(kSpeechVerbs, k)) &&
           a_.title_case[sentence_of_token(k)];
  }

  // ----- 1. gazetteer -----
  void gazetteer(std::uint32_t s) {
    const auto& index = lex_.index();
    std::uint32_t i = sb(s);
    const std::uint32_t end = se(s);
    // (Most tokens start no entry: that test first, on plain pointers.)
    const Tok* const toks = t_.toks.data();
    const std::uint32_t* const ids = a_.lex_ids.data();
    const lexicon::PhraseIndex::Starts starts = index.starts();
    const std::uint64_t* const masks = masks_.data();
    // A word in lower case starts only the entries that allow it (titles,
    // "the ...", name particles): "the", "in", "is" start none of "The
    // Hague", "IN", "IS" here.
    const std::uint64_t lower_ok = lexicon::Lexicon::kLowerStart | bits_[kNameParticles];
    while (i < end) {
      // (A tight loop to the next such token: its values stay in registers.)
      while (i < end && (!toks[i].is_word() || !starts(ids[i]) || (!toks[i].cap() && !(masks[i] & lower_ok)))) ++i;
      if (i >= end) break;
      best_.clear();
      index.match_at(a_.lex_ids, i, end, [&](std::uint32_t entry, std::size_t e) { best_.emplace_back(entry, std::uint32_t(e)); });
      bool took = false;
      for (auto it = best_.rbegin(); it != best_.rend() && !took; ++it) {
        const Sense* pick = nullptr;
        int rank = 99;
        bool unsure = false;  // two people of one family name, neither preferred
        for (const Sense& sense : lex_.senses(it->first)) {
          if (!caps_ok(sense, i, it->second)) continue;
          // ("a Taiwanese representative office": a title before "office"
          // names the kind of office, no one holding it.)
          if (sense.kind == Kind::title && it->second < end && !t_.toks[i].cap() &&
              (is(it->second, "office") || is(it->second, "offices")))
            continue;
          if ((sense.flags & lexicon::kGivenSurname) && !given_surname_ok(sense, i, it->second, s)) continue;
          // "WHO", "IS" in a headline in capitals are words, not acronyms.
          if (shouting_[s] && (sense.flags & lexicon::kExact) && sense.kind != Kind::country) continue;
          int r = sense.kind == Kind::blocker ? -1 : (sense.kind == Kind::country || sense.kind == Kind::group) ? 0 : sense.kind == Kind::organization ? 1
                  : sense.kind == Kind::person ? 2 : sense.kind == Kind::place ? 3 : 4;
          if (sense.flags & lexicon::kSurname) r = 5;
          if (r < rank) { rank = r; pick = &sense; }
          // Two people of one name ("Mark Rutte", Dutch prime minister
          // until 2024, then NATO's secretary-general): the one in office on
          // the story's date.
          else if (r == rank && r == 2 && pick->kind == Kind::person && sense.kind == Kind::person &&
                   !doc_.date.empty() && !in_office(pick->id) && in_office(sense.id))
            pick = &sense;
          // (Both in office by the tables, "Abdoulaye Diop" of Senegal from
          // 2003 in a bulk list with no end, of Mali from 2021 as foreign
          // minister: the one whose office began last.)
          else if (r == rank && r == 2 && pick->kind == Kind::person && sense.kind == Kind::person && !doc_.date.empty() &&
                   office_start(sense.id) > office_start(pick->id) && in_office(pick->id))
            pick = &sense;
          // Officials of several countries with one family name ("Harris"):
          // see surname_score(); of two equal ones, neither.
          else if (r == rank && r == 5 && pick->kind == Kind::person && sense.kind == Kind::person) {
            const int a = surname_score(pick->id), b = surname_score(sense.id);
            if (b > a) pick = &sense;
            unsure = a == b ? true : b > a ? false : unsure;
          }
        }
        if (!pick) continue;
        // "Donald Trump Jr. spent five hours in Nuuk": a person of the tables
        // before a generational suffix in short (name-suffixes.txt; not a
        // Roman numeral) is another person, of the same name (the name
        // patterns take the whole name), unless the tables' own name has
        // that suffix ("Teodoro Locsin Jr.", matched by its alias "Teodoro
        // Locsin").
        if (pick->kind == Kind::person && it->second < end && cap(it->second) && short_suffix(it->second) &&
            !name_has_suffix(lex_.people[pick->id].name, key(it->second)))
          continue;
        std::uint32_t initialled_from = ~0u;  // (the given name of "Alexei N. Kosygin")
        // "Faris al-Jubouri": a known family name after an unknown given
        // name is another person's (the name patterns find it).
        if (pick->kind == Kind::person && (pick->flags & lexicon::kSurname)) {
          std::uint32_t p = i;
          if (p >= sb(s) + 2 && (toks[p - 1].flags & text::kJoiner) && in(kNameParticles, p - 2)) p -= 2;
          // ("Paulino Franco de Carvalho Neto": a particle in lower case
          // between the unknown given names and the family name.)
          else if (p >= sb(s) + 2 && !toks[p - 1].cap() && in(kNameParticles, p - 1) && cap(p - 2)) --p;
          if (p > sb(s) && cap(p - 1) && covered_[p - 1] < 0 && name_token(p - 1) && !in(kCommonWords, p - 1) &&
              !in(kNotNames, p - 1) && (p - 1 > sb(s) || in(kGivenNames, p - 1)) && !given_name_of(pick->id, key(p - 1)))
            continue;
          // "Soviet Premier Alexei N. Kosygin": a given name and an initial
          // before it. With the person's own given name, the person named in
          // full; with another, someone else (the name patterns take all
          // three words).
          if (p >= sb(s) + 3 && is(p - 1, ".") && toks[p - 2].end == toks[p - 1].begin && toks[p - 2].end - toks[p - 2].begin == 1 &&
              cap(p - 2) && cap(p - 3) && covered_[p - 3] < 0 && name_token(p - 3) && !in(kCommonWords, p - 3) && !in(kNotNames, p - 3)) {
            if (!given_name_of(pick->id, key(p - 3))) continue;
            initialled_from = p - 3;
          }
        }
        // "lawmaker Stalin Gonzalez" in 2019: the family name alone of
        // someone out of office on the story's date, before another
        // capitalised name, is another person's given name (the name
        // patterns take both words).
        if (pick->kind == Kind::person && (pick->flags & lexicon::kSurname) && !doc_.date.empty() && it->second < end &&
            it->second == i + 1 && cap(it->second) && name_token(it->second) && covered_[it->second] < 0 &&
            !in(kCommonWords, it->second) && !in(kNotNames, it->second) && !in(kFacilityWords, it->second) &&
            !in(kNameSuffixes, it->second) && !headline_verb(it->second) && !in_office(pick->id))
          continue;
        // "King Khalid International Airport": a person's name before the
        // words of a facility names the building (facility-words.txt).
        if (pick->kind == Kind::person) {
          bool facility = false;
          for (std::uint32_t k = it->second; k < end && k < it->second + 3 && cap(k) && !facility; ++k)
            facility = in(kFacilityWords, k);
          if (facility) {
            i = it->second;
            took = true;
            continue;
          }
        }
        if (pick->kind == Kind::blocker) {  // "Gulf of Mexico": no country here
          i = it->second;
          took = true;
          continue;
        }
        // "The Australian embassy in Jakarta": a paper named "The <demonym>"
        // (The Australian) opening a sentence or after a dateline, before a word that is no verb
        // of saying, is the demonym (found at the next word); "told The
        // Australian" is the paper.
        if (pick->kind == Kind::organization && it->second == i + 2 && is(i, "the") && (i == sb(s) || t_.dash(i - 1) || !t_.toks[i].cap()) &&
            it->second < end &&
            t_.toks[it->second].is_word() && !in(kSpeechVerbs, it->second) && demonym_word(i + 1))
          continue;
        if (pick->kind == Kind::organization && split_country_prefix(*pick, i, it->second, s)) {
          i = it->second;
          took = true;
          continue;
        }
        std::uint32_t from = initialled_from < i ? initialled_from : i;
        // "The Associated Press": the article is not part of the name.
        if (pick->kind == Kind::organization && is(from, "the") && from + 1 < it->second) ++from;
        // "King Mswati III", "Pope Benedict XVI": the title is its own mention.
        std::uint32_t to = it->second;
        // ("Shah Mahmood Qureshi": a title's word that opens the person's own
        // name is no title there.)
        if (pick->kind == Kind::person) {
          if (!name_opens_with(pick->id, from)) from = split_title_prefix(from, to, s);
          to = longer_spelling(*pick, from, to, end);
          if (!(pick->flags & lexicon::kSurname)) to = lineage_end(from, to, end);
        }
        const int added = add_sense(*pick, from, to, s);
        if (unsure && added >= 0) cands_[added].code = {};
        i = to;
        took = true;
      }
      if (!took) ++i;
    }
  }

  // Is token k alone a country's demonym ("Australian")?
  bool demonym_word(std::uint32_t k) const {
    bool found = false;
    lex_.index().match_at(a_.lex_ids, k, k + 1, [&](std::uint32_t entry, std::size_t) {
      for (const Sense& x : lex_.senses(entry)) found |= x.kind == Kind::country && x.form == CountryForm::demonym;
    });
    return found;
  }

  // A family name that is also a given name ("Cameron", "Sharon") names the
  // person of the tables after a title ("Mr Cameron", "Prime Minister
  // Sharon"), or alone where no other name follows it, the person is in
  // office on the story's date and the story has named their country
  // ("Britain ... Cameron said"); elsewhere it is anyone's given name
  // ("Cameron Diaz", "Sharon, 45, said").
  bool given_surname_ok(const Sense& sense, std::uint32_t i, std::uint32_t te, std::uint32_t s) {
    auto titled = [&](std::uint32_t k) { return covered_[k] >= 0 && cands_[covered_[k]].title_only; };
    if (i > sb(s) && (titled(i - 1) || (i > sb(s) + 1 && is(i - 1, ".") && titled(i - 2)))) return true;
    if (te < se(s) && cap(te) && name_token(te)) return false;
    if (doc_.date.empty() || !in_office(sense.id)) return false;
    const std::string& country = lex_.people[sense.id].country;
    const int slot = lexicon::Lexicon::code_slot(country);
    if (slot < 0) return false;
    // (The countries named so far, kept as the candidates grow: a long
    // document asks this of each such name without reading all its
    // candidates again.)
    if (countries_named_.empty()) countries_named_.assign(26 * 26 * 26, false);
    for (; countries_scanned_ < cands_.size(); ++countries_scanned_) {
      const Cand& c = cands_[countries_scanned_];
      const int cs = lexicon::Lexicon::code_slot(c.code);
      if (!c.dropped && c.type == EntityType::country && !c.anaphor && cs >= 0) countries_named_[std::size_t(cs)] = true;
    }
    return countries_named_[std::size_t(slot)];
  }
  std::vector<bool> countries_named_;  // per Lexicon::code_slot(), for given_surname_ok()
  std::size_t countries_scanned_ = 0;

  // "Czech Senate President Milos Vystrcil": a one-word body of the tables
  // (the U.S. "Senate") right after another country's demonym is that
  // country's own body (gov-heads.txt): one organization over both words.
  void national_bodies() {
    for (std::size_t ci = 0, n = cands_.size(); ci < n; ++ci) {
      if (cands_[ci].dropped || cands_[ci].type != EntityType::organization || cands_[ci].te != cands_[ci].tb + 1) continue;
      const std::uint32_t tb = cands_[ci].tb, te = cands_[ci].te, s = cands_[ci].sentence;
      if (tb == sb(s) || !in(kGovHeads, tb)) continue;
      const int pc = covered_[tb - 1];
      if (pc < 0 || cands_[pc].dropped || cands_[pc].type != EntityType::country || cands_[pc].form != CountryForm::demonym ||
          cands_[pc].te != tb || cands_[pc].code.empty() || same_code(cands_[pc].code, cands_[ci].code))
        continue;
      Cand body = span_cand(EntityType::organization, cands_[pc].tb, te, s);
      body.code = cands_[pc].code;
      body.kind = cands_[ci].kind;
      remove(pc);
      remove(int(ci));
      add(std::move(body));
    }
  }

  // Does person `id`'s canonical name open with the word at token k, which
  // is no office of theirs? ("Shah Mehmood Qureshi", "Sheikh Hasina"; not
  // "Pope Francis", whose role is Pope.)
  bool name_opens_with(std::uint32_t id, std::uint32_t k) const {
    const lexicon::Person& p = lex_.people[id];
    const std::string_view w = raw(k);
    if (!(p.name.size() > w.size() && p.name.compare(0, w.size(), w) == 0 && (p.name[w.size()] == ' ' || p.name[w.size()] == '-')))
      return false;
    for (const auto& r : p.roles)
      if (r.title.size() == w.size() && text::fold(r.title) == text::fold(w)) return false;
    return true;
  }

  // Does a spelling of person `id` start with the (folded) word w? ("Fayez
  // al-Serraj" for Fayez al-Sarraj, spelt another way.)
  bool given_name_of(std::uint32_t id, std::string_view w) const {
    const auto& p = lex_.people[id];
    auto starts = [&](const std::string& n) {
      return n.size() > w.size() && (n[w.size()] == ' ' || n[w.size()] == '-') && text::fold(n.substr(0, w.size())) == w;
    };
    if (starts(p.name)) return true;
    for (const auto& a : p.aliases)
      if (starts(a)) return true;
    return false;
  }

  // Which of several officials with one family name a mention of it is:
  // one named in full earlier in the story, then one whose country the
  // story has named before, then one in office on its date, then the holder
  // of a leading office. (Read only for such shared names: the candidates
  // so far are the story's earlier ones; only the last kRecentCands of them,
  // so that a long document's cost stays linear.)
  static constexpr std::size_t kRecentCands = 256;
  int surname_score(std::uint32_t id) const {
    const lexicon::Person& p = lex_.people[id];
    bool named = false, country = false;
    for (std::size_t k = cands_.size() > kRecentCands ? cands_.size() - kRecentCands : 0; k < cands_.size(); ++k) {
      const Cand& c = cands_[k];
      if (c.dropped) continue;
      named |= c.type == EntityType::person && c.name == p.name;
      country |= c.type == EntityType::country && !c.code.empty() && c.code == p.country;
    }
    return (named ? 8 : 0) + (country ? 4 : 0) + (!doc_.date.empty() && in_office(id) ? 2 : 0) + (p.leading ? 1 : 0);
  }

  // Does a role of person `id` cover the story's date? (Role dates may be
  // a year or a month only: compared on their own length.)
  bool in_office(std::uint32_t id) const {
    for (const auto& r : lex_.people[id].roles)
      if (covers_date(r)) return true;
    return false;
  }
  bool covers_date(const lexicon::Role& r) const {
    const std::string& date = doc_.date;
    return (r.from.empty() || date.compare(0, r.from.size(), r.from) >= 0) &&
           (r.to.empty() || date.compare(0, r.to.size(), r.to) <= 0);
  }
  // Is the story's date more than 30 years before every role of person id?
  // ("Vice President Ali Sabry" of Egypt in 1965 is no namesake's country:
  // Sri Lanka's foreign minister from 2022.)
  bool long_before_office(std::uint32_t id) const {
    const auto year = [](std::string_view d) {
      int y = 0;
      return d.size() >= 4 && std::from_chars(d.data(), d.data() + 4, y).ec == std::errc() ? y : -1;
    };
    const int story = year(doc_.date);
    const auto& roles = lex_.people[id].roles;
    if (story < 0 || roles.empty()) return false;
    for (const auto& r : roles)
      if (year(r.from) < 0 || year(r.from) <= story + 30) return false;
    return true;
  }
  // The start of the latest role of person id that covers the story's date
  // ("" if none, or if it has no start).
  std::string_view office_start(std::uint32_t id) const {
    std::string_view latest;
    for (const auto& r : lex_.people[id].roles)
      if (covers_date(r) && r.from > latest) latest = r.from;
    return latest;
  }

  // "Sheikh Tamim bin Hamad Al Thani": the alias with the title ("Sheikh
  // Tamim bin Hamad") ends before the full name that starts after the
  // title does; where the person's name goes on, its end.
  std::uint32_t longer_spelling(const Sense& person, std::uint32_t from, std::uint32_t to, std::uint32_t end) const {
    std::uint32_t best = to;
    lex_.index().match_at(a_.lex_ids, from, end, [&](std::uint32_t entry, std::size_t e) {
      if (e <= best) return;
      for (const Sense& c : lex_.senses(entry))
        if (c.kind == Kind::person && c.id == person.id && caps_ok(c, from, std::uint32_t(e))) best = std::uint32_t(e);
    });
    return best;
  }

  // An Arabic name goes on with its lineage and family: "Mohammed bin
  // Salman" + " bin Abdulaziz Al Saud", "Abdullah bin Zayed" + " Al Nahyan"
  // (only after a name with a word of lineage-words.txt in it or after it).
  std::uint32_t lineage_end(std::uint32_t from, std::uint32_t to, std::uint32_t end) const {
    auto son_of = [&](std::uint32_t k) { return in(kLineageWords, k); };
    bool arabic = false;
    for (std::uint32_t k = from; k < to && !arabic; ++k) arabic = son_of(k);
    while (to + 1 < end && son_of(to) && !cap(to) && cap(to + 1) && covered_[to + 1] < 0) {
      to += 2;
      arabic = true;
    }
    if (arabic && to + 1 < end && is(to, "al") && cap(to)) {
      if (cap(to + 1) && covered_[to + 1] < 0) to += 2;                      // "Al Saud"
      else if (to + 2 < end && t_.dash(to + 1) && cap(to + 2)) to += 3;     // "Al-Nahyan"
    }
    return to;
  }

  // A person alias that starts with a title: the title becomes its own
  // candidate (so the person's text excludes it); returns where the name starts.
  std::uint32_t split_title_prefix(std::uint32_t tb, std::uint32_t te, std::uint32_t s) {
    std::uint32_t title_end = 0;
    const Sense* title = nullptr;
    lex_.index().match_at(a_.lex_ids, tb, te, [&](std::uint32_t entry, std::size_t e) {
      if (e + 1 > te) return;
      for (const Sense& c : lex_.senses(entry))
        if (c.kind == Kind::title) {
          title = &c;
          title_end = std::uint32_t(e);
        }
    });
    if (!title) return tb;
    std::uint32_t name = title_end;
    if (name < te && is(name, ".")) ++name;
    if (name >= te) return tb;
    add_sense(*title, tb, title_end, s);
    return name;
  }

  // A government body named with its country in front: the country is its
  // own mention and the body keeps its name ("South Korean" + "Unification
  // Ministry").
  bool split_country_prefix(const Sense& org, std::uint32_t tb, std::uint32_t te, std::uint32_t s) {
    const auto& o = lex_.organizations[org.id];
    std::uint32_t country_end = 0;
    const Sense* country = nullptr;
    lex_.index().match_at(a_.lex_ids, tb, te, [&](std::uint32_t entry, std::size_t e) {
      if (e >= te) return;
      for (const Sense& c : lex_.senses(entry))
        if (c.kind == Kind::country && caps_ok(c, tb, std::uint32_t(e))) {
          country = &c;
          country_end = std::uint32_t(e);
        }
    });
    if (!country) return false;
    // "Israeli army", "Pakistani military": a description, not a name; only
    // the country is a mention.
    bool described = true;
    for (std::uint32_t k = country_end; k < te; ++k)
      if (t_.toks[k].kind == text::TokKind::word && t_.toks[k].cap()) described = false;
    if (described) {
      add_sense(*country, tb, country_end, s);
      return true;
    }
    if (!eq(o.kind, "ministry") && !eq(o.kind, "government")) return false;
    // "Palestinian Authority": a single word that is no generic government
    // head would be no name without its country, so the two stay one name.
    if (te == country_end + 1 && !in(kGovHeads, country_end)) return false;
    // "Qatar Investment Authority", "Japan International Cooperation
    // Agency", "Swiss National Bank": a country's name or adjective before a
    // body that ends in no generic government head is part of that body's
    // own name ("South Korean" + "Unification Ministry" is not; nor is an
    // abbreviation, "U.S." + "Federal Reserve").
    if (country->form != CountryForm::abbreviation && !in(kGovHeads, te - 1)) return false;
    // "Taiwan Affairs Office" is China's: a country that owns not the body
    // is a word of its name.
    if (!o.country.empty() && o.country != lex_.countries[country->id].code) return false;
    // "Ukraine's Foreign Ministry": the possessive belongs to neither name.
    std::uint32_t org_b = country_end;
    while (org_b + 1 < te && t_.toks[org_b].kind != text::TokKind::word) ++org_b;
    if (org_b + 1 < te && (apostrophe_s(org_b) || is(org_b, "s"))) ++org_b;
    Cand org_c = from_sense(org, org_b, te, s);
    org_c.code = o.country;
    add_sense(*country, tb, country_end, s);
    add(std::move(org_c));
    return true;
  }

  Cand from_sense(const Sense& sense, std::uint32_t tb, std::uint32_t te, std::uint32_t s) {
    Cand c;
    fill_sense(c, sense, tb, te, s);
    return c;
  }
  // add(from_sense(...)), with the candidate built in place: no copy of it.
  int add_sense(const Sense& sense, std::uint32_t tb, std::uint32_t te, std::uint32_t s) {
    for (std::uint32_t k = tb; k < te; ++k)
      if (covered_[k] >= 0) return -1;
    const int id = int(cands_.size());
    fill_sense(cands_.emplace_back(), sense, tb, te, s);
    for (std::uint32_t k = tb; k < te; ++k) covered_[k] = id;
    return id;
  }
  // c (a new Cand) as the candidate of `sense` over [tb, te) of sentence s.
  void fill_sense(Cand& c, const Sense& sense, std::uint32_t tb, std::uint32_t te, std::uint32_t s) {
    c.tb = tb;
    c.te = te;
    c.sentence = s;
    c.flags = sense.flags;
    switch (sense.kind) {
      case Kind::country:
        c.type = EntityType::country;
        c.form = sense.form;
        c.code = lex_.countries[sense.id].code;
        c.name = lex_.countries[sense.id].name;
        break;
      case Kind::place: {
        const auto& p = lex_.places[sense.id];
        c.type = EntityType::place;
        c.code = p.code;
        c.name = p.name;
        c.kind = p.kind;
        if (sense.flags & lexicon::kUsState) c.kind = "region";
        break;
      }
      case Kind::person: {
        const auto& p = lex_.people[sense.id];
        c.type = EntityType::person;
        c.code = long_before_office(sense.id) ? std::string_view() : std::string_view(p.country);
        c.name = p.name;
        break;
      }
      case Kind::organization: {
        const auto& o = lex_.organizations[sense.id];
        c.type = EntityType::organization;
        c.code = o.country;
        c.name = o.name;
        c.kind = o.kind;
        break;
      }
      case Kind::blocker:
        c.dropped = true;
        break;
      case Kind::group:  // "the Baltic states": all of them, like "both countries"
        c.type = EntityType::country;
        c.form = CountryForm::anaphor;
        c.anaphor = true;
        c.plural = true;
        c.listed = false;
        more_of(c).group = lex_.groups[sense.id].codes;
        break;
      case Kind::title:
        c.type = EntityType::person;
        c.title = sense.id;
        c.kind = lex_.titles[sense.id].kind;
        c.code = lex_.titles[sense.id].country;  // "the Pope": VAT, unless the text names a country
        c.listed = false;
        c.title_only = true;  // until a name follows
        break;
    }
  }

  // The end of a run of name tokens starting at i (max 6 words).
  std::uint32_t name_run(std::uint32_t i, std::uint32_t end, bool allow_covered = false) const {
    std::uint32_t j = i, words = 0;
    while (j < end && words < 6) {
      const Tok& t = t_.toks[j];
      // ("REUTERS/Pavel Drozdov\nReporting by ...": a credit line opens
      // after the name, no part of it.)
      if (j > i && j + 1 < end && is(j + 1, "by") && line_start(j)) break;
      // "Martin Luther King.", "Jonathan King, the envoy": a one-word title
      // that ends a name opened by a given name, with no name after it, is
      // the family name ("a Republican Congressman says" is no name).
      if (words > 0 && in(kGivenNames, i) && covered_[j] >= 0 && cands_[covered_[j]].title_only && cands_[covered_[j]].tb == j &&
          cands_[covered_[j]].te == j + 1 && t.cap() && !(t.flags & text::kPossessive) &&
          (j + 1 >= end || !name_token(j + 1))) {
        ++j;
        break;
      }
      if (!allow_covered && covered_[j] >= 0 && !(cands_[covered_[j]].flags & lexicon::kPersonName)) break;
      if (headline_verb(j)) break;
      if (name_token(j)) { ++j; ++words; continue; }
      if (words > 0 && (t.flags & text::kJoiner) && j + 1 < end && t_.toks[j + 1].kind == text::TokKind::word) {
        j += 2;  // "Jong-Un", "Jong-un"
        continue;
      }
      // An initial: "George W. Bush".
      if (words > 0 && is(j, ".") && t_.toks[j - 1].end - t_.toks[j - 1].begin == 1 && j + 1 < end && name_token(j + 1)) {
        ++j;
        continue;
      }
      // A particle inside a name: "bin Laden", "von der Leyen", "al-Assad".
      if (words > 0 && in(kNameParticles, j) && !t.cap()) {
        std::uint32_t k = j;
        while (k < end && (in(kNameParticles, k) || (t_.toks[k].flags & text::kJoiner))) ++k;
        if (k < end && name_token(k)) { j = k; continue; }
      }
      break;
    }
    return j;
  }

  // ----- 2. titles -----
  // One pass over the title candidates of the whole document. add() may
  // grow cands_, so candidates are addressed by index, never by reference
  // across it.
  void titles() {
    // The country of the last person named with each title: "The Crown
    // Prince had wrapped up a visit to Pakistan" after "Saudi Arabia's Crown
    // Prince Mohammed bin Salman".
    std::vector<std::pair<std::uint32_t, std::string_view>> titled;
    for (std::size_t ci = 0, n = cands_.size(); ci < n; ++ci) {
      if (cands_[ci].dropped || !cands_[ci].title_only) continue;
      const std::uint32_t s = cands_[ci].sentence;
      const std::uint32_t end = se(s);
      Cand tc = cands_[ci];  // a copy: cands_ may reallocate below
      std::uint32_t j = tc.te;
      if (j < end && is(j, ".")) ++j;                        // "Gen." "Amb."
      // "Minister of International Trade and Industry, Tengku Zafrul Aziz":
      // the portfolio (portfolio-words.txt) belongs to the title.
      if (j + 1 < end && !tc.kind.empty() && !eq(tc.kind, "honorific") && (is(j, "of") || is(j, "for") || is(j, "and"))) {
        std::uint32_t q = j + 1;
        bool any = false;
        while (q < end && (is(q, "and") || is(q, "&") || is(q, "the") || (cap(q) && in(kPortfolioWords, q)))) {
          any |= cap(q);
          ++q;
        }
        if (any && q < end && !is(q - 1, "and") && !is(q - 1, "the")) j = q;
      }
      if (j < end && is(j, ",") && !tc.kind.empty() && !eq(tc.kind, "honorific")) ++j;  // "foreign minister, Wang Yi"
      // "ambassador to North Korea, Wang Yajun", "U.S. special envoy for
      // Yemen Tim Lenderking", "envoy for the Middle East Zhai Jun": the
      // posting, then the name (after a comma, or at once when it is a
      // person or a name of two words or more).
      // "the Chairman of Vietnam's National Assembly, Vuong Dinh Hue": the
      // body the office is of, then the name after a comma (and the country
      // that owns the body is the person's).
      std::string_view posting_country;
      if (j + 2 < end && !tc.kind.empty() && !eq(tc.kind, "honorific") && (is(j, "to") || is(j, "in") || is(j, "for") || is(j, "of"))) {
        // ("of the Republic of Rwanda": a name may open with its article,
        // and a form of state the tables lack may stand before "of".)
        std::uint32_t q = is(j + 1, "the") && !(covered_[j + 1] >= 0 && cands_[covered_[j + 1]].tb == j + 1) ? j + 2 : j + 1;
        if (q < end && covered_[q] < 0 && cap(q))
          for (std::uint32_t f = q; f < end && f < q + 3 && cap(f) && covered_[f] < 0; ++f)
            if (f + 2 < end && is(f + 1, "of") && covered_[f + 2] >= 0 && cands_[covered_[f + 2]].tb == f + 2 &&
                cands_[covered_[f + 2]].type == EntityType::country) {
              q = f + 2;
              break;
            }
        const int post = q < end ? covered_[q] : -1;
        if (post >= 0 && cands_[post].tb == q && cands_[post].type != EntityType::person) {
          std::uint32_t k = cands_[post].te;
          // (The body's name: capitalised words that end in a head word,
          // org-heads.txt; the organizations pass comes later.)
          if (is(j, "of") && cands_[post].type == EntityType::country && k + 1 < end && (t_.toks[k].flags & text::kPossessive)) {
            std::uint32_t h = k + 1;
            while (h < end && h < k + 6 && cap(h) && covered_[h] < 0 && !in(kOrgHeads, h)) ++h;
            if (h < end && cap(h) && covered_[h] < 0 && in(kOrgHeads, h)) {
              posting_country = cands_[post].code;
              k = h + 1;
            }
          }
          // "President of Turkmenistan Serdar Berdimuhamedov", "the Prime
          // Minister of India, Narendra Modi": the country the office is of.
          if (is(j, "of") && posting_country.empty() && cands_[post].type == EntityType::country &&
              (cands_[post].form == CountryForm::name || cands_[post].form == CountryForm::official) &&
              !(k < end && (t_.toks[k].flags & text::kPossessive)))
            posting_country = cands_[post].code;
          if (is(j, "of") && posting_country.empty()) k = end;  // ("of" only with a country or a country's body)
          if (k + 1 < end && is(k, ",")) {
            j = k + 1;
          } else if (k < end && !shouting_[s]) {
            const int pk = covered_[k];
            if (pk >= 0 ? cands_[pk].tb == k && cands_[pk].type == EntityType::person && !cands_[pk].title_only
                        : name_run(k, end) >= k + 2 && !in(kCommonWords, k))
              j = k;
          }
        }
      }
      // The country of the title: "Russian Defence Minister", "North Korea's leader".
      // "Russian Defence Minister", "Senegal's newly elected president".
      std::string_view country;
      std::uint32_t np = tc.tb;
      for (std::uint32_t p = tc.tb, n = 0; p > sb(s) && n < 4; ++n) {
        --p;
        if (t_.toks[p].flags & text::kPossessive && p > sb(s)) --p;
        int pc = covered_[p];
        if (pc >= 0 && cands_[pc].type == EntityType::country) {
          country = cands_[pc].code;
          np = cands_[pc].tb;
          break;
        }
        // "California Governor Gavin Newsom", "Moscow Mayor Sergei
        // Sobyanin": a city's or region's officer is of its country.
        if (pc >= 0 && n == 0 && cands_[pc].te == p + 1 && cands_[pc].type == EntityType::place && !cands_[pc].code.empty()) {
          country = cands_[pc].code;
          np = cands_[pc].tb;
          break;
        }
        // "Syria's U.N. Ambassador": the body the office is at lies between.
        if (pc >= 0 && cands_[pc].te == p + 1 && cands_[pc].type == EntityType::organization &&
            eq(cands_[pc].kind, "international")) {
          p = cands_[pc].tb;
          continue;
        }
        // "South Korea's National Assembly Speaker", "Federal Reserve
        // Chairman Jerome Powell": an office of a body of one country is that
        // country's (not of a one-word body, "Senate President Milos
        // Vystrcil": every country has one).
        if (pc >= 0 && cands_[pc].te == p + 1 && n == 0 && cands_[pc].te >= cands_[pc].tb + 2 &&
            cands_[pc].type == EntityType::organization &&
            !cands_[pc].code.empty() && (eq(cands_[pc].kind, "government") || eq(cands_[pc].kind, "legislature") || cands_[pc].kind.empty())) {
          country = cands_[pc].code;
          np = cands_[pc].tb;
          break;
        }
        // "Malaysian King Sultan Ibrahim": another title right before,
        // with the country it found.
        // "President Sheikh Mohamed bin Zayed": one with no country yet
        // opens the noun phrase, and the country may stand before it.
        if (pc >= 0 && cands_[pc].te == p + 1 && cands_[pc].title_only && cands_[pc].type == EntityType::person) {
          np = cands_[pc].np_tb == ~0u ? cands_[pc].tb : cands_[pc].np_tb;
          if (!cands_[pc].code.empty()) {
            country = cands_[pc].code;
            break;
          }
          p = cands_[pc].tb;
          continue;
        }
        // "Russia, whose deputy defence minister, Yunus-Bek Yevkurov,
        // visited": the country before ", whose".
        if (is(p, "whose") && p >= sb(s) + 2 && is(p - 1, ",") && covered_[p - 2] >= 0 &&
            cands_[covered_[p - 2]].type == EntityType::country && !cands_[covered_[p - 2]].anaphor) {
          country = cands_[covered_[p - 2]].code;
          break;
        }
        // (Lower-case words between, "Senegal's newly elected president",
        // but no verb: "The minister met President Guillermo Lasso" is two
        // phrases.)
        if (pc >= 0 || t_.toks[p].kind != text::TokKind::word || t_.toks[p].cap() || in(kNotNames, p) ||
            in(kPersonVerbs, p) || in(kGovernmentVerbs, p) || in(kSpeechVerbs, p))
          break;
      }
      if (country.empty()) country = posting_country;
      // A title that one state alone has gives that state, whatever the
      // text says around it ("the Polish pope" heads the Holy See).
      if (!tc.code.empty()) country = tc.code;
      int next = j < end ? covered_[j] : -1;
      if (next >= 0 && cands_[next].type == EntityType::person && !cands_[next].title_only) {
        Cand& pc = cands_[next];
        if (pc.title == Cand::kNone) pc.title = tc.title;
        if (pc.code.empty()) pc.code = country;
        if (pc.code.empty()) pc.code = of_country(pc.te, end);  // "King Abdullah of Jordan"
        pc.np_tb = np;
        cands_[ci].code = pc.code;
        cands_[ci].title_only = false;  // a title with its person: not an anaphor
        if (!pc.code.empty()) titled.emplace_back(tc.title, pc.code);
        continue;
      }
      std::uint32_t e = j < end && !shouting_[s] ? name_run(j, end) : j;
      if (e > j && (in(kOrgHeads, e - 1) || in(kCommonWords, j))) e = j;  // "General Motors"
      // ("Victoria Nuland\nSpokesperson\nDaily Press Briefing": a title on
      // a line of its own, in a heading, names no one on the next line.)
      if (e > j && j == tc.te && line_start(tc.tb) && line_start(j)) e = j;
      for (std::uint32_t k = j; k < e; ++k)
        if (in(kFacilityWords, k)) e = j;  // "King Khalid International Airport" (facility-words.txt)
      // "an official FTA": an acronym after a title is no name.
      if (e == j + 1 && t_.toks[j].upper() && t_.toks[j].end - t_.toks[j].begin <= 5) e = j;
      if (!shouting_[s]) e = title_name_over_one_word(tc, j, e, end);
      if (e > j && e - j <= 4) {
        Cand p = span_cand(EntityType::person, j, e, s);
        p.title = tc.title;
        p.code = country.empty() ? of_country(e, end) : country;
        p.np_tb = np;
        const std::string_view code = p.code;
        if (add(std::move(p)) >= 0) {
          // (The title gets its person's country, as for a known person
          // above: "met Vietnamese Foreign Minister Nguyen Van Hoang" reads
          // the title's mention for the one met.)
          cands_[ci].code = code;
          cands_[ci].title_only = false;
          if (!code.empty()) titled.emplace_back(tc.title, code);
          continue;
        }
      }
      // (The last 64 titled people: a long document's cost stays linear.)
      // ("The minister" after "Russian Foreign Minister Sergey Lavrov" and
      // "International Relations Minister Naledi Pandor": officials of two
      // countries whose titles end in the same word make it no one's.)
      // ("the late president", "the visiting minister": the same official,
      // data/lexicon/title-adjectives.txt.)
      const bool the_title = tc.tb > sb(s) && (is(tc.tb - 1, "the") || (tc.tb > sb(s) + 1 && is(tc.tb - 2, "the") &&
                                                                        in(kTitleAdjectives, tc.tb - 1)));
      if (country.empty() && the_title && tc.title < lex_.title_heads.size()) {
        // (No official with the very title: the one country of those whose
        // titles end in its word, "The minister" after "Foreign Minister
        // Sameh Shoukry", or are headed by it, "the secretary" after
        // "Secretary of State Marco Rubio".)
        // (Head words compared as numbers, lexicon::Lexicon::title_heads.)
        const std::uint32_t head = lex_.title_heads[tc.title];
        std::string_view other;
        bool others_differ = false;
        // (Two countries' officials of the very title, "Ukrainian President
        // Zelenskyy ... Russian President Putin ... the President": no one.)
        bool same_differ = false;
        for (std::size_t k = titled.size(); k-- > 0 && k + 64 >= titled.size();) {
          if (titled[k].first == tc.title) {
            if (country.empty()) country = titled[k].second;
            else if (!same_code(country, titled[k].second)) same_differ = true;
          } else if (titled[k].first < lex_.title_noun_heads.size() && lex_.title_noun_heads[titled[k].first] == head) {
            if (other.empty()) other = titled[k].second;
            else if (!same_code(other, titled[k].second)) others_differ = true;
          }
        }
        if (same_differ) country = {};
        else if (!country.empty() && !other.empty() && !same_code(country, other)) country = {};
        else if (country.empty() && !others_differ) country = other;
      }
      cands_[ci].code = country;  // "the Chinese foreign minister": a person by title only
      cands_[ci].np_tb = np;      // (whose noun phrase starts at "Chinese")
      // ("the first sitting U.S. president to stand in Peace Memorial Park
      // ... The president had flown in": the same official again.)
      if (!country.empty() && !tc.listed) titled.emplace_back(tc.title, country);
    }
  }

  // The code of "of <country>" right after a titled name ("King Abdullah of
  // Jordan", "Sheikh Tamim of Qatar"), or empty.
  std::string_view of_country(std::uint32_t te, std::uint32_t end) const {
    if (te + 1 >= end || !is(te, "of")) return {};
    const int ci = covered_[te + 1];
    if (ci < 0) return {};
    const Cand& c = cands_[std::size_t(ci)];
    if (c.dropped || c.tb != te + 1 || c.type != EntityType::country || c.anaphor || c.plural) return {};
    return c.code;
  }

  // A one-word organization or place that ends a titled name is the family
  // name: "Mayor Michael Bloomberg" (given name first), "Mr. Bloomberg"
  // (an honorific names only people). Returns the new end of the name.
  std::uint32_t title_name_over_one_word(const Cand& title, std::uint32_t j, std::uint32_t e, std::uint32_t end) {
    const bool given = e > j && in(kGivenNames, e - 1);
    const bool honorific = e == j && eq(title.kind, "honorific");
    // ("the Chairman of Vietnam's National Assembly, Vuong Dinh Hue": two
    // name words before the place.)
    const bool two = e >= j + 2;
    if (!(given || honorific || two) || e >= end) return e;
    const int w = covered_[e];
    if (w < 0) return e;
    const Cand& c = cands_[w];
    const bool word = (c.type == EntityType::organization && !eq(c.kind, "international")) ||
                      (c.type == EntityType::place && !eq(c.kind, "capital") && !eq(c.kind, "region"));
    if (!word || c.tb != e || c.te != e + 1 || t_.toks[e].upper() || (e + 1 < end && name_token(e + 1))) return e;
    remove(w);
    return e + 1;
  }

  // ----- 3. organizations by head word -----
  void organizations(std::uint32_t s) {
    if (!(caps_lists_[s] & bits_[kOrgHeads])) return;  // (no head word: nothing below applies)
    const std::uint32_t b = sb(s), end = se(s);
    std::uint32_t next = b;  // (the tokens before it are in a name found here)
    for (const std::uint32_t h : caps_in(s)) {
      if (h < next || !in(kOrgHeads, h) || covered_[h] >= 0) continue;
      // ("Foreign Ministry Spokesperson's Regular Press Conference": a news
      // conference is held, it is no body.)
      if (h > b && is(h, "conference") && (is(h - 1, "press") || is(h - 1, "news"))) continue;
      // ("The New Zealand High Commission in Honiara": a Commonwealth
      // country's embassy, a mission of the country before it, no body.)
      if (h > b && is(h, "commission") && is(h - 1, "high")) continue;
      // ("ordered the Libyan People's Bureau in London closed": Libya's
      // embassies under Gaddafi, no body either.)
      if (h > b + 1 && is(h, "bureau") && (t_.toks[h - 1].flags & text::kPossessive) && is(h - 2, "people")) continue;
      // Extend left over capitalised words, countries and connectors.
      std::uint32_t l = h;
      while (l > b) {
        std::uint32_t p = l - 1;
        int pc = covered_[p];
        // "APEC Business Advisory Council", "Intel Corporation", "Justice
        // Ministry" (a title word): earlier mentions join the name.
        // "JPMorgan Chase & Co", "Merrill Lynch & Co", "McDonald's Corp": a
        // company form right after a name, "&" or "'s" between.
        if (l == h && p > b && (is(p, "&") || apostrophe_s(p)) &&
            (covered_[p - 1] < 0 ? name_token(p - 1) : is(p, "&") && cands_[covered_[p - 1]].type == EntityType::organization)) {
          l = p;
          continue;
        }
        if (pc >= 0 && (cands_[pc].type == EntityType::country || cands_[pc].type == EntityType::place ||
                        cands_[pc].type == EntityType::organization || cands_[pc].title_only)) {
          l = cands_[pc].tb;
          continue;
        }
        if (pc >= 0) break;
        if (name_token(p) || (cap(p) && in(kOrgHeads, p))) { l = p; continue; }
        if ((is(p, "'") || is(p, "\xE2\x80\x99")) && p > b && name_token(p - 1)) { l = p; continue; }  // Workers' Party
        if ((is(p, "and") || is(p, "&") || is(p, "of") || is(p, "for")) && p > b && l < h && name_token(p - 1) &&
            !in(kCommonWords, p - 1)) {  // ("Shares of Toyota Motor Corp rose")
          // "Petrobras and Chevron Corp", "Petrobras and China National
          // Petroleum Corp": a name already found before "and" is complete,
          // and what follows is another name ("Johnson and Johnson Inc",
          // with no name found before "and", stays one).
          if ((is(p, "and") || is(p, "&")) && covered_[p - 1] >= 0) break;
          // ... as is one that ends in a head ("Barclays Plc and Royal Bank
          // of Scotland Group").
          if ((is(p, "and") || is(p, "&")) && in(kOrgHeads, p - 1)) break;
          l = p;
          continue;
        }
        break;
      }
      // "Ministry of Unification", "Organization for Security and Co-operation in Europe".
      std::uint32_t r = h + 1;
      while (r + 1 < end && (is(r, "of") || is(r, "for") || is(r, "on") || is(r, "and") || is(r, "&"))) {
        // ("Swatch Group and Nestle SA": "and" right after a head joins two names.)
        if ((is(r, "and") || is(r, "&")) && in(kOrgHeads, r - 1)) break;
        std::uint32_t k = r + 1;
        // "... for Boys and the Minuteman Project": "and the" starts another name.
        if (k < end && is(k, "the") && (is(r, "and") || is(r, "&"))) break;
        if (k < end && is(k, "the")) ++k;
        std::uint32_t e = k;
        // ("the Ministry of Foreign Affairs of Poland Radoslaw Sikorski": a
        // person found in the tables ends the body's name.)
        while (e < end && ((covered_[e] < 0 && name_token(e)) || (t_.toks[e].flags & text::kJoiner) ||
                           (covered_[e] >= 0 && cands_[covered_[e]].type != EntityType::person)))
          ++e;
        if (e == k || e - l > 10) break;
        // "Defence Ministry and Armenia's Defence Ministry", "the Foreign
        // Ministry and Russia": a country after "and", or a name in the
        // possessive, starts another phrase.
        if (is(r, "and") || is(r, "&")) {
          const int only = covered_[k];
          if (only >= 0 && cands_[only].te == e && cands_[only].type == EntityType::country) break;
        }
        if (e < end && apostrophe_s(e)) break;
        r = e;
      }
      while (l < h && in(kNotNames, l)) ++l;
      // A country before a government body names its country, not the body.
      std::string_view country;
      std::uint32_t first = l;
      CountryForm form = CountryForm::none;
      while (first < h && covered_[first] >= 0 && cands_[covered_[first]].type == EntityType::country) {
        country = cands_[covered_[first]].code;
        form = cands_[covered_[first]].form;
        first = cands_[covered_[first]].te;
      }
      // "Sudan People's Liberation Army": a country's name (not its adjective)
      // before two or more words of a name starts that name.
      std::uint32_t inner = 0;
      for (std::uint32_t k = first; k < h; ++k) inner += cap(k);
      const bool named = form == CountryForm::name && inner >= 2;
      if ((in(kGovHeads, h) && !named) || first == h) {
        l = first;
      } else {
        country = {};
      }
      // "Georgia's Defence Ministry": the country in the possessive before
      // a government body is its country too.
      if (country.empty() && in(kGovHeads, h) && l > b + 1 && apostrophe_s(l - 1)) {
        const int pc = covered_[l - 2];
        if (pc >= 0 && cands_[pc].type == EntityType::country) country = cands_[pc].code;
      }
      if (r - l < 2) continue;
      for (std::uint32_t k = l; k < r; ++k)
        if (covered_[k] >= 0) remove(covered_[k]);
      Cand c = span_cand(EntityType::organization, l, r, s);
      c.code = country;
      if (add(std::move(c)) >= 0) acronym_after(r, end, int(cands_.size()) - 1);
      next = r;
    }
  }

  // "National Democratic Party", "Social Democrats": capitalised words before
  // a listed party or a listed name that ends in a head word make a longer,
  // different name; it is an organization of its own.
  void extend_known_organizations() {
    for (std::size_t ci = 0, n = cands_.size(); ci < n; ++ci) {
      if (national_chapter(int(ci))) continue;
      const Cand& c = cands_[ci];
      if (c.dropped || c.type != EntityType::organization) continue;  // (the cheap tests first)
      const std::uint32_t s = c.sentence, b = sb(s);
      if (shouting_[s] || c.tb <= b) continue;
      if (!(in(kOrgHeads, c.te - 1) || eq(c.kind, "party")) || t_.toks[c.tb].upper()) continue;
      std::uint32_t l = c.tb;
      while (l > b && covered_[l - 1] < 0 && name_token(l - 1) && !in(kCommonWords, l - 1) &&
             !in(kGivenNames, l - 1) && !t_.toks[l - 1].upper())
        --l;
      if (l == c.tb) continue;
      Cand o = span_cand(EntityType::organization, l, c.te, s);
      remove(int(ci));
      add(std::move(o));
    }
  }

  // (text::Tokens::dash(), for any k.)
  bool dash(std::size_t k) const { return k < n_toks_ && t_.dash(k); }
  // "'s" or its curly form, as a token of its own.
  bool apostrophe_s(std::size_t k) const { return is(k, "'s") || is(k, "\xE2\x80\x99s"); }
  // "Syria's": the possessive ending at token k.
  bool possessive_at(std::uint32_t k) const {
    return k < t_.toks.size() && (apostrophe_s(k) || (t_.toks[k - 1].flags & text::kPossessive));
  }

  // "the American Red Cross", "World Vision Australia": a country next to a
  // known non-governmental organization names its national society, an
  // organization of its own (the American Red Cross is not the ICRC).
  bool national_chapter(int ci) {
    const Cand& c = cands_[ci];
    if (c.dropped || c.type != EntityType::organization || !eq(c.kind, "ngo") || shouting_[c.sentence]) return false;
    const std::uint32_t b = sb(c.sentence), end = se(c.sentence);
    int country = -1;
    std::uint32_t l = c.tb, r = c.te;
    if (c.tb > b && covered_[c.tb - 1] >= 0) {
      const Cand& p = cands_[covered_[c.tb - 1]];
      if (p.type == EntityType::country && p.te == c.tb && !possessive_at(p.te) &&
          (p.form == CountryForm::demonym || p.form == CountryForm::name))
        country = covered_[c.tb - 1], l = p.tb;
    }
    if (country < 0 && c.te < end && covered_[c.te] >= 0 && !t_.toks[c.tb].upper()) {  // ("the ICRC Iraq delegation")
      const Cand& q = cands_[covered_[c.te]];
      if (q.type == EntityType::country && q.tb == c.te && (q.form == CountryForm::name || q.form == CountryForm::abbreviation) &&
          !possessive_at(q.te) && (q.te >= end || !name_token(q.te)))
        country = covered_[c.te], r = q.te;
    }
    if (country < 0) return false;
    Cand o = span_cand(EntityType::organization, l, r, c.sentence);
    o.code = cands_[country].code;
    o.kind = c.kind;
    remove(ci);
    remove(country);
    add(std::move(o));
    return true;
  }

  // A noun that classifies the name next to it: "the newspaper Le Monde",
  // "automaker Chrysler" (before), "the Guardian newspaper", "al-Rai
  // television", "his Si Cumple party" (after). Only unknown capitalised
  // words become the name, never a given name or a word for a religion,
  // people or region ("Sunni party", "Tamil rebels").
  void classified_organizations(std::uint32_t s) {
    const std::uint32_t b = sb(s), end = se(s);
    const std::uint64_t nouns = bits_[kOrgNounsAfter] | bits_[kOrgNounsBefore];
    // (The skip test on plain pointers, kept in registers: these buffers do
    // not move during the passes, and add() only writes into covered_.)
    const int* const covered = covered_.data();
    const std::uint64_t* const masks = masks_.data();
    const Tok* const toks = t_.toks.data();
    const auto skip = [&](std::uint32_t n) {  // (neither branch below can apply)
      return covered[n] < 0 && !(masks[n] & nouns) && (toks[n].key_len != 4 || !is(n, "site"));
    };
    for (std::uint32_t n = b; n < end; ++n) {
      while (n < end && skip(n)) ++n;  // (a tight loop: its values stay in registers)
      if (n >= end) break;
      if (t_.toks[n].kind != text::TokKind::word || t_.toks[n].cap()) continue;
      if (covered_[n] >= 0) {
        employer_before_title(n, s);
        continue;
      }
      // "the TamilNet Web site": "Web site" is one noun, like "website".
      const bool web_site = is(n, "site") && n > b + 1 && is(n - 1, "web");
      if ((in(kOrgNounsAfter, n) || web_site) && n > b &&
          (!is(n, "news") || (n + 1 < end && in(kOrgNounsAfter, n + 1)))) {
        std::uint32_t l = web_site ? n - 1 : n;
        while (l > b) {
          if (covered_[l - 1] < 0 && name_token(l - 1) && n - l < 4) { --l; continue; }
          // "al-Rai": a particle joined to the name.
          if (l > b + 1 && l < n && (t_.toks[l - 1].flags & text::kJoiner) && in(kNameParticles, l - 2) &&
              covered_[l - 2] < 0) { l -= 2; continue; }
          break;
        }
        // Leading words that describe rather than name ("Sunni", "Opposition").
        const std::uint32_t noun = web_site ? n - 1 : n;
        while (l < noun && (in(kGroupAdjectives, l) || in(kCommonWords, l) || in(kLanguageNames, l))) ++l;
        if (l < noun && !in(kGivenNames, l) && classified(l, noun, s)) continue;
      }
      if (!in(kOrgNounsBefore, n)) continue;
      // "a charity named KindHearts", "the group called Red Dawn", "a company known as Zentra".
      std::uint32_t f = n + 1;
      if (f + 1 < end && (is(f, "named") || is(f, "called"))) ++f;
      else if (f + 2 < end && is(f, "known") && is(f + 1, "as")) f += 2;
      if (f < end && covered_[f] < 0 && name_token(f) && !in(kGivenNames, f) && !in(kGroupAdjectives, f) &&
          !in(kCommonWords, f)) {
        std::uint32_t e = name_run(f, end);
        if (e - f > 4 || in(kOrgHeads, e - 1)) continue;
        while (e > f + 1 && in(kSpeechVerbs, e - 1)) --e;  // "Telemundi Says"
        // "Venezuelan television station Globovision", "French airline
        // Aigle Azur": a demonym before the noun (and a word of it) is the
        // body's country.
        std::uint32_t k = n;
        while (k > b && k + 2 > n && t_.toks[k - 1].is_word() && !t_.toks[k - 1].cap() && covered_[k - 1] < 0) --k;
        std::string_view code;
        if (k > b && covered_[k - 1] >= 0) {
          const Cand& c = cands_[std::size_t(covered_[k - 1])];
          if (c.type == EntityType::country && c.form == CountryForm::demonym && c.te == k && !c.anaphor) code = c.code;
        }
        // ("Japanese trading house Mitsui": a business, company-nouns.txt.)
        classified(f, e, s, code, in(kCompanyNouns, n) ? std::string_view("company") : std::string_view());
      }
    }
  }

  // "Telemundi president Rosa Ibarra", "Gazprom chief Alexei
  // Miller": one unknown capitalised word before a lower-case title that
  // has a person after it is the body the person works for.
  void employer_before_title(std::uint32_t n, std::uint32_t s) {
    const Cand& t = cands_[covered_[n]];
    if (t.tb != n || t.listed || t.title == Cand::kNone || eq(t.kind, "honorific") || eq(t.kind, "minister") || n == sb(s))
      return;
    std::uint32_t j = t.te;
    if (j < se(s) && is(j, ".")) ++j;
    if (j >= se(s) || covered_[j] < 0 || cands_[covered_[j]].type != EntityType::person || cands_[covered_[j]].title_only)
      return;
    const std::uint32_t w = n - 1;
    if (covered_[w] >= 0 || !name_token(w) || in(kGivenNames, w) || in(kGroupAdjectives, w) || in(kCommonWords, w) ||
        in(kOrgHeads, w) ||
        in(kLanguageNames, w) || (w > sb(s) && (name_token(w - 1) || t_.toks[w - 1].flags & text::kJoiner)))
      return;
    classified(w, n, s);
  }

  bool classified(std::uint32_t l, std::uint32_t r, std::uint32_t s, std::string_view code = {},
                  std::string_view kind = {}) {
    for (std::uint32_t k = l; k < r; ++k)
      if (covered_[k] >= 0) return false;
    Cand c = span_cand(EntityType::organization, l, r, s);
    c.code = code;
    c.kind = kind;
    return add(std::move(c)) >= 0;
  }

  // "Radio Shabelle", "Bank Mellat": a leading head word and the capitalised
  // words after it.
  void leading_heads(std::uint32_t s) {
    if (!(caps_lists_[s] & bits_[kOrgLeadingHeads])) return;  // (no head word: nothing below applies)
    const std::uint32_t end = se(s);
    std::uint32_t next = sb(s);  // (the tokens before it are in a name found here)
    for (const std::uint32_t h : caps_in(s)) {
      if (h < next || !in(kOrgLeadingHeads, h) || covered_[h] >= 0) continue;
      // "Manas Air Base": a head word inside a longer name does not lead it.
      if (h > sb(s) && cap(h - 1) && !in(kNotNames, h - 1)) continue;
      std::uint32_t r = h + 1;
      while (r < end && covered_[r] < 0 && name_token(r) && r - h < 5) ++r;
      if (r == h + 1) continue;
      // ("RADIO BULLETIN", "RADIO NEWS, TOP OF THE HOUR": a heading in
      // capitals that opens its line names a programme, not a body.)
      if (h == sb(s) && (r == end || is(r, ",") || is(r, ":"))) {
        bool shouted = true;
        for (std::uint32_t k = h; k < r && shouted; ++k) shouted = t_.toks[k].upper();
        if (shouted) continue;
      }
      Cand c = span_cand(EntityType::organization, h, r, s);
      if (add(std::move(c)) >= 0) acronym_after(r, end, int(cands_.size()) - 1);
      next = r;
    }
  }

  // Every "(ACRONYM)" right after an organization names it, and so does the
  // same acronym anywhere later in the document.
  void acronyms() {
    std::unordered_map<std::string_view, int> known;
    for (std::size_t ci = 0, n = cands_.size(); ci < n; ++ci) {
      const Cand& c = cands_[ci];
      if (c.dropped || c.type != EntityType::organization) continue;
      const std::uint32_t end = se(c.sentence);
      if ((c.te + 2 < end && is(c.te, "(") && is(c.te + 2, ")") && t_.toks[c.te + 1].upper()) ||
          (c.te + 3 < end && is(c.te, ",") && is(c.te + 1, "known")))
        acronym_after(c.te, end, int(ci));
    }
    // ... and so does a one-word name found by a pattern ("automaker
    // Chrysler" ... "Chrysler").
    // (A filter on each key's length and first byte spares most capitalised
    // words the hash lookup.)
    std::uint64_t filter[4] = {};
    auto filter_bit = [](std::string_view k) { return (k.size() * 37 + (k.empty() ? 0 : k[0] & 0xFF)) & 255; };
    for (const Cand& c : cands_)
      if (!c.dropped && c.type == EntityType::organization && c.te == c.tb + 1 &&
          (t_.toks[c.tb].upper() || (c.name.empty() && cap(c.tb)))) {
        known.emplace(key(c.tb), int(&c - cands_.data()));
        const std::size_t bit = filter_bit(key(c.tb));
        filter[bit >> 6] |= std::uint64_t{1} << (bit & 63);
      }
    if (known.empty()) return;
    for (const std::uint32_t i : caps_) {
      if (covered_[i] >= 0) {
        // (An acronym defined in brackets, found again where the tables
        // took it for another body: "the PCC Central Committee".)
        if (redefined_.empty()) continue;
        const Cand& o = cands_[covered_[i]];
        if (o.type != EntityType::organization || o.tb != i || o.te != i + 1) continue;
        const auto def = redefined_.find(key(i));
        if (def == redefined_.end() || def->second >= i) continue;
        remove(covered_[i]);
      }
      const std::size_t bit = filter_bit(key(i));
      if (!(filter[bit >> 6] >> (bit & 63) & 1)) continue;
      auto it = known.find(key(i));
      if (it == known.end() || shouting_[sentence_of_token(i)]) continue;
      // An acronym is found again only in capitals: "the WHO ... Who said".
      if (t_.toks[cands_[it->second].tb].upper() && !t_.toks[i].upper()) continue;
      Cand c = span_cand(EntityType::organization, i, i + 1, sentence_of_token(i));
      c.code = cands_[it->second].code;
      c.name = cands_[it->second].name;
      add(std::move(c));
    }
  }

  // "the Muslim Brotherhood ... the Brotherhood", "the U.N. Security Council
  // ... the Council": a later "the" + the last word of a named organization
  // is that organization. Not for buildings that stand for a government
  // ("White House" ... "the House" is another body).
  void head_references() {
    struct Head {
      std::string_view word;
      std::uint32_t tb;
      int cand;
      bool operator<(const Head& o) const { return word != o.word ? word < o.word : tb < o.tb; }
    };
    std::vector<Head> heads;  // sorted by word, then position
    for (std::size_t ci = 0, n = cands_.size(); ci < n; ++ci) {
      const Cand& c = cands_[ci];
      if (c.dropped || c.type != EntityType::organization || eq(c.kind, "government")) continue;
      std::uint32_t words = 0, last = 0;
      for (std::uint32_t k = c.tb; k < c.te; ++k)
        if (t_.toks[k].kind == text::TokKind::word) ++words, last = k;
      const Tok& h = t_.toks[last];
      if (words < 2 || !cap(last) || h.upper() || h.end - h.begin < 4) continue;
      if (c.name.empty() && !in(kOrgHeads, last)) continue;  // a name found by pattern: only with an organization noun
      heads.push_back(Head{key(last), c.tb, int(ci)});
    }
    if (heads.empty()) return;
    std::sort(heads.begin(), heads.end());
    for (std::uint32_t s = 0; s < a_.sentences.size(); ++s) {
      // (No "the" in the sentence: no reference below.)
      if (articles_by_sentence_[s].first == articles_by_sentence_[s].second || shouting_[s]) continue;
      const std::uint32_t end = se(s);
      for (const std::uint32_t h : caps_in(s)) {
        if (h == sb(s)) continue;
        const std::uint32_t i = h - 1;
        if (!is(i, "the") || covered_[h] >= 0) continue;
        // "the Council of Europe", "the Union Jack": a longer, other name
        // ("urged the Council for a quick vote" is the same one).
        if (h + 1 < end && name_token(h + 1)) continue;
        if (h + 2 < end && (is(h + 1, "of") || is(h + 1, "for")) &&
            (name_token(h + 2) || (is(h + 2, "the") && h + 3 < end && name_token(h + 3))))
          continue;
        // The latest organization with this last word that starts before "the".
        auto it = std::lower_bound(heads.begin(), heads.end(), Head{key(h), i, -1});
        if (it == heads.begin() || (it - 1)->word != key(h)) continue;
        const Cand& o = cands_[(it - 1)->cand];
        Cand c = span_cand(EntityType::organization, h, h + 1, s);
        c.name = o.name.empty() ? span_text(o.tb, o.te) : o.name;
        c.code = o.code;
        c.kind = o.kind;
        add(std::move(c));
      }
    }
  }

  // "RIGA, June 1 (LETA) -": the words in parentheses between a dateline
  // and its dash credit a news organization, whatever else they could name
  // there ("(AAP)" after an Australian dateline is no Indian party).
  void dateline_credit() {
    if (a_.sentences.empty()) return;
    const std::uint32_t b = sb(0), end = std::min(se(0), b + 16);
    if (b >= end || !cap(b)) return;
    for (std::uint32_t k = b + 1; k + 3 < end; ++k) {
      // Before it, only the dateline: capitalised words, numbers, "," and ".".
      if (!is(k, "(")) {
        const auto& t = t_.toks[k];
        if (!(cap(k) || t.kind == text::TokKind::number || is(k, ",") || is(k, "."))) return;
        continue;
      }
      std::uint32_t r = k + 1;
      // (Not a date: "GAZA (July 1) -".)
      for (; r < end && r < k + 5 && !is(r, ")"); ++r)
        if (!t_.toks[r].is_word() || t_.toks[r].kind == text::TokKind::number) return;
      if (r + 1 >= end || r == k + 1 || !is(r, ")")) return;
      if (!dash(r + 1)) return;
      if (const int ci = covered_[k + 1]; ci >= 0) {
        Cand& c = cands_[std::size_t(ci)];
        if (c.type != EntityType::organization || c.tb != k + 1 || c.te != r || eq(c.kind, "news")) return;
        c.kind = "news";  // the text's own name, with no country
        c.code = {};
        c.name = {};
        return;
      }
      for (std::uint32_t q = k + 1; q < r; ++q)
        if (covered_[q] >= 0) return;
      Cand c = span_cand(EntityType::organization, k + 1, r, 0);
      c.kind = "news";
      add(std::move(c));
      return;
    }
  }

  // "between Marines and insurgents", "the full House": an institution
  // word alone in mid-sentence, capitalised, is an organization.
  void institutions(std::uint32_t s) {
    if (!(caps_lists_[s] & bits_[kInstitutionWords])) return;  // (no such word: nothing below applies)
    const std::uint32_t b = sb(s), end = se(s);
    for (const std::uint32_t i : caps_in(s)) {
      if (i == b || covered_[i] >= 0 || !in(kInstitutionWords, i) || t_.toks[i].upper()) continue;
      if (t_.toks[i - 1].kind != text::TokKind::word || cap(i - 1)) continue;  // after a quote or a name
      if (i + 1 < end && (cap(i + 1) || is(i + 1, "of"))) continue;        // "House Speaker", "Army of ..."
      Cand c = span_cand(EntityType::organization, i, i + 1, s);
      c.name = raw(i);
      add(std::move(c));
    }
  }

  // "North Korea's foreign ministry", "the Chinese defence ministry", "the
  // foreign ministry in Paris": a ministry in lower case is an organization
  // next to its country or its capital. The
  // country stays its own mention (as for "South Korean" + "Unification
  // Ministry").
  void lower_case_ministries() {
    const std::uint64_t bit = bits_[kMinistryWords];
    for (std::size_t ci = 0, n = cands_.size(); ci < n; ++ci) {
      const Cand& c = cands_[ci];
      if (c.dropped || c.code.empty() || shouting_[c.sentence]) continue;
      // "the foreign ministry in Paris": the ministry before its capital.
      const bool capital = c.type == EntityType::place && eq(c.kind, "capital");
      if (capital && !apostrophe_s_after(c)) {
        const std::uint32_t b = sb(c.sentence);
        if (c.tb < b + 3 || !is(c.tb - 1, "in") || !is(c.tb - 2, "ministry") || covered_[c.tb - 2] >= 0) continue;
        std::uint32_t k = c.tb - 2;
        while (k > b && k + 4 > c.tb - 2 && (masks_[k - 1] & bit) && !t_.toks[k - 1].cap() && covered_[k - 1] < 0) --k;
        if (k == c.tb - 2 || !is(k - 1, "the")) continue;
        Cand org = span_cand(EntityType::organization, k, c.tb - 1, c.sentence);
        org.code = c.code;
        org.kind = "ministry";
        add(std::move(org));  // (c may move: not used after this)
        continue;
      }
      // ("Beijing's foreign ministry": a capital in the possessive, as a country.)
      if (c.type != EntityType::country && !capital) continue;
      const std::uint32_t s = c.sentence, end = se(s);
      const std::uint32_t i = after_modifier(c, end);
      const std::uint32_t k = lower_run(i, end, 3, bit);
      if (k == i || k >= end || !is(k, "ministry") || covered_[k] >= 0) continue;
      Cand org = span_cand(EntityType::organization, i, k + 1, s);
      org.code = c.code;
      org.kind = "ministry";
      add(std::move(org));  // (c may move: not used after this)
    }
  }

  bool apostrophe_s_after(const Cand& c) const { return c.te < se(c.sentence) && apostrophe_s(c.te); }

  // The token after a country named as a modifier: a demonym ("the Chinese
  // defence ministry") or a name in the possessive ("Japan's"); `end` when
  // it is neither.
  std::uint32_t after_modifier(const Cand& c, std::uint32_t end) const {
    if (c.form == CountryForm::demonym) return c.te;
    return c.te < end && apostrophe_s(c.te) ? c.te + 1 : end;
  }

  // Past at most `most` lower-case words of the lists in `bits` from k, none
  // of them in an entity ("foreign affairs", "border town").
  std::uint32_t lower_run(std::uint32_t k, std::uint32_t end, std::uint32_t most, std::uint64_t bits) const {
    const std::uint32_t limit = std::min(end, k + most);
    while (k < limit && (masks_[k] & bits) && !t_.toks[k].cap() && covered_[k] < 0) ++k;
    return k;
  }

  // "the northern Lebanese city of Tripoli", "Syria's border town of
  // Kobani": the place after a country, a place noun and "of" is in that
  // country. A known place takes its code (Tripoli is Libya's capital too);
  // an unknown capitalised name becomes a place of that country.
  // "CAMBRIDGE, Mass. -", "PARIS, Texas -": a place followed by a comma
  // and a US state is in the United States, whatever else its name names.
  // A state's abbreviation (a row of places.tsv whose name ends in ".",
  // "Mass.", "Calif.") names one only there: "attended Mass." does not.
  void places_in_us_states() {
    for (std::size_t ci = 0, n = cands_.size(); ci < n; ++ci) {
      Cand& st = cands_[ci];
      if (st.dropped || st.type != EntityType::place || !eq(st.kind, "region") || st.code != "USA") continue;
      const bool abbreviation = st.te > st.tb && is(st.te - 1, ".");
      const std::uint32_t b = sb(st.sentence);
      const int pc = st.tb >= b + 2 && is(st.tb - 1, ",") ? covered_[st.tb - 2] : -1;
      if (pc < 0 || cands_[std::size_t(pc)].type != EntityType::place || cands_[std::size_t(pc)].te != st.tb - 1) {
        if (abbreviation) remove(int(ci));
        continue;
      }
      Cand& place = cands_[std::size_t(pc)];
      if (eq(place.kind, "region") || place.code == st.code) continue;  // ("Texas, California": a list)
      // (The story's other mentions of that name too: "Yoon spends the
      // day in Cambridge" after the dateline "CAMBRIDGE, Mass.".)
      const std::string_view name = place.name, old = place.code;
      for (Cand& other : cands_)
        if (!other.dropped && other.type == EntityType::place && other.name == name && other.code == old) {
          other.code = st.code;
          if (other.more != Cand::kNone) more_[other.more].alt_code = {};
        }
    }
  }

  void places_of_countries() {
    const std::uint64_t bit = bits_[kPlaceNouns];
    for (std::size_t ci = 0, n = cands_.size(); ci < n; ++ci) {
      const Cand& c = cands_[ci];
      if (c.dropped || c.type != EntityType::country || c.code.empty() || c.anaphor || c.plural || shouting_[c.sentence])
        continue;
      const std::uint32_t s = c.sentence, end = se(s);
      const std::uint32_t i = after_modifier(c, end);
      // (a lower-case adjective or two: "Syria's northern border town")
      std::uint32_t nouns = i;
      while (nouns < end && nouns < i + 2 && t_.toks[nouns].is_word() && !t_.toks[nouns].cap() &&
             !(masks_[nouns] & bit) && covered_[nouns] < 0)
        ++nouns;
      const std::uint32_t k = lower_run(nouns, end, 2, bit);
      if (k == nouns || k + 1 >= end || !is(k, "of")) continue;
      const std::uint32_t p = k + 1;
      const std::string_view code = c.code;
      if (const int pc = covered_[p]; pc >= 0) {
        Cand& place = cands_[std::size_t(pc)];
        if (place.tb == p && place.type == EntityType::place) {
          place.code = code;
          if (place.more != Cand::kNone) more_[place.more].alt_code = {};
        }
        continue;
      }
      if (!name_token(p)) continue;
      std::uint32_t e = name_run(p, end);
      // "Sharm al-Sheikh": a run that stops at a hyphen takes the word after it.
      if (e > p + 1 && (t_.toks[e - 1].flags & text::kJoiner)) {
        if (e >= end || !cap(e)) continue;
        ++e;
      }
      if (e == p || e - p > 4) continue;
      Cand place = span_cand(EntityType::place, p, e, s);
      place.code = code;
      add(std::move(place));  // (c may move: not used after this)
    }
  }

  // "North and South Korea": the first compass word (compass-words.txt)
  // stands for the other country of the same name ("North Korea"), when the
  // table has one. Also after a demonym ("North and South Korean leaders").
  void elided_compass_countries() {
    auto compass = [&](std::uint32_t k) { return in(kCompassWords, k); };
    for (std::size_t ci = 0, n = cands_.size(); ci < n; ++ci) {
      const Cand& c = cands_[ci];
      if (c.dropped || c.type != EntityType::country || c.code.empty() || c.anaphor || c.plural) continue;
      const std::uint32_t b = sb(c.sentence);
      if (c.tb < b + 2 || !compass(c.tb) || !is(c.tb - 1, "and") || !compass(c.tb - 2) || !cap(c.tb - 2) ||
          key(c.tb - 2) == key(c.tb) || covered_[c.tb - 2] >= 0)
        continue;
      const lexicon::Country* own = lex_.country(c.code);
      if (!own) continue;
      // (Folded: "south korea" starts with "south" and a space.)
      const std::string own_name = text::fold(own->name);
      const std::string_view dir2 = key(c.tb), dir1 = key(c.tb - 2);
      if (own_name.size() <= dir2.size() + 1 || own_name.compare(0, dir2.size(), dir2) != 0 || own_name[dir2.size()] != ' ')
        continue;
      const std::string want = std::string(dir1) + own_name.substr(dir2.size());  // "north korea"
      for (const lexicon::Country& other : lex_.countries) {
        if (text::fold(other.name) != want) continue;
        Cand e = span_cand(EntityType::country, c.tb - 2, c.tb - 1, c.sentence);
        e.form = c.form;
        e.code = other.code;
        e.name = other.name;
        add(std::move(e));  // (c may move: not used after this)
        break;
      }
    }
  }

  // (As before, a token before the first sentence gives ~0u.)
  std::uint32_t sentence_of_token(std::uint32_t k) const {
    return std::uint32_t(text::sentence_at(a_.sentences, k, last_sentence_of_));
  }

  // "Korean Central News Agency (KCNA)", "..., known as ABAC": the acronym is
  // the same identity.
  void acronym_after(std::uint32_t r, std::uint32_t end, int org) {
    std::uint32_t a = ~0u;
    if (r + 3 < end && is(r, ",") && is(r + 1, "known") && is(r + 2, "as")) a = r + 3;
    else if (r + 2 < end && is(r, "(") && is(r + 2, ")")) a = r + 1;
    if (a == ~0u || !t_.toks[a].upper()) return;
    // ("the Communist Party of Cuba (PCC)": the body the story names defines
    // its acronym, over another body of the tables with those letters.)
    if (covered_[a] >= 0) {
      const Cand& o = cands_[covered_[a]];
      if (o.type != EntityType::organization || o.tb != a || o.te != a + 1) return;
      if (o.name == canonical_org(org)) return;  // ("the United Nations (UN)": the same body)
      remove(covered_[a]);
      redefined_.emplace(key(a), a);  // (the first definition is kept)
    }
    Cand c = span_cand(EntityType::organization, a, a + 1, cands_[org].sentence);
    c.code = cands_[org].code;
    c.name = canonical_org(org);
    add(std::move(c));
  }

  std::string_view canonical_org(int org) const {
    const Cand& c = cands_[org];
    if (!c.name.empty()) return c.name;
    return span_text(c.tb, c.te);
  }

  // ----- 4. personal names by pattern -----
  // "By Shivani Rao and Markus Feld", "Reporting by Halima Said in Dar es
  // Salaam; Editing by Anil Mathur", "REUTERS/Ali Sadeghi": does a credit of
  // the story's people open at token i? After "by" (a capitalised "By"
  // that opens its line, or a word of credit-words.txt before it), after
  // such a word and "/", or after "and" or a comma right after the credit
  // before (that ended at token `chain`).
  bool credit_at(std::uint32_t i, std::uint32_t b, std::uint32_t chain) const {
    if (i <= b) return false;
    if (chain == i - 1 && (is(i - 1, "and") || is(i - 1, ","))) return true;
    if (is(i - 1, "/")) return i >= b + 2 && in(kCreditWords, i - 2);
    if (!is(i - 1, "by")) return false;
    return (i >= b + 2 && in(kCreditWords, i - 2)) || (cap(i - 1) && (i - 1 == 0 || line_start(i - 1)));
  }
  // The credited name at token i: its capitalised words (and joined parts
  // and particles: "Ji-won Park", "Faisal al-Mutairi"), up to four, on one
  // line.
  std::uint32_t credit_run(std::uint32_t i, std::uint32_t end) const {
    std::uint32_t j = i, words = 0;
    while (j < end && words < 4) {
      if (j > i && line_start(j)) break;
      if (cap(j)) {
        ++j;
        ++words;
      } else if (j > i && j + 1 < end && (t_.toks[j].flags & text::kJoiner) && t_.toks[j + 1].kind == text::TokKind::word) {
        j += 2;
      } else if (j > i && in(kNameParticles, j) && j + 1 < end && !t_.toks[j].cap()) {
        ++j;
      } else {
        break;
      }
    }
    while (j > i && !cap(j - 1) && !(j >= i + 2 && (t_.toks[j - 2].flags & text::kJoiner))) --j;  // (not a particle last)
    return j;
  }

  void names(std::uint32_t s) {
    const std::uint32_t b = sb(s), end = se(s);
    std::uint32_t next = b;  // (the tokens before it belong to a name seen here)
    std::uint32_t credit_end = ~0u;  // (where the last credited name ended)
    for (const std::uint32_t i : caps_in(s)) {
      if (i < next || covered_[i] >= 0) continue;
      const bool credited = credit_at(i, b, credit_end);
      if (!credited && !name_token(i)) continue;
      // "Jorge Valencia": a given name followed by a one-word place is a name.
      if (in(kGivenNames, i) && i + 1 < end && covered_[i + 1] >= 0 && cands_[covered_[i + 1]].te == i + 2 &&
          ((cands_[covered_[i + 1]].type == EntityType::place && !eq(cands_[covered_[i + 1]].kind, "capital")) ||
           cands_[covered_[i + 1]].type == EntityType::organization))
        remove(covered_[i + 1]);  // "Jorge Valencia", "Michael Bloomberg"
      std::uint32_t e = credited ? credit_run(i, end) : name_run(i, end);
      if (e == i) continue;
      // "Amy Katz Narrates.": a capitalised verb of saying ends the name.
      if (!credited && e >= i + 3 && in(kSpeechVerbs, e - 1) && cap(e - 1) && (e == end || !name_token(e))) --e;
      std::uint32_t words = 0;
      for (std::uint32_t k = i; k < e; ++k) words += t_.toks[k].kind == text::TokKind::word && t_.toks[k].cap();
      bool person = false;
      std::string_view owner;  // the person's country, where the pattern says
      if (words >= 2 && in(kGivenNames, i)) person = true;
      if (words >= 2 && credited) {
        person = true;
        credit_end = e;
      }
      // "The Muslim Advocates says": a name after an article before a verb
      // of saying is an organization, not a person.
      if (words >= 2 && words <= 4 && !person && e < end && in(kSpeechVerbs, e) && i > b && is(i - 1, "the") &&
          !in(kOrgHeads, e - 1)) {
        classified(i, e, s);
        next = e;
        continue;
      }
      if (words >= 2 && e < end && in(kSpeechVerbs, e)) person = true;
      // "Dharmeratnam Sivaram ... Mr. Sivaram": a family name the document
      // also gives with a title.
      if (words >= 2 && words <= 3 && titled_family_names_.find(key(e - 1)) >= 0) person = true;
      // "16-year-old Farris Hassan": an age before a name.
      if (words >= 2 && i >= b + 2 && is(i - 1, "old") && (t_.toks[i - 2].flags & text::kJoiner)) person = true;
      // ("urged Southeast Asian leaders": a common word ends no name.)
      if (words >= 2 && i > b && in(kSpeechVerbs, i - 1) && (e == end || !name_token(e)) && !in(kCommonWords, e - 1))
        person = true;
      if (words >= 2 && apposition(e, end)) person = true;
      // "talks with Japan's Takeo Mori and South Korea's Choi Jong-kun": two
      // or three unknown words after a country's possessive, ending their
      // phrase (a comma, "and", a full stop, a verb), name a person; not
      // "Israel's Iron Dome system", nor a headline's last words.
      if (words >= 2 && words <= 3 && e == i + words && i >= b + 2 && (t_.toks[i - 1].flags & text::kPossessive) &&
          covered_[i - 2] >= 0 && cands_[covered_[i - 2]].type == EntityType::country && !cands_[covered_[i - 2]].anaphor &&
          !in(kCommonWords, i) && !in(kCommonWords, e - 1) && !in(kOrgHeads, e - 1) && !in(kGroupAdjectives, i) &&
          !in(kCompassWords, e - 1) && !(any_title_case_ && a_.title_case[s]) &&  // (not "Russia's Far East", nor a headline)
          e < end && (is(e, ",") || is(e, "and") || is(e, ".") || in(kSpeechVerbs, e) || in(kPersonVerbs, e))) {
        person = true;
        owner = cands_[covered_[i - 2]].code;  // (the possessor's person)
      }
      // "protecting Posada Carriles, who is wanted": a relative "who" follows people.
      if (words >= 2 && words <= 4 && e + 1 < end && is(e, ",") && (is(e + 1, "who") || is(e + 1, "whose")))
        person = true;
      // "Yu Hagino, 23, was arrested": a name followed by an age.
      if (words >= 2 && e + 2 < end && is(e, ",") && t_.toks[e + 1].kind == text::TokKind::number &&
          t_.toks[e + 1].end - t_.toks[e + 1].begin <= 3 && is(e + 2, ","))
        person = true;
      // "the nun, Sister X Y," / "a retired teacher, Rosa Ibarra, said":
      // a name between commas after a lower-case noun.
      // ("A Sunni Arab, Saadoun al-Dulaimi, has": also after a word for a people or faith.)
      if (words >= 2 && words <= 4 && i >= b + 2 && is(i - 1, ",") && e < end && is(e, ",") &&
          t_.toks[i - 2].kind == text::TokKind::word && (!t_.toks[i - 2].cap() || in(kGroupAdjectives, i - 2)) &&
          covered_[i - 2] < 0 && !in(kCommonWords, i))
        person = true;
      // "ABAC says", "LRA fighters": an unknown acronym before a verb of
      // saying or acting, or before a plural noun for people, is a body.
      // (An adverb may come between: "the IWF also ordered".)
      const std::uint32_t v = e + 1 < end && in(kVerbAdverbs, e) && !t_.toks[e].cap() ? e + 1 : e;
      if (words == 1 && e == i + 1 && e < end && acronym_word(i) &&
          (in(kSpeechVerbs, v) || in(kGovernmentVerbs, v) || (v == e && member_noun(e)))) {
        classified(i, e, s);
        continue;
      }
      // "Heinonen said", "Heinonen also said": one unknown capitalised word
      // before an unambiguous verb of saying (not "reports", "states", which
      // are also nouns), an adverb allowed between.
      if (words == 1 && e == i + 1 && e < end && saying_verb(v) && !in(kCommonWords, i) &&
          !in(kOrgHeads, i) &&
          !in(kGivenNames, i) && t_.toks[i].end - t_.toks[i].begin >= 3 && !t_.toks[i].upper() &&
          !(key(i).size() > 4 && key(i).back() == 's'))
        person = true;
      // ("Khalid International Airport": a building's name, facility-words.txt.)
      // (Not a credited name: "Reporting by Seo-yeon Park".)
      for (std::uint32_t k = i; k < e && person && !credited; ++k) person = !in(kFacilityWords, k);
      // ("Bahrain's Khaled bin Ahmed Al-Khalifa": a name found a person by
      // other signs, right after a country's possessive, is that country's;
      // so after a title there: "Bahrain's Sheikh Khaled ...".)
      if (person && owner.empty()) {
        std::uint32_t at = i;
        if (at > b && covered_[at - 1] >= 0 && cands_[covered_[at - 1]].title_only) at = cands_[covered_[at - 1]].tb;
        if (at >= b + 2 && (t_.toks[at - 1].flags & text::kPossessive) && covered_[at - 2] >= 0 &&
            cands_[covered_[at - 2]].type == EntityType::country && !cands_[covered_[at - 2]].anaphor)
          owner = cands_[covered_[at - 2]].code;
      }
      if (person) {
        for (std::uint32_t k = i; k < e; ++k)
          if (covered_[k] >= 0) remove(covered_[k]);
        Cand c = span_cand(EntityType::person, i, e, s);
        c.code = owner;
        add(std::move(c));
      }
      next = e;
    }
  }

  // "Tomas Berg, Lena Holt, Ravi Menon and Kofi Asante": unknown
  // two- or three-word names in a list of three or more with a person in it
  // are people.
  void name_lists(std::uint32_t s) {
    const std::uint32_t b = sb(s), end = se(s);
    // A list starts at an unknown name word (capitalised) or at the first
    // token of a person (see lower_case_people()); at any other token
    // list_item() finds no item. So only those tokens are visited.
    auto& starts = list_starts_;
    const TokenList caps = caps_in(s);
    starts.assign(caps.begin(), caps.end());
    const auto& lower = lower_case_people_;
    bool more = false;
    for (auto it = std::lower_bound(lower.begin(), lower.end(), b); it != lower.end() && *it < end; ++it) {
      starts.push_back(*it);
      more = true;
    }
    if (more) std::sort(starts.begin(), starts.end());
    auto& unknown = list_names_;
    std::uint32_t next = b;  // (the tokens before it are in a list seen here)
    for (const std::uint32_t i : starts) {
      if (i < next || (covered_[i] < 0 ? !name_token(i) : cands_[covered_[i]].tb != i)) continue;
      unknown.clear();
      int items = 0, people = 0;
      std::uint32_t p = i;
      while (p < end) {
        const std::uint32_t q = list_item(p, end, people, unknown);
        if (q == p) break;
        ++items;
        p = q;
        if (p + 1 < end && is(p, ",") && is(p + 1, "and")) p += 2;
        else if (p < end && (is(p, ",") || is(p, "and"))) ++p;
        else break;
      }
      if (items >= 3 && people >= 1)
        for (const auto& [tb, te] : unknown) {
          add(span_cand(EntityType::person, tb, te, s));
        }
      next = items > 0 ? std::max(p, i + 1) : i + 1;
    }
  }

  // The first tokens of the people found so far that do not start with a
  // capital ("al-Baghdadi"), ascending: name_lists() starts there too.
  // (names() and name_lists() add people only at capitalised words.)
  void lower_case_people() {
    lower_case_people_.clear();
    for (const Cand& c : cands_)
      if (!c.dropped && c.type == EntityType::person && !c.title_only && !cap(c.tb)) lower_case_people_.push_back(c.tb);
    std::sort(lower_case_people_.begin(), lower_case_people_.end());
  }

  // The end of a list item at p (a person, or an unknown name of two or
  // three words), or p when there is none.
  std::uint32_t list_item(std::uint32_t p, std::uint32_t end, int& people,
                          std::vector<std::pair<std::uint32_t, std::uint32_t>>& unknown) const {
    if (const int c = covered_[p]; c >= 0) {
      if (cands_[c].type != EntityType::person || cands_[c].title_only || cands_[c].tb != p) return p;
      ++people;
      return cands_[c].te;
    }
    if (!name_token(p) || in(kGroupAdjectives, p) || in(kCommonWords, p)) return p;
    const std::uint32_t e = name_run(p, end);
    std::uint32_t words = 0;
    for (std::uint32_t k = p; k < e; ++k) words += cap(k);
    if (words < 2 || words > 3 || in(kOrgHeads, e - 1)) return p;
    unknown.emplace_back(p, e);
    return e;
  }

  // Family names the document gives after a title alone ("Mr. Sivaram",
  // "President Nkurunziza"): an unknown name ending in one is that person.
  void collect_titled_family_names() {
    // (One pass over the candidates: the names first, then a table sized
    // for them; the table's size changes no answer.)
    std::vector<std::uint32_t>& names = scratch_.tokens;
    names.clear();
    for (const Cand& c : cands_)
      if (!c.dropped && c.type == EntityType::person && !c.title_only && c.title != Cand::kNone && c.te == c.tb + 1 &&
          !t_.toks[c.tb].upper() && !in(kCommonWords, c.tb))
        names.push_back(c.tb);
    titled_family_names_.start(names.size());
    for (const std::uint32_t tb : names) titled_family_names_.emplace(key(tb), 0);
  }

  // Three to six capital letters that are no common abbreviation ("GDP", "HIV").
  bool acronym_word(std::uint32_t k) const {
    const auto n = t_.toks[k].end - t_.toks[k].begin;
    return t_.toks[k].upper() && n >= 3 && n <= 6 && !in(kCommonWords, k) && !in(kNotNames, k);
  }

  // Nouns for the people of a body: "LRA fighters", "KTUC members"
  // (data/lexicon/member-nouns.txt).
  bool member_noun(std::uint32_t k) const { return !cap(k) && in(kMemberNouns, k); }

  bool saying_verb(std::uint32_t k) const {
    if (!in(kSpeechVerbs, k)) return false;
    const std::string_view w = key(k);
    return eq(w, "said") || eq(w, "says") || eq(w, "told") || eq(w, "tells") || eq(w, "wrote") ||
           (w.size() > 4 && eq(w.substr(w.size() - 2), "ed"));
  }

  // ", the ambassador," / ", a spokesman for" after a name.
  bool apposition(std::uint32_t e, std::uint32_t end) const {
    if (e + 2 >= end || !is(e, ",")) return false;
    std::uint32_t k = e + 1;
    if (is(k, "the") || is(k, "a") || is(k, "an")) ++k;
    for (std::uint32_t n = 0; k < end && n < 4; ++k, ++n) {
      int c = covered_[k];
      if (c >= 0 && cands_[c].title_only) return true;
      if (is(k, ",")) break;
    }
    return false;
  }

  // ----- 5. ambiguity, personal names that are countries, capitals -----
  bool cue_present(const lexicon::Ambiguity& a, std::uint32_t s) {
    // A document-wide answer is computed once per document.
    if (a.document_scope) {
      auto it = document_cues_.find(&a);
      if (it != document_cues_.end()) return it->second;
    }
    const bool found = cue_search(a, s);
    if (a.document_scope) document_cues_.emplace(&a, found);
    return found;
  }

  // The nouns of a mission that tell where a country's people are ("their
  // embassies in Syria", "its Tehran embassy").
  bool mission_word(std::uint32_t k) const {
    return is(k, "embassy") || is(k, "embassies") || is(k, "mission") || is(k, "missions") || is(k, "consulate") ||
           is(k, "consulates");
  }

  // "Bissau" inside "Guinea-Bissau" is another country, not a cue; nor, in
  // a sentence, is the other state named beside ("Congo and the Republic of
  // Congo"). Over a document, a country's whole name is one: a story of
  // Rhodesia ("Rhodesia" for Salisbury).
  bool inside_other_country(std::uint32_t i, std::uint32_t n, bool whole_ok) const {
    const int c = covered_[i];
    return c >= 0 && cands_[c].type == EntityType::country &&
           (!whole_ok || cands_[c].tb != i || cands_[c].te != i + n);
  }

  bool cue_search(const lexicon::Ambiguity& a, std::uint32_t s) const {
    const std::uint32_t b = a.document_scope ? 0 : sb(s);
    const std::uint32_t e = a.document_scope ? std::uint32_t(t_.toks.size()) : se(s);
    const auto found = cue_ids_.find(&a);
    for (std::size_t n = 0; n < a.cues.size(); ++n) {
      const auto& cue = a.cues[n];
      if (found != cue_ids_.end() && !found->second[n].empty()) {
        // (The same search on vocabulary ids: integer comparisons.)
        const std::uint32_t* ids = a_.lex_ids.data();
        const std::vector<std::uint32_t>& want = found->second[n];
        // (A word with no id: the tokens with no id, then their keys.)
        const auto same = [&](std::uint32_t i, std::uint32_t k) {
          return ids[i + k] == want[k] && (want[k] != lexicon::Vocabulary::kNone || key(i + k) == cue[k]);
        };
        for (std::uint32_t i = b; i + want.size() <= e; ++i) {
          if (!same(i, 0)) continue;
          std::uint32_t k = 1;
          while (k < want.size() && same(i, k)) ++k;
          if (k == want.size() && !inside_other_country(i, k, a.document_scope)) return true;
        }
        continue;
      }
      for (std::uint32_t i = b; i + cue.size() <= e; ++i) {
        std::uint32_t k = 0;
        while (k < cue.size() && key(i + k) == cue[k]) ++k;
        if (k == cue.size() && !inside_other_country(i, k, a.document_scope)) return true;
      }
    }
    return false;
  }

  void disambiguate() {
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
      Cand& c = cands_[ci];
      if (c.dropped || c.title_only) continue;
      const std::uint32_t s = c.sentence;
      if (c.type == EntityType::country && ((c.flags & lexicon::kWeak) || names_a_language(c))) {
        remove(int(ci));
        continue;
      }
      // (A place too: "Salisbury" is Rhodesia's capital in a story of
      // Rhodesia, an English city elsewhere; data/countries/ambiguous.tsv.)
      if ((c.type == EntityType::country || c.type == EntityType::place) && may_be_ambiguous(c)) {
        const bool place = c.type == EntityType::place;
        std::string& folded = folded_;
        folded.clear();
        for (std::uint32_t k = c.tb; k < c.te; ++k) {
          if (t_.toks[k].flags & text::kJoiner) continue;
          if (!folded.empty()) folded += ' ';
          folded += key(k);
        }
        auto amb = lex_.ambiguities.find(folded);
        if (amb != lex_.ambiguities.end()) {
          const std::string_view before = c.code;
          if (cue_present(amb->second, s)) {
            if (amb->second.other_code.empty()) { remove(int(ci)); continue; }
            c.code = amb->second.other_code;
            if (const auto* country = lex_.country(c.code); country && !place) c.name = country->name;
          } else {
            c.code = earlier_reading(amb->second, c);
            if (const auto* country = lex_.country(c.code); country && !place) c.name = country->name;
          }
          // ("The Korean leader also laid a wreath", in a story of the
          // North: the title right after the demonym took the default
          // reading from it (titles()); it follows the demonym's.)
          if (!place && c.code != before && c.te < t_.toks.size() && covered_[c.te] >= 0) {
            Cand& t = cands_[covered_[c.te]];
            if (t.title_only && t.type == EntityType::person && t.tb == c.te && t.code == before) t.code = c.code;
          }
        }
      }
      if (c.type == EntityType::place && eq(c.kind, "capital") && !(c.flags & lexicon::kNotGovernment) &&
          stands_for_government(c)) {
        c.type = EntityType::country;
        c.form = CountryForm::capital;
        if (const auto* country = lex_.country(c.code)) c.name = country->name;
        c.kind = {};
      }
    }
  }

  // With no cue in its sentence, an ambiguous name takes its default
  // reading, unless the story has named only the other state before it,
  // unambiguously: "leaving the Republic of the Congo ... The journey took
  // him to Russia, Tanzania, South Africa and Congo" (not DR Congo). (Among
  // the last kRecentCands candidates: a long document's cost stays linear.)
  // (Only a longer name of the other state that ends in the name's stem
  // counts: "Republic of the Congo" for "Congo" and "Congolese"; not
  // "Guinea-Bissau" for "Guinea", nor "Greece" for "Macedonia". A place of
  // the default state named before keeps the default: "Kinshasa".)
  std::string_view earlier_reading(const lexicon::Ambiguity& a, const Cand& c) const {
    if (a.other_code.empty()) return a.default_code;
    const std::string_view stem = key(c.tb).substr(0, 4);
    bool other = false;
    for (std::size_t k = cands_.size() > kRecentCands ? cands_.size() - kRecentCands : 0; k < cands_.size(); ++k) {
      const Cand& o = cands_[k];
      if (o.dropped || o.te > c.tb || (o.type != EntityType::country && o.type != EntityType::place)) continue;
      if (o.code == a.default_code) return a.default_code;
      if (o.type == EntityType::country && o.code == a.other_code && stem.size() == 4 && o.te > o.tb + 1 &&
          key(o.te - 1).substr(0, 4) == stem)
        other = true;
    }
    return other ? std::string_view(a.other_code) : std::string_view(a.default_code);
  }

  // False when no entry of data/countries/ambiguous.tsv can be the words of
  // c: its first word starts no entry. (A token's key has no space, so the
  // first word of the words joined with spaces is the first non-empty key.)
  bool may_be_ambiguous(const Cand& c) const {
    if (amb_.any_first_word) return true;
    for (std::uint32_t k = c.tb; k < c.te; ++k) {
      if ((t_.toks[k].flags & text::kJoiner) || t_.toks[k].key_len == 0) continue;
      const std::uint32_t id = a_.lex_ids[k];
      return id < amb_.first_words.size() && amb_.first_words[id];
    }
    return lex_.ambiguities.count("") > 0;
  }

  // "Chad Smith", "Michael Jordan": a country name inside a personal name;
  // "Jo Yong Man": a known family name inside an unknown full name.
  void personal_names_that_are_countries() {
    // ("Kerry in Havana as U.S. flag rises again" over "John Kerry on
    // Friday became ...": a place that is also a personal name, alone,
    // is the family name of a person the document names in full.)
    // (Collected once, and only in a document with such a place.)
    std::vector<std::string_view>& family = scratch_.family_names;
    family.clear();
    bool collected = false;
    auto named_family = [&](std::string_view w) {
      if (!collected) {
        for (const Cand& p : cands_)
          if (!p.dropped && p.type == EntityType::person && p.te >= p.tb + 2 && family.size() < 64) family.push_back(key(p.te - 1));
        collected = true;
      }
      return std::find(family.begin(), family.end(), w) != family.end();
    };
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
      Cand& c = cands_[ci];
      if (c.dropped || !(c.flags & (lexicon::kPersonName | lexicon::kSurname)) || shouting_[c.sentence]) continue;
      if (c.type == EntityType::place && c.te == c.tb + 1 && named_family(key(c.tb))) {
        remove(int(ci));
        continue;
      }
      // A family name alone that opens a sentence is a name only before a verb
      // of saying, acting or moving, or a possessive ("No one ...", "Su ..."
      // are not names; "Putin arrived" is).
      // ("Putin, who has ruled since 2000, arrived": before a relative
      // clause about someone too.)
      const bool who_after = c.te + 1 < se(c.sentence) && is(c.te, ",") && (is(c.te + 1, "who") || is(c.te + 1, "whose"));
      // ("Putin then came to Spain", "Putin also met": past an adverb.)
      std::uint32_t v = c.te;
      if (v + 1 < se(c.sentence) && in(kVerbAdverbs, v) && !t_.toks[v].cap()) ++v;
      // ("Obama and his family arrived", "Merkel, her ministers and ...",
      // "Putin and Xi met": one of two people, the other a person or one's own.)
      bool pair = false;
      if (!a_.title_case[c.sentence] && c.te + 1 < se(c.sentence) && (is(c.te, "and") || is(c.te, ","))) {
        const int other = covered_[c.te + 1];
        // ("Johnson and Johnson Inc": a firm's name goes on.)
        pair = is(c.te + 1, "his") || is(c.te + 1, "her") ||
               (other >= 0 && cands_[other].type == EntityType::person && !cands_[other].title_only &&
                (cands_[other].te >= se(c.sentence) || !cap(cands_[other].te)));
      }
      if ((c.flags & lexicon::kSurname) && c.tb == sb(c.sentence) && !who_after && !pair &&
          !(c.te < se(c.sentence) && (in(kSpeechVerbs, v) || in(kGovernmentVerbs, v) ||
                                      in(kPersonVerbs, v) || (t_.toks[c.te].flags & text::kPossessive)))) {
        remove(int(ci));
        continue;
      }
      if ((c.flags & lexicon::kSurname) && in(kCommonWords, c.tb)) {
        remove(int(ci));
        continue;
      }
      const std::uint32_t s = c.sentence;
      const bool prev = c.tb > sb(s) && name_token(c.tb - 1) && covered_[c.tb - 1] < 0;
      const bool next = c.te < se(s) && name_token(c.te) && covered_[c.te] < 0 && !in(kSpeechVerbs, c.te);
      // "Nancy-Amelia Collins", "Su-24": a hyphenated compound is no place or family name.
      const bool joined = (c.te + 1 < se(s) && (t_.toks[c.te].flags & text::kJoiner)) ||
                          (c.tb >= sb(s) + 2 && (t_.toks[c.tb - 1].flags & text::kJoiner) && cap(c.tb - 2));
      if (prev || next || joined) {
        remove(int(ci));
        continue;
      }
      // "al-Baghdadi": the particle joined to a family name is part of it.
      if (c.tb >= sb(s) + 2 && (t_.toks[c.tb - 1].flags & text::kJoiner) && in(kNameParticles, c.tb - 2) &&
          !t_.toks[c.tb - 2].cap() && covered_[c.tb - 2] < 0 && covered_[c.tb - 1] < 0) {
        covered_[c.tb - 2] = covered_[c.tb - 1] = int(ci);
        c.tb -= 2;
      }
    }
  }

  // "in English", "Arabic-language", "Spanish speakers": a language.
  bool names_a_language(const Cand& c) const {
    if (c.form != CountryForm::demonym || c.te != c.tb + 1 || !in(kLanguageNames, c.tb)) return false;
    const std::uint32_t b = sb(c.sentence), e = se(c.sentence);
    std::uint32_t n = c.te;
    if (n < e && (t_.toks[n].flags & text::kJoiner)) ++n;
    if (n < e && in(kLanguageCuesAfter, n)) return true;
    if (c.tb > b && in(kLanguageCuesBefore, c.tb - 1)) return true;
    return false;
  }

  bool stands_for_government(const Cand& c) const {
    std::uint32_t j = c.te;
    const std::uint32_t b = sb(c.sentence), end = se(c.sentence);
    // The object of a verb of dealing with governments: "thanked Pretoria",
    // "offered to brief Washington and Beijing".
    // (A capital before it may already stand for its government.)
    auto capital = [&](int ci) {
      const Cand& k = cands_[ci];
      return eq(k.kind, "capital") || (k.type == EntityType::country && k.form == CountryForm::capital);
    };
    // ("restores relations with Mexico and Moscow": a country's name before
    // it in the list, too.)
    auto listed = [&](int ci) { return capital(ci) || (cands_[ci].type == EntityType::country && !cands_[ci].anaphor); };
    // ("Posts in Dubai, Manama and Muscat": a city's name before a comma
    // too; not "in the port of Klaipeda and Riga gave", a new clause.)
    auto city = [&](int ci) { return cands_[ci].type == EntityType::place && town_kind(cands_[ci].kind); };
    std::uint32_t p = c.tb;
    bool joined = false;  // an "and" crossed
    while (p >= b + 2 && (is(p - 1, "and") || is(p - 1, ",")) && covered_[p - 2] >= 0 &&
           (listed(covered_[p - 2]) || (is(p - 1, ",") && city(covered_[p - 2])))) {
      joined = joined || is(p - 1, "and");
      p = cands_[covered_[p - 2]].tb;
    }
    // "In Brussels, Moscow said": names joined only by commas, with no
    // "and" before the last, are no list; the place opens the sentence.
    const bool goes_on = j + 1 < end && (is(j, "and") || is(j, ",")) && covered_[j + 1] >= 0 && listed(covered_[j + 1]);
    if (p < c.tb && !joined && !goes_on) p = c.tb;
    // ("had been courted by Beijing for months": the agent of such a verb.)
    if (p >= b + 2 && is(p - 1, "by") && in(kGovernmentObjectVerbs, p - 2) && !t_.toks[p - 2].cap()) return true;
    // (Not "angered Kyiv residents": a noun after it makes the city a modifier.)
    if (p > b && in(kGovernmentObjectVerbs, p - 1) && !t_.toks[p - 1].cap() &&
        !(j < end && t_.toks[j].is_word() && !t_.toks[j].cap() && !in(kPrepositions, j) && !in(kClauseWords, j) &&
          !in(kGovernmentVerbs, j) && !in(kSpeechVerbs, j) && !is(j, "and")))
      return true;
    // "Moscow and Beijing have ...", "Riyadh, Abu Dhabi and Manama gave ..."
    while (j + 1 < end && (is(j, "and") || is(j, ",")) && covered_[j + 1] >= 0 && capital(covered_[j + 1]))
      j = cands_[covered_[j + 1]].te;
    // "tensions with Pyongyang", "a clear message to Beijing": a noun of
    // dealings between governments and a preposition before it.
    // ("Relations between Seoul and Tokyo": the noun may open the sentence.)
    if (p >= b + 2 && in(kRelationNouns, p - 2) && (!t_.toks[p - 2].cap() || p - 2 == b) &&
        (is(p - 1, "with") || is(p - 1, "to") || is(p - 1, "on") || is(p - 1, "from") || is(p - 1, "of") ||
         is(p - 1, "against") || is(p - 1, "between")))
      return true;
    // "Were Washington to recognise a Taliban government".
    if (p > b && is(p - 1, "were") && j < end && is(j, "to")) return true;
    // "with Tehran criticising military drills", "with Washington suspending
    // operations": the subject of the participle after "with".
    if (p > b && is(p - 1, "with") && j < end && t_.toks[j].is_word() && !t_.toks[j].cap() && key(j).size() > 5 &&
        key(j).substr(key(j).size() - 3) == "ing")
      return true;
    if (j >= end) return false;
    if (t_.toks[j].flags & text::kPossessive) {
      // "Tripoli's international airport": the city itself (but "Addis
      // Ababa's port deal" is its government's: the part names no deal).
      std::uint32_t k = j + 1;
      for (int n = 0; n < 2 && k + 1 < end && t_.toks[k].is_word() && !t_.toks[k].cap() && !in(kCityParts, k); ++n) ++k;
      if (!(k < end && in(kCityParts, k))) return true;
      const std::uint32_t after = k + 1;
      const bool head = after >= end || !t_.toks[after].is_word() || t_.toks[after].cap() ||
                        in(kPrepositions, after) || in(kClauseWords, after) || in(kGovernmentVerbs, after) ||
                        in(kSpeechVerbs, after) || is(after, "were") || is(after, "are");
      return !head;
    }
    // "Talks in Hanoi began": the verb after a preposition's object is not
    // its (but "since Hanoi began": a word that also opens a clause).
    // (But "a similar move by Washington, which shuttered its embassy last
    // month": the agent of the move, the subject of its relative clause.)
    if (p > b && in(kPrepositions, p - 1) && !in(kClauseWords, p - 1) &&
        !(is(p - 1, "by") && j + 2 < end && is(j, ",") && is(j + 1, "which")))
      return false;
    // "Moscow, which closed its embassy in Ouagadougou in 1992, ...": the
    // subject of a relative clause, as of a main one.
    if (j + 2 < end && is(j, ",") && is(j + 1, "which")) j += 2;
    // ("Beijing, for its part, is angered", "Ankara, in turn, said")
    if (j + 4 < end && is(j, ",") && is(j + 1, "for") && (is(j + 2, "its") || is(j + 2, "their")) && is(j + 3, "part") &&
        is(j + 4, ","))
      j += 5;
    else if (j + 3 < end && is(j, ",") && is(j + 1, "in") && is(j + 2, "turn") && is(j + 3, ","))
      j += 4;
    // "Ankara and Baghdad also agreed".
    for (int n = 0; n < 2 && j + 1 < end && in(kVerbAdverbs, j); ++n) ++j;
    return in(kSpeechVerbs, j) || in(kGovernmentVerbs, j);
  }

  // ----- 6. surnames and first names of people already named -----
  void surnames(std::uint32_t s) {
    const std::uint32_t b = sb(s), end = se(s);
    for (const std::uint32_t i : caps_in(s)) {
      std::uint32_t title = Cand::kNone, np_tb = Cand::kNone;  // (of an unknown person replaced)
      // ("Vuong Dinh Hue ... Hue arrived in Havana": a town's name that a
      // person named before has as a part, acting as a person does, is
      // that person.)
      // (The verb first: one bit test for most covered tokens.)
      if (covered_[i] >= 0) {
        const Cand& w = cands_[covered_[i]];
        // ("Wang Yi ... Mr Wang said": the one word an unknown person was
        // made of, by a name pattern, is the part of the person named before.)
        // ("Ontario Premier Doug Ford ... It is Ford's first trip": so is a
        // family name alone that the tables give to someone else, when the
        // person named in full before is of known country.)
        // ("Belgian Foreign Minister Karel De Gucht ... De Gucht, who
        // visited Kinshasa": so is an unknown name of particles and that
        // one word.)
        bool particles_before = w.tb < i;
        for (std::uint32_t k = w.tb; k < i && particles_before; ++k) particles_before = in(kNameParticles, k);
        const int named = w.type == EntityType::person && (w.tb == i || particles_before) && w.te == i + 1 && !w.title_only &&
                                  (w.code.empty() || (w.flags & lexicon::kSurname))
                              ? people_by_part_.find(key(i))
                              : -1;
        if (named >= 0 && (w.code.empty() || (cands_[named].tb < i && cands_[named].name != w.name &&
                                               !cands_[named].code.empty()))) {
          title = w.title;
          np_tb = w.np_tb;
          remove(covered_[i]);
        } else {
          if (i + 1 >= end || !(in(kPersonVerbs, i + 1) || in(kSpeechVerbs, i + 1))) continue;
          if (w.type != EntityType::place || w.tb != i || w.te != i + 1 || eq(w.kind, "capital") || eq(w.kind, "region") ||
              (i > b && in(kPrepositions, i - 1)) || people_by_part_.find(key(i)) < 0)
            continue;
          remove(covered_[i]);
        }
      }
      if (!name_token(i)) continue;
      const int named = people_by_part_.find(key(i));
      if (named < 0) continue;
      const Cand& full = cands_[named];
      // Not when it is part of a longer unknown name.
      if ((i + 1 < end && name_token(i + 1) && covered_[i + 1] < 0)) continue;
      Cand c;
      c.tb = i;
      c.te = i + 1;
      // "al-Zarqawi" after "Abu Musab al-Zarqawi".
      if (i >= b + 2 && (t_.toks[i - 1].flags & text::kJoiner) && in(kNameParticles, i - 2) && !cap(i - 2) &&
          covered_[i - 2] < 0 && covered_[i - 1] < 0)
        c.tb = i - 2;
      // "Bagheri Kani" after "Ali Bagheri Kani", "Le Drian" after
      // "Jean-Yves Le Drian": the full name's other words right before it.
      while (c.tb > b && covered_[c.tb - 1] < 0 && (cap(c.tb - 1) || in(kNameParticles, c.tb - 1)) && t_.toks[c.tb - 1].is_word() &&
             word_of(full, key(c.tb - 1)))
        --c.tb;
      c.sentence = s;
      c.type = EntityType::person;
      c.name = full.name.empty() ? span_text(full.tb, full.te) : full.name;
      c.code = full.code;
      c.title = title;
      c.np_tb = np_tb;
      add(std::move(c));
    }
  }

  // Does the canonical name end with the suffix `suffix` (a folded key:
  // "jr"), with or without its dot ("Teodoro Locsin Jr.")?
  static bool name_has_suffix(std::string_view name, std::string_view suffix) {
    if (!name.empty() && name.back() == '.') name.remove_suffix(1);
    if (name.size() <= suffix.size() || name[name.size() - suffix.size() - 1] != ' ') return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
      if ((name[name.size() - suffix.size() + i] | 0x20) != suffix[i]) return false;
    return true;
  }

  // Is token k a generational suffix in short ("Jr", "Sr": name-suffixes.txt),
  // not a Roman numeral ("II")?
  bool short_suffix(std::size_t k) const { return in(kNameSuffixes, k) && !roman_numeral(key(k)); }

  // Is `w` (a folded key) one of the words of candidate `c`'s text?
  bool word_of(const Cand& c, std::string_view w) const {
    for (std::uint32_t k = c.tb; k < c.te; ++k)
      if (key(k) == w) return true;
    return false;
  }

  // The first and last name of each person named in full, to the first
  // candidate naming them (its index in cands_).
  void register_people() {
    // (One pass over the candidates: their parts first, then a table sized
    // for them, filled in the same order; the table's size changes no answer.)
    std::vector<std::uint32_t>& parts_of = scratch_.tokens;  // candidate, last, first
    parts_of.clear();
    for (std::size_t ci = 0; ci < cands_.size(); ++ci) {
      const Cand& c = cands_[ci];
      // (Whether the text is about the Koreas, asked in this pass over the
      // candidates: one pass fewer over a long document's.)
      if (!c.dropped && c.type == EntityType::country && (eq(c.code, "PRK") || eq(c.code, "KOR"))) korea_context_ = true;
      // (Nor a title that a name follows: "Trade Minister Tom Hasan" gives
      // "Hasan", not "Trade".)
      if (c.dropped || c.type != EntityType::person || c.title_only || (!c.listed && c.title != Cand::kNone)) continue;
      std::uint32_t first = ~0u, last = ~0u, parts = 0;
      bool suffix = false;
      for (std::uint32_t k = c.tb; k < c.te; ++k)
        if (t_.toks[k].kind == text::TokKind::word && t_.toks[k].cap()) {
          if (in(kNameSuffixes, k)) {
            suffix = true;
            continue;
          }
          if (first == ~0u) first = k;
          last = k;
          ++parts;
        }
      // ("King Abdullah II" is "Abdullah" later in the story; so is "Pope
      // Francis" "Francis": one name after a head's or a religious title.)
      const bool titled = c.title != Cand::kNone && (eq(lex_.titles[c.title].kind, "head") || eq(lex_.titles[c.title].kind, "religious"));
      if (parts < 2 && !(parts == 1 && (suffix || titled))) continue;
      parts_of.insert(parts_of.end(), {std::uint32_t(ci), last, first});
    }
    people_by_part_.start(2 * (parts_of.size() / 3));
    for (std::size_t k = 0; k < parts_of.size(); k += 3) {
      people_by_part_.emplace(key(parts_of[k + 1]), int(parts_of[k]));
      people_by_part_.emplace(key(parts_of[k + 2]), int(parts_of[k]));
    }
  }

  // "Emperor Haile Selassie of Ethiopia arrived ... a journey that has taken
  // Haile Selassie to the United States": a person of no country in the
  // tables, named again in full, is of the country the text gave the first
  // time.
  void repeated_names() {
    for (Cand& c : cands_) {
      if (c.dropped || c.type != EntityType::person || c.title_only || !c.code.empty() || c.te < c.tb + 2) continue;
      const int named = people_by_part_.find(key(c.te - 1));
      if (named < 0) continue;
      const Cand& first = cands_[named];
      if (first.code.empty() || first.tb >= c.tb || first.te - first.tb != c.te - c.tb) continue;
      bool same = true;
      for (std::uint32_t k = 0; k < c.te - c.tb && same; ++k) same = key(first.tb + k) == key(c.tb + k);
      if (same) c.code = first.code;
    }
  }

  // ----- 7. anaphors -----
  void anaphors(std::uint32_t s) {
    const std::uint32_t end = se(s);
    for (const std::uint32_t i : articles_in(s)) {
      if (covered_[i] >= 0) continue;
      // "reopen embassies in each other's capitals": both countries of the
      // last pair, each the other's host (events drop a country paired with
      // itself).
      if (is(i, "each")) {
        if (i + 1 < end && is(i + 1, "other") && covered_[i + 1] < 0) add(anaphor_cand(i, i + 2, s, true));
        continue;
      }
      const bool both = is(i, "both") || (is(i, "the") && i + 1 < end && (is(i + 1, "two") || number_word(i + 1) > 0));
      if (is(i, "the") || both) {
        std::uint32_t k = i + 1;
        if (both && !is(i, "both")) ++k;
        // (A small region's adjective in capitals too, before a noun in lower
        // case: "the Gulf state", "the Baltic nation". Not a continent's:
        // "evacuated from Sudan ... landed in Djibouti ... from the African
        // country" is no nearest country.)
        auto region_word = [&](std::uint32_t q) {
          return is(q, "gulf") || is(q, "baltic") || is(q, "nordic") || is(q, "balkan") || is(q, "caribbean") ||
                 is(q, "pacific") || is(q, "himalayan");
        };
        while (k < end && in(kAnaphorAdjectives, k) &&
               (!t_.toks[k].cap() || (covered_[k] < 0 && region_word(k) && k + 1 < end && t_.toks[k + 1].is_word() &&
                                     !t_.toks[k + 1].cap() && !(t_.toks[k].flags & text::kUpper))))
          ++k;
        // "the three Gulf states", "the five Central Asian countries": a
        // region's name in capitals between the number and the noun.
        if (both && !is(i, "both")) {
          std::uint32_t q = k;
          while (q < end && q < k + 2 && t_.toks[q].is_word() && t_.toks[q].cap() && covered_[q] < 0) ++q;
          if (q > k && q < end && !t_.toks[q].cap() && noun(q, true)) k = q;
        }
        // Korean context: "the North", "the South".
        if (!both && k == i + 1 && k < end && t_.toks[k].cap() && (is(k, "north") || is(k, "south")) &&
            (k + 1 >= end || !name_token(k + 1)) && korea_context_) {
          Cand c = anaphor_cand(i, k + 1, s, false);
          c.code = is(k, "north") ? "PRK" : "KOR";
          add(std::move(c));
          continue;
        }
        // "the reclusive state": some nouns refer back only after an adjective.
        if (k < end && !t_.toks[k].cap() && (noun(k, both) || (!both && k > i + 1 && in(kCountryNounsAfterAdjective, k))))
          add(anaphor_cand(i, k + 1, s, both));
        // "the Kingdom's diplomats", "the Sultanate": the house style of
        // official agencies writes a kind of state (anaphor-kinds.tsv) with
        // a capital. Right after "the" and opening no name ("the Kingdom of
        // Bahrain", "the Kingdom Tower"), it refers to a state of that kind
        // the story has named, or to none (resolve_anaphors()).
        else if (!both && k == i + 1 && k < end && t_.toks[k].cap() && !(t_.toks[k].flags & text::kUpper) &&
                 lex_.anaphor_kind(key(k)) && (k + 1 >= end || (!is(k + 1, "of") && !(cap(k + 1) && name_token(k + 1))))) {
          Cand c = anaphor_cand(i, k + 1, s, false);
          more_of(c).kind_only = true;
          add(std::move(c));
        }
        // "Belgrade broke off relations with the United States, Britain,
        // France and Germany. The four had already shut their embassies": a
        // number of three or more with no noun, opening its sentence before
        // a word in lower case, stands for a list of that many countries
        // just named, or for nothing (resolve_anaphors(); "The four were
        // arrested" names no countries).
        else if (both && is(i, "the") && i == sb(s) && k == i + 2 && number_word(i + 1) >= 3 && k < end &&
                 t_.toks[k].is_word() && !t_.toks[k].cap() && !in(kPeoplePlurals, k) && !is(k, "of")) {
          Cand c = anaphor_cand(i, k, s, true);
          more_of(c).list_only = true;
          add(std::move(c));
        }
        // "The two leaders had met on the sidelines of the NATO summit":
        // the two countries whose people the story names most
        // (resolve_anaphors()).
        else if (both && k < end && !t_.toks[k].cap() && (is(i, "both") || is(i + 1, "two")) && in(kPeoplePlurals, k)) {
          // ("leaders", "ministers": a title's plural, read as one before.)
          const int t = covered_[k];
          if (t >= 0 && cands_[t].title_only && cands_[t].tb >= i && cands_[t].te == k + 1) remove(t);
          Cand c = anaphor_cand(i, k + 1, s, true);
          more_of(c).people = true;
          people_anaphor_ |= add(std::move(c)) >= 0;
        }
        // "Lavrov was also in the capital": the country of the capital meant
        // (resolve_anaphors(); not "the capital of Mali", "the capital
        // Bamako", "the capital city").
        else if (!both && k == i + 1 && k < end && (is(k, "capital") || is(k, "city")) && !t_.toks[k].cap() &&
                 (k + 1 >= end || (!is(k + 1, "of") && !is(k + 1, "city") && !t_.toks[k + 1].cap() && covered_[k + 1] < 0)))
          add(anaphor_cand(i, k + 1, s, false));
      }
    }
  }

  // A country anaphor over [tb, te): no entity unless Options ask for it;
  // its code comes from resolve_anaphors().
  static Cand anaphor_cand(std::uint32_t tb, std::uint32_t te, std::uint32_t s, bool plural) {
    Cand c = span_cand(EntityType::country, tb, te, s);
    c.form = CountryForm::anaphor;
    c.anaphor = true;
    c.plural = plural;
    c.listed = false;
    return c;
  }

  bool noun(std::uint32_t k, bool plural) const {
    std::string_view w = key(k);
    if (plural) {
      if (eq(w, "countries") || eq(w, "nations") || eq(w, "sides") || eq(w, "governments") || eq(w, "states")) return true;
      return false;
    }
    return in(kCountryNouns, k);
  }

  std::string_view span_text(std::uint32_t tb, std::uint32_t te) const {
    return std::string_view(doc_.text).substr(t_.toks[tb].begin, t_.toks[te - 1].end - t_.toks[tb].begin);
  }

  // Resolves anaphors to the country named most recently before them.
  bool after_preposition(const Cand& c) const { return preposition_token(c) >= 0; }
  // "to visit the country" (arrival-verbs.txt): the anaphor is the place
  // come to, read as after a preposition.
  bool after_arrival(const Cand& c) const {
    return c.anaphor && c.tb > sb(c.sentence) && is(c.tb, "the") && in(kArrivalVerbs, c.tb - 1);
  }
  // "left the country", "fled the country" (departure-verbs.txt): the
  // anaphor is a place left; the same after "out of" ("flew their staff
  // out of the country").
  bool after_departure(const Cand& c) const {
    if (!c.anaphor || c.tb <= sb(c.sentence) || !is(c.tb, "the")) return false;
    return in(kDepartureVerbs, c.tb - 1) || (c.tb > sb(c.sentence) + 1 && is(c.tb - 1, "of") && is(c.tb - 2, "out"));
  }

  // The preposition right before a mention ("in", "in the"), or -1.
  int preposition_token(const Cand& c) const {
    const std::uint32_t b = sb(c.sentence);
    if (c.tb <= b) return -1;
    std::uint32_t p = c.tb - 1;
    // "in occupied Kuwait", "in war-torn Yemen" (place-adjectives.txt)
    if (p > b && in(kPlaceAdjectives, p)) {
      --p;
      if (p > b + 1 && (t_.toks[p].flags & text::kJoiner)) p -= 2;
    }
    // ("talks with his British, French and German counterparts": a demonym
    // after a possessive determiner, too.)
    if (p > b && (is(p, "the") || (c.form == CountryForm::demonym && (is(p, "his") || is(p, "her") || is(p, "their")))))
      --p;
    return in(kPrepositions, p) ? int(p) : -1;
  }

  // The preposition a mention is the object of, or -1; a mention in a list
  // ("in Jordan, Egypt and Bahrain") shares the preposition of the first.
  int preposition_before(const Cand& c, const std::vector<Mention>& earlier) const {
    const std::uint32_t b = sb(c.sentence);
    if (const int direct = preposition_token(c); direct >= 0) return direct;
    if (c.tb <= b) return -1;
    std::uint32_t p = c.tb - 1;
    // ("Turkey and the United Arab Emirates"; not "the Philippines' consulate",
    // a possessor that opens a noun phrase of its own)
    if (is(p, "the") && p > b &&
        !(c.te < se(c.sentence) && ((t_.toks[c.te].flags & text::kPossessive) || is(c.te, "'") || is(c.te, "\u2019"))))
      --p;
    // "in the eastern Democratic Republic of the Congo (DRC)": the name in
    // brackets shares the preposition of the name before it.
    if (is(p, "(") && !earlier.empty() && earlier.back().sentence == c.sentence && earlier.back().te == p)
      return earlier.back().prep_token;
    if ((is(p, ",") || is(p, "and") || is(p, "or")) && !earlier.empty()) {
      // "beat Argentina in Buenos Aires, and France travelled to Madrid":
      // a name before a verb of acting is the subject of a new clause
      // (after a comma, or before a verb of governments or of saying that
      // people do not also do on their travels: "closed its embassy in
      // Managua and Nicaragua shut its mission"; "flights from Australia
      // and New Zealand began landing" is one list).
      // ("Relief flights from China and Turkey have landed": a plural verb
      // after one name has the whole phrase for its subject.)
      const bool comma = is(p, ",") || (p > b && is(p - 1, ","));
      if (c.te < se(c.sentence) && !t_.toks[c.te].cap() && !(is(c.te, "have") && !c.plural) &&
          (in(kPersonVerbs, c.te) ? comma : (in(kSpeechVerbs, c.te) || in(kGovernmentVerbs, c.te))))
        return -1;
      const Mention& prev = earlier.back();
      // "In Suva, Australia's Foreign Minister Penny Wong used her first
      // Pacific visit": after the comma that closes a place opening the
      // sentence, a person (or a possessor before one) is its subject.
      if (is(p, ",") && prev.sentence == c.sentence && prev.prep_token == int(b) && prev.te == p &&
          (c.type == EntityType::person || c.title_only ||
           (c.te < se(c.sentence) && (t_.toks[c.te].flags & text::kPossessive))))
        return -1;
      // "moved its diplomats to neighbouring Jordan, and Poland, which ...":
      // ", and" right after the name that opened its list starts a clause
      // (a list of two has no comma; "Nepal, Spain, and Angola" has one before).
      if (is(p, "and") && p > b && is(p - 1, ",") && prev.prep_token >= 0 && std::uint32_t(prev.prep_token) + 4 >= prev.tb)
        return -1;
      // ("Li Peng arrived in Jakarta and Suharto visited China": a person
      // after a place or country is in no list of places; but "Presidents
      // Tokayev of Kazakhstan, Emomali Rahmon of Tajikistan": a list of
      // people, each with "of" a country.)
      if (c.type == EntityType::person && !c.title_only &&
          (prev.type == EntityType::place || prev.type == EntityType::country) &&
          !(prev.prep_token >= 0 && is(std::uint32_t(prev.prep_token), "of")))
        return -1;
      std::uint32_t q = p;
      while (q > b && (is(q, ",") || is(q, "and") || is(q, "or"))) --q;
      if (prev.sentence == c.sentence && prev.te == q + 1) return prev.prep_token;
    }
    return -1;
  }

  void set_codes(Cand& c, std::string_view first, std::string_view second) {
    CandMore& m = more_of(c);
    m.codes[0] = first;
    m.codes[1] = second;
    m.n_codes = 2;
  }

  // "three" to "ten" (a list a plural anaphor may count), or 0.
  int number_word(std::uint32_t k) const {
    return is(k, "three") ? 3 : is(k, "four") ? 4 : is(k, "five") ? 5 : is(k, "six") ? 6 : is(k, "seven") ? 7
           : is(k, "eight") ? 8 : is(k, "nine") ? 9 : is(k, "ten") ? 10 : 0;
  }
  // "the three countries", "the four governments": how many the anaphor's
  // first words say (3 to 10), or 0.
  int says_count(const Cand& c) const {
    for (std::uint32_t k = c.tb; k < c.te && k < c.tb + 2; ++k)
      if (const int n = number_word(k)) return n;
    return 0;
  }

  // a == b for two codes: most are views of the same string of the
  // lexicon, and the rest are a few bytes (no call to memcmp).
  // (An alpha-3 code, the usual size, compared byte by byte inline.)
  [[gnu::always_inline]] static bool same_code(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    if (a.data() == b.data()) return true;
    if (a.size() == 3) return a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
    return lexicon::equal_bytes(a.data(), b.data(), a.size());
  }

  // "South Korea's unification ministry said": a country in the possessive
  // before the one who speaks (a speech verb within four words) is no
  // subject of what is reported.
  bool speaker_possessor(const Cand& c) const {
    if (c.te >= n_toks_ || !(t_.toks[c.te].flags & text::kPossessive)) return false;
    const std::uint32_t end = std::min<std::uint32_t>(se(c.sentence), c.te + 5);
    for (std::uint32_t k = c.te + 1; k < end; ++k) {
      if (in(kSpeechVerbs, k)) return true;
      if (!t_.toks[k].is_word()) return false;
    }
    return false;
  }

  // Resolves anaphors to the country named most recently before them,
  // preferring one that is not the object of a preposition ("Norway closed
  // its embassy in Malawi. The country also ..." is Norway).
  static constexpr std::size_t kRecentCodes = 4;
  // The kind an anaphor names ("the kingdom", "the island nation"), or nullptr.
  const lexicon::AnaphorKind* anaphor_kind(const Cand& c) const {
    if (lex_.anaphor_kinds.empty()) return nullptr;
    for (std::uint32_t k = c.tb; k < c.te; ++k)
      if (const lexicon::AnaphorKind* kind = lex_.anaphor_kind(key(k))) return kind;
    return nullptr;
  }
  // The country of `kind` an anaphor refers to: after a preposition, the
  // country of the story's dateline ("RIYADH - ... arriving in the
  // kingdom"); else the most recent one named; "" if none was.
  std::string_view of_kind(const lexicon::AnaphorKind& kind, const Cand& c, std::string_view opening,
                           const std::vector<std::string_view>& recent) const {
    if (!opening.empty() && after_preposition(c) && kind.has(opening)) return opening;
    for (auto r = recent.rbegin(); r != recent.rend(); ++r)
      if (kind.has(*r)) return *r;
    return {};
  }
  // The code of a place or country that opens the text before a dash
  // ("RIYADH, May 20 (AP) -"), or "" (find_dateline() below, before the
  // mentions are made: the first line only).
  std::string_view opening_code(const std::vector<int>& order) const {
    if (order.empty() || a_.sentences.empty()) return {};
    const Cand& c = cands_[order.front()];
    if (c.tb != sb(0) || c.code.empty() || (c.type != EntityType::place && c.type != EntityType::country)) return {};
    return dateline_after(c.tb, c.te) ? c.code : std::string_view();
  }
  // The South Asian and Gulf press's dateline: the place in capitals and a
  // colon ("ISLAMABAD: Chinese Foreign Minister Wang Yi arrived here",
  // "NEW DELHI: ...").
  bool dateline_colon_after(std::uint32_t tb, std::uint32_t te) const {
    return te < n_toks_ && is(te, ":") && all_upper_words(tb, te);
  }
  // Does a dateline's punctuation follow the place at [tb, te) (a dash, or
  // a colon after capitals)?
  bool dateline_after(std::uint32_t tb, std::uint32_t te) const {
    // ("WASHINGTON/BAGHDAD (Reuters) -", "VILNIUS/RIGA/TALLINN, April 5 -":
    // the other places of a story filed from several, after slashes.)
    while (te + 1 < n_toks_ && is(te, "/") && t_.toks[te + 1].is_word() && t_.toks[te + 1].upper()) {
      te += 2;
      while (te < n_toks_ && t_.toks[te].is_word() && t_.toks[te].upper()) ++te;
    }
    return dateline_dash_after(te) || dateline_colon_after(tb, te) || dated_dateline_after(tb, te);
  }
  // The South Asian papers' datelines: the place in capitals, its date, then
  // a colon or a full stop: "MALE, May 12: ...", "WASHINGTON, April 11
  // (APP): ...", "NEW DELHI, NOV. 28. The Chinese President ...". (The
  // date's number before the stop: not "PARIS, France. The ...".)
  bool dated_dateline_after(std::uint32_t tb, std::uint32_t te) const {
    // ("Addis Ababa January 11/2023 (ENA) Chinese Foreign Minister ...",
    // "Addis Ababa, February 17/2024 (ENA) The ...": a month and its day
    // after the place, then the agency in brackets.)
    if (const std::uint32_t m = te < n_toks_ && is(te, ",") ? te + 1 : te;
        m + 4 < n_toks_ && cap(m) && t_.toks[m + 1].kind == text::TokKind::number) {
      const std::uint32_t end = std::min<std::uint32_t>(std::uint32_t(n_toks_) - 2, m + 7);
      for (std::uint32_t k = m + 2; k < end; ++k)
        if (is(k, "(")) return t_.toks[k + 1].is_word() && t_.toks[k + 1].upper() && is(k + 2, ")");
    }
    if (te >= n_toks_ || !is(te, ",") || !all_upper_words(tb, te)) return false;
    const std::uint32_t end = std::min<std::uint32_t>(std::uint32_t(n_toks_), te + 9);
    bool number = false;
    for (std::uint32_t k = te + 1; k < end; ++k) {
      const text::Tok& t = t_.toks[k];
      if (is(k, ":")) return number;
      if (is(k, ".") && number && t_.toks[k - 1].kind == text::TokKind::number && k + 1 < n_toks_ &&
          sentence_of_token(k + 1) != sentence_of_token(k))
        return true;
      if (t.kind == text::TokKind::number) number = true;
      else if (!t.is_word() && !is(k, "(") && !is(k, ")") && !is(k, ".")) return false;
    }
    return false;
  }
  // Does a dateline's dash follow a place that ends at te: ",", "(" or the
  // dash right after it, and a dash within a dozen tokens ("BEIJING, Jan 4
  // (Reuters) -")?
  // ("KAMPALA. July 26 (Interfax) -", "MOSCOW, April 18. /TASS/. Russia
  // has ...": the Russian agencies' full stop after the place, and TASS's
  // name between slashes.)
  bool dateline_dash_after(std::uint32_t te) const {
    const std::uint32_t end = std::min<std::uint32_t>(std::uint32_t(n_toks_), te + 12);
    if (te >= end || !(is(te, ",") || is(te, "(") || dash(te) || (is(te, ".") && te > 0 && t_.toks[te - 1].upper())))
      return false;
    for (std::uint32_t k = te; k < end; ++k) {
      if (dash(k) && !(t_.toks[k].flags & text::kJoiner)) return true;
      if (is(k, "/") && k + 2 < end && t_.toks[k + 1].is_word() && t_.toks[k + 1].upper() && is(k + 2, "/")) return true;
    }
    return false;
  }
  // "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar ... The
  // three Gulf states pulled their diplomats out": a region's name in the
  // anaphor picks, from a longer list read before, the members of a group
  // that region names (groups.tsv: "Gulf Arab states"), when they are as
  // many as the anaphor says.
  void region_members(Cand& c, int count, const std::string_view (&lists)[kMaxCounted + 1][kMaxCounted],
                      const bool (&have)[kMaxCounted + 1]) {
    std::string_view region;
    for (std::uint32_t k = c.tb; k < c.te; ++k)
      if (cap(k) && t_.toks[k].is_word() && !number_word(k) && !is(k, "the") && !is(k, "both")) region = key(k);
    if (region.empty()) return;
    for (const lexicon::Group& g : lex_.groups) {
      const std::string folded = text::fold(g.name);
      if (folded.size() <= region.size() || folded.compare(0, region.size(), region) != 0 || folded[region.size()] != ' ')
        continue;
      for (int n = count + 1; n <= kMaxCounted; ++n) {
        if (!have[n]) continue;
        std::string_view picked[kMaxCounted];
        int got = 0;
        for (int q = 0; q < n; ++q)
          if (got < kMaxCounted && g.codes.find(lists[n][q]) != std::string::npos) picked[got++] = lists[n][q];
        if (got != count) continue;
        CandMore& m = more_of(c);
        for (int q = 0; q < count; ++q) m.codes[q] = picked[q];
        return;
      }
    }
  }

  void resolve_anaphors(std::vector<int>& order) {
    const std::string_view opening = opening_code(order);
    std::vector<std::string_view>& recent = scratch_.recent;  // distinct codes, most recent last
    recent.clear();
    std::string_view subject;              // the latest country not after a preposition
    std::uint32_t subject_sentence = 0;
    std::string_view location;             // the latest country after a preposition
    std::string_view site;                 // ... after "in" or "at", or a city's country
    std::uint32_t site_sentence = 0;
    std::uint32_t location_sentence = 0;
    std::pair<std::string_view, std::string_view> pair;  // last "X and Y" of two countries
    // The countries of the people named so far, with how often and where
    // last ("the two leaders": the two countries whose people the story
    // names most, of the people named in the last three sentences).
    std::vector<PersonCountry>& person_countries = scratch_.person_countries;
    person_countries.clear();
    std::unordered_map<std::string_view, std::uint32_t>& person_country_at = scratch_.person_country_at;
    person_country_at.clear();
    // The list of countries being read ("Argentina, Chile and Peru"), its
    // last kMaxCounted at most, and per length n (3 to kMaxCounted) the last
    // n of the latest list that long.
    std::string_view run[kMaxCounted], last_list[kMaxCounted + 1][kMaxCounted];
    std::size_t run_n = 0;
    bool have_list[kMaxCounted + 1] = {};
    const Cand* prev = nullptr;
    // The capital "the capital" means: one named as a place in this or the
    // last sentence; else the dateline's, unless the capital of another
    // country stood in those sentences ("Niamey, meanwhile, has been drawing
    // closer to Moscow ... held talks with Tiani in the capital" under a
    // PARIS dateline); else none.
    const bool dateline_capital = !opening.empty() && cands_[order.front()].type == EntityType::place &&
                                  eq(cands_[order.front()].kind, "capital");
    const bool dateline_city = dateline_capital || (!opening.empty() && cands_[order.front()].type == EntityType::place &&
                                                    town_kind(cands_[order.front()].kind));
    // (A reporter filing from a neighbour: "BEIRUT - Foreign envoys have
    // been returning to Damascus ... met al-Sharaa in the capital". The
    // first city of another country that the dateline's sentence names, or
    // country whose missions it names, when it names no city of the
    // dateline's own, is the story's capital.)
    std::string_view lead_capital;
    if (dateline_capital)
      for (int id : order) {
        const Cand& c = cands_[id];
        if (c.sentence != cands_[order.front()].sentence) break;
        // (Or a country whose missions the sentence names: "AMMAN - Five
        // Gulf Arab states said they were closing their embassies in Syria".)
        const bool missions_in = c.type == EntityType::country && c.form == CountryForm::name && c.tb >= 2 &&
                                 is(c.tb - 1, "in") && mission_word(c.tb - 2);
        if (id == order.front() || c.dropped || c.code.empty() ||
            !(missions_in || (c.type == EntityType::place && (eq(c.kind, "capital") || town_kind(c.kind)))))
          continue;
        if (same_code(c.code, opening)) {
          lead_capital = {};
          break;
        }
        if (lead_capital.empty()) lead_capital = c.code;
      }
    std::string_view last_capital, last_city;  // (a city: a capital or another city)
    std::uint32_t last_capital_sentence = 0, last_city_sentence = 0, other_capital_sentence = 0;
    bool any_other_capital = false;
    for (int id : order) {
      Cand& c = cands_[id];
      const bool capital_place = c.type == EntityType::place && eq(c.kind, "capital");
      if (c.type == EntityType::place && (capital_place || town_kind(c.kind)) && !c.code.empty() && !c.dropped) {
        last_city = c.code;
        last_city_sentence = c.sentence;
      }
      // (Not a region: "the offensive in the Gaza Strip".)
      if ((capital_place || (c.type == EntityType::place && town_kind(c.kind)) ||
           (c.type == EntityType::country && !c.anaphor && !c.plural)) &&
          !c.code.empty() && !c.dropped) {
        const int p = preposition_token(c);
        // ("suspended operations at its Tehran embassy ... and moved staff
        // out of the country": a city before a mission's noun is where the
        // mission is.)
        const bool mission_city = c.type == EntityType::place && c.te < n_toks_ && mission_word(c.te);
        if ((p >= 0 && (is(std::uint32_t(p), "in") || is(std::uint32_t(p), "at"))) || mission_city) {
          site = c.code;
          site_sentence = c.sentence;
        }
      }
      if ((capital_place || (c.type == EntityType::country && c.form == CountryForm::capital)) && !c.code.empty() && !c.dropped) {
        if (capital_place) {
          last_capital = c.code;
          last_capital_sentence = c.sentence;
        }
        if (!same_code(c.code, opening)) {
          any_other_capital = true;
          other_capital_sentence = c.sentence;
        }
      }
      // ("were also in the city": the dateline's city, else the city named
      // in this or the last sentence.)
      const bool city = c.anaphor && is(c.te - 1, "city");
      if (c.anaphor && c.code.empty() && more(c).group.empty() && !c.plural && (city || is(c.te - 1, "capital"))) {
        // (Unless the story names a city of another country just before:
        // "WASHINGTON - ... flew the remaining American diplomats out of
        // Khartoum ... flown out from an airstrip north of the city".)
        if (city && dateline_city &&
            !(!last_city.empty() && !same_code(last_city, opening) && c.sentence <= last_city_sentence + 3))
          c.code = opening;
        else if (city ? !last_city.empty() && c.sentence <= last_city_sentence + 1
                      : !last_capital.empty() && c.sentence <= last_capital_sentence + 1)
          c.code = city ? last_city : last_capital;
        else if (!city && dateline_capital && !(any_other_capital && c.sentence <= other_capital_sentence + 1))
          c.code = lead_capital.empty() ? opening : lead_capital;
        continue;
      }
      if (people_anaphor_ && c.type == EntityType::person && !c.dropped && !c.code.empty() && !c.anaphor) {
        const auto [at, added] = person_country_at.try_emplace(c.code, std::uint32_t(person_countries.size()));
        if (added) person_countries.push_back(PersonCountry{c.code});
        PersonCountry& pc = person_countries[at->second];
        ++pc.count;
        pc.sentence = c.sentence;
      }
      if (c.anaphor && c.plural && c.more != Cand::kNone && more(c).people) {
        // (Of the countries of people named in this sentence or the two
        // before, the two named most, the later first on a tie; none when
        // a third ties with the second.)
        const PersonCountry* best[3] = {nullptr, nullptr, nullptr};
        for (auto p = person_countries.rbegin(); p != person_countries.rend(); ++p) {
          if (p->sentence + 2 < c.sentence) continue;
          for (int q = 0; q < 3; ++q)
            if (!best[q] || p->count > best[q]->count) {
              for (int r = 2; r > q; --r) best[r] = best[r - 1];
              best[q] = &*p;
              break;
            }
        }
        if (best[1] && !(best[2] && best[2]->count == best[1]->count)) set_codes(c, best[0]->code, best[1]->code);
        prev = &c;
        continue;
      }
      // ("visiting the northern state of Chihuahua": a name after "of" says
      // which place it is; no country named before.)
      if (c.anaphor && c.code.empty() && !c.plural && c.te + 1 < se(c.sentence) && is(c.te, "of") && cap(c.te + 1) &&
          covered_[c.te + 1] < 0) {
        prev = &c;
        continue;
      }
      if (c.anaphor && c.code.empty() && more(c).group.empty()) {
        const lexicon::AnaphorKind* const kind = c.plural ? nullptr : anaphor_kind(c);
        const int count = c.plural ? says_count(c) : 0;
        const bool site_near = !site.empty() && c.sentence <= site_sentence + 1;  // (a city where someone is, just named)
        if (count > 0) {
          // "forcing the three countries to shut their embassies", "The four
          // governments had already shut their embassies in Belgrade"; no
          // list of that many ("the six states of the Gulf Cooperation
          // Council"), no countries.
          if (have_list[count] || (!more(c).list_only && recent.size() >= std::size_t(count))) {
            CandMore& m = more_of(c);
            for (int q = 0; q < count; ++q)
              m.codes[q] = have_list[count] ? last_list[count][q] : recent[recent.size() - std::size_t(count) + std::size_t(q)];
            m.n_codes = std::uint8_t(count);
            region_members(c, count, last_list, have_list);
          }
        } else if (c.plural) {
          if (!pair.first.empty()) set_codes(c, pair.first, pair.second);
          else if (recent.size() >= 2) set_codes(c, recent[recent.size() - 2], recent.back());
        } else if (kind && !(c.code = of_kind(*kind, c, opening, recent)).empty()) {
          // "arriving in the kingdom": a country of that kind (above).
        } else if (more(c).kind_only) {
          // ("the Kingdom" with no kingdom named: none.)
        } else if (after_departure(c) && !site.empty() && c.sentence <= site_sentence + 2) {
          // "the foreign embassies in Pyongyang ... the last Polish diplomats
          // had left the country": the country last named as where someone
          // is, by its name or a city's, "in" or "at" it (not "relations
          // with Taiwan").
          c.code = site;
        } else if ((after_preposition(c) || after_arrival(c)) && !location.empty() && c.sentence <= location_sentence + 2) {
          // "pulled its diplomats out of the country": a place, so the
          // country last named as a place ("France's embassy in Sudan").
          c.code = location;
        } else if ((after_preposition(c) || after_arrival(c)) && (site_near || !opening.empty())) {
          // With no country named as a place: the country of a city where
          // someone is, in this sentence or the last ("suspended operations
          // in Kyiv and moved its staff to the west of the country"); else
          // the dateline's ("NAIROBI - King Charles III and Queen Camilla
          // arrived in the country").
          c.code = site_near ? site : opening;
        } else if (!subject.empty() && c.sentence <= subject_sentence + 2) {
          c.code = subject;
        } else if (!recent.empty()) {
          c.code = recent.back();
        }
        // The runner-up: the most recent other country (of the anaphor's
        // kind, if it names one and one was named).
        for (int pass = kind ? 0 : 1; pass < 2 && !c.code.empty() && more(c).alt_code.empty(); ++pass)
          for (auto r = recent.rbegin(); r != recent.rend(); ++r)
            if (!same_code(*r, c.code) && (pass == 1 || kind->has(*r))) { more_of(c).alt_code = *r; break; }
      }
      if (c.type == EntityType::country && !c.code.empty()) {
        // (Not the last two of a longer list: "protecting power for the
        // United States, Canada and Australia ... Both countries pulled their
        // last diplomats out" are still the two named before.)
        if (prev && prev->type == EntityType::country && prev->te + 1 == c.tb && is(c.tb - 1, "and") &&
            !same_code(prev->code, c.code)) {
          const std::uint32_t pg = prev->tb > 0 && is(prev->tb - 1, "the") ? prev->tb - 1 : prev->tb;
          if (!(pg > 0 && is(pg - 1, ","))) pair = {prev->code, c.code};
        }
        // (a list goes on over "," and "and" between two countries, and an
        // article: "Saudi Arabia, the United Arab Emirates and Bahrain")
        const std::uint32_t g = c.tb > 0 && is(c.tb - 1, "the") ? c.tb - 1 : c.tb;
        const bool listed = prev && prev->type == EntityType::country && !c.anaphor && !c.plural &&
                            g >= prev->te + 1 && g <= prev->te + 2 && (is(g - 1, "and") || is(g - 1, ",")) &&
                            (g == prev->te + 1 || (is(prev->te, ",") && is(prev->te + 1, "and")));
        if (!listed) run_n = 0;
        if (!c.anaphor && !c.plural) {
          if (run_n == kMaxCounted) {
            std::copy(run + 1, run + kMaxCounted, run);
            run_n = kMaxCounted - 1;
          }
          run[run_n++] = c.code;
          for (std::size_t n = 3; n <= run_n; ++n) {
            std::copy(run + (run_n - n), run + run_n, last_list[n]);
            have_list[n] = true;
          }
        }
        if (recent.empty() || !same_code(recent.back(), c.code)) {  // (else already the most recent)
          // (Distinct codes: at most one is the same; it moves to the end.)
          auto it = std::find_if(recent.begin(), recent.end(), [&](std::string_view r) { return same_code(r, c.code); });
          if (it != recent.end()) {
            std::rotate(it, it + 1, recent.end());
            recent.back() = c.code;
          } else {
            // Only the last few distinct codes are ever read (the last two,
            // the runner-up, and for an anaphor of a kind, "the kingdom", the
            // latest of that kind among them), so a few are kept: a long
            // document's hundreds of countries would make this search grow
            // with it.
            if (recent.size() == kRecentCodes) recent.erase(recent.begin());
            recent.push_back(c.code);
          }
        }
        if (!c.plural && !after_preposition(c) && !speaker_possessor(c)) {
          subject = c.code;
          subject_sentence = c.sentence;
        } else if (!c.plural && !c.anaphor) {
          location = c.code;
          location_sentence = c.sentence;
        }
      }
      prev = &c;
    }
  }

  // ----- 8. entities -----
  void emit() {
    std::vector<int>& order = scratch_.order;
    order.clear();
    // By first token: a bit per token marks where a candidate starts (no
    // two start at the same token, as a rule: they cover distinct tokens),
    // and the bits are read in order. Should two share one, std::sort()
    // orders them as it always did.
    std::vector<int>& at = scratch_.by_token;  // (read only where a bit is set)
    std::vector<std::uint64_t>& starts = scratch_.starts;
    const std::size_t n = t_.toks.size();
    if (at.size() < n) at.resize(n);
    starts.assign((n + 63) / 64, 0);
    bool shared = false;
    for (std::size_t i = 0; i < cands_.size(); ++i) {
      const Cand& c = cands_[i];
      if (c.dropped) continue;
      if (c.tb >= n || (starts[c.tb / 64] >> (c.tb % 64) & 1)) {
        shared = true;
        break;
      }
      starts[c.tb / 64] |= std::uint64_t{1} << (c.tb % 64);
      at[c.tb] = int(i);
    }
    if (!shared) {
      for (std::size_t w = 0; w < starts.size(); ++w)
        for (std::uint64_t bits = starts[w]; bits != 0; bits &= bits - 1)
          order.push_back(at[w * 64 + lowest_bit(bits)]);
    } else {
      for (std::size_t i = 0; i < cands_.size(); ++i)
        if (!cands_[i].dropped) order.push_back(int(i));
      std::sort(order.begin(), order.end(), [&](int x, int y) { return cands_[x].tb < cands_[y].tb; });
    }
    former_states(order);
    resolve_anaphors(order);
    a_.mentions.clear();
    reserve_huge(a_.mentions, order.size());
    // Room for the joined codes of the plural anaphors up front: the
    // mentions view this buffer, so it must not move while it fills.
    std::vector<char>& joined = a_.joined_codes;
    joined.clear();
    {
      std::size_t bytes = 0;
      for (int id : order) {
        const Cand& c = cands_[id];
        const CandMore& cm = more(c);
        if (cm.group.empty() && c.plural && cm.n_codes > 1)
          for (std::uint8_t q = 0; q < cm.n_codes; ++q) bytes += cm.codes[q].size() + 1;
      }
      joined.reserve(bytes);
    }
    reserve_huge(doc_.entities, doc_.entities.size() + order.size());
    a_.mention_of.assign(t_.toks.size(), -1);
    clusters_.start(order.size());
    for (int id : order) {
      const Cand& c = cands_[id];
      if (c.title_only && !c.listed && c.code.empty()) continue;  // a bare title: nothing to say
      const int prep = preposition_before(c, a_.mentions);  // (reads the mentions before this one)
      const int mi = int(a_.mentions.size());
      Mention& m = a_.mentions.emplace_back();  // (reserved: stays in place)
      m.tb = c.tb;
      m.te = c.te;
      m.sentence = c.sentence;
      m.type = c.type;
      m.form = c.form;
      m.anaphor = c.anaphor;
      m.plural_anaphor = c.plural;
      m.people = c.anaphor && more(c).people;
      m.title_only = c.title_only;
      m.np_tb = c.np_tb == ~0u ? c.tb : c.np_tb;
      {
        // ("a former ...", "ex-President ...": data/lexicon/former-words.txt)
        const std::uint32_t first = std::min(m.np_tb, m.tb);
        m.former = first > 0 && (in(kFormerWords, first - 1) ||
                                 (first > 1 && (t_.toks[first - 1].flags & text::kJoiner) && in(kFormerWords, first - 2)));
      }
      if (c.type == EntityType::person)
        for (std::uint32_t k = std::min(m.np_tb, m.tb); k < m.te && !m.gender; ++k)
          m.gender = (masks_[k] & bits_[kFemaleNames]) ? 'f' : (masks_[k] & bits_[kMaleNames]) ? 'm' : 0;
      m.international = c.type == EntityType::organization && eq(c.kind, "international");
      if (m.international) m.seat = lex_.seat_of(c.name);
      m.business = c.type == EntityType::organization && (eq(c.kind, "company") || eq(c.kind, "news"));
      m.non_state = m.business || (c.type == EntityType::organization &&
                                   (eq(c.kind, "party") || eq(c.kind, "armed-group") || eq(c.kind, "ngo")));
      m.prep_token = prep;
      m.object_of_preposition = prep >= 0;
      const CandMore& cm = more(c);
      if (!cm.group.empty()) {
        m.code = cm.group;
      } else if (c.plural) {
        if (cm.n_codes == 1) {
          m.code = cm.codes[0];
        } else if (cm.n_codes > 1) {
          const std::size_t at = joined.size();  // (reserved above: no reallocation)
          for (std::uint8_t q = 0; q < cm.n_codes; ++q) {
            if (q > 0) joined.push_back(' ');
            joined.insert(joined.end(), cm.codes[q].begin(), cm.codes[q].end());
          }
          m.code = std::string_view(joined.data() + at, joined.size() - at);
        }
      } else {
        m.code = c.code;
      }
      m.alt_code = cm.alt_code;
      const bool list = !c.title_only && (c.listed || (c.anaphor && anaphor_entities_)) &&
                        (c.type != EntityType::place || place_entities_) && !(c.anaphor && c.code.empty());
      if (list) m.entity = add_entity(c);
      for (std::uint32_t k = c.tb; k < c.te; ++k) a_.mention_of[k] = mi;
    }
    genders_of_family_names();
    find_dateline();
  }

  // "Margaret Thatcher ... Thatcher": a person named by a family name alone
  // has the gender of the last person named in full with that last word
  // (among the 64 people named before).
  void genders_of_family_names() {
    std::vector<Mention>& ms = a_.mentions;
    std::vector<std::uint32_t>& people = scratch_.people;
    people.clear();
    for (std::uint32_t i = 0; i < ms.size(); ++i) {
      Mention& m = ms[i];
      if (m.type != EntityType::person || m.title_only) continue;
      if (!m.gender && m.te > m.tb)
        for (std::size_t q = people.size(); q-- > 0 && q + 64 >= people.size();) {
          const Mention& p = ms[people[q]];
          if (p.gender && p.te > p.tb && key(p.te - 1) == key(m.te - 1)) {
            m.gender = p.gender;
            break;
          }
        }
      people.push_back(i);
    }
  }

  // "Moscow" in a story of 1986 is the Soviet Union's: places, capitals
  // standing for their government, organizations and officials of a
  // successor state take the former state's code before the successor's
  // date (data/countries/successions.tsv). Names and demonyms keep the
  // state they name ("Russia", "Serbian").
  void former_states(const std::vector<int>& order) {
    if (doc_.date.empty() || lex_.successions.empty() || doc_.date >= lex_.latest_succession()) return;
    for (int id : order) {
      Cand& c = cands_[id];
      const bool by_place = c.type == EntityType::place || (c.type == EntityType::country && c.form == CountryForm::capital);
      if (by_place || c.type == EntityType::organization || c.type == EntityType::person) c.code = lex_.code_on(c.code, doc_.date);
    }
  }

  // The entity of a candidate; returns its index in doc_.entities.
  int add_entity(const Cand& c) {
    const int index = int(doc_.entities.size());
    Entity& e = doc_.entities.emplace_back();
    // (The strings of a new Entity are empty: append() fills them with
    // fewer steps than assignment, and empty views are skipped.)
    char id[24] = "ent-";
    append_id(e.id, std::string_view(id, std::size_t(std::to_chars(id + 4, id + sizeof id, index + 1).ptr - id)));
    e.type = c.type;
    e.span = Span{t_.toks[c.tb].begin, t_.toks[c.te - 1].end};
    e.sentence = c.sentence;
    const std::string_view text = doc_.slice(e.span);
    e.text.append(text);
    e.form = c.type == EntityType::country ? c.form : CountryForm::none;
    e.name.append(c.name.empty() ? text : c.name);
    std::string& code = c.type == EntityType::country || c.type == EntityType::place ? e.code : e.country;
    if (!c.code.empty()) append_code(code, c.code);
    if (c.title != Cand::kNone) e.title.append(lex_.titles[c.title].text);
    if (!c.kind.empty()) e.kind.append(c.kind);
    // Identity: the type, then the code (countries) or the folded name.
    std::string& key = clusters_.key();
    key += char('0' + int(e.type));
    if (e.type == EntityType::country) {
      key += e.code;
    } else {
      text::fold(e.name, key);
      // ("foreign ministry" of Japan and of India: two bodies.)
      if (e.type == EntityType::organization) key.append(1, '\t').append(e.country);
    }
    const int first = clusters_.first(index);
    append_id(e.cluster, first == index ? e.id : doc_.entities[first].id);
    return index;
  }

  // Are tokens [from, to) all words in capitals ("NUSA DUA")?
  bool all_upper_words(std::uint32_t from, std::uint32_t to) const {
    // (A hyphen that joins a compound's words is no word: "AL-ULA:".)
    for (std::uint32_t k = from; k < to; ++k)
      if (!(t_.toks[k].flags & text::kJoiner) && (!t_.toks[k].is_word() || !t_.toks[k].upper())) return false;
    return from < to;
  }

  // "BEIJING, Jan 4 (Reuters) - ...": a place or country that opens the
  // text, or one of its first lines after a headline and bullets ("UPDATE
  // 2-China's Wang Yi in Pretoria\n* ...\nPRETORIA, Jan 7 (Reuters) -"),
  // followed within a dozen tokens by a dash, names where the story was filed.
  void find_dateline() {
    a_.dateline = -1;
    a_.datelines.clear();
    if (a_.mentions.empty() || a_.sentences.empty()) return;
    find_first_dateline();
    // Later items' datelines: a place in capitals that opens its sentence
    // or its line, then the dash ("RIYADH - Syria's interim president
    // ...", "BRIEFLY\nPANAMA CITY - ...").
    for (std::size_t mi = 0; mi < a_.mentions.size(); ++mi) {
      const Mention& m = a_.mentions[mi];
      if (int(mi) != a_.dateline && (m.code.empty() || (m.type != EntityType::place && m.type != EntityType::country))) continue;
      const std::uint32_t b = sb(m.sentence);
      if (int(mi) != a_.dateline && (!(m.tb == b || line_start(m.tb) || after_diary_day(m.tb)) ||
                                     !all_upper_words(m.tb, m.te) || !dateline_after(m.tb, m.te)) &&
          !item_label(m))
        continue;
      a_.datelines.emplace_back(m.sentence, int(mi));
    }
    if (a_.dateline < 0 && !a_.datelines.empty()) a_.dateline = a_.datelines.front().second;
  }

  // "• Hanoi: Donald Trump and Kim Jong Un sit down ...", "- Niamey: ...",
  // "Canberra/New Delhi: ...": a digest's item that opens its line (after a
  // bullet or not) with a place and a colon is filed from that place, as a
  // dateline says.
  bool item_label(const Mention& m) const {
    if (m.code.empty() || m.anaphor || (m.type != EntityType::place && m.type != EntityType::country)) return false;
    // (A city: a country's name there labels a list's item, "Britain:
    // Charles, Prince of Wales", or a digest's topic, "- NEPAL: ...".)
    if (m.type == EntityType::country && m.form != CountryForm::capital) return false;
    const bool opens = line_start(m.tb) ||
                       (m.tb > 0 && line_start(m.tb - 1) && text::bullet_at(doc_.text, t_.toks[m.tb - 1].begin));
    if (!opens) return false;
    std::uint32_t te = m.te;
    // (Other places after slashes: "Canberra/New Delhi:".)
    while (te + 1 < n_toks_ && is(te, "/") && a_.mention_of[te + 1] >= 0) te = a_.mentions[a_.mention_of[te + 1]].te;
    return te < n_toks_ && is(te, ":");
  }

  // A diary's line: "SATURDAY — HANOI — U.S. Secretary of State Hillary
  // Clinton ...": is token k right after a weekday in capitals that opens
  // its line and a dash?
  bool after_diary_day(std::uint32_t k) const {
    if (k < 2 || !t_.dash(k - 1) || !line_start(k - 2) || !t_.toks[k - 2].upper()) return false;
    static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (const std::string_view d : kDays)
      if (key(k - 2) == d) return true;
    return false;
  }
  // Does token k open a line of the text?
  bool line_start(std::uint32_t k) const {
    const std::uint32_t at = t_.toks[k].begin;
    return at > 0 && doc_.text[at - 1] == '\n';
  }

  void find_first_dateline() {
    constexpr std::uint32_t kLines = 5;  // (the headline, a few bullets)
    std::size_t mi = 0;
    for (std::uint32_t s = 0; s < a_.sentences.size() && s < kLines; ++s) {
      const std::uint32_t b = sb(s);
      while (mi < a_.mentions.size() && a_.mentions[mi].tb < b) ++mi;
      if (mi == a_.mentions.size()) return;
      const Mention& m = a_.mentions[mi];
      // ("NUSA DUA, Indonesia, Nov 14 (Reuters) -": a town not in the
      // tables, in capitals, then its country; "THURMONT, Maryland (AP) -",
      // then its region.)
      const bool country_after_town = (m.type == EntityType::country || m.type == EntityType::place) && m.tb > b + 1 &&
                                      m.tb < b + 5 && is(m.tb - 1, ",") && all_upper_words(b, m.tb - 1);
      if ((m.tb != b && !country_after_town) || (s > 0 && !t_.toks[b].upper())) continue;
      // ("UNITED NATIONS, Sept 19 -": an international body with a seat
      // files from its seat.)
      const bool body = m.type == EntityType::organization && !m.seat.empty() && all_upper_words(m.tb, m.te);
      if (!body && (m.code.empty() || (m.type != EntityType::place && m.type != EntityType::country))) continue;
      if (dateline_after(m.tb, m.te)) {
        a_.dateline = int(mi);
        return;
      }
    }
  }

 public:
  bool anaphor_entities_ = false;
  bool place_entities_ = true;
  bool korea_context_ = false;
  bool people_anaphor_ = false;  // "the two leaders" somewhere (anaphors())

  void run_all() {
    reserve_huge(covered_, t_.toks.size());
    covered_.assign(t_.toks.size(), -1);
    shouting_.assign(a_.sentences.size(), false);
    a_.title_case.assign(a_.sentences.size(), false);
    any_title_case_ = false;
    // (Passes that read and write only their own sentence go together, one
    // sentence after the other: a long document's tokens are then read
    // from memory once for them, not once each.)
    for (std::uint32_t s = 0; s < a_.sentences.size(); ++s) {
      shouting_[s] = all_caps(s);
      if (!shouting_[s] && title_cased(s)) a_.title_case[s] = any_title_case_ = true;
      gazetteer(s);
    }
    national_bodies();
    dateline_credit();
    personal_names_that_are_countries();
    titles();
    given_names_of_known_people();
    collect_titled_family_names();
    extend_known_organizations();
    for (std::uint32_t s = 0; s < a_.sentences.size(); ++s)
      if (!shouting_[s]) {
        organizations(s);
        leading_heads(s);
        classified_organizations(s);
        institutions(s);
      }
    lower_case_ministries();
    acronyms();
    head_references();
    lower_case_people();
    for (std::uint32_t s = 0; s < a_.sentences.size(); ++s)
      if (!shouting_[s]) {
        names(s);
        name_lists(s);
      }
    disambiguate();
    places_of_countries();
    places_in_us_states();
    elided_compass_countries();
    register_people();  // (also sets korea_context_)
    repeated_names();
    for (std::uint32_t s = 0; s < a_.sentences.size(); ++s) {
      surnames(s);
      anaphors(s);
    }
    suffix_dots();
    emit();
  }

  // "Prime Minister Muhammad Shehbaz Sharif", "Mohammad Ishaq Dar": a given
  // name (given-names.txt) right before a person of the tables is part of
  // the name, not a person of its own (after a title, titles() took it for
  // one: the title goes to the whole name).
  void given_names_of_known_people() {
    for (std::size_t pi = 0, n = cands_.size(); pi < n; ++pi) {
      Cand& p = cands_[pi];
      if (p.dropped || p.type != EntityType::person || p.title_only || p.tb <= sb(p.sentence)) continue;
      const std::uint32_t k = p.tb - 1;
      if (!cap(k) || t_.toks[k].upper() || !in(kGivenNames, k)) continue;
      if (const int q = covered_[k]; q >= 0) {
        const Cand& one = cands_[q];
        if (one.type != EntityType::person || one.title_only || one.tb != k || one.te != p.tb) continue;
        if (p.title == Cand::kNone) {
          p.title = one.title;
          p.np_tb = one.np_tb;
        }
        remove(q);
      }
      p.tb = k;
      covered_[k] = int(pi);
    }
  }

  // "Ambassador Thomas J. Watson Jr. from Moscow": a person's generational
  // suffix (name-suffixes.txt) in short keeps its dot (the tokenizer splits
  // it off, as it does a full stop); a Roman numeral does not ("Queen
  // Elizabeth II." ends a sentence).
  void suffix_dots() {
    for (Cand& c : cands_) {
      if (c.dropped || c.type != EntityType::person || c.te >= n_toks_ || c.te >= se(c.sentence) ||
          !short_suffix(c.te - 1) || !is(c.te, ".") ||
          t_.toks[c.te].begin != t_.toks[c.te - 1].end || covered_[c.te] >= 0)
        continue;
      covered_[c.te] = covered_[c.te - 1];
      ++c.te;
    }
  }

 private:
  const lexicon::Lexicon& lex_;
  Document& doc_;
  Analysis& a_;
  const text::Tokens& t_;
  const AmbiguityWords& amb_;
  const CueIds& cue_ids_;
  Scratch& scratch_;
  const std::size_t n_toks_ = t_.toks.size();  // (the tokens do not change during a Run)
  std::uint64_t bits_[kListCount] = {};
  // (The containers are the calling thread's scratch: see Scratch.)
  std::vector<Cand>& cands_ = scratch_.cands;
  std::vector<CandMore>& more_ = scratch_.more;
  std::vector<int>& covered_ = scratch_.covered;
  std::vector<bool>& shouting_ = scratch_.shouting;
  bool any_title_case_ = false;  // (a_.title_case has a sentence set)
  mutable std::size_t last_sentence_of_ = 0;  // sentence_of_token()'s last answer
  // acronyms(): an acronym a bracket defined over another body of the
  // tables, and the token of its first definition.
  std::unordered_map<std::string_view, std::uint32_t> redefined_;
  std::unordered_map<const lexicon::Ambiguity*, bool>& document_cues_ = scratch_.document_cues;
  std::vector<std::uint64_t>& masks_ = scratch_.masks;
  std::vector<std::uint64_t>& caps_lists_ = scratch_.caps_lists;  // per sentence: the lists of its capitalised words
  std::vector<std::uint32_t>& caps_ = scratch_.caps;          // the capitalised words (cap()), ascending
  std::vector<std::uint32_t>& articles_ = scratch_.articles;  // the tokens "the", "both" and "each", ascending
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& caps_by_sentence_ = scratch_.caps_by_sentence;  // see sentence_ranges()
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& articles_by_sentence_ = scratch_.articles_by_sentence;
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& best_ = scratch_.best;
  WordMap& people_by_part_ = scratch_.people_by_part;  // folded name part -> candidate
  WordMap& titled_family_names_ = scratch_.titled_family_names;  // (-> 0)
  Clusters& clusters_ = scratch_.clusters;
  std::string& folded_ = scratch_.folded;  // disambiguate(): the words of a candidate
  std::vector<std::pair<std::uint32_t, std::uint32_t>>& list_names_ = scratch_.list_names;  // name_lists(): unknown names
  std::vector<std::uint32_t>& list_starts_ = scratch_.list_starts;        // name_lists(): where a list may start
  std::vector<std::uint32_t>& lower_case_people_ = scratch_.lower_case_people;  // see lower_case_people()
};

}  // namespace

Recognizer::Recognizer(const lexicon::Lexicon& lex, bool anaphor_entities, bool place_entities)
    : lex_(lex), anaphor_entities(anaphor_entities), place_entities(place_entities) {
  for (int l = 0; l < kListCount; ++l) list_bits_.push_back(lex.list_bit(kListNames[l]));
  const lexicon::Vocabulary& vocab = *lex.vocabulary();
  // The words to look up: the first word of each ambiguous alias, then the
  // words of every cue. (One call of Vocabulary::find() in this file
  // besides PhraseIndex::ids(): more keep GCC from inlining it there, into
  // the loop over every token.)
  std::vector<std::string_view> words;
  for (const auto& [alias, ambiguity] : lex.ambiguities) words.push_back(std::string_view(alias).substr(0, alias.find(' ')));
  const std::size_t n_first = words.size();
  for (const auto& [alias, ambiguity] : lex.ambiguities)
    for (const auto& cue : ambiguity.cues) words.insert(words.end(), cue.begin(), cue.end());
  std::vector<std::uint32_t> ids(words.size());
  for (std::size_t k = 0; k < words.size(); ++k) ids[k] = vocab.find(words[k]);
  std::size_t next = n_first;
  for (const auto& [alias, ambiguity] : lex.ambiguities) {
    auto& cues = cue_ids_[&ambiguity];
    for (const auto& cue : ambiguity.cues) {
      std::vector<std::uint32_t> cue_ids;
      bool usable = !cue.empty();
      for (const std::string& w : cue) {
        const std::uint32_t id = ids[next++];
        // (A joining hyphen is one character that is no letter or digit.)
        const bool alnum = std::any_of(w.begin(), w.end(), [](char ch) {
          return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        });
        usable = usable && alnum;
        cue_ids.push_back(id);
      }
      if (!usable) cue_ids.clear();
      cues.push_back(std::move(cue_ids));
    }
  }
  for (std::size_t k = 0; k < n_first; ++k) {
    const std::uint32_t id = ids[k];
    if (id == lexicon::Vocabulary::kNone) {
      ambiguity_words_.any_first_word = true;  // (a word no token id can name: no shortcut)
      continue;
    }
    if (id >= ambiguity_words_.first_words.size()) ambiguity_words_.first_words.resize(id + 1, false);
    ambiguity_words_.first_words[id] = true;
  }
}

namespace {
// The scratch is about 64 KB for a news story, some 50 bytes a token:
// always kept up to 4 MB, up to 24 MB (a 2 MB document's) by two threads
// at a time (text/memory.hpp).
text::KeepPolicy scratch_policy(std::size_t{4} << 20, std::size_t{24} << 20, 2);
}  // namespace

void Recognizer::run(Document& doc, Analysis& a) const {
  thread_local Scratch scratch;
  thread_local text::KeepPolicy::Thread keep(scratch_policy);
  if (keep.release_before(scratch.bytes(), a.tokens.toks.size() * 64)) scratch = Scratch();
  {
    Run r(lex_, list_bits_, ambiguity_words_, cue_ids_, doc, a, scratch);
    r.anaphor_entities_ = anaphor_entities;
    r.place_entities_ = place_entities;
    r.run_all();
  }
  if (keep.release_after(scratch.bytes())) scratch = Scratch();
}

}  // namespace attache::entities
