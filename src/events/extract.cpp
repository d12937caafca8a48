#include "events/extract.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "text/memory.hpp"
#include "text/segment.hpp"

namespace attache::events {

using lexicon::eq;  // a string view against a literal, inline
namespace {

using entities::Mention;

struct Filler {
  std::string_view code;            // a mention's code (or one of a plural anaphor's codes)
  int mention = -1;                 // index into Analysis::mentions, or -1 for a pronoun
  std::uint32_t tb = 0, te = 0;     // the words that fill the role
};

struct Hit {
  std::uint32_t tb, te;
  ListMask lists;
};

// Tokens [tb, te) whose text an event may need: made a string only when
// the event is recorded.
struct TokRange {
  std::uint32_t tb = 0, te = 0;
  bool empty() const { return te <= tb; }
};

// The last event's type, place and polarity (see "followed by a" in
// roles_for()).
struct Leg {
  const EventType* type = nullptr;
  std::uint32_t s = 0, te = 0;
  Polarity pol = Polarity::asserted;
};

// An event as found: finish() makes the Event of each one output.
struct Found {
  const Rule* rule = nullptr;
  const EventType* type = nullptr;
  std::uint32_t sentence = 0;
  Span trigger;
  Polarity polarity = Polarity::asserted;
  std::string polarity_cue;
  // (Its time is looked up when the event is output: the time nearest its
  // trigger in its sentence.)
  std::size_t args = 0, values = 0;  // its arguments in found_args_ (one per role of its type), values in found_values_
  std::vector<attache::Mention> mentions;
};

// Event keys -> an index, by open addressing over the keys themselves:
// once warm, recording a key allocates nothing.
class KeyIndex {
 public:
  void clear() {
    for (std::size_t i = 0; i < n_; ++i) slots_[slot_of_[i]] = 0;
    n_ = 0;
  }
  // The index recorded for key, or npos.
  std::size_t find(std::string_view key) const {
    if (slots_.empty()) return npos;
    for (std::size_t i = first_slot(key);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == 0) return npos;
      if (keys_[slots_[i] - 1] == key) return values_[slots_[i] - 1];
    }
  }
  // Records a key that find() does not know.
  void insert(std::string_view key, std::size_t value) {
    if (2 * (n_ + 1) > slots_.size()) grow();
    if (keys_.size() == n_) {
      keys_.emplace_back();
      values_.emplace_back();
      slot_of_.emplace_back();
    }
    keys_[n_].assign(key);
    values_[n_] = value;
    std::size_t i = first_slot(key);
    while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = std::uint32_t(n_ + 1);
    slot_of_[n_] = std::uint32_t(i);
    ++n_;
  }
  static constexpr std::size_t npos = ~std::size_t(0);

 private:
  std::size_t first_slot(std::string_view key) const { return hash(key) & (slots_.size() - 1); }
  // A key is a type name and a few codes ("closure|US|RU"): eight bytes at
  // a time, multiplied and folded (cheaper than std::hash for such keys).
  static std::size_t hash(std::string_view key) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
    std::size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
      std::uint64_t x;
      std::memcpy(&x, key.data() + i, 8);
      h = (h ^ x) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    std::uint64_t x = 0;
    std::memcpy(&x, key.data() + i, key.size() - i);
    h = (h ^ x) * 0xC4CEB9FE1A85EC53ull;
    return std::size_t(h ^ (h >> 29));
  }
  void grow() {
    slots_.assign(slots_.empty() ? 16 : 2 * slots_.size(), 0);
    for (std::size_t k = 0; k < n_; ++k) {
      std::size_t i = first_slot(keys_[k]);
      while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = std::uint32_t(k + 1);
      slot_of_[k] = std::uint32_t(i);
    }
  }
  std::vector<std::string> keys_;  // [0, n_) recorded; the strings after keep their capacity for reuse
  std::vector<std::size_t> values_;
  std::vector<std::uint32_t> slot_of_;  // per key: its slot
  std::vector<std::uint32_t> slots_;    // 1 + index in keys_, or 0 for none
  std::size_t n_ = 0;
};

// The fillers of the latest event of one type, per role (for previous()).
struct Last {
  int event = -1;
  int role = -1;  // a role name's number (RoleSpec::name)
  std::uint32_t sentence = 0;
  std::vector<Filler> fillers;
};

// What a rule found in the lead of a list, when a role it requires was
// missing: "Who has visited Kyiv since the invasion?" has a host and no
// visitor. The lines of the list after it take it (lead()).
struct Lead {
  int event = -1;
  int role = -1;  // a role name's number (RoleSpec::name)
  std::uint32_t sentence = 0;
  Polarity pol = Polarity::asserted;
  std::vector<Filler> fillers;
};

// The fillers of one role: a run of them in a vector of all roles' fillers.
struct RoleFill {
  int role;  // the role name's number (RoleSpec::name)
  std::size_t begin, end;
};

// The filler and code of one role of an event.
struct Arg {
  const Filler* filler = nullptr;  // in the scratch fillers, or null for no filler
  Filler filler_copy;              // the same, kept once the event is recorded
  std::string_view code;           // its code, or the runner-up of an anaphor
};

// What Doc works with, kept by each thread from one document to the next
// so that their buffers are allocated once, not per document.
struct Workspace {
  std::vector<std::vector<Hit>> hits;
  std::vector<std::uint32_t> hits_upto;  // per sentence: see Doc::hits()
  std::vector<ListMask> hit_lists;  // per sentence: the lists of its hits found so far
  std::vector<Found> found;
  KeyIndex merged;
  std::vector<Last> last;
  std::vector<Lead> leads;
  // Per sentence (see mark_lists()): a list line opens within three
  // sentences after it; the first sentence of the list it is on, and the
  // one that opens its line (~0u: none; a sentence opens a list line when
  // it is its own line's).
  std::vector<char> lead_soon;
  std::vector<std::uint32_t> list_first, line_item;
  std::vector<std::uint32_t> item_start;  // per sentence that opens a list line: its first token after the bullet
                                          // (the label's first, on a line labelled with countries)
  // Scratch of roles_for(): the fillers of its roles, back to back, and
  // which role each run of them fills; plain-value roles: (role, value).
  std::vector<Filler> fillers;
  std::vector<RoleFill> fills;
  std::vector<std::pair<int, TokRange>> values;  // (role name's number, the cue whose singular_into() is the value)
  std::vector<char> req;                // per fill: of a required role
  std::vector<std::size_t> idx;         // per fill: the filler of the current tuple
  std::vector<const Filler*> chosen;    // the required fillers of the current tuple
  std::vector<std::string_view> distinct;
  std::vector<Arg> args;                // per role of the event type
  std::vector<Arg> found_args;          // per found event: one per role of its type
  std::vector<std::string> found_values;  // per found event: one per plain value of its type
  std::string key, merge_key;
  // Scratch of apply(): copies, because a finder may extend the sentence's
  // hits, and a pointer into them would not survive it.
  std::vector<Hit> cues;
  std::vector<Hit> excluding;            // the exclusions found near a trigger (apply())
  std::vector<std::uint32_t> line_starts;  // the byte offsets that open a line, once a document asks
  std::vector<Filler> subjects;          // the meeting's subject, for dateline(A: W... @words)
  std::vector<Span> time_spans;         // of one sentence
  std::vector<TimeExpr> times;          // per span: its text and value, once chosen
  std::vector<char> times_normalized;
  std::vector<char> told;               // per found event: a visit told before (drop_told_visits())
  std::vector<std::uint32_t> trigger_ids, phrase_ids;  // vocabulary ids of every token, per index
  std::vector<std::uint32_t> gap_ids;  // a trigger's first word and the words after its gap (sentence())
  // The fillers a rule's finder found at one anchor, for the next time it
  // asks (find_once()): a trigger with several cues asks its subject
  // finder once per cue, and the triggers after a cue ask that cue's
  // finders again ("the embassy in Lagos and the consulate in Abuja were
  // closed, and the mission in Accra was shut"). Direct-mapped, a slot per
  // hash, holding up to three fillers; an entry of an older document never
  // matches (its generation).
  struct FindMemo {
    const Finder* f = nullptr;
    std::uint32_t s = 0, tb = 0, te = 0;
    std::uint32_t generation = 0;  // 0: empty
    std::uint16_t accept = 0;
    std::uint8_t n = 0;
    Filler fillers[3];
  };
  std::vector<FindMemo> memo;
  std::uint32_t memo_generation = 0;
  // Starts a new generation: every memo entry is stale.
  void new_memo_generation() {
    if (memo.empty()) memo.resize(512);
    if (++memo_generation == 0) {  // (after 2^32 documents: clear the old tags)
      for (FindMemo& m : memo) m.generation = 0;
      memo_generation = 1;
    }
  }
};

class Doc {
 public:
  Doc(const RuleSet& rules, const lexicon::Lexicon& lex, Document& doc, const entities::Analysis& a,
      const TimeFinder& time, const Date& date, const WordLists& words, Workspace& w)
      : rules_(rules), lex_(lex), doc_(doc), a_(a), t_(a.tokens), n_toks_(a.tokens.toks.size()), time_(time), date_(date),
        words_(words), hits_(w.hits), hits_upto_(w.hits_upto), hit_lists_(w.hit_lists),
        found_(w.found), merged_(w.merged), last_(w.last), leads_(w.leads), list_first_(w.list_first), line_item_(w.line_item), item_start_(w.item_start),
        lead_soon_(w.lead_soon), fillers_(w.fillers), fills_(w.fills), values_(w.values),
        req_(w.req), idx_(w.idx), chosen_(w.chosen), distinct_(w.distinct), args_(w.args), found_args_(w.found_args),
        found_values_(w.found_values), key_(w.key), merge_key_(w.merge_key), cues_(w.cues), time_spans_(w.time_spans), times_(w.times),
        times_normalized_(w.times_normalized), trigger_ids_(w.trigger_ids), phrase_ids_(w.phrase_ids), gap_ids_(w.gap_ids), w_(w) {
    // (The scratch of roles_for() and apply() is cleared where it is used.)
    found_.clear();
    merged_.clear();
    // (last_ keeps its entries, and their fillers' buffers, from the
    // document before: only the first n_last_ are this document's.)
    found_args_.clear();
    found_values_.clear();
    trigger_ids_.clear();
    phrase_ids_.clear();
    w.new_memo_generation();  // (the fillers view this document's mentions)
  }

  void run(bool include_unasserted) {
    if (hits_.size() < a_.sentences.size()) hits_.resize(a_.sentences.size());
    hits_upto_.assign(a_.sentences.size(), kUntouched);
    hit_lists_.assign(a_.sentences.size(), ListMask{});
    mark_lists();
    for (std::uint32_t s = 0; s < a_.sentences.size(); ++s) sentence(s);
    finish(include_unasserted);
  }

 private:
  // ----- helpers -----
  std::string_view key(std::size_t i) const { return t_.key(i); }
  // Does a phrase of `list` end right before token k, or at most `words`
  // words or numbers (and nothing else) before it? "led by (Politburo member) X",
  // "outside the Russian embassy", "the visiting premier".
  bool phrase_before(std::uint32_t s, int list, std::uint32_t k, std::uint32_t words) {
    const std::uint32_t b = sb(s), reach = words + rules_.phrases().longest();
    if (list < 0 || k <= b || !may_hit(s, list, k)) return false;
    for (const Hit& h : hits_in(s, k >= b + reach ? k - reach : b, k)) {
      if (!h.lists.has(list) || h.te > k || h.te + words < k) continue;
      bool only_words = true;
      for (std::uint32_t q = h.te; q < k && only_words; ++q) only_words = t_.toks[q].is_word();
      if (only_words) return true;
    }
    return false;
  }
  // "led by (Politburo member) X": a phrase of the event type's leader-by
  // list ends at token k or at most three words (a title) before it.
  bool led_by(std::uint32_t s, std::uint32_t k) { return phrase_before(s, type_->leader_by_list, k, 3); }
  // The last token of the nearest phrase of the event type's subject-stops
  // list that ends at or before token `upto` (and at or after `lo`), or -1.
  std::int64_t last_subject_stop(std::uint32_t s, std::uint32_t lo, std::uint32_t upto) {
    const int list = type_->subject_stops_list;
    if (list < 0 || upto < lo || !may_hit(s, list, upto + 1)) return -1;
    std::int64_t last = -1;
    for (const Hit& h : hits_in(s, lo, upto + 1))
      if (h.lists.has(list) && h.te <= upto + 1) last = std::max<std::int64_t>(last, h.te - 1);
    return last;
  }
  // Whether the country named at token k (k >= 2) is one that people
  // leave: right after a verb of departure-verbs.txt ("left North Korea",
  // "fled Sudan"), or "from" one ("evacuated from Haiti"), or "out of"
  // ("pulled out of Niger").
  bool left_country_at(std::uint32_t k) const {
    if (in(words_.departure_verbs, k - 1)) return true;
    if (is(k - 1, "of")) return is(k - 2, "out");
    return is(k - 1, "from") && in(words_.departure_verbs, k - 2);
  }

  // Is the one who leaves the country at k the dateline's own country,
  // named shortly before it? ("BAGHDAD - ... he saw no sign Iraq was ready
  // to leave Kuwait": Iraq leaves, the story stays in Baghdad.)
  bool home_leaves(std::uint32_t k, std::string_view home) const {
    if (home.empty()) return false;
    const std::uint32_t b = sb(std::uint32_t(sentence_of(k)));
    for (std::uint32_t q = k; q > b && q + 8 > k;) {
      --q;
      const int mi = a_.mention_of[q];
      if (mi >= 0 && a_.mentions[mi].code == home && !a_.mentions[mi].object_of_preposition) return true;
    }
    return false;
  }

  // The place that sentences [first, last] say a story is in (story()):
  // the first city (or country after a phrase of `list` and "in", or a
  // country people leave) of another country than the dateline's mention
  // `dl` (-1: none), reading from token `open` in the last sentence; -2
  // when they name a place of the dateline's country, or (without a
  // dateline) places of two countries; -1 when they name none.
  int story_place(std::uint32_t first, std::uint32_t last, std::uint32_t open, int dl, int list) {
    const std::string_view home = dl >= 0 ? a_.mentions[dl].code : std::string_view();
    int found = -1;
    for (std::uint32_t k = sb(first); k < se(last); ++k) {
      if (k == sb(last)) k = std::max(k, open);
      const int mi = a_.mention_of[k];
      if (mi < 0 || mi == dl || a_.mentions[mi].tb != k) continue;
      // (Cities only: the countries of a headline are mostly who acts,
      // "Britain, France shut Tripoli embassies"; but a country after a
      // noun of the list and "in" is where: "TUNIS - ... Western embassies
      // in Libya have turned into convoys".)
      const Mention& m = a_.mentions[mi];
      // (Not where people go: "their staffs left by air for Moscow", "flew
      // home to Moscow".)
      // ("Two months after Bashar al-Assad fled to Moscow": nor where one
      // fled; but "Milei flew to Montevideo for the Mercosur summit" is.)
      if (k >= 2 && (is(k - 1, "for") || (is(k - 1, "to") && (is(k - 2, "home") || is(k - 2, "back") || is(k - 2, "fled") ||
                                                              is(k - 2, "escaped")))))
        continue;
      // ("the embassies in occupied Kuwait": a word in lower case may come
      // between.)
      const std::uint32_t in_at = k >= 3 && t_.toks[k - 1].is_word() && !t_.toks[k - 1].cap() && a_.mention_of[k - 1] < 0 &&
                                          is(k - 2, "in")
                                      ? k - 2
                                      : k - 1;
      // (And a country that people leave: "SEOUL - Eight Russian diplomats
      // left North Korea last week ...")
      // ("What we know about the embassy evacuations from Sudan": one noun
      // after the list's may come before "from".)
      const bool mission_place =
          m.type == EntityType::country && list >= 0 && k >= 2 &&
          ((is(in_at, "in") && phrase_before(std::uint32_t(sentence_of(k)), list, in_at, 0)) ||
           (is(in_at, "from") && phrase_before(std::uint32_t(sentence_of(k)), list, in_at, 1)));
      if (m.type != EntityType::place && !mission_place &&
          !(m.type == EntityType::country && m.form != CountryForm::demonym && k >= 2 && left_country_at(k) &&
            !home_leaves(k, home)))
        continue;
      if (m.code.empty() || m.code == home || (dl < 0 && found >= 0 && m.code != a_.mentions[found].code))
        return -2;  // (the story is at home, or unsure)
      if (found < 0) found = mi;
    }
    return found;
  }

  // Where the noun phrase that ends before token `te` opens: back over at
  // most `most` - 1 lower-case words of no mention and no preposition,
  // numbers and joining hyphens ("the first", "a four-day official").
  std::uint32_t phrase_opening(std::uint32_t b, std::uint32_t te, std::uint32_t most) const {
    std::uint32_t c = te;
    while (c > b && c + most > te &&
           ((t_.toks[c - 1].flags & text::kJoiner) || t_.toks[c - 1].kind == text::TokKind::number ||
            (t_.toks[c - 1].is_word() && !t_.toks[c - 1].cap() && a_.mention_of[c - 1] < 0 && !prep(c - 1))))
      --c;
    return c;
  }

  // The clause's place before token `from` (back to b, not past a boundary,
  // nor past a comma with `comma_stops`): the last place or country that is
  // the object of a preposition `prep_ok` takes, or -1. A place after
  // another preposition is passed over.
  template <class PrepOk>
  int clause_place(std::uint32_t b, std::int64_t from, bool comma_stops, PrepOk&& prep_ok) const {
    for (std::int64_t j = from; j >= std::int64_t(b) && !boundary(std::uint32_t(j)) && !(comma_stops && is(std::uint32_t(j), ",")); --j) {
      const int mi = a_.mention_of[std::size_t(j)];
      if (mi < 0) continue;
      const Mention& m = a_.mentions[std::size_t(mi)];
      if (m.object_of_preposition && m.prep_token >= 0 && (m.type == EntityType::place || m.type == EntityType::country) &&
          prep_ok(std::uint32_t(m.prep_token)))
        return mi;
      j = m.tb;  // (the loop steps past the mention)
    }
    return -1;
  }

  // The last mention of the list that mention `first` opens, its items
  // joined by ",", "and" or ", and" before token `lim` ("Germany, Italy and
  // Spain"); with countries_only, of countries only. `first` when alone.
  int list_last(int first, std::uint32_t lim, bool countries_only) const {
    int last = first;
    std::uint32_t j = a_.mentions[first].te;
    while (j + 1 < lim && (is(j, ",") || is(j, "and"))) {
      std::uint32_t q = j + 1;
      if (is(j, ",") && is(q, "and")) ++q;
      const int next = q < lim ? a_.mention_of[q] : -1;
      if (next < 0 || a_.mentions[next].tb != q || (countries_only && a_.mentions[next].type != EntityType::country)) break;
      last = next;
      j = a_.mentions[next].te;
    }
    return last;
  }

  // The end of the longest phrase of `list` that starts at token k, or k
  // when none does.
  std::uint32_t phrase_end_at(std::uint32_t s, int list, std::uint32_t k) {
    std::uint32_t end = k;
    if (list < 0 || !may_hit(s, list, k + 1)) return end;
    for (const Hit& h : hits_in(s, k, k + 1))
      if (h.lists.has(list)) end = std::max(end, h.te);
    return end;
  }
  // Whether a phrase of `list` starts at token k.
  bool starts_phrase(std::uint32_t s, int list, std::uint32_t k) { return phrase_end_at(s, list, k) > k; }
  // The start of the longest phrase of `list` that ends right before token
  // k, or k when none does.
  std::uint32_t phrase_start_before(std::uint32_t s, int list, std::uint32_t k) {
    const std::uint32_t b = sb(s), reach = rules_.phrases().longest();
    std::uint32_t start = k;
    if (list < 0 || k <= b || !may_hit(s, list, k)) return start;
    for (const Hit& h : hits_in(s, k >= b + reach ? k - reach : b, k))
      if (h.lists.has(list) && h.te == k) start = std::min(start, h.tb);
    return start;
  }
  // "in 10 countries, including Spain and Norway": the first name that a
  // phrase of the event type's examples list introduces within five words
  // (no name between) after token k; -1 when there is none.
  int listed_example(std::uint32_t s, std::uint32_t k, std::uint32_t e, std::uint16_t accept) {
    const int list = type_->examples_list;
    // ("met leaders of the Bucharest Nine, including Estonia's Alar
    // Karis, ...": a body's name between, or a place's as part of one, and
    // room for it.)
    const std::uint32_t hi = std::min(e, k + 9);
    // "in five countries: Argentina, Chile and Mali": a colon after a few
    // words with no name, the last a plural in lower case, introduces the
    // list too (not "in protest: Chile said ...").
    for (std::uint32_t q = k; q < hi && a_.mention_of[q] < 0; ++q) {
      if (is(q, ":")) {
        const bool plural = q > k && !t_.toks[q - 1].cap() && ends_in(q - 1, "s", 4);
        const std::uint32_t m = plural ? object_after(q + 1, e) : e;
        return m < e && a_.mention_of[m] >= 0 && accepts(a_.mentions[a_.mention_of[m]], accept) ? a_.mention_of[m] : -1;
      }
      if (!t_.toks[q].is_word()) break;
    }
    if (list < 0 || k >= hi || !may_hit(s, list, hi)) return -1;
    for (const Hit& h : hits_in(s, k + 1, hi)) {
      if (!h.lists.has(list)) continue;
      // (Not past ", and", another clause: "her first trip to the disaster
      // zone, and thanked countries including Taiwan".)
      for (std::uint32_t q = k; q < h.tb; ++q)
        if ((a_.mention_of[q] >= 0 && a_.mentions[a_.mention_of[q]].type != EntityType::organization &&
             a_.mentions[a_.mention_of[q]].type != EntityType::place) ||
            boundary(q) ||
            !(t_.toks[q].is_word() || is(q, ",")) || (is(q, ",") && q + 1 < h.tb && is(q + 1, "and")))
          return -1;
      if (h.tb > k + 6 && !(a_.mention_of[h.tb - 2] >= 0 || a_.mention_of[h.tb - 1] >= 0)) return -1;
      std::uint32_t m = object_after(h.te, e);
      // ("including Estonia's Alar Karis, Latvia's Egils Levits and ...":
      // the person, where one is taken, so that the list goes on.)
      if (m < e && (accept & kAcceptPerson)) m = person_after_owner(m, e, accept);
      // (Not a demonym that opens a person's name: "joined Putin at the
      // ceremony, including Chinese President Xi Jinping" names people, not
      // places.)
      if (m < e && a_.mention_of[m] >= 0 && accepts(a_.mentions[a_.mention_of[m]], accept) &&
          !(a_.mentions[a_.mention_of[m]].form == CountryForm::demonym && person_of_demonym(a_.mention_of[m], e, kAcceptPerson) != a_.mention_of[m]))
        return a_.mention_of[m];
      return -1;
    }
    return -1;
  }
  // The first token in [lo, hi) where a phrase of the event type's
  // clause-breaks list starts, or hi.
  std::uint32_t first_clause_break(std::uint32_t s, std::uint32_t lo, std::uint32_t hi) {
    const int list = type_->clause_breaks_list;
    if (list < 0 || lo >= hi || !may_hit(s, list, hi)) return hi;
    for (const Hit& h : hits_in(s, lo, hi))
      if (h.lists.has(list)) return h.tb;
    return hi;
  }
  bool is(std::size_t i, std::string_view k) const { return i < n_toks_ && key(i) == k; }
  // The same for a literal: its length is known here, so the comparison
  // compiles to a few loads instead of a call to memcmp.
  template <std::size_t N>
  [[gnu::always_inline]] bool is(std::size_t i, const char (&k)[N]) const {
    if (i >= n_toks_ || t_.toks[i].key_len != N - 1) return false;
    return std::memcmp(t_.keys.data() + t_.toks[i].key_begin, k, N - 1) == 0;
  }
  // Word lists of data/lexicon/, looked up through the token's vocabulary id.
  bool in(std::uint64_t bit, std::size_t i) const { return lex_.list_mask(a_.lex_ids[i]) & bit; }
  // (Not the last part of a compound: "newly sworn-in Foreign Minister
  // Penny Wong", "the run-up to".)
  bool prep(std::size_t i) const {
    return in(words_.prepositions, i) && !(i > 0 && (t_.toks[i - 1].flags & text::kJoiner));
  }
  // A lower-case verb of data/lexicon/government-verbs.txt or
  // person-verbs.txt ("gave", "met"): the verb of a clause of its own.
  bool plain_verb(std::size_t i) const {
    return t_.toks[i].is_word() && !t_.toks[i].cap() && in(words_.government_verbs | words_.person_verbs, i);
  }
  // Is k one of `words` (a finder's few short prepositions)? Lengths first,
  // then bytes: no library call for a comparison that mostly fails on the length.
  static bool one_of(const std::vector<std::string>& words, std::string_view k) {
    for (const std::string& w : words) {
      if (w.size() != k.size()) continue;
      std::size_t i = 0;
      while (i < k.size() && w[i] == k[i]) ++i;
      if (i == k.size()) return true;
    }
    return false;
  }
  // Sentence s asks a question to be answered yes or no: it ends in "?"
  // (closing quotes aside) and opens with an auxiliary or "do", after a
  // speaker's label ("Q:", "QUESTION:") if any. Returns that first word's
  // token, else se(s).
  std::uint32_t yes_no_question(std::uint32_t s) const {
    const std::uint32_t b = sb(s), e = se(s);
    std::uint32_t last = e;
    while (last > b + 1 && t_.toks[last - 1].kind == text::TokKind::punct && !is(last - 1, "?")) --last;
    if (last <= b + 1 || !is(last - 1, "?")) return e;
    std::uint32_t k = b;
    for (std::uint32_t j = b; j < e && j < b + 4; ++j)
      if (is(j, ":")) {
        k = j + 1;
        break;
      }
    if (k >= e || !(in(words_.auxiliaries, k) || is(k, "did") || is(k, "does") || is(k, "do"))) return e;
    return k;
  }

  // A clause boundary: ";", ":", "?", an em dash, or a slash set off by
  // spaces, which joins a headline's two clauses ("U.S. suspends Kabul
  // embassy ops / mission moves to Doha"). (Its key's length and first
  // byte decide for most tokens.)
  [[gnu::always_inline]] bool boundary(std::size_t i) const {
    if (i >= n_toks_) return false;
    const text::Tok& t = t_.toks[i];
    const char* k = t_.keys.data() + t.key_begin;
    if (t.key_len == 1 && *k == '/')
      return i > 0 && i + 1 < n_toks_ && t_.toks[i - 1].end < t.begin && t.end < t_.toks[i + 1].begin;
    if (t.key_len == 1) return *k == ';' || *k == ':' || *k == '?';
    return t.key_len == 3 && k[0] == '\xE2' && k[1] == '\x80' && k[2] == '\x94';
  }
  std::uint32_t sb(std::uint32_t s) const { return a_.sentences[s].first_token; }
  std::uint32_t se(std::uint32_t s) const { return a_.sentences[s].end_token; }

  // The phrase hits of sentence s that start before token `upto` (in token
  // order): found once, and only as far as a window has asked.
  [[gnu::always_inline]] const std::vector<Hit>& hits(std::uint32_t s, std::uint32_t upto) {
    const std::uint32_t done = hits_upto_[s];  // the hits of [sb(s), done) are known
    if (done == kUntouched || done < std::min(upto, se(s))) search_hits(s, upto);
    return hits_[s];
  }
  [[gnu::noinline]] void search_hits(std::uint32_t s, std::uint32_t upto) {
    std::uint32_t& done = hits_upto_[s];
    if (done == kUntouched) {
      done = sb(s);
      hits_[s].clear();
    }
    upto = std::min(upto, se(s));
    const auto& idx = rules_.phrases();
    const auto& ids = ids_for(idx, phrase_ids_);
    // Most tokens start no phrase: a plain array look-up skips them.
    const lexicon::PhraseIndex::Starts starts = idx.starts();
    const std::uint32_t* const id = ids.data();
    ListMask lists_seen;
    for (std::uint32_t i = done; i < upto; ++i) {
      if (!starts(id[i])) continue;
      idx.match_at(ids, i, se(s), [&](std::uint32_t entry, std::size_t e) {
        const ListMask lists = rules_.lists_of(entry);
        lists_seen |= lists;
        hits_[s].push_back(Hit{i, std::uint32_t(e), lists});
      });
    }
    hit_lists_[s] |= lists_seen;
    done = std::max(done, upto);
  }
  static constexpr std::uint32_t kUntouched = ~std::uint32_t(0);
  // Could sentence s have a hit of `list` that starts before token `upto`?
  // False when no hit found so far (the search goes as far as upto first)
  // is of that list: most windows then need no search among the hits.
  [[gnu::always_inline]] bool may_hit(std::uint32_t s, int list, std::uint32_t upto) {
    hits(s, upto);
    return hit_lists_[s].has(list);
  }

  // The word ids of the tokens for `index`: the lexicon's, computed once by
  // the recognizer, when the index shares its vocabulary (always, in an
  // Extractor); else computed here once per document.
  const std::vector<std::uint32_t>& ids_for(const lexicon::PhraseIndex& index, std::vector<std::uint32_t>& own) {
    if (index.shares_vocabulary(lex_.index()) && a_.lex_ids.size() == n_toks_) return a_.lex_ids;
    if (own.size() != n_toks_) index.ids(t_, own);
    return own;
  }

  // The hits of sentence s that start in [lo, hi): hits are in token order,
  // so a window costs a binary search, not a scan of a long sentence.
  struct HitRange {
    const Hit *b, *e;
    const Hit* begin() const { return b; }
    const Hit* end() const { return e; }
  };
  [[gnu::always_inline]] HitRange hits_in(std::uint32_t s, std::uint32_t lo, std::uint32_t hi) {
    hi = std::max(lo, hi);
    const auto& all = hits(s, hi);
    const Hit* first = first_from(all.data(), all.data() + all.size(), lo);
    return HitRange{first, first_from(first, all.data() + all.size(), hi)};
  }
  // The first hit of [b, e) that starts at or after token v (as
  // std::lower_bound), halving without a branch on the comparison: the
  // windows of a trigger fall anywhere among the hits, which defeats the
  // branch predictor.
  static const Hit* first_from(const Hit* b, const Hit* e, std::uint32_t v) {
    std::size_t n = std::size_t(e - b);
    while (n > 1) {
      const std::size_t half = n / 2;
      b += half * std::size_t(b[half - 1].tb < v);
      n -= half;
    }
    return b + (n == 1 && b->tb < v);
  }

  // The nearest hit of `list` in [lo, hi) (by distance to `pivot`), or nullptr.
  // With `words_only`, a capitalized hit after a word or comma is a name,
  // not a cue word: "PARIS, May 6" and "Theresa May" are not "may", "the
  // No. 2" is not "no".
  [[gnu::always_inline]] const Hit* find_hit(std::uint32_t s, int list, std::uint32_t lo, std::uint32_t hi, std::uint32_t pivot,
                      bool words_only = false) {
    if (list < 0 || !may_hit(s, list, std::max(lo, hi))) return nullptr;
    const Hit* best = nullptr;
    std::uint32_t best_d = ~0u;
    for (const Hit& h : hits_in(s, lo, hi)) {
      if (!h.lists.has(list) || h.te > hi) continue;
      // (In capitals, "RUSSIA THREATENS TO SHUT ...", every word is a capital;
      // in a Title Case headline, "Czech FM Denies Plan to Shut Embassy",
      // so is every word outside a name and a date.)
      if (words_only && h.tb > sb(s) && t_.toks[h.tb].cap() && !t_.toks[h.tb].upper() &&
          (t_.toks[h.tb - 1].is_word() || is(h.tb - 1, ",")) &&
          !(a_.title_case[s] && a_.mention_of[h.tb] < 0 &&
            !(h.te < n_toks_ && t_.toks[h.te].kind == text::TokKind::number)))
        continue;
      // ("May 2005 - Recep Tayyip Erdogan visits Israel": a capitalised cue
      // before a number is a date's month.)
      if (words_only && t_.toks[h.tb].cap() && h.te < n_toks_ && t_.toks[h.te].kind == text::TokKind::number)
        continue;
      const std::uint32_t d = h.tb >= pivot ? h.tb - pivot : pivot - h.te;
      if (d < best_d) { best = &h; best_d = d; }
    }
    return best;
  }

  // Is there a hit of `list` in [lo, hi) (find_hit() != nullptr, without
  // looking for the nearest)?
  // A demonym before a lower-case word that names no place: "the site of
  // an Israeli air strike" (but "in the Chinese capital", "on Russian soil":
  // see EventType::place_words_list).
  bool modifies_a_thing(const Mention& m, std::uint32_t e) {
    if (m.type != EntityType::country || m.anaphor || m.te >= e) return false;
    // ("a four-nation tour of Afghanistan's neighbours": a country in the
    // possessive before its neighbours, the type's neighbour-nouns.)
    if (m.te + 1 < e && (t_.toks[m.te].flags & text::kPossessive) &&
        starts_phrase(m.sentence, type_->neighbour_nouns_list, m.te + 1))
      return true;
    const int list = type_->place_words_list;
    if (list < 0) return false;
    // (A name, where it opens a compound of countries: "the fifth round of
    // the China-Afghanistan-Pakistan trilateral dialogue".)
    // ("in first top-level U.S. visit to Libya": an abbreviation before a
    // noun of trips, trip-nouns.txt, is the trip's owner.)
    if (m.form == CountryForm::abbreviation && m.te < e && t_.toks[m.te].is_word() && !t_.toks[m.te].cap() &&
        in(words_.trip_nouns, m.te))
      return true;
    if (m.form != CountryForm::demonym &&
        !((t_.toks[m.te].flags & text::kJoiner) && m.te + 1 < e && a_.mention_of[m.te + 1] >= 0 &&
          a_.mentions[a_.mention_of[m.te + 1]].type == EntityType::country))
      return false;
    // ("the Chinese-American talks": past the compound's other words.)
    std::uint32_t k = m.te;
    while (k + 1 < e && (t_.toks[k].flags & text::kJoiner) && t_.toks[k + 1].is_word()) k += 2;
    if (k >= e) return false;
    const auto& t = t_.toks[k];
    if (t.kind != text::TokKind::word || t.cap() || prep(k)) return false;
    return !starts_phrase(m.sentence, list, k);
  }

  // Is the word at k owned by a person or a titled official ("Putin's
  // plane", "the president's motorcade")?
  bool persons_own(std::uint32_t k) const {
    if (k < 2 || !(t_.toks[k - 1].flags & text::kPossessive)) return false;
    const int mi = a_.mention_of[k - 2];
    return mi >= 0 && (a_.mentions[mi].type == EntityType::person || a_.mentions[mi].title_only);
  }

  [[gnu::always_inline]] bool any_hit(std::uint32_t s, int list, std::uint32_t lo, std::uint32_t hi) {
    if (list < 0 || !may_hit(s, list, std::max(lo, hi))) return false;
    for (const Hit& h : hits_in(s, lo, hi))
      if (h.lists.has(list) && h.te <= hi) return true;
    return false;
  }

  [[gnu::always_inline]] bool accepts(const Mention& m, std::uint16_t accept) const {
    if (m.code.empty()) return false;
    // "Canadians", "Americans": people of a country, not the country acting.
    if (m.type == EntityType::country && m.form == CountryForm::demonym && !m.anaphor) {
      const std::string_view last = key(m.te - 1);
      if (last.size() > 3 && last.back() == 's' && last[last.size() - 2] != 's') return false;
    }
    // ("The two leaders had both attended a Mercosur summit in Paraguay":
    // people named by their number, where people known by title are.)
    // ("to visit the North": in Korean news the North and the South are
    // names, whatever a rule thinks of anaphors; the recognizer makes them
    // only there.)
    if (m.anaphor)
      return (accept & kAcceptAnaphor) || (m.people && (accept & kAcceptTitle)) ||
             ((accept & kAcceptCountry) && !m.plural_anaphor && m.te == m.tb + 2 && (is(m.tb + 1, "north") || is(m.tb + 1, "south")));
    // "Guterres, a former Portuguese prime minister", "ex-President X": one
    // who no longer holds office acts for no country.
    if (m.former && m.type != EntityType::place && m.type != EntityType::organization) return false;
    if (m.title_only) return accept & kAcceptTitle;
    switch (m.type) {
      case EntityType::country:
        if (m.form == CountryForm::capital) return accept & (kAcceptCapital | kAcceptCountry);
        return accept & kAcceptCountry;
      case EntityType::place: return accept & kAcceptPlace;
      case EntityType::person: return accept & kAcceptPerson;
      case EntityType::organization:
        // ("Japanese trading house Mitsui, which closed its Tehran
        // representative office": a business acts for no state.)
        if (m.business) return false;
        return (accept & kAcceptOrg) || ((accept & kAcceptGovernment) && !m.non_state && !m.international);
    }
    return false;
  }

  [[gnu::always_inline]] void add_mention(std::vector<Filler>& out, int mi) const {
    const Mention& m = a_.mentions[mi];
    if (m.plural_anaphor) {
      std::size_t b = 0;
      while (b < m.code.size()) {
        std::size_t e = m.code.find(' ', b);
        if (e == std::string::npos) e = m.code.size();
        out.push_back(Filler{std::string_view(m.code).substr(b, e - b), mi, m.tb, m.te});
        b = e + 1;
      }
      return;
    }
    out.push_back(Filler{m.code, mi, m.tb, m.te});
  }

  // "X, Y and Z" after (dir > 0) or before (dir < 0) a mention.
  [[gnu::always_inline]] void expand(std::vector<Filler>& out, int mi, std::uint32_t s, std::uint16_t accept, int dir) {
    int cur = mi;
    // ("Serdar Kilic, Turkey's envoy, and Ruben Rubinyan, Armenia's envoy,
    // first met": a title set off by a comma after a person is that
    // person's apposition; the list goes on before the person.)
    if (dir < 0 && a_.mentions[cur].title_only) {
      const std::uint32_t at = std::min(a_.mentions[cur].np_tb, a_.mentions[cur].tb);
      if (at >= sb(s) + 2 && is(at - 1, ",")) {
        const int p = a_.mention_of[at - 2];
        if (p >= 0 && a_.mentions[p].type == EntityType::person && !a_.mentions[p].title_only) cur = p;
      }
    }
    bool joined = false;  // (dir > 0) the last name came after a coordinator
    bool shared = false;  // (dir < 0) demonyms that share a title's noun
    bool list_closed = false;  // (dir < 0) a coordinator came between two items already
    for (int n = 0; n < 30; ++n) {
      // ("were UK Prime Minister Keir Starmer, as well as the presidents of
      // Kazakhstan, Uzbekistan and Kyrgyzstan": a title of several, of a
      // list of countries, stands for each of them; the list goes on after
      // the last.)
      if (dir > 0 && a_.mentions[cur].title_only)
        if (const int last = countries_of_title(cur, se(s), out); last >= 0) cur = last;
      // ("Secretary of State James Baker and ...": a title's list goes on
      // after its person.)
      if (dir > 0) {
        const std::uint32_t after = a_.mentions[cur].te;
        const int p = after < se(s) ? a_.mention_of[after] : -1;
        if (p > cur && a_.mentions[p].type == EntityType::person && a_.mentions[p].np_tb <= a_.mentions[cur].tb) cur = p;
      }
      const Mention& m = a_.mentions[cur];
      std::int64_t k = dir > 0 ? std::int64_t(m.te) : std::int64_t(m.np_tb) - 1;
      // ("the Hon. Anthony Albanese MP, Prime Minister of Australia, ...": a
      // member of parliament's letters after the name.)
      if (dir > 0 && m.type == EntityType::person && k < std::int64_t(se(s)) && is(k, "mp") && t_.toks[k].upper()) ++k;
      // ("Philippine Foreign Secretary Teodoro Locsin Jr, Vietnam's Bui Thanh
      // Son and ...": a suffix after the name, data/lexicon/name-suffixes.txt.)
      if (dir > 0 && m.type == EntityType::person && k < std::int64_t(se(s)) && t_.toks[k].cap() &&
          in(words_.name_suffixes, std::size_t(k))) {
        ++k;
        if (k < std::int64_t(se(s)) && is(k, ".") && k + 1 < std::int64_t(se(s)) && is(k + 1, ",")) ++k;
      }
      // ("Prime Minister Margaret Thatcher of Britain and President Francois
      // Mitterrand of France": a person's "of" country belongs to the person.)
      // ("President Gamal Abdel Nasser of the United Arab Republic, Emperor
      // Haile Selassie of Ethiopia": an article before the country.)
      if (dir > 0 && m.type == EntityType::person && k + 1 < std::int64_t(se(s)) && is(k, "of")) {
        const std::uint32_t at = std::uint32_t(k) + (k + 2 < std::int64_t(se(s)) && is(k + 1, "the") ? 2 : 1);
        const int c = a_.mention_of[at];
        if (c >= 0 && a_.mentions[c].type == EntityType::country && a_.mentions[c].tb == at) {
          k = a_.mentions[c].te;
          // ("President of Kyrgyzstan Sadyr Japarov, ...": the office's
          // holder named after the country is the same item.)
          const int p = k < std::int64_t(se(s)) ? a_.mention_of[std::size_t(k)] : -1;
          if (p >= 0 && a_.mentions[p].type == EntityType::person && !a_.mentions[p].title_only && a_.mentions[p].tb == k)
            k = a_.mentions[p].te;
        }
      }
      // ("President of Azerbaijan Ilham Aliyev and the Amir of Qatar Sheikh
      // Tamim": the office before "of" and the country belongs to the person.)
      // ("Polish President Lech Kaczynski and the prime minister of Latvia":
      // so does the office before a country of its own.)
      if (dir < 0 && (m.type == EntityType::person || m.type == EntityType::country) && k > std::int64_t(sb(s)) &&
          is(k, "of")) {
        const int t = a_.mention_of[std::size_t(k) - 1];
        if (t >= 0 && a_.mentions[t].title_only) k = std::int64_t(std::min(a_.mentions[t].np_tb, a_.mentions[t].tb)) - 1;
        // (An office the tables lack, one capitalised word: "the Amir of
        // Qatar Sheikh Tamim".)
        else if (t < 0 && k > std::int64_t(sb(s)) + 1 && t_.toks[std::size_t(k) - 1].is_word() &&
                 t_.toks[std::size_t(k) - 1].cap() && !t_.toks[std::size_t(k) - 1].upper())
          k -= 2;
      }
      // ("France's Francois Hollande and his predecessor Nicolas Sarkozy": a
      // lower-case noun after a possessive determiner belongs to the person.)
      if (dir < 0 && m.type == EntityType::person && k > std::int64_t(sb(s)) + 1 &&
          a_.mention_of[std::size_t(k)] < 0 && t_.toks[std::size_t(k)].is_word() && !t_.toks[std::size_t(k)].cap() &&
          possessive_determiner(std::uint32_t(k) - 1))
        --k;
      // ("Lloyd Austin and his Chinese counterpart Dong Jun")
      if (dir < 0 && k > std::int64_t(sb(s)) && (is(k, "the") || possessive_determiner(std::uint32_t(k)))) --k;
      // ("the UAE's Sheikh Abdullah bin Zayed and Bahrain's Sheikh Khaled":
      // a capitalised title the tables lack, between the possessor and the
      // person, belongs to the person.)
      if (dir < 0 && m.type == EntityType::person && k > std::int64_t(sb(s)) + 1 &&
          (a_.mention_of[std::size_t(k)] < 0 || a_.mentions[a_.mention_of[std::size_t(k)]].title_only) &&
          t_.toks[std::size_t(k)].is_word() && t_.toks[std::size_t(k)].cap() &&
          (t_.toks[std::size_t(k) - 1].flags & text::kPossessive) && a_.mention_of[std::size_t(k) - 2] >= 0 &&
          a_.mentions[a_.mention_of[std::size_t(k) - 2]].type == EntityType::country)
        --k;
      // ("Russia's Vladimir Putin and Turkey's Recep Tayyip Erdogan": a
      // person's possessor belongs to the person.)
      if (dir < 0 && m.type == EntityType::person && k > std::int64_t(sb(s)) &&
          (t_.toks[std::size_t(k)].flags & text::kPossessive) && a_.mention_of[std::size_t(k) - 1] >= 0) {
        const Mention& owner = a_.mentions[a_.mention_of[std::size_t(k) - 1]];
        k = std::int64_t(std::min(owner.np_tb, owner.tb)) - 1;
      }
      // "the United Arab Emirates (UAE), Bahrain and Egypt": an abbreviation
      // in brackets after a name is part of that list item.
      if (dir > 0 && k + 2 < se(s) && is(k, "(")) {
        std::int64_t q = k + 1;
        while (q < std::int64_t(se(s)) && q < k + 4 && !is(q, ")")) ++q;
        if (q < std::int64_t(se(s)) && is(q, ")")) k = q + 1;
      }
      // ("Kenyan President William Ruto, the current EAC chairperson, and
      // Zimbabwean President Emmerson Mnangagwa": an apposition after a
      // person, then the next of the list.)
      bool apposed = false;
      if (dir > 0 && m.type == EntityType::person && k + 2 < se(s) && is(k, ",") &&
          (is(k + 1, "the") || is(k + 1, "a") || is(k + 1, "an"))) {
        std::int64_t q = k + 2;
        while (q < std::int64_t(se(s)) && q < k + 9 && !is(q, ",") && !boundary(std::uint32_t(q)) &&
               (a_.mention_of[q] < 0 || a_.mentions[a_.mention_of[q]].type == EntityType::organization))
          ++q;
        // ("Djibouti's Ismail Omar Guelleh, the current IGAD chairman,
        // Somalia's Hassan Sheikh Mohamud, ...": or a comma and the next name.)
        if (q + 1 < std::int64_t(se(s)) && is(q, ",") &&
            (is(q + 1, "and") || (a_.mention_of[std::size_t(q) + 1] >= 0 &&
                                  a_.mentions[a_.mention_of[std::size_t(q) + 1]].type != EntityType::organization)))
          k = q, apposed = true;
      }
      bool sep = false, comma = false, coordinator = false;
      // ("a joint US-Israeli delegation": a hyphen before a demonym joins
      // two countries as "and" does; not "the U.S.-Mexico border", a
      // place, nor "the Palau-Taiwan travel bubble".)
      const int other = k >= sb(s) && k < se(s) && is(k, "-") && (t_.toks[std::size_t(k)].flags & text::kJoiner) &&
                                k + dir >= sb(s) && k + dir < se(s)
                            ? a_.mention_of[std::size_t(k + dir)]
                            : -1;
      const bool hyphen = other >= 0 && m.type == EntityType::country &&
                          a_.mentions[other].type == EntityType::country &&
                          (dir > 0 ? a_.mentions[other] : m).form == CountryForm::demonym;
      if (hyphen) {
        sep = coordinator = true;
        k += dir;
      }
      while (k >= sb(s) && k < se(s) &&
             (is(k, ",") || is(k, "and") || is(k, "or") || is(k, "&") || (dir > 0 && coordinator && is(k, "then")))) {
        // ("flew to Moscow and then Tbilisi")
        sep = true;
        if (is(k, ",")) comma = true;
        else coordinator = true;
        k += dir;
      }
      // "Mozambique, Tanzania and Kenya as well as South Africa": a
      // coordinator of several words (the type's coordinators list).
      // (", as well as the presidents of ...": after a comma too.)
      if ((!sep || (comma && !coordinator)) && dir > 0 && k < se(s))
        if (const std::uint32_t end = long_coordinator_end(s, std::uint32_t(k)); end != 0) {
          sep = coordinator = true;
          k = end;
        }
      // "its embassies in Spain and Uganda, the South Korean Unification
      // Ministry said": after the name a coordinator joined, the list is
      // over; a comma then starts another phrase.
      if (dir > 0 && joined && comma) return;
      joined = coordinator;
      // "its embassy in Yemen, and the United States pulled ...": a comma
      // and "and" after the first name open a new clause (a list of two
      // has no comma; "Nepal, Spain, and Angola" has one before).
      if (dir > 0 && n == 0 && !apposed && k >= 2 && is(std::uint32_t(k) - 1, "and") && is(std::uint32_t(k) - 2, ",")) return;
      // ("talks with Thabo Mbeki in Pretoria, and then to Botswana": so do
      // ", and then" and a preposition, the next leg of a journey.)
      if (dir > 0 && n == 0 && !apposed && k >= 3 && k < se(s) && is(std::uint32_t(k) - 1, "then") &&
          is(std::uint32_t(k) - 2, "and") && is(std::uint32_t(k) - 3, ",") && (is(k, "to") || is(k, "on")))
        return;
      // "its embassies in Iran and in Iraq", "to the Holy See and in Iran":
      // a place after a preposition, a coordinator, and the preposition
      // again (or another of place).
      if (sep && coordinator && dir > 0 && k < se(s) && m.object_of_preposition && is_place(m) &&
          (is(k, "in") || is(k, "to") || is(k, "at")))
        ++k;
      // "Saudi Arabia, the United Arab Emirates and Kuwait", "met Lloyd
      // Austin and his Chinese counterpart"
      // ("attended by Cuban President Miguel Diaz-Canel and a Nicaraguan
      // delegation")
      // ("and HE President ...", ", H.E. Mr. Narendra Modi, ...")
      if (sep && dir > 0 && k < se(s)) {
        if (const std::uint32_t past = past_excellency(std::uint32_t(k), se(s)); past != std::uint32_t(k)) k = past;
        else if (is(k, "the") || is(k, "a") || is(k, "an") || possessive_determiner(std::uint32_t(k))) ++k;
      }
      // ("the closure of the embassy in Rome, the embassy in Kuwait City and
      // the consulate general in Johannesburg": a mission noun of the event
      // type and its preposition again before the next place, where the
      // place ends its item.)
      if (sep && dir > 0 && k < se(s) && m.object_of_preposition && is_place(m)) {
        const std::uint32_t noun_end = phrase_end_at(s, type_->owned_list, std::uint32_t(k));
        if (noun_end > std::uint32_t(k) && noun_end + 1 < se(s) && (is(noun_end, "in") || is(noun_end, "at"))) {
          const int place = a_.mention_of[noun_end + 1];
          const std::uint32_t after = place >= 0 ? a_.mentions[place].te : noun_end + 1;
          if (place >= 0 && (after >= se(s) || is(after, ",") || is(after, "and") || is(after, ".") || boundary(after)))
            k = noun_end + 1;
        }
      }
      // ("Britain's and Canada's high commissions closed": a list of
      // possessors, each with its own "'s".)
      if (dir < 0 && sep && k > std::int64_t(sb(s)) && (t_.toks[std::size_t(k)].flags & text::kPossessive) &&
          m.te < se(s) && (t_.toks[m.te].flags & text::kPossessive) && a_.mention_of[std::size_t(k) - 1] >= 0)
        --k;
      if (dir < 0 && sep && k > std::int64_t(sb(s)) + 2 && is(k, ")")) {
        std::int64_t q = k - 1;
        while (q > std::int64_t(sb(s)) && q + 4 > k && !is(q, "(")) --q;
        if (is(q, "(")) k = q - 1;
      }
      if (!sep || k < sb(s) || k >= se(s)) return;
      // ("President Suharto of Indonesia and Prime Minister Paul Keating of
      // Australia": before a person, a country after "of" is the previous
      // person's own.)
      if (dir < 0 && m.type == EntityType::person && a_.mention_of[k] >= 0) {
        const Mention& c = a_.mentions[a_.mention_of[k]];
        if (c.type == EntityType::country && c.tb >= sb(s) + 2 && is(c.tb - 1, "of") && a_.mention_of[c.tb - 2] >= 0 &&
            a_.mentions[a_.mention_of[c.tb - 2]].type == EntityType::person)
          k = c.tb - 2;
      }
      const int next = a_.mention_of[k];
      // ("Chinese Premier Wen Jiabao, Indian Prime Minister Manmohan Singh
      // and ...": after a person, a demonym that is a next person's own goes
      // on with the list of people.)
      int demonym_person = -1;
      if (dir > 0 && next >= 0 && a_.mentions[next].type == EntityType::country && m.type == EntityType::person &&
          (accept & kAcceptPerson)) {
        const int pm = person_of_demonym(next, se(s), accept, true);
        if (pm != next && pm >= 0) demonym_person = pm;
      }
      // ("Argentina's Alberto Fernandez, Chile's Gabriel Boric and
      // Bolivia's Luis Arce": after a person, a country in the possessive
      // before the next person gives way to that person, also where only
      // people are taken.)
      if (dir > 0 && next >= 0 && demonym_person < 0 && m.type == EntityType::person && (accept & kAcceptPerson) &&
          a_.mentions[next].type == EntityType::country)
        if (const std::uint32_t pk = person_after_owner(std::uint32_t(k), se(s), accept); pk != std::uint32_t(k))
          demonym_person = a_.mention_of[pk];
      // ("American, British and French delegates walked out", "the Canadian
      // and Australian foreign ministers": demonyms listed right before the
      // demonym of a title's own noun phrase share its noun, where titles
      // are taken and bare countries are not.)
      if (dir < 0 && next >= 0 && demonym_person < 0 && (accept & kAcceptTitle) && !accepts(a_.mentions[next], accept) &&
          a_.mentions[next].form == CountryForm::demonym && a_.mentions[next].te == std::uint32_t(k) + 1) {
        const int own = m.title_only && m.np_tb < m.tb ? a_.mention_of[m.np_tb] : -1;
        if (shared || (own >= 0 && a_.mentions[own].form == CountryForm::demonym && a_.mentions[own].tb == m.np_tb)) {
          shared = true;
          add_mention(out, next);
          cur = next;
          continue;
        }
      }
      // ("Spain's King Felipe VI and Queen Letizia, Philippine President
      // ...": inside a list that "and" closed, a person of no known
      // country is passed over, and the list goes on before them.)
      if (dir < 0 && list_closed && next >= 0 && demonym_person < 0 && m.type == EntityType::person &&
          a_.mentions[next].type == EntityType::person && a_.mentions[next].code.empty() &&
          !accepts(a_.mentions[next], accept)) {
        cur = next;
        continue;
      }
      if (next < 0 || (demonym_person < 0 && !accepts(a_.mentions[next], accept))) return;
      // ("their embassies in South Sudan, the two governments said": an
      // anaphor after a comma alone is another phrase's, not the list's.)
      // (Nor a demonym after a place and a comma: "its embassy in Iran, the
      // Swiss government said"; a list of demonyms goes on, "the British,
      // French and German embassies", and a person's apposition, "Bernard
      // Kouchner, the French foreign minister, and Alexander Stubb".)
      if (dir > 0 && comma && !coordinator &&
          (a_.mentions[next].form == CountryForm::anaphor ||
           (a_.mentions[next].form == CountryForm::demonym && m.form != CountryForm::demonym && demonym_person < 0 &&
            m.type != EntityType::person)))
        return;
      // "The US commander in Iraq, General David Petraeus, held talks":
      // a preposition's object before an apposition's comma lists nothing.
      // ("The presidents of Poland, Ukraine and Estonia and the Latvian prime
      // minister arrived": before "and", it is the list's last item.)
      // (Nor before ", and": "broke off relations with Taiwan, and Foreign
      // Minister Denis Moncada welcomed ..." opens a clause.)
      if (dir < 0 && (!coordinator || comma) && m.type == EntityType::person && a_.mentions[next].type != EntityType::person &&
          a_.mentions[next].object_of_preposition && !m.object_of_preposition)
        return;
      // ("..., where he met Vietnamese President Nguyen Xuan Phuc and
      // Indonesian President Joko Widodo, Moon flew on": a comma alone
      // after a list of people that "and" closed joins no person before
      // it.)
      // (But a list whose own last item "and" joins goes on through items
      // of two people each: "German President Frank-Walter Steinmeier and
      // Chancellor Olaf Scholz, Philippine President Ferdinand Marcos Jr.
      // and Indian President Droupadi Murmu were among those in
      // attendance".)
      if (dir < 0 && !coordinator && !list_closed && m.type == EntityType::person &&
          a_.mentions[next].type == EntityType::person) {
        const std::uint32_t at = std::min(a_.mentions[next].np_tb, a_.mentions[next].tb);
        if (at > sb(s) && (is(at - 1, "and") || is(at - 1, "or"))) return;
      }
      if (dir < 0 && coordinator) list_closed = true;
      // "All Canadian staff had left Iran, Baird told reporters": before a
      // person, a comma alone joins only another person to the list.
      if (dir < 0 && !coordinator && m.type == EntityType::person && a_.mentions[next].type != EntityType::person) return;
      // ("At the invitation of General Secretary Nguyen Phu Trong, President
      // Joseph R. Biden paid a state visit": the one whose invitation or
      // request it is, data/lexicon/agent-nouns.txt, is no part of the list.)
      if (dir < 0) {
        const int pb = preposition_before_np(a_.mentions[next], sb(s), 0);
        if (pb > int(sb(s)) && is(std::uint32_t(pb), "of") && in(words_.agent_nouns, std::size_t(pb) - 1)) return;
      }
      // "in Tehran, Turkish President Tayyip Erdogan in Abu Dhabi": a demonym
      // before a capitalised title or name opens another noun phrase. After
      // a person and "and", it is the next person of the list ("between
      // James Baker and Iraqi Foreign Minister Tariq Aziz").
      if (dir > 0 && demonym_person < 0 && a_.mentions[next].form == CountryForm::demonym &&
          !(coordinator && (!comma || apposed) && m.type == EntityType::person && (accept & kAcceptPerson))) {
        const std::uint32_t after = a_.mentions[next].te;
        if (after < se(s) && t_.toks[after].is_word() && t_.toks[after].cap()) return;
      }
      // ("Speaking in Sydney, US Secretary of State Rex Tillerson": after a
      // place and a comma alone, a country that opens a person's noun
      // phrase opens another phrase too.)
      if (dir > 0 && comma && !coordinator && m.type != EntityType::person && a_.mentions[next].type == EntityType::country)
        for (std::uint32_t q = a_.mentions[next].te; q < se(s) && q < a_.mentions[next].te + 6; ++q)
          if (const int pm = a_.mention_of[q]; pm >= 0) {
            // (Right after it, on its line: "US Secretary of State".)
            const bool adjacent = q == a_.mentions[next].te &&
                                  !line_break_between(t_.toks[q - 1].end, t_.toks[q].begin);
            if (a_.mentions[pm].type == EntityType::person && (adjacent || a_.mentions[pm].np_tb <= a_.mentions[next].tb))
              return;
            break;
          }
      // "its embassy in Madrid, South Korea's unification ministry said",
      // "in Baghdad and the Philippines' consulate", "in Beijing and the
      // US-China talks": a name in the possessive, or joined by a hyphen to
      // the next word, starts another phrase; it ends no list.
      // (The tokenizer splits "'s" off as a token of its own, flagged
      // kPossessive; a bare apostrophe is punctuation.)
      // ("closed its embassy in Spain and Nicaragua shut its mission": a
      // name after a place's preposition, before a verb of its own with an
      // object, is that verb's subject, no place of the list.)
      if (dir > 0 && m.object_of_preposition && a_.mentions[next].type == EntityType::country) {
        const std::uint32_t after = a_.mentions[next].te;
        if (after + 1 < se(s) && plain_verb(after) &&
            (possessive_determiner(after + 1) || is(after + 1, "the") || is(after + 1, "a") || is(after + 1, "an")))
          return;
      }
      int item = next;
      if (dir > 0) {
        const std::uint32_t after = a_.mentions[next].te;
        if (after < se(s) && ((t_.toks[after].flags & (text::kPossessive | text::kJoiner)) || is(after, "'") ||
                              is(after, "\xE2\x80\x99"))) {
          // ("Thabo Mbeki and Nigeria's Olusegun Obasanjo": after a person,
          // a possessor that owns the next person gives way to that person.)
          int owned = after + 1 < se(s) ? a_.mention_of[after + 1] : -1;
          // ("and Qatar's Emir Sheikh Tamim bin Hamad Al Thani": a title
          // first, in the person's noun phrase.)
          if (owned < 0 || a_.mentions[owned].title_only)
            if (const std::uint32_t pk = person_after_owner(a_.mentions[next].tb, se(s), accept); pk != a_.mentions[next].tb)
              owned = a_.mention_of[pk];
          if (!(m.type == EntityType::person && (t_.toks[after].flags & text::kPossessive) && owned >= 0 &&
                a_.mentions[owned].type == EntityType::person && accepts(a_.mentions[owned], accept)))
            return;
          item = owned;
        }
      }
      if (demonym_person >= 0) item = demonym_person;
      add_mention(out, item);
      cur = item;
    }
  }

  // Does a phrase of `list` (a gathering held by video) come before token
  // tb, in its sentence s or the two before, while s names no place of its
  // own (a place other than the dateline's, or a name after "in", "at" or
  // "to": "at the White House")? (Not one after it: "Wang visits Solomon
  // Islands, Kiribati, ... and holds a video meeting with Micronesia".)
  bool remote_gathering_before(int list, std::uint32_t s, std::uint32_t tb) {
    bool remote = false;
    for (std::uint32_t q = s >= 2 ? s - 2 : 0; q <= s && !remote; ++q) remote = any_hit(q, list, sb(q), q == s ? tb : se(q));
    if (!remote) return false;
    for (std::uint32_t k = sb(s); k < se(s); ++k) {
      const int mi = a_.mention_of[k];
      if (mi < 0 || mi == a_.dateline) continue;
      const Mention& m = a_.mentions[mi];
      const std::uint32_t at = m.tb > sb(s) && is(m.tb - 1, "the") ? m.tb - 1 : m.tb;
      if (m.type == EntityType::place ||
          (m.type != EntityType::person && at > sb(s) && (is(at - 1, "in") || is(at - 1, "at") || is(at - 1, "to"))))
        return false;
      k = m.te - 1;
    }
    return true;
  }

  // The countries after a title's "of" before token e ("the presidents of
  // Kazakhstan, Uzbekistan and Kyrgyzstan"), added to `out` from the second
  // on (from the first with first_too); the last one's mention, or -1 and
  // nothing added when the title names fewer than two.
  int countries_of_title(int mi, std::uint32_t e, std::vector<Filler>& out, bool first_too = false) const {
    const Mention& m = a_.mentions[mi];
    if (m.te + 1 >= e || !is(m.te, "of")) return -1;
    const std::uint32_t c = is(m.te + 1, "the") ? m.te + 2 : m.te + 1;
    int last = c < e ? a_.mention_of[c] : -1;
    if (last < 0 || a_.mentions[last].type != EntityType::country || a_.mentions[last].tb != c ||
        a_.mentions[last].code.empty())
      return -1;
    const std::size_t begin = out.size();
    if (first_too) add_mention(out, last);
    int n = 1;
    for (std::uint32_t q = a_.mentions[last].te; q < e;) {
      std::uint32_t r = q;
      while (r < e && (is(r, ",") || is(r, "and"))) ++r;
      if (r == q) break;
      if (r < e && is(r, "the")) ++r;
      const int ni = r < e ? a_.mention_of[r] : -1;
      if (ni < 0 || a_.mentions[ni].type != EntityType::country || a_.mentions[ni].tb != r || a_.mentions[ni].code.empty())
        break;
      add_mention(out, ni);
      last = ni;
      ++n;
      q = a_.mentions[ni].te;
    }
    if (n >= 2) return last;
    out.resize(begin);
    return -1;
  }

  // "MR PRICE: ... we have suspended operations at our Embassy in Minsk": in
  // a transcript, "we" and "our" are the country of the speaker named in the
  // label that opens the line, before its colon. Returns that person's
  // mention, or -1 (no label, or no one of known country in it).
  int speaker(std::uint32_t k) {
    const int label = label_speaker(k);
    return label >= 0 ? label : narrator(k);
  }
  int label_speaker(std::uint32_t k) const {
    // (The line's first token; a line longer than kLineBack bytes is no
    // transcript's turn that matters here.)
    const int first = line_first_token(k);
    if (first < 0) return -1;
    const std::uint32_t j = std::uint32_t(first);
    // ("The Minister of State, Foreign and Commonwealth Office (Mr. Jeremy
    // Hanley):": a record's long label; a person of known country first,
    // else the government body or country it names.)
    for (std::uint32_t q = j; q < k && q < j + 24; ++q) {
      if (!is(q, ":")) continue;
      int body = -1;
      for (std::uint32_t p = j; p < q; ++p) {
        const int mi = a_.mention_of[p];
        if (mi < 0) continue;
        const Mention& m = a_.mentions[mi];
        if (m.code.empty() || m.anaphor) continue;
        if (m.type == EntityType::person) return mi;
        if (body < 0 && ((m.type == EntityType::organization && !m.non_state && !m.international) ||
                         (m.type == EntityType::country && m.form != CountryForm::capital)))
          body = mi;
      }
      return body;
    }
    return -1;
  }

  // The first token of token k's line, found through the last line break
  // before it in the text; -1 when that break is more than kLineBack bytes
  // back. (A view: Document::text is a std::string, whose substr() copies.
  // A bounded one: a label or an opening quote that far back is too far to
  // matter, and a search to the text's start for every event would be
  // quadratic in a document without line breaks.)
  // (The lines' starts are found once per document, by one pass over its
  // text, at the first question: a search back for every event read up to
  // kLineBack bytes each time.)
  int line_first_token(std::uint32_t k) const {
    const std::uint32_t at = t_.toks[k].begin;
    if (!lines_ready_) {
      std::vector<std::uint32_t>& starts = w_.line_starts;
      starts.clear();
      starts.push_back(0);
      const char* const text = doc_.text.data();
      const std::size_t n = doc_.text.size();
      for (const char* p = text; (p = static_cast<const char*>(std::memchr(p, '\n', std::size_t(text + n - p)))) != nullptr; ++p)
        starts.push_back(std::uint32_t(p - text + 1));
      lines_ready_ = true;
    }
    // (The last start at or before the token; a line that opens more than
    // kLineBack bytes before it is too far back.)
    const auto& starts = w_.line_starts;
    const std::uint32_t line = *(std::upper_bound(starts.begin(), starts.end(), at) - 1);
    if (line > 0 ? line + kLineBack <= at : kLineBack < at) return -1;
    const auto it = std::lower_bound(t_.toks.begin(), t_.toks.begin() + k, line,
                                     [](const text::Tok& t, std::uint32_t at) { return t.begin < at; });
    return int(it - t_.toks.begin());
  }

  // Does token k stand on a line that opens with a phrase of the type's
  // claim labels and a colon ("CLAIM: ...", "Rumour: ...")?
  bool claim_line(const EventType& type, std::uint32_t k) {
    if (type.claim_labels_list < 0) return false;
    const int first = line_first_token(k);
    if (first < 0) return false;
    const std::uint32_t j = std::uint32_t(first);
    // (A label opens its line: "claim" starts no such line most of the time.)
    if (!t_.toks[j].is_word() || t_.toks[j].key_len > 12) return false;
    const int s = sentence_of(j);
    if (s < 0) return false;
    const std::uint32_t end = phrase_end_at(std::uint32_t(s), type.claim_labels_list, j);
    return end > j && end < se(std::uint32_t(s)) && is(end, ":");
  }

  // The narrator of a memoir, a diary, an interview or an opinion piece
  // (EventType::narrator_list): the first country or person of known country
  // on a first line with a phrase of that list, for a first-person pronoun
  // at token k after that line and outside quotation marks; else -1.
  int narrator(std::uint32_t k) {
    const int list = type_->narrator_list;
    if (list < 0) return -1;
    // (Once per document and list: the event types may name lists of their
    // own, and take turns.)
    NarratorMemo* memo = nullptr;
    for (NarratorMemo& m : narrator_memo_)
      if (m.list == list || m.list < 0) {
        memo = &m;
        break;
      }
    if (!memo) return -1;
    if (memo->list != list) {
      memo->list = list;
      memo->narrator = -1;
      memo->end = 0;
      // (An introduction is a short first line.)
      const std::size_t nl = std::string_view(doc_.text).substr(0, kNarratorLine).find('\n');
      if (nl != std::string_view::npos && !a_.sentences.empty()) {
        // (The first line's sentences: a cue phrase among them.)
        bool cue = false;
        for (std::uint32_t s = 0; s < a_.sentences.size() && t_.toks[sb(s)].begin < nl; ++s)
          cue = cue || any_hit(s, list, sb(s), se(s));
        // (A cue line with no one named, "Media release", is followed by its
        // byline: "Senator the Hon Penny Wong, Minister for Foreign Affairs".)
        std::size_t end = nl;
        const std::string_view text(doc_.text);
        auto first_in = [&](std::size_t from, std::size_t to) {
          for (std::size_t mi = 0; mi < a_.mentions.size() && t_.toks[a_.mentions[mi].tb].begin < to; ++mi) {
            const Mention& m = a_.mentions[mi];
            if (t_.toks[m.tb].begin < from) continue;
            if (m.code.empty() || m.anaphor || !(m.type == EntityType::country || m.type == EntityType::person)) continue;
            if (m.type == EntityType::country && m.form == CountryForm::capital) continue;
            return int(mi);
          }
          return -1;
        };
        if (cue) {
          memo->narrator = first_in(0, nl);
          if (memo->narrator < 0 && nl + 1 < text.size()) {
            const std::size_t next = text.find('\n', nl + 1);
            const std::size_t byline = next == std::string_view::npos ? text.size() : next;
            if (byline - nl <= kNarratorLine && (memo->narrator = first_in(nl + 1, byline)) >= 0) end = byline;
          }
        }
        memo->end = std::uint32_t(end);
      }
    }
    if (memo->narrator < 0 || t_.toks[k].begin < memo->end) return -1;
    // (Outside quotation marks: an even number of them in its line before
    // it, after the first line; in a line longer than kLineBack bytes, in
    // its last kLineBack.)
    const int first = line_first_token(k);
    std::uint32_t q = first >= 0 ? std::uint32_t(first) : k;
    if (first < 0)
      while (q > 0 && t_.toks[q - 1].begin + kLineBack > t_.toks[k].begin) --q;
    while (q < k && t_.toks[q].begin < memo->end) ++q;
    std::uint32_t quotes = 0;
    for (; q < k; ++q) {
      const std::string_view w = key(q);
      if (w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D") ++quotes;
    }
    return quotes % 2 == 0 ? memo->narrator : -1;
  }
  static constexpr std::size_t kNarratorLine = 600;  // bytes: the longest first line that introduces a narrator
  static constexpr std::uint32_t kLineBack = 4096;    // bytes: how far back a line's start is looked for

  // Resolves "its", "their", "it", "they", "his", "her", "he", "she" at token k.
  // (`accept`: a role that takes only people takes no country through "it".)
  bool pronoun(std::uint32_t k, std::vector<Filler>& out, std::uint16_t accept = 0xFFFF) {
    const std::string_view w = key(k);
    const bool thing = eq(w, "its") || eq(w, "it") || eq(w, "their") || eq(w, "they") || eq(w, "them");
    const bool person = eq(w, "his") || eq(w, "her") || eq(w, "he") || eq(w, "she") || eq(w, "him");
    if (eq(w, "we") || eq(w, "our") || eq(w, "i") || eq(w, "my")) {
      const int mi = speaker(k);
      if (mi < 0) return false;
      if (!(accept & (kAcceptCountry | kAcceptPerson))) return true;
      if (a_.mentions[mi].type == EntityType::country && !(accept & kAcceptCountry)) return true;
      add_mention(out, mi);
      out.back().tb = k;
      out.back().te = k + 1;
      return true;
    }
    if (!thing && !person) return false;
    // "Recalling his own visit to Russia, Li said": in a phrase in -ing or
    // after a preposition that opens the sentence, the subject after the
    // comma first.
    const std::uint32_t open = sb(std::uint32_t(sentence_of(k)));
    // (Not a subject pronoun right after the phrase, with no comma between:
    // "In Seoul she met Kim Jin-pyo, while President Yoon Suk Yeol ...":
    // she is the clause's subject, named before.)
    bool fronted = eq(w, "his") || eq(w, "her") || eq(w, "him");
    for (std::uint32_t j = open; j < k && !fronted; ++j) fronted = is(j, ",");
    // (Nor the subject right after the phrase's comma: "Defying a travel
    // ban, he crossed into Colombia ..., meeting Jair Bolsonaro".)
    if ((eq(w, "he") || eq(w, "she")) && k > open && is(k - 1, ",")) fronted = false;
    int found = person && k > open && fronted && (prep(open) || ends_in(open, "ing", 5)) ? cataphor(k) : -1;
    // ("Wong met her in Canberra": "her" before a preposition or a
    // punctuation mark is an object, like "him".)
    const bool object = eq(w, "him") || (eq(w, "her") && (k + 1 >= n_toks_ || !t_.toks[k + 1].is_word() || prep(k + 1)));
    // "by the United States, Britain and France, all of which have closed
    // their embassies": the list right before ", all of which" (or "both",
    // "each") is the clause's subject, whatever governs it.
    if (found < 0 && thing)
      for (std::uint32_t q = k; q >= open + 5 && q + 8 > k; --q) {
        if (!is(q - 1, "which")) continue;
        if (is(q - 2, "of") && (is(q - 3, "all") || is(q - 3, "both") || is(q - 3, "each")) && is(q - 4, ",")) {
          const int mi = a_.mention_of[q - 5];
          if (mi >= 0 && a_.mentions[mi].type == EntityType::country && !a_.mentions[mi].code.empty()) found = mi;
        }
        break;
      }
    // ("Having closed its embassy in Kabul on Sunday ..., Norway will for now
    // handle Afghan affairs from Qatar": in a phrase in -ing that opens the
    // sentence, "its" and "their" are the country that opens the clause
    // after its comma.)
    if (found < 0 && (eq(w, "its") || eq(w, "their")) && in_fronted_ing(std::uint32_t(sentence_of(k)), k))
      for (std::uint32_t j = k + 1; j + 1 < se(std::uint32_t(sentence_of(k))); ++j) {
        if (boundary(j)) break;
        if (!is(j, ",")) continue;
        const int mi = a_.mention_of[j + 1];
        if (mi >= 0 && a_.mentions[mi].type == EntityType::country && !a_.mentions[mi].code.empty() &&
            a_.mentions[mi].tb == j + 1)
          found = mi;
        break;
      }
    if (found < 0 && eq(w, "its")) found = elided_subject(k);
    // ("Secretary of State James Baker and Iraqi Foreign Minister Tariq Aziz
    // failed to break the deadlock when they met in Geneva": "they" after
    // two people joined by "and" who open its sentence are those two.)
    if (found < 0 && eq(w, "they") && (accept & kAcceptPerson)) {
      const int first = two_people_subject(k);
      if (first >= 0) {
        const std::size_t more = out.size();
        add_mention(out, first);
        expand(out, first, a_.mentions[first].sentence, kAcceptPerson, 1);
        for (std::size_t i = more; i < out.size(); ++i) {
          out[i].tb = k;
          out[i].te = k + 1;
        }
        return true;
      }
    }
    if (found < 0 && (eq(w, "his") || eq(w, "her"))) found = participle_subject(k);
    if (found < 0) found = antecedent(k, person, eq(w, "its"), object);
    // ("During his visit to Beijing, Putin ...", but not past a person of
    // unknown country that the pronoun names: "Richard Nixon ... Three
    // months later he became the first American president to visit Moscow,
    // where he and Leonid Brezhnev signed".)
    if (found == -1 && person) found = cataphor(k);
    if (found < 0) return true;  // a pronoun we cannot resolve: stop looking further
    if (accept == kAcceptPerson && a_.mentions[found].type != EntityType::person) return true;
    // ("their convoy came under fire as it left Baghdad": a role of people
    // takes no country through "it".)
    if (!(accept & (kAcceptCountry | kAcceptCapital | kAcceptAnaphor)) && a_.mentions[found].type == EntityType::country)
      return true;
    if (a_.mentions[found].non_state) return true;  // (a firm's office is no country's mission)
    {
      // "The Baltic states ... their embassies": each country of a group.
      const std::size_t first = out.size();
      add_mention(out, found);
      for (std::size_t i = first; i < out.size(); ++i) {
        out[i].tb = k;
        out[i].te = k + 1;
      }
    }
    if (eq(w, "their") || eq(w, "they") || eq(w, "them")) {
      // "Germany and France ... their embassies" ("The three Gulf states and
      // Egypt ... their diplomatic missions": an anaphor of several too)
      const std::size_t more = out.size();
      expand(out, found, a_.mentions[found].sentence, kAcceptCountry | kAcceptAnaphor, -1);
      for (std::size_t i = more; i < out.size(); ++i) {
        out[i].tb = k;
        out[i].te = k + 1;
      }
    }
    return true;
  }

  // The first of two named people of known country who open the sentence
  // of pronoun k, joined by "and" and followed by a verb in lower case
  // ("James Baker and Tariq Aziz failed to ... when they met"); else -1.
  int two_people_subject(std::uint32_t k) const {
    const int s = sentence_of(k);
    if (s < 0) return -1;
    // The person a name at q gives: through a demonym or a country that opens
    // the person's phrase ("Iraqi Foreign Minister Tariq Aziz", "U.S.
    // Secretary of State James Baker", person_of_demonym()) and past a title
    // of its own ("Secretary of State James Baker"); of known country.
    auto person_at = [&](std::uint32_t q) {
      int mi = person_of_demonym(q < k ? a_.mention_of[q] : -1, k, kAcceptPerson, true);
      if (mi >= 0 && a_.mentions[mi].type == EntityType::person && a_.mentions[mi].te < k) {
        const int n = a_.mention_of[a_.mentions[mi].te];
        if (n >= 0 && a_.mentions[n].type == EntityType::person) mi = n;
      }
      const bool ok = mi >= 0 && a_.mentions[mi].type == EntityType::person && !a_.mentions[mi].code.empty() &&
                      a_.mentions[mi].te < k;
      return ok ? mi : -1;
    };
    const int x = person_at(opening(std::uint32_t(s), k));
    if (x < 0 || a_.mentions[x].object_of_preposition) return -1;
    const std::uint32_t a = a_.mentions[x].te;
    if (a + 1 >= k || !is(a, "and")) return -1;
    const int y = person_at(a + 1);
    if (y < 0) return -1;
    const std::uint32_t v = a_.mentions[y].te;
    if (!t_.toks[v].is_word() || t_.toks[v].cap() || a_.mention_of[v] >= 0 || prep(v)) return -1;
    return x;
  }

  // "Mr. Gorbachev welcomed the President and Nancy Reagan in the Kremlin,
  // recalling the good spirit of his own visit to Washington": in a phrase
  // in -ing after a comma, "his" or "her" at k is the person that opens the
  // sentence, its subject (of the pronoun's gender); else -1.
  int participle_subject(std::uint32_t k) const {
    const int s = sentence_of(k);
    if (s < 0) return -1;
    const std::uint32_t b = sb(std::uint32_t(s));
    std::uint32_t c = k;
    while (c > b + 1 && !is(c - 1, ",")) --c;
    if (c <= b + 1 || c >= k || !t_.toks[c].is_word() || t_.toks[c].cap() || !ends_in(c, "ing", 5)) return -1;
    const std::uint32_t open = opening(std::uint32_t(s), k);
    for (std::uint32_t q = open; q < c - 1 && q < open + 6; ++q) {
      const int mi = a_.mention_of[q];
      if (mi < 0) continue;
      const Mention& m = a_.mentions[mi];
      if (m.type != EntityType::person || m.code.empty() || m.object_of_preposition || other_gender(m, k)) return -1;
      return mi;
    }
    return -1;
  }

  // "India criticised Pakistan and shut its embassy in Kabul": "its" right
  // after "and", maybe auxiliaries and adverbs, and a verb in lower case belongs to
  // that verb's subject, which is left out: the country that opens the
  // clause before "and" (not Pakistan, the object). Its mention, or -1.
  int elided_subject(std::uint32_t k) const {
    const int s = sentence_of(k);
    if (s < 0 || k < sb(std::uint32_t(s)) + 4) return -1;
    const std::uint32_t b = sb(std::uint32_t(s));
    std::uint32_t j = k - 1;  // the verb
    if (!t_.toks[j].is_word() || t_.toks[j].cap() || a_.mention_of[j] >= 0 || prep(j)) return -1;
    --j;
    while (j > b && in(words_.auxiliaries | words_.verb_adverbs, j)) --j;
    if (!is(j, "and")) return -1;
    // The clause's first name, when a verb in lower case follows it before
    // "and" (the subject, not a name of a list: "Germany and France closed
    // their ...").
    std::uint32_t from = opening(std::uint32_t(s), j);
    for (std::uint32_t q = from; q + 2 < j; ++q)
      if (comma_opens_clause(q)) from = q + 2;
    for (std::uint32_t q = from; q < j; ++q) {
      const int mi = a_.mention_of[q];
      if (mi < 0) continue;
      const Mention& m = a_.mentions[mi];
      if (m.type != EntityType::country || m.anaphor || m.object_of_preposition || m.code.empty()) return -1;
      const std::uint32_t v = m.te;
      if (!(v < j && t_.toks[v].is_word() && !t_.toks[v].cap() && a_.mention_of[v] < 0 && !prep(v) && !is(v, "and")))
        return -1;
      // (One plain clause up to "and": no comma, no clause of its own
      // inside: "prompting Taipei to announce that it was shutting its
      // embassy and recalling its staff" is Taipei's.)
      for (std::uint32_t r = v; r < j; ++r)
        if (is(r, ",") || is(r, "that") || is(r, "which") || is(r, "who") || is(r, "to") || boundary(r)) return -1;
      return mi;
    }
    return -1;
  }

  // The mention a pronoun at token k refers to, or -1: the nearest country
  // (or person) before it that is not the object of a preposition, in this
  // sentence or the two before.
  // With `its`, a demonym that modifies the object of an earlier verb is
  // only a fallback: in "Bahrain expelled the Qatari ambassador and closed
  // its embassy" the embassy is Bahrain's. (Not for "their": "ordered
  // Latvian diplomats to close their consulate".)
  // With `him`, the subject of the pronoun's own short clause is not it:
  // "an Iraqi journalist hurled his shoes at him" (but "a tour that took
  // him": the clause's subject is "that").
  // (antecedent()'s answer for a pronoun whose person is known but of no
  // known country.)
  static constexpr int kUnknownPerson = -2;
  // (`from`, when given, is where the walk back begins, before the
  // pronoun's own sentence: see the "him" of a clause below.)
  int antecedent(std::uint32_t k, bool person, bool its = false, bool him = false, std::uint32_t from = ~0u) {
    const int here = sentence_of(k);
    // ("As Russian columns closed in on the capital, most Western
    // governments moved their diplomats west": after a fronted clause of a
    // conjunction, a "their" or "its" whose own clause opens with a subject
    // that names no one names that subject, not a country of the fronted
    // clause.)
    if (!person && from == ~0u && here >= 0 && (is(k, "its") || is(k, "their")))
      if (const std::uint32_t c = fronted_clause_end(std::uint32_t(here), k);
          c > 0 && c + 1 < k && !subject_pronoun(c + 1) && t_.toks[c + 1].is_word()) {
        bool named = false;
        for (std::uint32_t q = c + 1; q < k && !named; ++q) named = a_.mention_of[q] >= 0;
        if (!named) return -1;
      }
    // ("The evacuations accelerated as Western governments pulled out their
    // diplomats": a plural of states that names none, the subject right
    // before the pronoun's verb, owns it; the type's unnamed-states.)
    if (!person && from == ~0u && here >= 0 && type_->unnamed_states_list >= 0 && (is(k, "its") || is(k, "their")))
      if (unnamed_states_own(std::uint32_t(here), k)) return -1;
    // ("Pyongyang has notified Madrid that it is closing its embassy in
    // Spain": "it" after "that" and a government told something is the
    // one who told it; data/lexicon/government-object-verbs.txt.)
    if (!person && from == ~0u && here >= 0)
      if (const int teller = teller_of(std::uint32_t(here), k); teller >= 0) return teller;
    const int reach = from == ~0u ? here : sentence_of(from);  // (two sentences before this one at most)
    int fallback = -1;  // the nearest one after a preposition, if nothing better
    int person_between = -1;  // the sentence of the nearest person named before the pronoun's sentence
    bool same_clause = him;  // (no comma or clause boundary yet between k and j)
    // ("Poland, whose embassy has looked after American interests, closed
    // its mission": a relative clause between the pronoun's clause and its
    // subject is passed over.)
    if (k > 0) {
      std::uint32_t v = k;  // the verb before the pronoun, then the clause's closing comma
      while (v > 0 && v + 3 > k && t_.toks[v - 1].is_word() && !t_.toks[v - 1].cap() && a_.mention_of[v - 1] < 0) --v;
      if (v < k && v > 1 && is(v - 1, ",")) {  // (the comma first: most pronouns have none there)
        const int vs = sentence_of(v);
        if (vs >= 0 && v > sb(std::uint32_t(vs)))
          if (const RelativeClause rc = relative_clause_before(std::uint32_t(vs), v); rc.close > 0 && rc.open > 0) {
            const int mi = a_.mention_of[rc.open - 1];
            // (Of the pronoun's gender: "Joe Biden, who took tea with her
            // at Windsor Castle, said she had 'defined an era'".)
            if (mi >= 0 && (person ? a_.mentions[mi].type == EntityType::person : a_.mentions[mi].type == EntityType::country) &&
                !a_.mentions[mi].code.empty() && !a_.mentions[mi].object_of_preposition &&
                !(person && other_gender(a_.mentions[mi], k)))
              return mi;
          }
      }
    }
    // ("In Doha he was received by Prime Minister and Foreign Minister Sheikh
    // Mohammed, and in Riyadh he held talks with Prince Faisal": the same
    // "he" or "she" as the subject of an earlier clause of the sentence,
    // joined by ", and", "; and" or ", but", names the same person.)
    if (person && from == ~0u && pronoun_links_ < kPronounLinks && here >= 0 && (is(k, "he") || is(k, "she"))) {
      bool joined = false;
      for (std::uint32_t j = k; j > sb(std::uint32_t(here));) {
        --j;
        if ((is(j, "and") || is(j, "but")) && j > sb(std::uint32_t(here)) && (is(j - 1, ",") || boundary(j - 1))) joined = true;
        if (joined && key(j) == key(k))
          if (const int found = linked_antecedent(j); found >= 0) return found;
      }
    }
    // ("The distinguished guest arrived in Havana after a brief stopover in
    // Managua, where he was received by Nicaraguan President Daniel
    // Ortega": a "he" or "she" after a guest or visitor that opens the
    // sentence, with no person named between, is that guest; epithet().)
    if (person && from == ~0u && here >= 0 && (is(k, "he") || is(k, "she"))) {
      const std::uint32_t q = opening(std::uint32_t(here), k);
      if (q + 1 < k && is(q, "the")) {
        bool named = false;
        for (std::uint32_t j = q; j < k && !named; ++j)
          named = a_.mention_of[j] >= 0 && a_.mentions[a_.mention_of[j]].type == EntityType::person;
        for (std::uint32_t j = q + 1; !named && j < k && j < q + 5; ++j)
          if (guest_noun(std::uint32_t(here), j)) {
            if (const int found = epithet(std::uint32_t(here), j, k); found >= 0) return found;
            break;
          }
      }
    }
    // ("The Houthis and their allies were stuck in Djibouti after Egypt and
    // Sudan refused to let their plane cross their airspace. They landed in
    // Geneva late on Monday": "they" or "it" that opens a sentence is the
    // group or body that opened the one before, not the countries of its
    // later clause.)
    if (!person && from == ~0u && here > 0 && k == sb(std::uint32_t(here)) && (is(k, "they") || is(k, "it"))) {
      std::uint32_t q = opening(std::uint32_t(here - 1), se(std::uint32_t(here - 1)));
      if (q < se(std::uint32_t(here - 1)) && is(q, "the")) ++q;
      const int mi = q < se(std::uint32_t(here - 1)) ? a_.mention_of[q] : -1;
      if (mi >= 0 && a_.mentions[mi].tb == q && a_.mentions[mi].type == EntityType::organization &&
          (a_.mentions[mi].international || a_.mentions[mi].non_state))
        return mi;
    }
    for (std::int64_t j = std::int64_t(from == ~0u ? k : from) - 1; j >= 0; --j) {
      const int mi = a_.mention_of[j];
      if (mi < 0) {
        // ("closed its mission and pulled out its staff": the same pronoun
        // before it in its sentence names the same owner; so does "it":
        // "Poland, which has looked after U.S. interests in Iraq, said it had
        // withdrawn all its embassy staff".)
        if (its && !him && (is(std::uint32_t(j), "its") || is(std::uint32_t(j), "it")) && sentence_of(std::uint32_t(j)) == here)
          return antecedent(std::uint32_t(j), person, is(std::uint32_t(j), "its"), him);
        // ("Out of office, he went where sitting presidents would not. In
        // June 1994 he crossed the DMZ to meet Kim Il Sung": the same "he"
        // or "she" in an earlier sentence, before any subject of another
        // name, names whom this one does; the chain reaches further back
        // than two sentences, a few links at most.)
        // (So does a "him" after the sentence's subject "he" before it: "In
        // May he toured Saudi Arabia, Qatar and the United Arab Emirates.
        // June took him to Canada for the G7 summit".)
        const bool same_person = key(std::uint32_t(j)) == key(k) ? (is(k, "he") || is(k, "she"))
                                                                  : (is(k, "him") && is(std::uint32_t(j), "he"));
        if (person && pronoun_links_ < kPronounLinks && same_person && sentence_of(std::uint32_t(j)) < here &&
            !(t_.toks[j].flags & text::kUpper))
          if (const int found = linked_antecedent(std::uint32_t(j)); found >= 0) return found;
        if (same_clause && (boundary(std::uint32_t(j)) || is(std::uint32_t(j), ",") || k - j > 6 ||
                            is(std::uint32_t(j), "that") || is(std::uint32_t(j), "which") || is(std::uint32_t(j), "who") ||
                            in(words_.conjunctions | words_.clause_openers, std::size_t(j))))
          same_clause = false;
        continue;
      }
      const Mention& m = a_.mentions[mi];
      if (int(m.sentence) + 2 < reach) break;
      // (Not the dateline's place, nor the news agency in brackets after it:
      // "PARIS (AFP) - European governments ..., with France, Germany ...
      // all saying their embassies"; AFP is French.)
      if (mi == a_.dateline || dateline_credit(m)) continue;
      // (Nor in a digest's earlier item, under a dateline of its own:
      // "CAMBODIA: ... Cambodian People's Party ...\nWASHINGTON - The State
      // Department said it had suspended operations ... and moved its staff".)
      if (int(m.sentence) < here && a_.datelines.size() > 1 &&
          dateline_index(m.sentence) != dateline_index(std::uint32_t(here)))
        break;
      if (m.type == EntityType::person && int(m.sentence) < here && person_between < 0) person_between = int(m.sentence);
      // ("Taiwan's Deputy Foreign Minister told reporters that it would
      // close its embassy": for "it", the country that owns the official.)
      if (!person && m.type == EntityType::person && m.np_tb < m.tb && int(m.sentence) == here) {
        const int owner = a_.mention_of[m.np_tb];
        // (A possessor, or a demonym that opens the sentence: not "ordered
        // the Kenyan ambassador to leave and closed its embassy".)
        if (owner >= 0 && owner != mi && a_.mentions[owner].type == EntityType::country && !a_.mentions[owner].code.empty() &&
            !a_.mentions[owner].object_of_preposition && a_.mentions[owner].te <= m.tb && !object_np(m) &&
            ((t_.toks[a_.mentions[owner].te].flags & text::kPossessive) || a_.mentions[owner].tb == sb(m.sentence)))
          return owner;
      }
      j = m.np_tb < m.tb ? m.np_tb : m.tb;
      // ("Margaret Thatcher received him at Chequers. ... he met Ronald
      // Reagan": a person of the other gender is not the one meant.)
      if (person && m.type == EntityType::person && other_gender(m, k)) continue;
      // ("Mr. Baker's shuttle diplomacy had taken him to Jerusalem": the
      // owner of the trip that takes "him" is the one taken.)
      if (him && person && m.type == EntityType::person && int(m.sentence) == here && m.te + 1 < k &&
          (t_.toks[m.te].flags & text::kPossessive) && k - m.te <= 8) {
        bool trip = false;
        for (std::uint32_t q = m.te + 1; q < k && !trip; ++q) trip = in(words_.trip_nouns, q);
        if (trip) return mi;
      }
      if (same_clause && person && m.type == EntityType::person && int(m.sentence) == here) {
        same_clause = false;
        continue;
      }
      // "The European Union also pulled its staff out": an international
      // body as the subject of this sentence owns the "its".
      // ("a China-brokered deal": a name joined by a hyphen to the next
      // word modifies it; it is no antecedent.)
      if (m.te < n_toks_ && (t_.toks[m.te].flags & text::kJoiner)) continue;
      // ("pro-Palestinian protesters", "anti-American": a stance, no actor.)
      if (m.tb >= 2 && (t_.toks[m.tb - 1].flags & text::kJoiner) && (is(m.tb - 2, "pro") || is(m.tb - 2, "anti"))) continue;
      // So does a company, party, armed group or NGO ("Norwegian energy
      // group Equinor said it would close its representative office in
      // Moscow"), which fills no role.
      if (!person && m.type == EntityType::organization && (m.international || m.non_state) && int(m.sentence) == here &&
          !m.object_of_preposition)
        return mi;
      // ("The State Department said on Friday it had ordered the American
      // embassy in Afghanistan closed and its remaining diplomats flown
      // out": a government's body that opens the sentence is the "it" that
      // says so, and owns the "its" after it.)
      // ("The State Department ordered its embassy in Pakistan closed": the
      // "its" of its own verb too, at most three words after the body's
      // name; not "The Foreign Office said the embassy had moved its staff".)
      // (So after a semicolon and "and": "Bill Clinton ordered strikes on
      // targets in Afghanistan and Sudan; and the State Department
      // temporarily shut its embassies in Uganda".)
      // (A preposition before the semicolon governs nothing after it.)
      if (!person && (is(k, "it") || (is(k, "its") && k <= m.te + 3)) && m.type == EntityType::organization &&
          !m.code.empty() && int(m.sentence) == here) {
        std::uint32_t np = std::min(m.np_tb, m.tb);
        if (np > sb(m.sentence) && is(np - 1, "the")) --np;
        const bool after_semicolon =
            (np > sb(m.sentence) && boundary(np - 1)) ||
            (np > sb(m.sentence) + 1 && (is(np - 1, "and") || is(np - 1, "but")) && boundary(np - 2));
        if (after_semicolon || (!m.object_of_preposition && np <= opening(m.sentence, m.tb) + 1)) return mi;
      }
      if (m.code.empty()) {
        // "Opposition leader Juan Guaido returned home after a tour ... with
        // Brazil's Jair Bolsonaro. In Bogota, he joined ...": a person of no
        // known country as a subject is the one meant; the pronoun's country
        // is unknown, not the next person's. (Not one who speaks: "Peskov
        // said his visit ...".)
        // (Two sentences back too when the one between names no one: '"War
        // is an absurdity," he said. Later in the day he held talks'; the
        // subject before an object of its own sentence.)
        if (person && m.type == EntityType::person && !m.title_only && !m.object_of_preposition &&
            (int(m.sentence) + 1 >= here || ((person_between < 0 || person_between == int(m.sentence)) &&
                                             (fallback < 0 || a_.mentions[fallback].sentence == m.sentence))) &&
            !(m.te < n_toks_ && in(words_.speech_verbs, m.te)) && !object_np(m))
          return kUnknownPerson;
        continue;
      }
      const bool kind_ok = person ? (m.type == EntityType::person) : (m.type == EntityType::country);
      if (!kind_ok) continue;
      // ("ordering Qatar's embassies closed and withdrawing their own
      // missions from Doha": "their own", "its own" set their owner against
      // the other owner just named.)
      if (!person && k + 1 < n_toks_ && is(k + 1, "own") && int(m.sentence) == here && m.te < k &&
          (t_.toks[m.te].flags & text::kPossessive))
        continue;
      // ("He met Ronald Reagan in Geneva ...; he signed the INF treaty ...
      // and walked Reagan through Red Square. In May 1989 he flew to
      // Beijing": a person named in an earlier sentence after the same "he"
      // or "she" is no new subject; the pronoun goes on naming who that one
      // names. A few links at most, so that a long story's chain of "he"
      // costs no more than its sentences.)
      if (person && pronoun_links_ < kPronounLinks && (is(k, "he") || is(k, "she"))) {
        const std::uint32_t at = std::min(m.np_tb, m.tb);
        std::int64_t same = -1;
        // (Not "HE", His Excellency in a press agency's style.)
        if (int(m.sentence) < here)
          for (std::uint32_t q = sb(m.sentence); q < at; ++q)
            if (key(q) == key(k) && !(t_.toks[q].flags & text::kUpper)) same = q;
        if (same >= 0)
          if (const int found = linked_antecedent(std::uint32_t(same)); found >= 0) return found;
        // ("... he sat across from Blinken in Reykjavik. Rex Tillerson and
        // Mike Pompeo both came to see him in Moscow. ... he has toured
        // Africa"; "Hillary Clinton handed him a button; he and John Kerry
        // struck a deal": the subjects of a clause whose object is "him"
        // are not the one "him" names, nor so the later "he": the walk goes
        // on before them.)
        if (bound_object(m, is(k, "he") ? "him" : "her", k))
          if (const int found = linked_antecedent(k, std::min(m.np_tb, m.tb)); found >= 0) return found;
      }
      // ("... which both countries deny. ... it closed its embassies": "it"
      // and "its" name one country, never a plural anaphor.)
      if (!person && m.plural_anaphor && (is(k, "its") || is(k, "it"))) continue;
      // ("two days after the United States pulled its diplomats out": a
      // name after a conjunction that is also a preposition is the subject
      // of its own clause when a verb follows it; "the ambassador to Nepal
      // left" is no clause.)
      // ("days after Switzerland temporarily closed its embassy": an adverb
      // between.)
      const std::uint32_t verb_at =
          m.te + 1 < n_toks_ && in(words_.verb_adverbs, m.te) && !t_.toks[m.te].cap() ? m.te + 1 : m.te;
      const bool clause_subject = m.object_of_preposition && m.prep_token >= 0 && m.te < n_toks_ &&
                                  int(m.sentence) == here && conjunction(std::uint32_t(m.prep_token)) &&
                                  object_of_verb(verb_at);
      // ("..., with Norway and Denmark closing their embassies": the names
      // after "with" are the subject of the participle that follows them.)
      const bool with_subject = m.object_of_preposition && m.prep_token >= 0 && m.te < n_toks_ &&
                                int(m.sentence) == here && is(std::uint32_t(m.prep_token), "with") && m.te < k &&
                                t_.toks[m.te].is_word() && !t_.toks[m.te].cap() && ends_in(m.te, "ing", 5);
      // ("was received by Cuban President Miguel Diaz-Canel, closing a tour
      // that took him to Brazil": a titled name after a preposition is its
      // object too.)
      // (Nor the object of a verb: "Lavrov met Wang Yi, and his delegation
      // then travelled": the subject comes first.)
      // ("talks with Naledi Pandor, South Africa's foreign minister, who
      // defended ...": an apposition of an object is one too.)
      const bool titled_object = person && (object_np(m) || apposed_to_object(m));
      // ("He went on to Eritrea, where President Isaias Afwerki praised
      // Moscow. In February he became ...": a relative clause's subject in
      // a sentence before is no later "he".)
      const bool relative_subject = person && int(m.sentence) < here && where_clause_subject(m);
      // ("the final stop of Wang's African tour, which earlier took him to
      // Namibia", "Xi Jinping's state visit to Moscow, where he held talks":
      // the owner of what the pronoun's relative clause is about.)
      if (person && m.type == EntityType::person && int(m.sentence) == here && m.te + 2 < k &&
          (t_.toks[m.te].flags & text::kPossessive))
        for (std::uint32_t q = m.te + 1; q + 1 < k && q < m.te + 10; ++q)
          if (is(q, ",") && (is(q + 1, "which") || is(q + 1, "that") || is(q + 1, "where"))) return mi;
      // ("a similar move by Denmark, which shut its mission": the name a
      // relative clause of the pronoun's is about.)
      if (m.object_of_preposition && int(m.sentence) == here && m.te + 1 < k && is(m.te, ",") &&
          (is(m.te + 1, "which") || is(m.te + 1, "who")) && !is(std::uint32_t(m.prep_token), "of") &&
          (person ? m.type == EntityType::person : m.type == EntityType::country))
        return mi;
      // ("the Embassy of the Republic of Korea in Sudan has suspended its
      // operations": the owner of a mission, after its noun and "of", owns
      // the "its"; see EventType::owned_list.)
      if (its && !person && m.object_of_preposition && int(m.sentence) == here && type_->owned_list >= 0 &&
          is(std::uint32_t(m.prep_token), "of") && m.prep_token > 0 &&
          phrase_before(m.sentence, type_->owned_list, std::uint32_t(m.prep_token), 0))
        return mi;
      // ("kept its embassies in Kenya and Tanzania closed on Saturday, ...,
      // and shut its missions": the last name of a list after "in", before
      // a verb with no object, is no subject either.)
      const bool listed_object = !person && int(m.sentence) == here && m.te + 1 < k && t_.toks[m.te].is_word() &&
                                 !t_.toks[m.te].cap() && !possessive_determiner(m.te + 1) && !is(m.te + 1, "the") &&
                                 a_.mention_of[m.te + 1] < 0 && in_listed_place(mi);
      // ("Orban ... met Volodymyr Zelensky in Kyiv and Vladimir Putin in the
      // Kremlin, before flying to China to see Xi Jinping. He then attended":
      // a person of an earlier sentence who is a verb's object is not first.)
      const bool earlier_object = person && m.type == EntityType::person && int(m.sentence) < here && (object_np(m) || second_object(m));
      // ("The leaders of France, Germany and Italy travelled to Kyiv on an
      // overnight train from Poland on Thursday, their first visit to
      // Ukraine": the countries of the people who open the sentence own
      // "their", not the object of "from".)
      bool people_of = false;
      if (!person && m.object_of_preposition && int(m.sentence) == here && is(std::uint32_t(m.prep_token), "of") &&
          m.prep_token >= 1) {
        const std::uint32_t n = std::uint32_t(m.prep_token) - 1;
        const std::uint32_t open = opening(m.sentence, n);
        // (data/lexicon/people-plurals.txt: "leaders", "presidents", ...)
        people_of = in(words_.people_plurals, n) &&
                    (n == open || (n == open + 1 && is(open, "the")) || (n == open + 2 && is(open, "the")));
      }
      if ((m.object_of_preposition && !clause_subject && !with_subject && !people_of) || titled_object || listed_object || relative_subject ||
          earlier_object || (its && adjective_in_object(m))) {
        if (fallback < 0) fallback = mi;
        continue;
      }
      // "Modi and President Paul Kagame signed agreements. ... he addressed":
      // of two people joined by "and", the first leads; so in a later clause
      // of the sentence ("Marcos and Indonesian President Joko Widodo agreed
      // ..., while in Singapore he met").
      if (person) {
        const std::uint32_t at = m.np_tb < m.tb ? m.np_tb : m.tb;
        if (at >= 2 && is(at - 1, "and")) {
          bool apart = int(m.sentence) < here;  // (the pronoun in another sentence or clause)
          // (Or a semicolon: "he and John Kerry struck a deal there; he sat
          // across from Blinken".)
          for (std::uint32_t q = m.te; q < k && !apart; ++q)
            apart = (q + 1 < k && is(q, ",") && (clause_word(q + 1) || is(q + 1, "but"))) || boundary(q);
          // ("Ramaphosa spent Monday in Oslo, where he and Norwegian Prime
          // Minister Jonas Gahr Store launched ..., and Tuesday in Sweden,
          // where he met": a pronoun first is the one it stands for.)
          if (apart && (is(at - 2, "he") || is(at - 2, "she"))) return antecedent(at - 2, true);
          const int first = a_.mention_of[at - 2];
          // (Not two objects: "after meeting Prime Minister Lawrence Wong
          // and Lee Hsien Loong. In Jakarta he signed".)
          if (apart && first >= 0 && a_.mentions[first].type == EntityType::person && !a_.mentions[first].code.empty()) {
            if (!object_np(a_.mentions[first])) return first;
            if (fallback < 0) fallback = mi;
            continue;
          }
        }
      }
      return mi;
    }
    return fallback;
  }

  // antecedent() of the person pronoun at k, walking back from `from`, as
  // one more link of a chain of pronouns (at most kPronounLinks).
  int linked_antecedent(std::uint32_t k, std::uint32_t from = ~0u) {
    ++pronoun_links_;
    const int found = antecedent(k, true, false, false, from);
    --pronoun_links_;
    return found;
  }

  // Is "him" or "her" (`object`) an object in person m's own clause, after
  // m? (m cannot be the one it names.)
  bool bound_object(const Mention& m, std::string_view object, std::uint32_t before) const {
    const std::uint32_t e = std::min(se(m.sentence), before);
    // (Across "and": "Rex Tillerson and Mike Pompeo both came to see him".)
    for (std::uint32_t q = m.te; q < e && q < m.te + 12; ++q) {
      if (boundary(q) || is(q, ",") || is(q, "who") || is(q, "which") || is(q, "that") || (clause_word(q) && !is(q, "and")))
        return false;
      if (key(q) == object) return true;
    }
    return false;
  }

  // Is a person the second object of a verb, after "and", the first with a
  // place and a time of its own? ("met Volodymyr Zelensky in Kyiv on July 2
  // and Vladimir Putin in the Kremlin three days later")
  bool second_object(const Mention& m) const {
    const std::uint32_t b = sb(m.sentence);
    const std::uint32_t np = std::min(m.np_tb, m.tb);
    if (m.type != EntityType::person || np < b + 2 || !is(np - 1, "and")) return false;
    for (std::int64_t q = std::int64_t(np) - 2; q > std::int64_t(b) && q + 12 > std::int64_t(np); --q) {
      if (boundary(std::uint32_t(q)) || is(std::uint32_t(q), ",")) return false;
      const int o = a_.mention_of[std::size_t(q)];
      if (o < 0) continue;
      const Mention& om = a_.mentions[o];
      const std::uint32_t onp = std::min(om.np_tb, om.tb);
      if (om.type == EntityType::person && onp > b && plain_verb(onp - 1)) return true;
      if (!om.object_of_preposition) return false;
      q = std::int64_t(onp);
    }
    return false;
  }

  // Is a person's noun phrase the object of a preposition or a verb? ("a
  // tour that took him to Brazil, closing with Cuban President Miguel
  // Diaz-Canel", "talks with Brazil's Jair Bolsonaro": the possessor opens
  // the phrase.)
  bool object_np(const Mention& m) const {
    const std::uint32_t b = sb(m.sentence);
    std::uint32_t np = std::min(m.np_tb, m.tb);
    // ("is due to meet National Assembly speaker Kim Jin-pyo": a body's name
    // before the title belongs to the phrase.)
    if (np > b && a_.mention_of[np - 1] >= 0) {
      const Mention& body = a_.mentions[a_.mention_of[np - 1]];
      if (body.type == EntityType::organization && body.te == np) np = std::min(body.np_tb, body.tb);
    }
    if (np >= b + 2 && (t_.toks[np - 1].flags & text::kPossessive) && a_.mention_of[np - 2] >= 0) {
      const Mention& owner = a_.mentions[a_.mention_of[np - 2]];
      const std::uint32_t onp = std::min(owner.np_tb, owner.tb);
      if (onp > b && (prep(onp - 1) || object_of_verb(onp - 1))) return true;
      // ("talks with Japan's Takeo Mori and South Korea's Choi Jong-kun":
      // the possessor's phrase is the second of two objects; below.)
      if (!(onp >= b + 2 && (is(onp - 1, "and") || is(onp - 1, ",")))) return false;
      np = onp;
    }
    if ((m.np_tb < m.tb && preposition_before_np(m, b, 0) >= 0) || (np > b && object_of_verb(np - 1))) return true;
    // ("hosted Japanese Prime Minister Fumio Kishida and Philippine President
    // Ferdinand Marcos Jr.": the second of two objects is one too.)
    if (np >= b + 2 && (is(np - 1, "and") || is(np - 1, ",")) && a_.mention_of[np - 2] >= 0) {
      const Mention& first = a_.mentions[a_.mention_of[np - 2]];
      if (first.type == EntityType::person && first.tb < m.tb) return object_np(first);
    }
    return false;
  }

  // The person a demonym belongs to ("Cuban President Miguel Diaz-Canel"),
  // when the finder accepts that person; else mi.
  // With `names_too`, also a country's name that opens the person's noun
  // phrase: "Vanuatu leader Charlot Salwai", "Solomon Islands Prime
  // Minister Jeremiah Manele".
  int person_of_demonym(int mi, std::uint32_t e, std::uint16_t accept, bool names_too = false) const {
    if (mi < 0) return mi;
    const Mention& c = a_.mentions[mi];
    const bool name = names_too && c.type == EntityType::country && !c.anaphor &&
                      (c.form == CountryForm::name || c.form == CountryForm::official || c.form == CountryForm::abbreviation) &&
                      !(t_.toks[c.te - 1].flags & text::kPossessive);
    if (c.form != CountryForm::demonym && !name) return mi;
    for (std::uint32_t j = a_.mentions[mi].te; j < e && j < a_.mentions[mi].te + 5; ++j) {
      const int pm = a_.mention_of[j];
      if (pm < 0 || pm == mi) continue;
      // (The person's noun phrase holds the demonym, or starts right after
      // it: "Chinese Premier Wen Jiabao".)
      if (a_.mentions[pm].type == EntityType::person && !a_.mentions[pm].title_only &&
          std::min(a_.mentions[pm].np_tb, a_.mentions[pm].tb) <= a_.mentions[mi].te && accepts(a_.mentions[pm], accept))
        return pm;
      j = a_.mentions[pm].te - 1;
    }
    return mi;
  }

  // "its Afghan mission": a demonym right before the anchor at tb, after
  // "its" or "their", names where the mission is, not whose it is.
  // The mention that opens the list of names m ends, when they are listed
  // between the owner's pronoun, or a verb, and the noun at tb and name
  // where the missions are: "its Angola and Uganda embassies", a headline's
  // "DPRK shuts Angola + Uganda embassies"; or m's own index for a demonym
  // after "its" or "their" ("its Afghan mission"). Else -1.
  int owned_places(const Mention& m, std::uint32_t b, std::uint32_t tb) const {
    if (m.type != EntityType::country || m.te != tb || m.tb <= b) return -1;
    if (m.form == CountryForm::demonym)
      return is(m.tb - 1, "its") || is(m.tb - 1, "their") ? a_.mention_of[m.tb] : -1;
    if (m.form != CountryForm::name) return -1;
    std::uint32_t p = m.tb - 1;
    int first = a_.mention_of[m.tb];
    while (p > b && (is(p, "and") || is(p, ",") || is(p, "+") || is(p, "&"))) {
      const int x = a_.mention_of[p - 1];
      if (x < 0 || a_.mentions[x].te != p || a_.mentions[x].type != EntityType::country ||
          a_.mentions[x].form != CountryForm::name || a_.mentions[x].tb <= b)
        return -1;
      p = a_.mentions[x].tb - 1;
      first = x;
    }
    const bool listed = first != a_.mention_of[m.tb];
    return is(p, "its") || is(p, "their") || (listed && plain_verb(p)) ? first : -1;
  }

  // The token of the person that "his", "her", "their" or a country in the
  // possessive at k opens the noun phrase of ("her Russian counterpart
  // Sergei Lavrov", "Chile's Gabriel Boric"), or k.
  std::uint32_t person_after_owner(std::uint32_t k, std::uint32_t e, std::uint16_t accept) const {
    std::uint32_t j = k;
    if (is(k, "his") || is(k, "her") || is(k, "their")) {
      j = k + 1;
    } else {
      const int mi = a_.mention_of[k];
      // ("received South Korea's National Assembly Speaker": the office
      // right after a body is the one received.)
      if (mi >= 0 && a_.mentions[mi].type == EntityType::organization && a_.mentions[mi].te < e) {
        const int pm = a_.mention_of[a_.mentions[mi].te];
        if (pm >= 0 && a_.mentions[pm].tb == a_.mentions[mi].te && a_.mentions[pm].type == EntityType::person &&
            accepts(a_.mentions[pm], accept))
          return a_.mentions[pm].tb;
        return k;
      }
      if (mi < 0 || a_.mentions[mi].type != EntityType::country || a_.mentions[mi].te >= e ||
          !(t_.toks[a_.mentions[mi].te].flags & text::kPossessive))
        return k;
      j = a_.mentions[mi].te + 1;
    }
    for (std::uint32_t q = j; q < e && q < j + 4; ++q) {
      const int pm = a_.mention_of[q];
      if (pm < 0) continue;
      const Mention& p = a_.mentions[pm];
      if (p.type == EntityType::person && !p.title_only && accepts(p, accept) && std::min(p.np_tb, p.tb) <= j + 3) return p.tb;
      // (a demonym may come first; so may a title of its own: "Qatar's Emir
      // Sheikh Tamim bin Hamad Al Thani")
      if (p.type == EntityType::person && p.title_only) {
        q = p.te - 1;
        continue;
      }
      if (p.type != EntityType::country || p.form != CountryForm::demonym) return k;
      q = p.te - 1;
    }
    return k;
  }

  // Does sentence s name a place: a place (not the dateline's own mention,
  // `dateline`), a country after one of `before` (skipping "the": "visited
  // China in 2015 and held talks with President Xi Jinping"), or a word of
  // `list` ("in the capital", "the truce village")? (A country that is the
  // subject of talks is no place: "discussed Kosovo and North Korea with".)
  bool names_a_place(std::uint32_t s, const std::vector<std::string>& before, int list, int dateline) {
    const std::uint32_t b = sb(s), e = se(s);
    if (any_hit(s, list, b, e)) return true;
    // ("NEW YORK - ... Rouhani, on his second visit to New York as
    // president, also met French President Francois Hollande": a place of
    // the dateline's own country says where the dateline does.)
    const std::string_view home = dateline >= 0 ? dateline_country(dateline) : std::string_view();
    for (std::uint32_t k = b; k < e; ++k) {
      const int mi = a_.mention_of[k];
      if (mi < 0 || mi == dateline || a_.mentions[mi].tb != k) continue;
      const Mention& m = a_.mentions[mi];
      if (m.type == EntityType::place && !home.empty() && m.code == home) continue;
      if (m.type == EntityType::place) return true;
      // (A body of known country after one of the words names its seat:
      // "Lula, who met Joe Biden at the White House in February".)
      const bool seat = m.type == EntityType::organization && !m.code.empty() && !m.international && !m.non_state;
      if (!seat && (m.type != EntityType::country || m.form == CountryForm::demonym)) continue;
      const std::uint32_t p = k > b && is(k - 1, "the") ? k - 1 : k;
      if (p > b && one_of(before, key(p - 1))) return true;
    }
    return false;
  }

  // Is mention mi a place or a country the finder accepts (where a
  // sentence happens: "in Johannesburg, where", "In Paris on Wednesday")?
  bool place_mention(int mi, std::uint16_t accept) const {
    const Mention& m = a_.mentions[mi];
    return accepts(m, accept) && (m.type == EntityType::place || m.type == EntityType::country);
  }

  // See Rule::negation_after_passive.
  const Hit* passive_cancel(const Rule& rule, const EventType& type, std::uint32_t s, std::uint32_t te, std::uint32_t e) {
    if (rule.negation_after_passive <= 0 || type.negation_after_list < 0) return nullptr;
    const std::uint32_t hi = std::min(e, te + std::uint32_t(rule.negation_after_passive));
    if (!may_hit(s, type.negation_after_list, hi)) return nullptr;
    for (const Hit& h : hits_in(s, te, hi)) {
      if (!h.lists.has(type.negation_after_list) || h.te > hi || h.tb == 0) continue;
      // ("his visit to Belgrade, planned for June 6-7, did not take place")
      if (in(words_.auxiliaries, h.tb - 1) || is(h.tb - 1, "did")) return &h;
    }
    return nullptr;
  }

  // The preposition before a mention's noun phrase, title included, with at
  // most `words` lower-case words between ("of ousted president Pedro
  // Castillo", "with Togolese President Faure Gnassingbe"), or -1. (The
  // recognizer's object_of_preposition looks right before the name only.)
  int preposition_before_np(const Mention& m, std::uint32_t b, int words) const {
    std::uint32_t p = std::min(m.np_tb, m.tb);
    if (p > b && possessive_determiner(p - 1)) --p;  // "with his counterpart"
    for (int n = 0; n <= words && p > b; ++n) {
      --p;
      if (prep(p)) return int(p);
      if (t_.toks[p].kind != text::TokKind::word || t_.toks[p].cap()) return -1;
    }
    return -1;
  }

  // "his", "her", "their", "its": part of the noun phrase after it.
  bool possessive_determiner(std::uint32_t k) const {
    return is(k, "his") || is(k, "her") || is(k, "their") || is(k, "its");
  }
  // "kept its embassies in Kenya and Tanzania closed": is mention mi the
  // last of a list of names whose first is the object of a preposition
  // (no conjunction)? Then it is no subject of the verb after it, where
  // that verb has no object of its own ("Tanzania closed on Saturday";
  // not "in Managua and Nicaragua shut its mission", tested by the caller).
  bool in_listed_place(int mi) const {
    for (int n = 0; n < 8; ++n) {
      const Mention& m = a_.mentions[std::size_t(mi)];
      if (m.object_of_preposition) return !conjunction(std::uint32_t(m.prep_token)) && n > 0;
      const std::uint32_t first = std::min(m.np_tb, m.tb);
      if (first < 2) return false;
      std::uint32_t p = first - 1;
      if (is(p, "and") || is(p, "or")) {
        if (is(p - 1, ",")) --p;
      } else if (!is(p, ",")) {
        return false;
      }
      if (p == 0) return false;
      const int prev = a_.mention_of[p - 1];
      if (prev < 0 || a_.mentions[std::size_t(prev)].te != p || a_.mentions[std::size_t(prev)].sentence != m.sentence ||
          a_.mentions[std::size_t(prev)].type != m.type)
        return false;
      mi = prev;
    }
    return false;
  }
  // "its", "their": a mission's owner named again ("its embassy in Iran").
  bool owner_pronoun(std::uint32_t k) const { return is(k, "its") || is(k, "their"); }
  // A country or a place: a name a mission can be in or a trip can go to.
  static bool is_place(const Mention& m) { return m.type == EntityType::country || m.type == EntityType::place; }
  // Does token k belong to such a name?
  bool place_at(std::uint32_t k) const {
    const int mi = a_.mention_of[k];
    return mi >= 0 && is_place(a_.mentions[mi]);
  }
  // The start of a window of w words before token tb in sentence s. A list
  // of places counts as its first name: the names after a comma or "and"
  // that follows a place, and those words, are free ("Posts in Abu Dhabi,
  // Amman, ... and Tripoli will remain shut"; "no decision had been taken
  // on whether the missions in Washington, London, Paris and Bonn would be
  // closed"). (At most 64 free words: a list of thousands costs no more.
  // The walk is taken only when the plain window's edge falls on or next to
  // a place.)
  [[gnu::always_inline]] std::uint32_t words_back(std::uint32_t s, std::uint32_t tb, std::uint32_t w) const {
    const std::uint32_t b = sb(s);
    const std::uint32_t lo = tb >= b + w ? tb - w : b;
    if (lo == b || !(place_at(lo) || place_at(lo - 1) || (lo + 1 < tb && place_at(lo + 1)))) return lo;
    return list_words_back(s, tb, w);
  }
  // (The walk itself, out of line: the windows that need it are few.)
  [[gnu::noinline]] std::uint32_t list_words_back(std::uint32_t s, std::uint32_t tb, std::uint32_t w) const {
    const std::uint32_t b = sb(s), e = se(s);
    std::uint32_t lo = tb;
    for (std::uint32_t n = 0, steps = 0; lo > b && n < w && steps < w + 64; ++steps) {
      --lo;
      bool free;
      if (place_at(lo)) {
        const std::uint32_t first = a_.mentions[a_.mention_of[lo]].tb;
        free = first > b + 1 && (is(first - 1, ",") || is(first - 1, "and")) && place_at(first - 2);
      } else {
        free = (is(lo, ",") || is(lo, "and")) && lo > b && lo + 1 < e && place_at(lo - 1) && place_at(lo + 1);
      }
      if (!free) ++n;
    }
    return lo;
  }

  // Does a word that opens another clause stand in [from, to)? ("to visit
  // Syria since the country was suspended": the suspension is not the
  // visit's.)
  // (data/lexicon/clause-conjunctions.txt and clause-openers.txt)
  // (A semicolon too, with a name after it: "Britain and Germany have also
  // shut their embassies; Turkey's stays open for now"; not "said the
  // Italian mission had shut; that was wrong".)
  bool clause_opens(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = from; k < to; ++k) {
      if (clause_word(k)) return true;
      if (is(k, ";"))
        for (std::uint32_t q = k + 1; q < to; ++q)
          if (a_.mention_of[q] >= 0) return true;
    }
    return false;
  }
  bool clause_word(std::uint32_t k) const { return in(words_.conjunctions | words_.clause_openers, k); }
  // A subject pronoun, which opens a clause of its own.
  bool subject_pronoun(std::uint32_t k) const {
    return is(k, "he") || is(k, "she") || is(k, "they") || is(k, "we") || is(k, "i");
  }
  // Is the word at `at` (after `from`) the verb of a clause of its own, a
  // name and "and" before it? ("France said it was also shutting its
  // embassy, and Spain suspended activity at its mission": Spain's verb.)
  bool own_subject_after_and(std::uint32_t from, std::uint32_t at) const {
    if (at == 0 || at <= from + 1) return false;
    const int mi = a_.mention_of[at - 1];
    if (mi < 0 || a_.mentions[mi].te != at) return false;
    const Mention& m = a_.mentions[mi];
    if (m.type != EntityType::country && m.type != EntityType::person) return false;
    const std::uint32_t np = std::min(m.np_tb, m.tb);
    return np > from && is(np - 1, "and");
  }
  // ("a summit in Washington, but dropped planned stops in Venezuela": a
  // verb of cancelling after "but" with a place of its own in its object
  // cancels another trip; "was due to travel to India, but called off the
  // trip" cancels this one.)
  bool cancels_another(std::uint32_t s, std::uint32_t from, const Hit& cue) const {
    bool but = false;
    for (std::uint32_t k = from; k < cue.tb && !but; ++k) but = is(k, "but");
    if (!but) return false;
    for (std::uint32_t k = cue.te; k < se(s) && k < cue.te + 6 && !boundary(k); ++k)
      if (const int mi = a_.mention_of[k];
          mi >= 0 && (a_.mentions[mi].type == EntityType::place || a_.mentions[mi].type == EntityType::country))
        return true;
    return false;
  }

  // A preposition that also opens a clause: "after", "before", "since"
  // (data/lexicon/clause-conjunctions.txt).
  bool conjunction(std::uint32_t k) const { return in(words_.conjunctions, k); }
  // The comma that closes a clause fronted by a conjunction in sentence s
  // before token upto ("As Russian columns closed in on the capital, ..."),
  // or 0 when the sentence opens with none.
  std::uint32_t fronted_clause_end(std::uint32_t s, std::uint32_t upto) const {
    const std::uint32_t open = opening(s, upto);
    if (open + 2 >= upto || !(conjunction(open) || is(open, "when") || is(open, "while"))) return 0;
    std::uint32_t c = open + 1;
    while (c < upto && !is(c, ",") && !boundary(c)) ++c;
    return c < upto && is(c, ",") ? c : 0;
  }
  // A lower-case word in -ed ("hosted", "planned") or -ing ("holding"): a
  // participle, for the tests that need a verb and have no tagger.
  bool ends_in(std::uint32_t k, std::string_view suffix, std::size_t min_size) const {
    const std::string_view w = key(k);
    return w.size() >= min_size && w.substr(w.size() - suffix.size()) == suffix;
  }

  // A demonym before a noun in the object of a verb: "expelled the Qatari
  // ambassador", "ordered Iranian diplomats out".
  bool adjective_in_object(const Mention& m) const {
    if (m.type != EntityType::country || m.form != CountryForm::demonym || m.anaphor) return false;
    if (m.te >= n_toks_ || t_.toks[m.te].kind != text::TokKind::word || t_.toks[m.te].cap()) return false;
    const std::int64_t b = sb(m.sentence);
    std::int64_t p = std::int64_t(std::min(m.np_tb, m.tb)) - 1;
    if (p >= b && (is(std::size_t(p), "the") || is(std::size_t(p), "a") || is(std::size_t(p), "an"))) --p;
    return p >= b && object_of_verb(std::uint32_t(p));
  }

  // Does the trigger at tb stand in a relative clause opened before it
  // (", who", ", which" with no comma since)?
  // "Modi's China visit", "her Japan trip": is m a country's name right
  // before a trip's noun at tb, after an owner (or, with `article`, after
  // "the" or "a")? It is where the trip goes; "the US embassy" is no trip,
  // and "US" is the embassy's owner.
  bool trip_destination(const Mention& m, std::uint32_t b, std::uint32_t tb, bool article) const {
    if (m.type != EntityType::country || m.form != CountryForm::name || m.te != tb || m.tb <= b ||
        !in(words_.trip_nouns, tb))
      return false;
    const std::uint32_t k = m.tb - 1;
    return possessive_determiner(k) || (t_.toks[k].flags & text::kPossessive) || (article && (is(k, "the") || is(k, "a")));
  }
  // Is person m an apposition, after a comma, of a person right before it
  // who is the object of a preposition or a verb?
  bool apposed_to_object(const Mention& m) const {
    const std::uint32_t b = sb(m.sentence);
    std::uint32_t at = std::min(m.np_tb, m.tb);
    // ("with the President of the Russian Federation, H.E. Mr. Vladimir
    // Putin": the courtesies of a readout, past_excellency(), between the
    // comma and the name.)
    for (std::uint32_t q = at; q > b + 1 && q + 5 > at; --q)
      if (is(q - 1, ",")) {
        const std::uint32_t past = past_excellency(q, se(m.sentence));
        if (past > q && past >= at && past <= m.tb) at = q;
        break;
      }
    if (at < b + 2 || !is(at - 1, ",")) return false;
    int p = a_.mention_of[at - 2];
    if (p < 0 || &a_.mentions[p] == &m) return false;
    // ("the President of the Russian Federation, ...": the title before the
    // country it is of.)
    if (const Mention& c = a_.mentions[p]; c.type == EntityType::country && c.prep_token > int(b) &&
                                            is(std::uint32_t(c.prep_token), "of"))
      if (const int t = a_.mention_of[c.prep_token - 1]; t >= 0 && a_.mentions[t].type == EntityType::person) p = t;
    const Mention& before = a_.mentions[p];
    return before.type == EntityType::person && (before.object_of_preposition || object_np(before));
  }
  // EventType::denied_after_list: a report (a phrase of reporting_list
  // before the trigger) that the next sentence denies, in its first twelve words, with
  // a phrase that ends a clause: "... reported earlier that Egypt had closed
  // its embassy in Khartoum. Cairo denies this."
  const Hit* denied_next(const EventType& type, std::uint32_t s, std::uint32_t tb) {
    if (s + 1 >= a_.sentences.size() || type.reporting_list < 0 || !any_hit(s, type.reporting_list, sb(s), tb))
      return nullptr;
    // (In a briefing, past the question that asks about it: "A Japanese
    // newspaper reported that China will close its consulate-general in
    // Nagasaki. Can you confirm? / Wang Wenbin: I'm not aware of what you
    // mentioned.")
    std::uint32_t n = s + 1;
    if (n + 1 < a_.sentences.size() && is(se(n) - 1, "?")) ++n;
    const std::uint32_t b = sb(n), e = se(n), hi = std::min(e, b + 12);
    if (!may_hit(n, type.denied_after_list, hi)) return nullptr;
    for (const Hit& h : hits_in(n, b, hi))
      if (h.lists.has(type.denied_after_list) &&
          (h.te >= e || is(h.te, ".") || is(h.te, ",") || is(h.te, ":") || is(h.te, ";")))
        return &h;
    return nullptr;
  }
  // Is m's noun phrase the subject of a relative clause (", where ...",
  // ", who ...", ", which ...")?
  bool where_clause_subject(const Mention& m) const {
    const std::uint32_t b = sb(m.sentence), at = std::min(m.np_tb, m.tb);
    return at >= b + 2 && (is(at - 1, "where") || is(at - 1, "who") || is(at - 1, "which")) && is(at - 2, ",");
  }
  // Is there a comma between te and `at` that closes the relative clause
  // the trigger [tb, te) is in? ("Panama and the Dominican Republic, which
  // also saw their missions in Caracas shut, have suspended flights": the
  // verb after it is the main clause's.)
  // (Only when that verb has an object of its own: "the trip, which
  // included a meeting with Xi Jinping in Beijing, will be rescheduled"
  // reschedules the trip and its meeting.)
  bool closes_relative_clause(std::uint32_t s, std::uint32_t tb, std::uint32_t te, const Hit& cue) const {
    bool comma = false;
    for (std::uint32_t k = te; k < cue.tb && !comma; ++k) comma = is(k, ",");
    if (!comma || cue.te >= se(s)) return false;
    const std::uint32_t o = cue.te;
    const bool own_object = t_.toks[o].is_word() && !t_.toks[o].cap() && !prep(o) && !in(words_.trip_nouns, o) &&
                            !in(words_.auxiliaries, o);
    return own_object && in_relative_clause(s, tb);
  }

  bool in_relative_clause(std::uint32_t s, std::uint32_t tb) const {
    for (std::uint32_t k = tb; k > sb(s) + 1; --k) {
      if (is(k - 1, ",")) return false;
      if ((is(k - 1, "who") || is(k - 1, "which")) && is(k - 2, ",")) return true;
    }
    return false;
  }

  // Is m a person of the other gender than the pronoun at token k ("he",
  // "his", "him" or "she", "her")? (Recognizer: Mention::gender.)
  bool other_gender(const Mention& m, std::uint32_t k) const {
    if (!m.gender) return false;
    const char g = is(k, "he") || is(k, "his") || is(k, "him") ? 'm' : is(k, "she") || is(k, "her") ? 'f' : 0;
    return g && g != m.gender;
  }

  // The first person named after token k in its sentence.
  // (The pronoun must be in a phrase set before the name with a comma: "He
  // spent the week meeting Argentina's Javier Milei" is not Milei's.)
  // Only for a pronoun with no person before it in its sentence ("Former
  // NBA star Dennis Rodman flew in for his second trip, days after ... a
  // U.S. envoy": Rodman's, whose country is unknown), and only a subject
  // after it ("for a U.S. envoy" is no subject).
  int cataphor(std::uint32_t k) const {
    const int sentence = sentence_of(k);
    for (std::uint32_t j = sb(std::uint32_t(sentence)); j < k; ++j) {
      const int mi = a_.mention_of[j];
      if (mi >= 0 && (a_.mentions[mi].type == EntityType::person || a_.mentions[mi].title_only)) return -1;
    }
    // (People inside the fronted phrase are passed over: "In Sydney, where
    // he was attending talks alongside Jim Mattis, Rex Tillerson urged".)
    bool comma = false;
    for (std::uint32_t j = k + 1; j < se(sentence); ++j) {
      comma |= is(j, ",");
      const int mi = a_.mention_of[j];
      if (mi >= 0 && a_.mentions[mi].type == EntityType::person && !a_.mentions[mi].code.empty()) {
        if (!comma || other_gender(a_.mentions[mi], k)) {
          j = a_.mentions[mi].te - 1;
          continue;
        }
        return !a_.mentions[mi].object_of_preposition ? mi : -1;
      }
    }
    return -1;
  }

  // The code of a place, a capital, a body or an official as of the time
  // the event is told at, when that is before the story's date and before a
  // succession: "Nikita Khrushchev flew to Belgrade" told in 2014 of May
  // 1955 is a visit to Yugoslavia (data/countries/successions.tsv). The
  // time is the one the event is output with (nearest_time()); names and
  // demonyms keep the state they name, as in the entities.
  std::string_view code_at_event_time(std::string_view code, int mention, std::uint32_t s, std::uint32_t tb,
                                      const Span& trig) {
    if (mention < 0 || code.empty() || lex_.successions.empty()) return code;
    const Mention& m = a_.mentions[mention];
    const bool by_place = m.type == EntityType::place || m.type == EntityType::organization ||
                          m.type == EntityType::person || (m.type == EntityType::country && m.form == CountryForm::capital);
    if (!by_place || m.anaphor || !lex_.is_successor(code)) return code;
    // (The time expressions that can name an earlier date hold a year,
    // "ago" or "last": a sentence with none of them has none.)
    bool dated = false;
    for (std::uint32_t k = sb(s); k < se(s) && !dated; ++k)
      dated = (t_.toks[k].kind == text::TokKind::number && t_.toks[k].key_len == 4) || is(k, "ago") || is(k, "last");
    if (!dated) {
      const std::string told = narrative_time(s);
      if (told.empty() || (!doc_.date.empty() && told >= doc_.date)) return code;
      return lex_.code_on(code, told);
    }
    // ("1972 - Allende visits Moscow in December": a year that opens a
    // timeline's line, before a dash or a colon, dates the line.)
    {
      std::uint32_t k = tb;  // (the first token of the trigger's line)
      while (k > sb(s) && !line_break_between(t_.toks[k - 1].end, t_.toks[k].begin)) --k;
      if (text::bullet_at(doc_.text, t_.toks[k].begin)) k += t_.toks[k].kind == text::TokKind::number ? 2 : 1;
      if (k + 1 < se(s) && t_.toks[k].kind == text::TokKind::number && t_.toks[k].key_len == 4 && (t_.dash(k + 1) || is(k + 1, ":"))) {
        const std::string_view y = key(k);
        if ((y.substr(0, 2) == "19" || y.substr(0, 2) == "20") && (doc_.date.empty() || y < doc_.date.substr(0, 4)))
          return lex_.code_on(code, y);
      }
    }
    const TimeExpr& t = nearest_time(s, trig.begin);
    if (t.value.empty() || (!doc_.date.empty() && t.value >= doc_.date)) return code;
    // (Only a time of the trigger's own clause: one that opens the
    // sentence, or one with no punctuation between it and the trigger; not
    // "since Ukraine won independence in 1991, six weeks after his trip to
    // Moscow".)
    const std::uint32_t first = opening(s, tb);  // (after a dateline)
    const bool opens = t.span.begin <= t_.toks[std::min(first + 1, se(s) - 1)].begin;
    const std::uint32_t from = std::min(t.span.end, trig.end), to = std::max(t.span.begin, trig.begin);
    if (!opens && from < to && doc_.slice(Span{from, to}).find_first_of(",;:()\"") != std::string_view::npos) return code;
    return lex_.code_on(code, t.value);
  }

  // The time a sentence that names none is told at, in a story that looks
  // back: "Forty years ago today Josip Broz Tito was laid to rest ... /
  // Leonid Brezhnev came from Moscow; Britain's Margaret Thatcher flew in"
  // (1980, Belgrade: Yugoslavia). The last time named before it in its
  // paragraph; in a paragraph that names no time at all, the last time
  // named before the paragraph. "" when the sentence names a time of its
  // own (not a year: "on Monday"), or none is found.
  std::string narrative_time(std::uint32_t s) {
    // (Only a story that names a year before the last succession, or
    // "years ago", can look back that far: once per document, a pass over
    // the tokens, instead of the sentences' times for every event of a
    // successor's place.)
    if (looks_back_ < 0) {
      const std::string_view last = lex_.latest_succession();
      const std::string_view last_year = last.substr(0, std::min<std::size_t>(4, last.size()));
      looks_back_ = 0;
      for (std::uint32_t k = 0; k < n_toks_ && !looks_back_; ++k) {
        const text::Tok& t = t_.toks[k];
        if (t.kind == text::TokKind::number && t.key_len == 4) looks_back_ = key(k) <= last_year;
        else if (k > 0 && is(k, "ago")) looks_back_ = is(k - 1, "years") || is(k - 1, "decades");
      }
    }
    if (!looks_back_) return "";
    auto time_in = [&](std::uint32_t q) { return nearest_time(q, t_.toks[se(q) - 1].end).value; };
    if (!time_in(s).empty()) return "";
    auto starts_paragraph = [&](std::uint32_t q) {
      return q == 0 || line_break_between(t_.toks[se(q - 1) - 1].end, t_.toks[sb(q)].begin);
    };
    bool own_paragraph = true;
    for (std::uint32_t q = s; q-- > 0;) {
      if (starts_paragraph(q + 1) && own_paragraph) {
        // (Leaving the sentence's paragraph: only if no sentence of it, the
        // ones after it included, names a time.)
        for (std::uint32_t r = s + 1; r < a_.sentences.size() && !starts_paragraph(r); ++r)
          if (!time_in(r).empty()) return "";
        own_paragraph = false;
      }
      // In the paragraph, the last time the sentence before names ("then
      // flew to Washington in December 1987 ... / Reagan returned the visit
      // in Moscow the following summer"). Before the paragraph, the first
      // time a sentence names (after a dateline), when it opens the
      // sentence or looks back ("In May 1980, ...", "Forty years ago today
      // ..."). Never a time after "since" ("on his first visit to
      // Jerusalem since 1967", "since it won independence in 1991"), after
      // which nothing is told at that time.
      const std::uint32_t open = opening(q, se(q));
      const TimeExpr& t = nearest_time(q, own_paragraph ? t_.toks[se(q) - 1].end : t_.toks[open].begin);
      if (t.value.empty()) continue;
      const bool ago = t.text.find(" ago") != std::string::npos;
      const bool opens = own_paragraph || t.span.begin <= t_.toks[std::min(open + 1, se(q) - 1)].begin;
      // ("since" in the time's clause, before it or as its first word)
      bool since = false;
      for (std::uint32_t k = tok_at(t.span.begin) + 1; k-- > sb(q) && !since && !is(k, ",") && !is(k, ";");)
        since = is(k, "since") || is(k, "until") || is(k, "till");
      return (ago || opens) && !since ? t.value : "";
    }
    return "";
  }

  // Are codes a and b one state on the story's date? ("Serbian" and
  // "Belgrade" in 1999: SRB and YUG, data/countries/successions.tsv.)
  // One state, or a state and its own territory ("Macron has landed in
  // Noumea": no visit abroad; data/countries/dependencies.tsv).
  // ("where he and Leonid Brezhnev signed" in Moscow, in a story of 1994: a
  // former state and its successor, SUN and RUS, are one state for who is
  // at home, whatever the date.)
  bool same_state(std::string_view a, std::string_view b) const {
    if (a == b) return true;
    if (lex_.plain_state(a) && lex_.plain_state(b)) return false;  // (most pairs: no succession, no territory)
    return (!doc_.date.empty() && (lex_.code_on(a, doc_.date) == b || lex_.code_on(b, doc_.date) == a)) ||
           lex_.succeeds(a, b) || lex_.succeeds(b, a) ||
           (!a.empty() && !b.empty() && (lex_.sovereign_of(a) == b || lex_.sovereign_of(b) == a));
  }

  // The last sentence that starts at or before token k (-1: none).
  int sentence_of(std::uint32_t k) const { return int(text::sentence_at(a_.sentences, k, last_sentence_of_)); }

  // "brought together HE President ... Felix Tshisekedi": the Gulf agencies'
  // "HE" (His Excellency) in capitals before a title or a name, no pronoun.
  bool excellency(std::uint32_t k, std::uint32_t e) const {
    return k + 1 < e && ((t_.toks[k].upper() && is(k, "he")) || is(k, "h.e.")) && t_.toks[k + 1].cap();
  }
  // Past the courtesies before a name in a ministry's list: "H.E. Mr.
  // Narendra Modi", "HE Sheikh ...", "the Hon. Anthony Albanese".
  std::uint32_t past_excellency(std::uint32_t k, std::uint32_t e) const {
    if (k + 2 < e && is(k, "the") && is(k + 1, "hon") && is(k + 2, ".")) return k + 3;
    if (!excellency(k, e)) return k;
    ++k;
    if (k + 1 < e && (is(k, "mr") || is(k, "ms") || is(k, "mrs") || is(k, "dr"))) {
      ++k;
      if (k < e && is(k, ".")) ++k;
    }
    return k;
  }
  // The first token of the object of a preposition that ends at `k`:
  // "the southwestern city of Chengdu", "the war-torn Sudanese capital".
  std::uint32_t object_after(std::uint32_t k, std::uint32_t e) const {
    const std::uint32_t from = k;
    for (int skipped = 0; k < e && skipped < 6 && a_.mention_of[k] < 0; ++skipped) {
      const auto& tk = t_.toks[k];
      // (Not into a clause of its own: "used her first Pacific visit to
      // promise that Canberra would listen".)
      // (Nor past an auxiliary, the verb of a clause the object ends
      // before: "Joining him at the table were Indonesian President Suharto".)
      const bool word = excellency(k, e) || (tk.kind == text::TokKind::word && !tk.cap() && !prep(k) && !is(k, "its") &&
                                             !in(words_.auxiliaries, k) &&
                                             !is(k, "their") && !is(k, "it") && !is(k, "them") && !is(k, "his") && !is(k, "her") &&
                                             !is(k, "that") && !is(k, "which") && !is(k, "who") && !is(k, "whether") &&
                                             !is(k, "what"));
      if (!(word || is(k, "of") || (tk.flags & text::kJoiner))) {
        // "the ancient Silk Road city of Xi'an": capitalised words of no
        // entity may stand in the phrase when "of" and a name end it.
        for (std::uint32_t j = k; j + 1 < e && j < from + 7; ++j) {
          if (a_.mention_of[j] >= 0 || t_.toks[j].kind != text::TokKind::word || (prep(j) && !is(j, "of"))) break;
          if (is(j, "of") && a_.mention_of[j + 1] >= 0) return j + 1;
        }
        break;
      }
      ++k;
    }
    return k;
  }

  // True when token k looks like a verb whose object follows: a lower-case
  // word that is neither a preposition nor in data/lexicon/clause-words.txt.
  bool object_of_verb(std::uint32_t k) const {
    const auto& t = t_.toks[k];
    // ("A five-member South Korean delegation": a hyphenated modifier.)
    if (k > 0 && (t_.toks[k - 1].flags & text::kJoiner)) return false;
    // ("Nine months later Vladimir Putin repaid the courtesy": an adverb,
    // data/lexicon/verb-adverbs.txt; but "the first British foreign
    // secretary to set foot" is an adjective after its article.)
    if (in(words_.verb_adverbs, k) && !(k > 0 && (is(k - 1, "the") || is(k - 1, "a") || possessive_determiner(k - 1))))
      return false;
    // ("It was Abiy's first trip to Somalia": a copula or an auxiliary takes
    // no object, data/lexicon/auxiliaries.txt.)
    if (in(words_.auxiliaries, k)) return false;
    // ("on the same day Xi Jinping sat down": a time word ends a time
    // phrase, data/lexicon/time-nouns.txt.)
    if (in(words_.time_nouns, k)) return false;
    // ("In October, a large Taiwanese delegation visited": after an article,
    // an adjective; the word before the article says, and a preposition
    // there has the phrase for its object: "after a contentious NATO summit".)
    if (k > 1 && (is(k - 1, "a") || is(k - 1, "an") || is(k - 1, "the")) && !in(words_.verb_adverbs, k))
      return prep(k - 2) || object_of_verb(k - 2);
    // ("the West African bloc ECOWAS", "energy group Equinor": a noun that
    // names the body after it, data/lexicon/org-nouns-before.txt.)
    return t.kind == text::TokKind::word && !t.cap() && !(t.flags & text::kPossessive) && !prep(k) &&
           !in(words_.clause_words | words_.org_nouns_before, k);
  }

  // The dateline over sentence s: the last one that opens a sentence at or
  // before it (a digest's items have their own), or -1.
  // (A binary search: a long document of many stories has many.)
  int dateline_for(std::uint32_t s) const {
    const std::size_t i = dateline_index(s);
    return i == 0 ? -1 : a_.datelines[i - 1].second;
  }
  // 1 + the index in Analysis::datelines of that dateline, or 0.
  std::size_t dateline_index(std::uint32_t s) const {
    const auto it = std::upper_bound(a_.datelines.begin(), a_.datelines.end(), s,
                                     [](std::uint32_t x, const std::pair<std::uint32_t, int>& d) { return x < d.first; });
    return std::size_t(it - a_.datelines.begin());
  }
  // The country of the dateline's mention dl: a body's seat ("UNITED
  // NATIONS, Sept 19 -"), else its own code ("" if unknown).
  std::string_view dateline_country(int dl) const {
    const Mention& d = a_.mentions[dl];
    return !d.seat.empty() ? d.seat : d.code;
  }
  // The dateline's place as a filler ("UNITED NATIONS, Sept 19 -": the
  // body's seat).
  void add_dateline(int dl, std::uint16_t accept, std::vector<Filler>& out) const {
    const Mention& m = a_.mentions[dl];
    if (m.type == EntityType::organization && !m.seat.empty() && (accept & kAcceptPlace))
      out.push_back(Filler{m.seat, dl, m.tb, m.te});
    else if (accepts(m, accept))
      add_mention(out, dl);
  }

  // "At the NATO summit in Madrid, Turkey's Erdogan held talks with ...",
  // "At a ceremony in Hanoi on Monday, ...": the place of a phrase of "at"
  // that opens sentence s (after its dateline) and ends with a comma before
  // the trigger at tb, naming an occasion in one to six words and its place
  // after "in"; the mention's index, or -1.
  int opening_gathering_place(std::uint32_t s, std::uint32_t tb) const {
    const std::uint32_t b = opening(s, tb);
    if (b + 4 >= tb || !is(b, "at")) return -1;
    std::uint32_t k = b + 1;
    // (A body may name the occasion: "the NATO summit", "an ASEAN meeting".)
    while (k < tb && k < b + 8 && (t_.toks[k].is_word() || t_.toks[k].kind == text::TokKind::number) &&
           (a_.mention_of[k] < 0 || a_.mentions[a_.mention_of[k]].type == EntityType::organization) && !is(k, "in"))
      ++k;
    if (k == b + 1 || k >= tb || !is(k, "in")) return -1;
    std::uint32_t p = k + 1;
    if (p < tb && is(p, "the")) ++p;
    const int mi = p < tb ? a_.mention_of[p] : -1;
    if (mi < 0 || a_.mentions[mi].tb != p) return -1;
    std::uint32_t after = a_.mentions[mi].te;
    // (a time between: "in Hanoi on Monday,")
    if (after + 2 < tb && is(after, "on") && t_.toks[after + 1].cap() && is(after + 2, ",")) after += 2;
    return after < tb && is(after, ",") ? mi : -1;
  }

  // Where sentence s opens, for a trigger at tb: after the dash of a
  // dateline ("HANOI, Dec 13 (Reuters) - On a visit to ..."), else at its
  // first token.
  std::uint32_t opening(std::uint32_t s, std::uint32_t tb) const {
    const std::uint32_t b = sb(s);
    const int dl = dateline_for(s);
    if (dl >= 0 && a_.mentions[dl].tb == b)
      for (std::uint32_t k = b; k < tb && k < b + 12; ++k)
        if (t_.dash(k)) return k + 1;
    // (A transcript's speaker label, one to four words in capitals and a
    // colon: "Q: Speaking in Jakarta yesterday, Blinken said", "MR PRICE:
    // ...", "JOURNALIST: ...": the sentence opens after it.)
    for (std::uint32_t k = b; k < tb && k < b + 5; ++k) {
      if (is(k, ":")) return k > b ? k + 1 : b;
      if (!t_.toks[k].is_word() || !t_.toks[k].upper()) break;
    }
    return b;
  }

  // Is token k in a phrase in -ing that opens sentence s (past a dateline),
  // before that phrase's comma? ("Having closed its embassy in Kabul on
  // Sunday ..., Norway will handle Afghan affairs from Qatar")
  // (With `or_pp`, also in a prepositional phrase that opens it, with no
  // name before k: "In separate talks with Wang, Iwaya called for the
  // release of Japanese nationals detained in China" ends at its comma; not
  // "In September 2023 Erdogan and Netanyahu finally met, on the sidelines
  // of ...", whose phrase ended before the names.)
  bool in_fronted_ing(std::uint32_t s, std::uint32_t k, bool or_pp = false) const {
    const std::uint32_t lead = opening(s, k);
    if (lead >= k || !t_.toks[lead].is_word()) return false;
    const bool ing = ends_in(lead, "ing", 5);
    const bool pp = !ing && or_pp && prep(lead) && t_.toks[lead].cap();
    if (!ing && !pp) return false;
    for (std::uint32_t q = lead; q < k; ++q)
      if (is(q, ",") || (pp && a_.mention_of[q] >= 0)) return false;
    return true;
  }

  // "Before arriving in Moscow, the veteran diplomat visited Paris": when
  // token j (right before the trigger at tb, past its auxiliaries and
  // adverbs) ends a phrase of the event type's epithets that opens with
  // "the" (words in lower case, numbers and hyphens between) at the start
  // of its clause, the person "he" would name there (no name of its own in
  // the phrase: "the Iranian president" has one); else -1.
  // Is token j of sentence s a noun of the event type's guests list
  // ("guest", "visitor": data/rules/diplomatic_visit.rules)?
  bool guest_noun(std::uint32_t s, std::uint32_t j) { return find_hit(s, type_->guest_list, j, j + 1, j) != nullptr; }
  int epithet(std::uint32_t s, std::uint32_t j, std::uint32_t tb) {
    const int list = type_->epithet_list;
    const std::uint32_t b = sb(s);
    // (In lower case: "the President" is a title, whose holder among
    // several named is unsure.)
    if (list < 0 || j + 1 > tb || j < b + 1 || !t_.toks[j].is_word() || t_.toks[j].cap()) return -1;
    if (!may_hit(s, list, j + 1)) return -1;
    bool head = false;
    for (const Hit& h : hits_in(s, j >= b + 3 ? j - 3 : b, j + 1)) head = head || (h.lists.has(list) && h.te == j + 1);
    if (!head) return -1;
    std::uint32_t q = j;
    while (q > b && q + 6 > j && !is(q - 1, "the") && a_.mention_of[q - 1] < 0 &&
           ((t_.toks[q - 1].is_word() && !t_.toks[q - 1].cap()) || t_.toks[q - 1].kind == text::TokKind::number ||
            (t_.toks[q - 1].flags & text::kJoiner)))
      --q;
    if (q <= b || !is(q - 1, "the")) return -1;
    for (std::uint32_t k = q; k <= j; ++k)
      if (a_.mention_of[k] >= 0 && !a_.mentions[a_.mention_of[k]].code.empty()) return -1;
    // (At its clause's start: not the object of a verb or preposition.)
    const std::uint32_t the = q - 1;
    if (!(the == opening(s, tb) || is(the - 1, ",") || is(the - 1, "and") || is(the - 1, "but") || is(the - 1, "while")))
      return -1;
    int found = antecedent(j, true, false, false);
    // "HAVANA - Raul Castro received ... the President of the Russian
    // Federation, Vladimir Putin ... The distinguished guest arrived in
    // Havana after a brief stopover in Managua": a guest or a visitor is
    // the last person named before, of a country not the dateline's, not
    // the host who received them.
    if (found >= 0 && guest_noun(s, j))
      if (const int dl = dateline_for(s); dl >= 0) {
        const std::string_view home = dateline_country(dl);
        if (!home.empty() && a_.mentions[found].code == home) {
          const std::uint32_t lo = s >= 2 ? sb(s - 2) : 0;
          // (mentions are sorted by tb: start at the last one before q)
          const auto at = std::lower_bound(a_.mentions.begin(), a_.mentions.end(), q,
                                           [](const Mention& m, std::uint32_t x) { return m.tb < x; });
          for (int mi = int(at - a_.mentions.begin()) - 1; mi >= 0 && a_.mentions[mi].tb >= lo; --mi) {
            const Mention& m = a_.mentions[mi];
            if (m.type == EntityType::person && !m.code.empty() && m.code != home) {
              found = mi;
              break;
            }
          }
        }
      }
    if (found < 0 || a_.mentions[found].type != EntityType::person || a_.mentions[found].code.empty()) return -1;
    return found;
  }

  // Is the one-word hit h the capitalised street word of a mission's
  // address, the mission named right before "in", "on" or "at"? ("the
  // Syrian Embassy in Belgrave Square is being closed", "ordered Iran's
  // embassy on Massachusetts Avenue closed": the street is no street shut.)
  bool in_address(std::uint32_t s, const Hit& h) {
    const std::uint32_t b = sb(s);
    if (h.te != h.tb + 1 || !t_.toks[h.tb].cap() || h.tb < b + 3 || type_->owned_list < 0) return false;
    std::uint32_t q = h.tb;
    while (q > b + 1 && q + 5 > h.tb &&
           ((t_.toks[q - 1].is_word() && t_.toks[q - 1].cap()) || (t_.toks[q - 1].flags & text::kPossessive) || is(q - 1, ".")))
      --q;
    if (q == h.tb || q < b + 2 || !(is(q - 1, "in") || is(q - 1, "on") || is(q - 1, "at"))) return false;
    const std::uint32_t at = q - 1;  // the preposition
    for (const Hit& m : hits_in(s, at >= b + 4 ? at - 4 : b, at))
      if (m.lists.has(type_->owned_list) && m.te == at) return true;
    return false;
  }

  // A relative clause that ends with a comma right before the trigger at
  // tb (auxiliaries and adverbs between): "Ghosn, who holds French
  // citizenship, arrived", "The Kenyan president, whose visit to Britain
  // was cancelled, arrived". open is its opening comma, close its closing
  // one; both 0 when there is none.
  // ("The group began in Singapore, where it met Prime Minister Lee Hsien
  // Loong, and went on to Kuala Lumpur": a clause of "where", and ", and"
  // before the verb.)
  struct RelativeClause {
    std::uint32_t open = 0, close = 0;
  };
  RelativeClause relative_clause_before(std::uint32_t s, std::uint32_t tb) const {
    const std::uint32_t b = sb(s);
    std::uint32_t w = tb;
    while (w > b && w + 3 > tb && in(words_.auxiliaries | words_.verb_adverbs, w - 1)) --w;
    if (w > b + 4 && is(w - 1, "and") && is(w - 2, ",")) --w;
    // ("Wang Yi began the tour in Egypt, where he and his counterpart Sameh
    // Shoukry discussed the war in Gaza, before stopping in Tunisia": a
    // participle after "before" or "after" has the main clause's subject.)
    const bool conjunction = w > b + 4 && (is(w - 1, "before") || is(w - 1, "after"));
    if (conjunction && is(w - 2, ",")) --w;
    // ("Rice began her trip in London, meeting Prime Minister Tony Blair and
    // Foreign Secretary Jack Straw before flying on to Berlin": so does one
    // after the participle phrase that a comma opens; its objects are not
    // the subject.)
    else if (conjunction && t_.toks[tb].is_word() && ends_in(tb, "ing", 5))
      for (std::uint32_t k = w - 2; k > b + 2 && k + 16 > w; --k) {
        if (boundary(k) || is(k, "who") || is(k, "which") || is(k, "where")) break;
        if (!is(k, ",")) continue;
        if (t_.toks[k + 1].is_word() && !t_.toks[k + 1].cap() && ends_in(k + 1, "ing", 5))
          return {k, w - 1};
        break;
      }
    if (w <= b + 3 || !is(w - 1, ",")) return {};
    for (std::uint32_t k = w - 2; k > b + 1 && k + 30 > tb; --k) {
      if (boundary(k)) break;
      if (!(is(k, "who") || is(k, "whose") || is(k, "which") || is(k, "where"))) continue;
      // ("Russia, whose deputy defence minister, Yunus-Bek Yevkurov, visited
      // Niamey": "whose", a few words, and a name between commas is the
      // subject of the verb after it, not a clause.)
      if (is(k, "whose")) {
        std::uint32_t c = k + 1;
        while (c + 1 < w && c < k + 6 && !is(c, ",")) ++c;
        const int pm = c + 1 < w && is(c, ",") ? a_.mention_of[c + 1] : -1;
        if (pm >= 0 && a_.mentions[pm].type == EntityType::person && a_.mentions[pm].tb == c + 1 && a_.mentions[pm].te + 1 == w)
          break;
      }
      if (!is(k - 1, ",")) break;
      // ("Japan's Emperor Naruhito, who rarely travels abroad, attended, as
      // did ...": the clause closes at its first comma when what follows up
      // to the trigger's comma is the main verb, a word or three in lower
      // case with no name.)
      std::uint32_t c = k + 1;
      while (c + 1 < w && !is(c, ",")) ++c;
      if (c + 1 < w && c + 5 > w) {
        bool verb = true;
        for (std::uint32_t q = c + 1; q + 1 < w && verb; ++q)
          verb = t_.toks[q].is_word() && !t_.toks[q].cap() && a_.mention_of[q] < 0 && !is(q, "and") && !is(q, "or");
        if (verb) return {k - 1, c};
      }
      return {k - 1, w - 1};
    }
    return {};
  }

  // A comma at k, then "and", "but", "while" or "whereas": another clause
  // opens ("..., and the Netherlands said").
  bool comma_opens_clause(std::uint32_t k) const {
    return is(k, ",") && (is(k + 1, "and") || is(k + 1, "but") || is(k + 1, "while") || is(k + 1, "whereas"));
  }

  // source() with no reporter after the trigger: the first name of the
  // sentence, when a verb of the list follows it: "The State Department
  // said the embassy in Kabul had suspended operations" (a body of known
  // country stands for it).
  void source_before(const Finder& f, std::uint16_t accept, std::uint32_t s, std::uint32_t tb, std::vector<Filler>& out) {
    // (The trigger's own clause: "Germany said the embassy was closed, and
    // the Netherlands said that the mission had been shut" is the
    // Netherlands' for "shut".)
    std::uint32_t from = opening(s, tb);
    for (std::uint32_t k = from; k + 2 < tb; ++k)
      if (comma_opens_clause(k)) from = k + 2;
    for (std::uint32_t j = from; j < tb; ++j) {
      if (boundary(j) || is(j, ",")) return;
      const int mi = a_.mention_of[j];
      if (mi < 0) continue;
      const Mention& m = a_.mentions[mi];
      std::uint32_t v = m.te;
      // ("Germany's foreign ministry said": the body its country owns.)
      if (v + 1 < tb && (t_.toks[v].flags & text::kPossessive) && a_.mention_of[v + 1] >= 0 &&
          a_.mentions[a_.mention_of[v + 1]].type == EntityType::organization)
        v = a_.mentions[a_.mention_of[v + 1]].te;
      while (v < tb && in(words_.verb_adverbs, v)) ++v;
      // (A government body stands for its country where the role's accept
      // class `government` says so: "The State Department said".)
      if (v < tb && find_hit(s, f.head_list, v, v + 1, v) && accepts(m, accept)) add_mention(out, mi);
      return;
    }
  }

  // ----- finders -----
  // find() of a rule's own finder at an anchor, remembered: what find()
  // adds depends on nothing else (the finder's rule gives the event type,
  // whose lists it reads; the rest is the document's analysis).
  void find_once(const Finder& f, std::uint16_t accept, std::uint32_t s, std::uint32_t tb, std::uint32_t te,
                 std::vector<Filler>& out) {
    std::uint64_t h = std::uint64_t(reinterpret_cast<std::uintptr_t>(&f)) * 0x9E3779B97F4A7C15ull;
    h ^= (std::uint64_t(s) << 40 | std::uint64_t(tb) << 20 | te) * 0xC2B2AE3D27D4EB4Full;
    h ^= std::uint64_t(accept) * 0x165667B19E3779F9ull;
    Workspace::FindMemo& m = w_.memo[(h ^ h >> 29) & (w_.memo.size() - 1)];
    if (m.generation == w_.memo_generation && m.f == &f && m.s == s && m.tb == tb && m.te == te && m.accept == accept) {
      out.insert(out.end(), m.fillers, m.fillers + m.n);
      return;
    }
    const std::size_t before = out.size();
    find(f, accept, s, tb, te, true, out);
    const std::size_t n = out.size() - before;
    if (n > 3) return;  // (rare: a long list; not kept)
    m.f = &f;
    m.s = s;
    m.tb = tb;
    m.te = te;
    m.generation = w_.memo_generation;
    m.accept = accept;
    m.n = std::uint8_t(n);
    std::copy(out.begin() + std::ptrdiff_t(before), out.end(), m.fillers);
  }

  // Appends the fillers that f finds to out.
  void find(const Finder& f, std::uint16_t accept, std::uint32_t s, std::uint32_t tb, std::uint32_t te,
            bool have_anchor, std::vector<Filler>& out) {
    // (find_hit below needs the sentence's phrase hits, which are cached.)
    if (!have_anchor && f.kind != FinderKind::context) return;
    const std::uint32_t b = sb(s), e = se(s);
    switch (f.kind) {
      case FinderKind::subject: {
        // "became the first US secretary of state to visit Fiji", "was the
        // last American president to visit Cuba": the one "the first ...
        // to" names, by its country or title, acts.
        // ("the first British monarch to make a state visit to the Republic
        // of Ireland": the verb of a noun trigger and its article between.)
        // (The verb and article before it: the type's light-verbs list.)
        std::uint32_t to_at = tb;
        if (f.anchor == Anchor::trigger && to_at > b + 5)
          to_at = phrase_start_before(s, type_->light_verbs_list, to_at);
        if (f.anchor == Anchor::trigger && to_at > b + 3 && is(to_at - 1, "to"))
          for (std::uint32_t q = to_at - 2; q > b && q + 10 > to_at; --q) {
            // ("the most senior American official to visit the North", "the
            // highest-ranking U.S. official to visit")
            if (!(is(q, "first") || is(q, "last") || is(q, "only") || is(q, "second") || is(q, "third") || is(q, "most") ||
                  is(q, "highest"))) {
              if (t_.toks[q].flags & text::kJoiner) continue;
              if (!t_.toks[q].is_word() || is(q, "who") || is(q, "that")) break;
              continue;
            }
            if (!is(q - 1, "the")) break;
            // (A title or a noun after the name: not "the first American to
            // visit Moscow", whose country is only a people's name.)
            for (std::uint32_t k = q + 1; k + 1 < to_at; ++k) {
              const int mi = a_.mention_of[k];
              if (mi >= 0 && a_.mentions[mi].te + 1 < to_at && accepts(a_.mentions[mi], accept)) {
                add_mention(out, mi);
                return;
              }
            }
            break;
          }
        // "did not see U.S. President Donald Trump, who had arrived on
        // Saturday": the name before ", who" is the subject of its clause,
        // even as the object of a verb before it.
        if (f.anchor == Anchor::trigger) {
          std::uint32_t w = tb;
          while (w > b && w + 3 > tb && in(words_.auxiliaries | words_.verb_adverbs, w - 1)) --w;
          // ("said Arafat's arrival was \"part of the agreement we signed\"":
          // a speaker's "we" or "I" right after "the" and a noun opens a
          // clause that qualifies the noun, and is the verb's subject: no one
          // the story names.)
          if (w > b + 2 && (is(w - 1, "we") || is(w - 1, "i")) && !t_.toks[w - 1].upper() && t_.toks[w - 2].is_word() &&
              !t_.toks[w - 2].cap() && a_.mention_of[w - 2] < 0 &&
              (is(w - 3, "the") || is(w - 3, "an") || is(w - 3, "a")))
            return;
          // ("..., diplomats arriving in the Jordanian capital said": a bare
          // group noun of @delegation-nouns right after a comma is the
          // subject, of no country; nothing before the comma is.)
          if (f.head_list >= 0 && w >= b + 2 && is(w - 2, ",") && t_.toks[w - 1].is_word() && !t_.toks[w - 1].cap() &&
              a_.mention_of[w - 1] < 0 && find_hit(s, f.head_list, w - 1, w, w - 1))
            return;
          // ("Fumio Kishida, who paid an official visit to Vietnam": a verb
          // of person-verbs.txt and its object's words between.)
          if (!(w >= b + 3 && is(w - 1, "who")))
            for (std::uint32_t v = w; v > b + 3 && v + 6 > tb; --v) {
              // ("Alberto Fujimori, who is on an official working visit to
              // Japan")
              if (is(v - 1, "on") && v > b + 4 && in(words_.auxiliaries, v - 2) && is(v - 3, "who")) {
                w = v - 2;
                break;
              }
              // ("Bill Clinton, who goes on to address the Jordanian
              // parliament": a verb of its own, "on to", the trigger)
              if (v == w && is(v - 1, "to") && v > b + 4 && is(v - 2, "on") && is(v - 4, "who") &&
                  t_.toks[v - 3].is_word() && !t_.toks[v - 3].cap() && a_.mention_of[v - 3] < 0) {
                w = v - 3;
                break;
              }
              if (!t_.toks[v - 1].is_word() || t_.toks[v - 1].cap() || a_.mention_of[v - 1] >= 0 || prep(v - 1)) break;
              if (is(v - 2, "who") && in(words_.person_verbs, v - 1)) {
                w = v - 1;
                break;
              }
            }
          if (w >= b + 3 && (is(w - 1, "who") || is(w - 1, "which")) && is(w - 2, ",")) {
            // (The name before an apposition: "accompanied by Henry A.
            // Kissinger, his national security adviser, who secretly visited
            // Peking".)
            // ("Kofi Annan, the joint envoy of the UN and the Arab League, who
            // arrives": past the bodies the apposition names, too.)
            std::uint32_t at = w - 3;
            if (a_.mention_of[at] < 0 || a_.mentions[a_.mention_of[at]].title_only ||
                a_.mentions[a_.mention_of[at]].type == EntityType::organization)
              for (std::uint32_t q = at; q > b + 1 && q + 12 > at; --q) {
                if (!is(q, ",")) {
                  if (!t_.toks[q].is_word()) break;
                  continue;
                }
                const int p = a_.mention_of[q - 1];
                if (p >= 0 && a_.mentions[p].type == EntityType::person && !a_.mentions[p].title_only &&
                    (is(q + 1, "the") || is(q + 1, "a") || is(q + 1, "an") || possessive_determiner(q + 1)))
                  at = q - 1;
                break;
              }
            const int mi = a_.mention_of[at];
            // (Not "the family of ousted president Pedro Castillo, who flew":
            // the object of a preposition may not be the one who acts.)
            // ("hours after holding talks with India's foreign minister,
            // Subrahmanyam Jaishankar, who arrived", "a similar move by
            // Denmark, which shut its mission": after "with" or "by" he is.)
            const int before_np = mi >= 0 ? preposition_before_np(a_.mentions[mi], b, 2) : -1;
            // ("with the help of Hillary Clinton, who received Zelaya": the
            // one whose help or invitation it is acts,
            // data/lexicon/agent-nouns.txt.)
            auto agent_of = [&](int of) { return of > int(b) && in(words_.agent_nouns, std::size_t(of) - 1); };
            const int of_at = mi < 0 ? -1
                              : a_.mentions[mi].object_of_preposition && a_.mentions[mi].prep_token >= 0 &&
                                        is(std::uint32_t(a_.mentions[mi].prep_token), "of")
                                  ? a_.mentions[mi].prep_token
                              : before_np >= 0 && is(std::uint32_t(before_np), "of") ? before_np
                                                                                      : -1;
            // ("the Amir of Qatar Sheikh Tamim bin Hamad Al Thani, who": an
            // office's country right before the name is no "of" phrase.)
            auto posting = [&](int of) {
              const int c = a_.mention_of[std::uint32_t(of) + 1];
              return c >= 0 && c != mi && a_.mentions[c].tb == std::uint32_t(of) + 1 && a_.mentions[c].te <= a_.mentions[mi].tb &&
                     a_.mentions[c].type == EntityType::country;
            };
            const bool after_of = of_at >= 0 && !agent_of(of_at) && !posting(of_at);
            if (mi >= 0 && a_.mentions[mi].te == at + 1 && !after_of && accepts(a_.mentions[mi], accept)) {
              add_mention(out, mi);
              // ("witnessed by Thabo Mbeki, Ghana's John Kufuor and
              // Mozambique's Joaquim Chissano, who flew into Monrovia": the
              // whole list.)
              expand(out, mi, s, accept, -1);
              return;
            }
            // (One of no country, "Kofi Annan, the joint envoy of the UN and
            // the Arab League, who arrives", is who acts: no one before him;
            // so is one out of office, "ousted leader Paul-Henri Sandaogo
            // Damiba, who has since left for Togo".)
            // ("Russia's former prime minister Yevgeny Primakov, who flew to
            // Baghdad as an envoy of President Vladimir Putin": the country
            // his own noun phrase names still sends him.)
            if (mi >= 0 && a_.mentions[mi].te == at + 1 && a_.mentions[mi].type == EntityType::person &&
                !a_.mentions[mi].title_only && (a_.mentions[mi].former || (at != w - 3 && a_.mentions[mi].code.empty()))) {
              // (The country right before "former", in the possessive or as
              // a demonym.)
              std::uint32_t q = std::min(a_.mentions[mi].np_tb, a_.mentions[mi].tb);
              if (a_.mentions[mi].former && q > b + 1 && in(words_.former_words, q - 1)) {
                q -= 1;
                if (q > b + 1 && (t_.toks[q - 1].flags & text::kPossessive)) --q;
                const int c = a_.mention_of[q - 1];
                if (c >= 0 && a_.mentions[c].type == EntityType::country && accepts(a_.mentions[c], accept)) add_mention(out, c);
              }
              return;
            }
          }
        }
        std::int64_t start = std::int64_t(tb) - 1;
        std::int64_t passed_over = 0;  // (the clause's tokens, which do not count towards the window)
        if (f.anchor == Anchor::trigger) {
          // "Ghosn, who holds French, Lebanese and Brazilian citizenship,
          // arrived": a relative clause between the subject and its verb
          // is passed over, to the name before ", who".
          const RelativeClause rc = relative_clause_before(s, tb);
          if (rc.open > b) {
            start = std::int64_t(rc.open) - 1;
            passed_over = std::int64_t(tb) - std::int64_t(rc.open);
          }
        }
        if (f.anchor == Anchor::cue) {
          // ("Britain, Canada and Germany also pulled out their remaining
          // diplomats and closed their embassies": a cue the subject owns,
          // "its" or "their" before it, is not in the subject's place.)
          // ("alongside Denmark and Finland, whose embassies were also shut":
          // the owners of "whose" are not where their missions are.)
          if ((tb > b && (owner_pronoun(tb - 1) || is(tb - 1, "whose"))) ||
              (tb > b + 1 && owner_pronoun(tb - 2) && t_.toks[tb - 1].is_word() && !t_.toks[tb - 1].cap()))
            return;
          // The subject of a cue's clause, not the cue's own modifier:
          // "Bulgaria and Slovakia gave two Russian consulates a month to close".
          for (int n = 0; n < 3 && start > std::int64_t(b); ++n) {
            const int mi = a_.mention_of[start];
            if (mi >= 0) {
              start = std::int64_t(a_.mentions[mi].tb) - 1;
              // ("The British, French and German embassies closed": the
              // cue's whole list of owners.)
              while (a_.mentions[mi].form == CountryForm::demonym && start > std::int64_t(b) &&
                     (is(std::uint32_t(start), ",") || is(std::uint32_t(start), "and") || is(std::uint32_t(start), "or")) &&
                     a_.mention_of[start - 1] >= 0 && a_.mentions[a_.mention_of[start - 1]].form == CountryForm::demonym)
                start = std::int64_t(a_.mentions[a_.mention_of[start - 1]].tb) - 1;
            } else if (t_.toks[start].kind == text::TokKind::number ||
                     (t_.toks[start].kind == text::TokKind::word && !t_.toks[start].cap() && !prep(start)))
              --start;
            else break;
          }
        }
        // "The Kremlin said the Baltic states' decision to close ...":
        // whoever said it is not the subject of what was said, so the walk
        // ends at a phrase of subject-stops.
        // (Not into a dateline: "TOKYO, March 18 (Reuters) - Yukiya Amano,
        // head of the IAEA, arrived": the agency is no subject.)
        // (subject(trigger)/N: only within N tokens, and not past an
        // infinitive's "to": "Washington last shut the embassy", not
        // "ordered Latvia to close the consulate".)
        const bool near_only = f.window < kSubjectWindow;
        // ("Johnson, who made a surprise visit to Kyiv on April 9 and walked
        // through the city centre with President Volodymyr Zelenskiy, made
        // the announcement ... at the end of a two-day trip to India": a
        // relative clause closed before the trigger's clause is passed over,
        // and its words do not count towards the window.)
        // (relative_clause_before() the last comma before the trigger.)
        std::int64_t rc_open = -1, rc_close = -1;
        if (f.anchor == Anchor::trigger && !near_only && std::int64_t(tb) - f.window > std::int64_t(opening(s, tb)))
          for (std::int64_t k = start; k > std::int64_t(b); --k) {
            if (boundary(std::uint32_t(k))) break;
            if (!is(std::uint32_t(k), ",")) continue;
            // (A comma that opens the trigger's own clause closes none:
            // "Pedro Sanchez, who met President Xi Jinping".)
            if (is(std::uint32_t(k) + 1, "who") || is(std::uint32_t(k) + 1, "which")) break;
            if (const RelativeClause rc = relative_clause_before(s, std::uint32_t(k) + 1); rc.close > 0 && rc.open > b &&
                                                                                         a_.mention_of[rc.open - 1] >= 0) {
              rc_open = rc.open;
              rc_close = rc.close;
            }
            break;
          }
        std::int64_t walk_lo = std::max<std::int64_t>(
            opening(s, tb), std::int64_t(tb) - f.window - (rc_open >= 0 ? rc_close - rc_open + 1 : 0) - passed_over);
        // ("As Russian columns closed in on the capital in late February,
        // most Western governments moved their diplomats west": a clause
        // fronted by a conjunction and closed by a comma before the trigger
        // holds no subject of the trigger's.)
        if (f.anchor == Anchor::trigger)
          if (const std::uint32_t c = fronted_clause_end(s, tb); c > 0) {
            // (Only when the trigger's clause opens with a subject of its own,
            // two words or more: not "As general secretary he met Reagan in
            // Geneva ..., then flew to Washington", nor a participle right
            // after the comma.)
            std::uint32_t own = 0;
            for (std::uint32_t q = c + 1; q < tb; ++q)
              own += t_.toks[q].is_word() && !in(words_.auxiliaries | words_.verb_adverbs, q) && !is(q, "then") &&
                     !is(q, "and") && !is(q, "but");
            if (own >= 2) walk_lo = std::max<std::int64_t>(walk_lo, std::int64_t(c) + 1);
          }
        const std::int64_t stop =
            start >= walk_lo ? last_subject_stop(s, std::uint32_t(walk_lo), std::uint32_t(start)) : -1;
        // (The one token an epithet may end at, auxiliaries and adverbs
        // before the trigger aside: epithet() is asked there only.)
        std::int64_t epithet_head = -1;
        if (f.anchor == Anchor::trigger && (accept & kAcceptPerson) && type_->epithet_list >= 0) {
          std::uint32_t a = tb;
          while (a > b && in(words_.auxiliaries | words_.verb_adverbs, a - 1)) --a;
          epithet_head = std::int64_t(a) - 1;
        }
        for (std::int64_t j = start; j >= walk_lo; --j) {
          if (j == rc_close && rc_open > walk_lo) {
            j = rc_open;  // (the loop steps to the name before ", who")
            continue;
          }
          if (boundary(j) || (near_only && is(std::uint32_t(j), "to"))) break;
          // (A cue's clause opens at ", and": "The U.S. embassy has been on
          // ordered departure since March, and Canada's embassy, which shut
          // its doors" is not in the United States.)
          if (f.anchor == Anchor::cue && ((j > std::int64_t(b) && is(std::uint32_t(j), "and") && is(std::uint32_t(j) - 1, ",")) ||
                                          (is(std::uint32_t(j), ",") && is(std::uint32_t(j) + 1, "and"))))
            break;
          if (j == epithet_head)
            if (const int ep = epithet(s, std::uint32_t(j), tb); ep >= 0) {
              add_mention(out, ep);
              return;
            }
          const int mi = a_.mention_of[j];
          if (mi < 0) {
            // "as his 90-member delegation pressed on with a visit": the
            // owner of a delegation that opens the clause.
            // (Not after a preposition: "for talks with its leaders" is an object.)
            if (f.head_list >= 0 && possessive_determiner(std::uint32_t(j)) && j + 1 < std::int64_t(tb) &&
                !(j > std::int64_t(b) && prep(std::size_t(j) - 1)) &&
                find_hit(s, f.head_list, std::uint32_t(j) + 1, std::min<std::uint32_t>(tb, std::uint32_t(j) + 4),
                         std::uint32_t(j) + 1)) {
              pronoun(std::uint32_t(j), out);
              return;
            }
            const std::string_view w = key(j);
            // ("saw him received by Zelenskiy": a pronoun in the object case
            // may be the subject of a participle.)
            if (eq(w, "it") || eq(w, "they") || eq(w, "he") || eq(w, "she") || eq(w, "him") || eq(w, "her")) {
              // (Not the subject of a clause of its own that ends before the
              // trigger's: "He hosted Olaf Scholz, the first visit by a
              // Western leader since he took office, and in February flew to
              // Washington".)
              // ("It is rare for the head of the party's liaison arm to visit
              // the US": an "it" that anticipates what follows names no one.)
              if (eq(w, "it") && (is(std::uint32_t(j) + 1, "is") || is(std::uint32_t(j) + 1, "was")))
                for (std::uint32_t q = std::uint32_t(j) + 2; q < tb && q < std::uint32_t(j) + 5; ++q)
                  if (is(q, "for")) return;
              bool closed = false;
              if (j > std::int64_t(b) && conjunction(std::uint32_t(j) - 1))
                for (std::uint32_t q = std::uint32_t(j) + 1; q + 1 < tb && !closed; ++q) closed = is(q, ",") && is(q + 1, "and");
              if (closed) continue;
              pronoun(std::uint32_t(j), out, accept);
              return;
            }
            // ("MS. PSAKI: ... we have suspended embassy operations": a
            // speaker's "we", in a transcript; speaker().)
            // (And a narrator's "we" and "I": narrator().)
            if ((eq(w, "we") || eq(w, "i")) && pronoun(std::uint32_t(j), out, accept)) return;
            if (j == stop) return;
            // ("U.S. Ambassador John Sullivan joined the line of mourners,
            // while former president Dmitry Medvedev ... represented the
            // ruling elite": a subject the rule does not take, after a word
            // opening its clause, clause-openers.txt, leaves no subject;
            // relative clauses are read above. With no name between, the
            // clause has none of its own: "Baird, announcing the break while
            // attending the APEC summit".)
            if (j < std::int64_t(tb) && in(words_.clause_openers, std::size_t(j)) && !eq(w, "who") && !eq(w, "which") &&
                !eq(w, "where") && !eq(w, "that")) {
              bool named = false;
              for (std::uint32_t q = std::uint32_t(j) + 1; q < tb && !named; ++q) named = a_.mention_of[q] >= 0;
              if (named) return;
            }
            continue;
          }
          const Mention& m = a_.mentions[mi];
          j = m.np_tb < m.tb ? m.np_tb : m.tb;
          // ("Britain's and Canada's high commissions closed": the first of a
          // list of possessors owns the cue too; it is not its subject.)
          if (f.anchor == Anchor::cue && m.te + 1 < tb && (t_.toks[m.te].flags & text::kPossessive) &&
              (is(m.te + 1, "and") || is(m.te + 1, ",")))
            continue;
          // ("his second known trip outside Ukraine since Russia's invasion,
          // after a visit to Washington": the owner of a noun of its own
          // after "since", closed by a comma before the trigger's phrase,
          // is no subject.)
          if (m.te + 2 < tb && (t_.toks[m.te].flags & text::kPossessive) && m.tb > b && is(m.tb - 1, "since")) {
            bool comma = false;
            for (std::uint32_t q = m.te + 1; q < tb && !comma; ++q) comma = is(q, ",");
            if (comma) continue;
          }
          // The object of an earlier verb is not the subject: "thanked Olaf
          // Scholz in Berlin, a week after calling ..." (a lower-case word
          // that is not a function word right before the mention), also
          // after a possessor: "skipped Johannesburg's G20 meeting".
          std::int64_t np = j;
          while (np >= std::int64_t(b) + 2 && (t_.toks[std::size_t(np) - 1].flags & text::kPossessive) &&
                 a_.mention_of[std::size_t(np) - 2] >= 0) {
            const Mention& owner = a_.mentions[a_.mention_of[std::size_t(np) - 2]];
            np = owner.np_tb < owner.tb ? owner.np_tb : owner.tb;
          }
          // ("and his Chinese counterpart Dong Jun", "with his Venezuelan
          // counterpart": the possessive belongs to the noun phrase.)
          if (np > std::int64_t(b) && possessive_determiner(std::uint32_t(np) - 1)) --np;
          // subject(A)/1: the name right before A, opening its phrase ("Blinken
          // in Cairo", ", Erdogan in Abu Dhabi", "and Aliyev in Ankara"), not
          // the object of a verb ("meeting Argentina's Javier Milei in").
          if (f.window <= 1) {
            const std::int64_t open_at = opening(s, tb);
            if (np > open_at) {
              const std::uint32_t p = std::uint32_t(np) - 1;
              if (!(is(p, ",") || is(p, "and") || is(p, ";") || is(p, ":") || t_.dash(p) || is(p, "while") ||
                    is(p, "as")))
                return;
            }
          }
          // (Not a name right before the trigger, auxiliaries between: "he
          // hoped Raisi would visit Riyadh" is Raisi's visit.)
          auto next_to_trigger = [&] {
            if (f.anchor != Anchor::trigger) return false;
            for (std::uint32_t q = m.te; q < tb; ++q)
              if (!in(words_.auxiliaries | words_.verb_adverbs, q)) return false;
            return true;
          };
          if (np > std::int64_t(b) && object_of_verb(std::uint32_t(np) - 1) && !next_to_trigger()) {
            j = np;
            continue;
          }
          // ("met Volodymyr Zelensky in Kyiv on July 2 and Vladimir Putin in
          // the Kremlin three days later, before flying to China": a second
          // object after "and", the first with its own place and time.)
          if (second_object(m) && !next_to_trigger()) {
            j = np;
            continue;
          }
          // ("was received by Colonel Assimi Goita, Mali's transitional
          // president, before flying on to Ouagadougou": an apposition between
          // commas to a preposition's object is that object too.)
          if (m.type == EntityType::person && np > std::int64_t(b) + 1 && is(std::uint32_t(np) - 1, ",") && m.te < tb &&
              is(m.te, ",")) {
            const int before = a_.mention_of[std::size_t(np) - 2];
            if (before >= 0 && a_.mentions[before].type == EntityType::person &&
                (a_.mentions[before].object_of_preposition || preposition_before_np(a_.mentions[before], b, 0) >= 0)) {
              j = np;
              continue;
            }
          }
          // ("had visited Kosovo and Serbia on Friday ... and attended a
          // summit": the object is the whole list, when a verb of moving or
          // meeting, or one in -ed, stands before it; "Earlier this month
          // Riga and Tallinn each ordered" is a subject.)
          std::int64_t list_start = np;
          while (list_start >= std::int64_t(b) + 2 && (is(std::uint32_t(list_start) - 1, "and") ||
                                                       is(std::uint32_t(list_start) - 1, ","))) {
            const int before = a_.mention_of[std::size_t(list_start) - 2];
            if (before < 0 || a_.mentions[before].type != m.type) break;
            list_start = std::min(a_.mentions[before].np_tb, a_.mentions[before].tb);
          }
          if (list_start < np && list_start > std::int64_t(b)) {
            const std::uint32_t v = std::uint32_t(list_start) - 1;
            if (object_of_verb(v) && (in(words_.person_verbs, v) || ends_in(v, "ed", 4)) &&
                !next_to_trigger()) {
              j = list_start;
              continue;
            }
          }
          // "held talks with Togolese President Faure Gnassingbe": a titled
          // name after a preposition is its object too.
          // (Not a delegation's leader, "led by national security adviser
          // Chung Eui-yong": see leader-by.)
          if (!m.object_of_preposition && m.type == EntityType::person && m.np_tb < m.tb && m.te != tb) {
            // (m.te == tb: "with Kishida flying in", the one who acts)
            const int tp = preposition_before_np(m, b, 0);
            if (tp >= 0 && !conjunction(std::uint32_t(tp)) && !one_of(f.preps, key(std::uint32_t(tp))) &&
                !led_by(s, m.np_tb))
              continue;
          }
          // ("hours after Putin landed in Pyongyang": after a conjunction
          // that is also a preposition, the name is its clause's subject.)
          // (Not a demonym: "looked after Canadian interests" names no subject.)
          if (m.object_of_preposition &&
              (!conjunction(std::uint32_t(m.prep_token)) || m.form == CountryForm::demonym)) {
            // "A delegation from both countries travelled", "The leaders of
            // France arrived": subject(trigger: from of @delegation-nouns).
            const std::uint32_t pt = std::uint32_t(m.prep_token);
            // ("A delegation led by Mikhail Bogdanov came to Damascus": the
            // leader of a delegation of no named country is its subject.)
            const bool leads = f.head_list >= 0 && pt > b + 1 && led_by(s, pt + 1) &&
                               find_hit(s, f.head_list, pt >= b + 5 ? pt - 5 : b, pt - 1, pt - 1);
            if (!leads) {
              if (!one_of(f.preps, key(pt))) continue;
              const Hit* head = f.head_list >= 0 ? find_hit(s, f.head_list, pt >= b + 3 ? pt - 3 : b, pt, pt) : nullptr;
              if (f.head_list >= 0 && !head) continue;
              // (Not a noun whose country stands before it: "the first direct
              // flight by a US president from Israel to Saudi Arabia".)
              if (head && head->tb > b && a_.mention_of[head->tb - 1] >= 0 &&
                  a_.mentions[a_.mention_of[head->tb - 1]].type == EntityType::country &&
                  a_.mentions[a_.mention_of[head->tb - 1]].te == head->tb)
                continue;
            }
          }
          if (!accepts(m, accept)) {
            // A place or country that cannot fill the role is passed over; a
            // person or body of unknown country is the subject: stop there,
            // unless a comma follows it ("Ajit Doval, India's national
            // security adviser, held talks").
            if (m.type == EntityType::place || m.type == EntityType::country) continue;
            // "A Chinese delegation led by Politburo member Li Hongzhong
            // reached ...": the leader of a delegation, of unknown country,
            // leaves the subject to the delegation.
            // ("led by House Foreign Affairs Committee chairman Michael
            // McCaul": a body of unknown country before the title too.)
            if (led_by(s, std::uint32_t(j))) continue;
            if (j > std::int64_t(b) && a_.mention_of[std::size_t(j) - 1] >= 0) {
              const Mention& body = a_.mentions[a_.mention_of[std::size_t(j) - 1]];
              if (body.type == EntityType::organization && led_by(s, std::min(body.np_tb, body.tb))) continue;
            }
            // "King Charles and Queen Camilla were welcomed": the second of
            // two people joined by "and" leaves the subject to the first,
            // whose country is known.
            // ("Kim Jong Un and his wife Ri Sol Ju welcomed Xi")
            std::int64_t at = j;
            if (at > std::int64_t(b) && possessive_determiner(std::uint32_t(at) - 1)) --at;
            // ("Erdogan and UN Secretary-General Antonio Guterres joined": the
            // body of the title opens the phrase.)
            for (int n = 0; n < 6 && at > std::int64_t(b) && !is(std::uint32_t(at) - 1, "and"); ++n) {
              const int o = a_.mention_of[std::size_t(at) - 1];
              if (o >= 0 && a_.mentions[o].type == EntityType::organization) at = a_.mentions[o].tb;
              else if (const text::Tok& t = t_.toks[std::size_t(at) - 1]; o < 0 && ((t.is_word() && t.cap()) || (t.flags & text::kJoiner))) --at;
              else break;
            }
            if (m.type == EntityType::person && at >= std::int64_t(b) + 2 && is(std::uint32_t(at) - 1, "and")) {
              const int first = a_.mention_of[std::size_t(at) - 2];
              if (first >= 0 && a_.mentions[first].type == EntityType::person && accepts(a_.mentions[first], accept)) {
                j = at;
                continue;
              }
            }
            bool comma_after = false;
            for (std::uint32_t q = m.te; q < tb && !comma_after; ++q) comma_after = is(q, ",");
            if (comma_after) continue;
            return;
          }
          add_mention(out, mi);
          expand(out, mi, s, accept, -1);
          // ("The leaders of France, Germany, Britain, Japan and Canada
          // stayed for the closing session": a title of several, of a list
          // of countries, stands for each of them.)
          // (The list ends before the trigger: "the leaders of France and
          // Japan stayed", whose last name is no verb's subject; one country
          // is the title's own, added already.)
          if (m.title_only) countries_of_title(mi, tb, out, true);
          return;
        }
        return;
      }
      case FinderKind::object: {
        std::uint32_t limit = te + std::uint32_t(f.window);
        for (std::uint32_t j = te; j < e && j < limit; ++j) {
          // ("a meeting that brought together, among others, Spanish Prime
          // Minister Pedro Sanchez, Portuguese President ...": past the
          // aside, the object and its list.)
          if (j == te && (is(j, ",") || is(j, "among"))) {
            std::uint32_t q = is(j, ",") ? j + 1 : j;
            if (is(q, "among") && is(q + 1, "others")) {
              q += 2;
              if (is(q, ",")) ++q;
              limit += q - j;
              j = q - 1;
              continue;
            }
          }
          // ("toured the bombed-out Damascus suburb of Harasta": a joining
          // hyphen takes no room in the window.)
          if (t_.toks[j].flags & text::kJoiner) {
            ++limit;
            continue;
          }
          // ("closed its embassy as U.S. troops pushed into the city": the
          // object comes before a clause of its own.)
          if (j > te && clause_word(j)) return;
          if (prep(j) || boundary(j) || is(j, ",")) {
            // "toured three countries, including Kenya and Ghana"
            const int mi = listed_example(s, te, e, accept);
            if (mi >= 0) {
              add_mention(out, mi);
              expand(out, mi, s, accept, +1);
            }
            return;
          }
          // ("joined by Chile's Gabriel Boric", "met her Russian counterpart
          // Sergei Lavrov": the person, where one is taken.)
          if (accept & kAcceptPerson) j = person_after_owner(j, e, accept);
          // ("met her Australian counterpart": "her" before a name or a
          // title is the owner's, and the object comes after it.)
          if (is(j, "her") && j + 1 < e && a_.mention_of[j + 1] >= 0) continue;
          // (A role of people takes no country through "it": "a tour that
          // also took it to Slovakia", the delegation's.)
          if (is(j, "it") || is(j, "them") || is(j, "him") || is(j, "her")) {
            pronoun(j, out, accept);
            return;
          }
          const int mi = a_.mention_of[j];
          if (mi < 0) continue;
          // "visited British troops in Estonia": a demonym (or "U.S.") before a phrase
          // of the object-people list describes those people; it is not
          // the place.
          const CountryForm form = a_.mentions[mi].form;
          if ((form == CountryForm::demonym || form == CountryForm::abbreviation) && type_->object_people_list >= 0) {
            // ("Russia shuts Latvian, Estonian consulates": past a list of
            // demonyms that share the phrase.)
            std::uint32_t after = a_.mentions[mi].te;
            while (after + 1 < e && (is(after, ",") || is(after, "and")) && a_.mention_of[after + 1] >= 0 &&
                   a_.mentions[a_.mention_of[after + 1]].tb == after + 1 &&
                   a_.mentions[a_.mention_of[after + 1]].form == CountryForm::demonym)
              after = a_.mentions[a_.mention_of[after + 1]].te;
            if (after < e && starts_phrase(s, type_->object_people_list, after)) {
              j = after - 1;
              continue;
            }
          }
          // "for visiting Egyptian President Abdel Fattah al-Sisi": a demonym
          // before a person or a title is that person's, not a place.
          if (form == CountryForm::demonym) {
            const std::uint32_t after = a_.mentions[mi].te;
            const int next = after < e ? a_.mention_of[after] : -1;
            if (next >= 0 && (a_.mentions[next].type == EntityType::person || a_.mentions[next].title_only)) {
              j = after - 1;
              continue;
            }
          }
          if (!accepts(a_.mentions[mi], accept)) {
            // "received Brazil's foreign minister Mauro Vieira": look past the possessor.
            const std::uint32_t after = a_.mentions[mi].te;
            if (after < e && (t_.toks[after].flags & text::kPossessive)) {
              j = after;
              continue;
            }
            // ("had taken Mr. Hu to Cameroon": an honorific's own mention,
            // of no country, before the person's.)
            if (after < e && a_.mention_of[after] >= 0 && a_.mentions[a_.mention_of[after]].type == EntityType::person) {
              j = after - 1;
              continue;
            }
            return;
          }
          add_mention(out, mi);
          expand(out, mi, s, accept, +1);
          return;
        }
        return;
      }
      case FinderKind::possessor: {
        bool coordinated = false;  // (an "and" or "or" passed on the way back)
        for (std::int64_t j = std::int64_t(tb) - 1; j >= b && tb - j <= 5; --j) {
          if (is(j, "its") || is(j, "their") || is(j, "his") || is(j, "her")) {
            pronoun(std::uint32_t(j), out);
            return;
          }
          // ("MR PRICE: ... our Embassy in Minsk": a speaker's own, in a
          // transcript; speaker().)
          if (is(j, "our") || is(j, "my")) {
            pronoun(std::uint32_t(j), out, accept);
            return;
          }
          // ("staff from Germany and Sweden, whose missions are now shut":
          // the names before ", whose".)
          if (is(j, "whose")) {
            const int mi = j >= b + 2 && is(j - 1, ",") ? a_.mention_of[j - 2] : -1;
            if (mi >= 0 && accepts(a_.mentions[mi], accept)) {
              add_mention(out, mi);
              expand(out, mi, s, accept, -1);
            }
            return;
          }
          // ("The Netherlands' embassy": a bare apostrophe after a name.)
          if ((t_.toks[j].flags & text::kPossessive) ||
              ((is(j, "'") || is(j, "\xE2\x80\x99")) && j > b && a_.mention_of[j - 1] >= 0)) {
            if (j == b) return;
            // "his country's embassy": the country of the one "his" names.
            if (j >= b + 2 && in(words_.country_nouns, std::size_t(j) - 1) && possessive_determiner(std::uint32_t(j) - 2)) {
              pronoun(std::uint32_t(j) - 2, out);
              return;
            }
            const int mi = a_.mention_of[j - 1];
            if (mi >= 0 && accepts(a_.mentions[mi], accept)) {
              add_mention(out, mi);
              expand(out, mi, s, accept, -1);
            }
            return;
          }
          const int mi = a_.mention_of[j];
          if (mi >= 0) {
            const Mention& m = a_.mentions[mi];
            // ("shutting the embassies in Malta and Lesotho and several
            // consulates in Germany": a name before "and" that is the object
            // of a preposition ends the phrase before; it owns nothing after.)
            if (coordinated && m.object_of_preposition) return;
            // ("its Afghan mission": the demonym names where the mission is;
            // "its" names whose it is.)
            // ("Modi's China visit": a country's name between the owner and
            // a trip's noun is where the trip goes.)
            const int first_owned = owned_places(m, b, tb);
            const bool owned = first_owned >= 0 || trip_destination(m, b, tb, false);
            if (accepts(m, accept) && !owned) {
              add_mention(out, mi);
              expand(out, mi, s, accept, -1);
              return;
            }
            if (m.type != EntityType::place && !owned) return;
            j = m.tb;  // "its Baghdad embassy": look past the place
            // (past the whole list: "its Angola and Uganda embassies")
            if (first_owned >= 0) j = a_.mentions[first_owned].tb;
            continue;
          }
          if (t_.toks[j].flags & text::kJoiner) continue;  // "Singh's three-day visit"
          coordinated |= is(j, "and") || is(j, "or");
          if (prep(j) || boundary(j) || is(j, ",") || t_.toks[j].kind == text::TokKind::punct) return;
          if (is(j, "the") || is(j, "a") || is(j, "an")) return;
        }
        return;
      }
      case FinderKind::of: {
        std::uint32_t j = te;
        if (j < e && is(j, "of")) {
          ++j;
          if (j < e && is(j, "the")) ++j;
          if (j < e && a_.mention_of[j] >= 0 && accepts(a_.mentions[a_.mention_of[j]], accept)) {
            add_mention(out, a_.mention_of[j]);
            expand(out, a_.mention_of[j], s, accept, +1);
          }
        }
        return;
      }
      case FinderKind::pp:
      case FinderKind::agent: {
        static const std::vector<std::string> by{"by"};
        const auto& preps = f.kind == FinderKind::agent ? by : f.preps;
        // A trigger that ends in its preposition takes the object right
        // after it: "arrived in Tajikistan", "tour of Europe", "was
        // received by Cuban President Miguel Diaz-Canel".
        if (f.anchor == Anchor::trigger && te > tb &&
            (one_of(preps, key(te - 1)) || (f.kind == FinderKind::pp && is(te - 1, "of")))) {
          std::uint32_t k = object_after(te, e);
          // (agent(trigger: @nouns): "joined by delegations from Vietnam and
          // Laos", the countries after "from" or "of" that one of the nouns
          // ends before.)
          if (f.kind == FinderKind::agent && f.head_list >= 0 && k > te && k + 1 < e && (is(k, "from") || is(k, "of")))
            if (const Hit* h = find_hit(s, f.head_list, k >= b + 3 ? k - 3 : b, k, k); h && h->te == k)
              k += is(k + 1, "the") && k + 2 < e ? 2 : 1;
          if (k < e && (accept & kAcceptPerson)) k = person_after_owner(k, e, accept);  // ("with her counterpart X")
          int mi = k < e ? a_.mention_of[k] : -1;
          // ("was attended by Ministers and senior officials from Forum member
          // countries, among them Fiji's Foreign Minister Kaliopate Tavola":
          // the people listed after a group of no name.)
          if (mi < 0 && k < e && f.kind == FinderKind::agent) mi = listed_example(s, k, e, accept);
          // ("attended by Cuban President Miguel Diaz-Canel and a Nicaraguan
          // delegation": the person the demonym belongs to, so that the list
          // after that person is read too.)
          mi = person_of_demonym(mi, e, accept);
          // ("arrived in China's Taiwan region": the place a country owns,
          // after its possessive, is where the trip goes.)
          if (mi >= 0 && f.kind == FinderKind::pp && a_.mentions[mi].type == EntityType::country) {
            const std::uint32_t q = a_.mentions[mi].te;
            const int owned = q + 1 < e && (t_.toks[q].flags & text::kPossessive) ? a_.mention_of[q + 1] : -1;
            if (owned >= 0 && a_.mentions[owned].tb == q + 1 &&
                is_place(a_.mentions[owned]) && accepts(a_.mentions[owned], accept))
              mi = owned;
          }
          // ("shuttled between the Ethiopian and Somali delegations": a
          // demonym before a thing is no place.)
          if (mi >= 0 && accepts(a_.mentions[mi], accept) &&
              !(f.kind == FinderKind::pp && (accept & kAcceptPlace) && modifies_a_thing(a_.mentions[mi], e))) {
            add_mention(out, mi);
            expand(out, mi, s, accept, +1);
            // ("closures by the United States, which withdrew its ambassador
            // in February, and by Britain, France and Italy": the agents
            // after a second "and by" too, past a relative clause.)
            if (f.kind == FinderKind::agent)
              for (std::uint32_t q = out.back().te; q + 2 < e && q < out.back().te + 24; ++q) {
                if (boundary(q) || is(q, ";")) break;
                if (!(is(q, "and") && is(q + 1, "by"))) continue;
                const std::uint32_t k2 = object_after(q + 2, e);
                const int m2 = k2 < e ? a_.mention_of[k2] : -1;
                if (m2 >= 0 && accepts(a_.mentions[m2], accept)) {
                  add_mention(out, m2);
                  expand(out, m2, s, accept, +1);
                }
                break;
              }
            return;
          }
        }
        // "a summit in Johannesburg, where he held talks": the place before
        // "where" (a comma between) is where the trigger's clause happens.
        // ("Sanaa, where the United States, Britain and France shut their
        // embassies in February": a list of subjects between, and a cue's
        // preposition after the trigger that names no place.)
        // ("the resort of Sharm el-Sheikh, where Egypt's Hosni Mubarak and
        // Jordan's King Abdullah joined talks": the names of the clause's
        // subject, their possessives and their list's commas and "and" do not
        // count towards the four words a trigger looks back.)
        std::uint32_t named = 0;
        // ("Brazzaville, where a small team continues to offer consular
        // help": a trigger that ends in "to" before a verb goes nowhere.)
        const bool to_verb = f.kind == FinderKind::pp && f.anchor == Anchor::trigger && te > tb && te < e &&
                             t_.toks[te].is_word() && !t_.toks[te].cap() && a_.mention_of[te] < 0 && is(te - 1, "to") &&
                             !is(te, "the") && !is(te, "a") && !is(te, "an") && !possessive_determiner(te);
        if (f.kind == FinderKind::pp && f.anchor == Anchor::trigger && !to_verb)
          for (std::uint32_t w = tb, budget = 4; w > b + 2 && budget > 0 && !is(w - 1, "where"); --w) {
            // (Not past ", and", which ends the clause: "Cairo, where he had met
            // Sisi, and held talks with Safadi".)
            if (is(w - 1, "and") && is(w - 2, ",")) {
              named = 0;
              break;
            }
            // ("Moscow, where he held a second day of talks with Putin": the
            // clause's subject pronoun takes no room either.)
            if (a_.mention_of[w - 1] >= 0 || (t_.toks[w - 1].flags & text::kPossessive) || is(w - 1, ",") || is(w - 1, "and") ||
                subject_pronoun(w - 1))
              ++named;
            else
              --budget;
          }
        if (f.kind == FinderKind::pp && !(f.anchor == Anchor::trigger && to_verb))
          for (std::uint32_t w = tb; w > b + 2 && w + (f.anchor == Anchor::trigger ? 4 + named : 16) > tb; --w) {
            // ("Geneva, where Kerry and Zarif were among the ministers who
            // gathered at the hotel": past the "who" that opens the cue's
            // own clause.)
            const bool cue_relative = f.anchor == Anchor::cue && w + 3 >= tb && is(w - 1, "who");
            if (f.anchor == Anchor::cue && !cue_relative &&
                (boundary(w - 1) || is(w - 1, "that") || (is(w - 1, ",") && w >= 2 && a_.mention_of[w - 2] < 0) ||
                 (!is(w - 1, "where") && clause_word(w - 1))))
              break;
            if (is(w - 1, "where")) {
              std::uint32_t p = is(w - 2, ",") ? w - 3 : w - 2;
              // ("visited Pyongyang last month, where he met Kim": past the
              // place's time.)
              if (a_.mention_of[p] < 0 && p > b && is(w - 2, ",")) {
                // (Asked at the token's end: a time that ends there is at
                // distance 0.)
                const Span t = nearest_time(s, t_.toks[p].end).span;
                if (t.end > t.begin && t.end == t_.toks[p].end)
                  while (p > b && t_.toks[p].begin >= t.begin) --p;
              }
              const int mi = a_.mention_of[p];
              if (mi >= 0 && a_.mentions[mi].te == p + 1 && place_mention(mi, accept)) {
                add_mention(out, mi);
                // ("After stops in Hanoi and Jakarta, where he met": the
                // whole list of cities.)
                if (a_.mentions[mi].type == EntityType::place) expand(out, mi, s, accept, -1);
                return;
              }
              break;
            }
          }
        // "to reopen the embassy there": the place named last before it, as
        // the object of a preposition ("arriving in Caracas") or of a verb
        // ("their diplomats had left Kuwait city and their embassies there
        // were closed"), or a city.
        // ("the second Western consulate in St. Petersburg to be shut down
        // this month. Moscow ordered Britain's consulate there closed": in
        // the sentence before, too.)
        if (f.kind == FinderKind::pp && te < e && is(te, "there")) {
          const std::uint32_t lo = s > 0 ? sb(s - 1) : b;
          for (std::int64_t j = std::int64_t(tb) - 1; j >= std::int64_t(lo); --j) {
            const int mi = a_.mention_of[std::size_t(j)];
            if (mi < 0) continue;
            const Mention& m = a_.mentions[std::size_t(mi)];
            const std::uint32_t mb = sb(m.sentence);
            // (Not the mission's owner: "Britain's consulate there"; the
            // tokenizer splits "'s" off, flagged kPossessive.)
            const bool owner = m.te < n_toks_ && (t_.toks[m.te].flags & text::kPossessive);
            if (!owner && (m.type == EntityType::place ||
                 (m.type == EntityType::country && (m.object_of_preposition || (m.tb > mb && object_of_verb(m.tb - 1))))) &&
                accepts(m, accept)) {
              add_mention(out, mi);
              return;
            }
            j = m.tb;  // (the loop steps past the mention)
          }
          return;
        }
        // "a funeral in Damascus attended by French President Jacques Chirac":
        // a passive's "by" after the place of its own noun phrase.
        // ("The summit in Tokyo was attended by ...", "the Quad Leaders'
        // Meeting in Tokyo, attended by ...": an auxiliary or a comma between.)
        if (f.anchor == Anchor::trigger && te > tb + 1 && is(te - 1, "by") && tb >= b + 2) {
          std::uint32_t q = tb;
          for (int n = 0; n < 2 && q > b + 2 && (in(words_.auxiliaries, q - 1) || is(q - 1, ",")); ++n) --q;
          const int mi = a_.mention_of[q - 1];
          if (mi >= 0 && a_.mentions[mi].te == q && a_.mentions[mi].tb > b &&
              (is(a_.mentions[mi].tb - 1, "in") || is(a_.mentions[mi].tb - 1, "at")) && place_mention(mi, accept)) {
            add_mention(out, mi);
            return;
          }
        }
        // (A trigger that ends in "to" before a verb is an infinitive's: "New
        // Zealand continues to call on Israel and Iran to exercise restraint".
        // A word in lower case before another is no place's start;
        // "neighbouring Kenya", "the capital" are.)
        if (f.anchor == Anchor::trigger && te > tb && te + 1 < e && is(te - 1, "to") && t_.toks[te].kind == text::TokKind::word &&
            !t_.toks[te].cap() && !(t_.toks[te].flags & text::kJoiner) && !is(te, "the") && !is(te, "a") && !is(te, "an") &&
            !possessive_determiner(te) && !prep(te) && t_.toks[te + 1].kind == text::TokKind::word && !t_.toks[te + 1].cap() &&
            !(t_.toks[te + 1].flags & text::kJoiner))
          return;
        const std::uint32_t pp_end = first_clause_break(s, te, std::min(e, te + std::uint32_t(f.window)));
        bool after_comma = false;
        int in_rc = -1;  // (in_relative_clause(), asked at the first comma)
        // (A trigger in a phrase in -ing or of a preposition that opens the
        // sentence: its comma ends it. "Having closed its embassy in Kabul and
        // flown its last diplomats out, Norway will handle Afghan affairs
        // from Qatar".)
        // (Asked at the first comma: most phrases have none.)
        int in_fronted = -1;
        for (std::uint32_t j = te; j < pp_end; ++j) {
          if (boundary(j)) return;
          if (is(j, ",")) {
            if (in_fronted < 0) in_fronted = in_fronted_ing(s, tb, true) ? 1 : 0;
            if (in_fronted) return;
          }
          // Not into a clause of its own: "met Zelenskiy two days after
          // holding talks in Moscow" (a conjunction before a verb in -ing).
          // (data/lexicon/clause-conjunctions.txt: after, before, since, ...)
          if (j + 1 < pp_end && conjunction(j) && ends_in(j + 1, "ing", 5)) return;
          // ... nor past "since", which dates the trigger by another event:
          // "his first trip abroad since the Kremlin launched its military
          // operation in Ukraine".
          if (is(j, "since")) return;
          // ... nor past another trip's noun, whose place it is: "The visit
          // comes six weeks after Modi's trip to Moscow".
          if (f.kind == FinderKind::pp && f.anchor == Anchor::trigger && j > te && in(words_.trip_nouns, j)) return;
          // ... nor past "after" or "before" a stop: "in Ankara for talks with
          // Recep Tayyip Erdogan after a stop in the UAE".
          if ((is(j, "after") || is(j, "before")) && j + 2 < pp_end &&
              (is(j + 1, "a") || is(j + 1, "an") || possessive_determiner(j + 1)) &&
              (is(j + 2, "stop") || is(j + 2, "stopover") || in(words_.trip_nouns, j + 2)))
            return;
          // ... nor past a comma and such a conjunction: "held talks with his
          // counterparts on Thursday, after a stop in Kyiv" (the stop's place).
          if (is(j, ",") && j + 1 < pp_end && conjunction(j + 1)) return;
          // ... nor into a contrasting clause: "In Jordan he held talks with
          // King Abdullah II, while in Iraq he pledged loans".
          if (is(j, ",") && j + 1 < pp_end &&
              (is(j + 1, "while") || is(j + 1, "whereas") || is(j + 1, "although") || is(j + 1, "though")))
            return;
          // ... nor into an apposition of the trigger's time or object that
          // ends in a clause of its own: "held talks with Togolese President
          // Faure Gnassingbe on Thursday, the third leg of an Africa tour
          // that began in Egypt".
          if (is(j, ",") && j + 2 < pp_end && (is(j + 1, "the") || is(j + 1, "a") || is(j + 1, "an"))) {
            std::uint32_t q = j + 2;
            while (q < pp_end && !is(q, ",") && !is(q, "that") && !is(q, "which") && !is(q, "who")) ++q;
            if (q < pp_end && !is(q, ",")) return;
          }
          // Not past ", and" before a word that is no preposition: "pulled
          // out its staff, and aid workers from Switzerland were on the
          // flight" is another subject's ("..., and from Benghazi" goes on).
          if (is(j, ",") && j + 2 < pp_end && is(j + 1, "and") && !prep(j + 2)) return;
          // Nor past "and" and a place that opens a clause with a subject of
          // its own: "In Brazzaville he met President Denis Sassou Nguesso,
          // and in Conakry he was received by General Mamady Doumbouya".
          if (is(j, "and") && j > te && j + 2 < pp_end && prep(j + 1)) {
            const int mi = a_.mention_of[j + 2];
            if (mi >= 0 && a_.mentions[mi].tb == j + 2) {
              const std::uint32_t q = a_.mentions[mi].te;
              if (q < e && subject_pronoun(q)) return;
            }
          }
          // Nor past "and" before a verb of its own: "shut its mission and
          // gave the Iranian diplomats in Canada five days to leave".
          if (is(j, "and") && j + 1 < pp_end && plain_verb(j + 1)) return;
          // ... nor an absolute phrase: "held talks with Ilham Aliyev, with both
          // leaders agreeing to speed up work on Azerbaijani investment in
          // Pakistan".
          if (is(j, ",") && j + 2 < pp_end && is(j + 1, "with"))
            for (std::uint32_t q = j + 2; q < pp_end && q < j + 7 && !is(q, ","); ++q)
              if (t_.toks[q].is_word() && !t_.toks[q].cap() && ends_in(q, "ing", 5) && !prep(q)) return;
          // ... nor a verb of saying: "held talks with Nabih Berri and said
          // Tehran would support a ceasefire in Lebanon only if it was tied
          // to one in Gaza".
          if (is(j, "and") && j > te && j + 1 < pp_end && !t_.toks[j + 1].cap() && in(words_.speech_verbs, j + 1)) return;
          // ... nor a participle of its own: "after a meeting of Quad foreign
          // ministers and promising that Washington will reopen its embassy
          // in Solomon Islands".
          if (is(j, "and") && j > te && j + 1 < pp_end && t_.toks[j + 1].is_word() && !t_.toks[j + 1].cap() &&
              ends_in(j + 1, "ing", 5) && !prep(j + 1))
            return;
          // ... nor a clause that "that" opens after a person, with a
          // subject and an auxiliary of its own: "said after talks with
          // Rubio that Panama would let its participation in China's Belt
          // and Road Initiative lapse".
          if (is(j, "that") && j > te && j + 2 < pp_end && a_.mention_of[j - 1] >= 0 &&
              a_.mentions[a_.mention_of[j - 1]].type == EntityType::person && a_.mention_of[j + 1] >= 0) {
            const std::uint32_t after = a_.mentions[a_.mention_of[j + 1]].te;
            if (after < pp_end && in(words_.auxiliaries, after)) return;
          }
          // Nor past a name and "and" before another preposition, which
          // opens a phrase of its own: "for talks with President Fidel
          // Castro and in London next week for a meeting with ...".
          if (is(j, "and") && j > te && j + 1 < pp_end && prep(j + 1) && a_.mention_of[j - 1] >= 0 &&
              a_.mentions[a_.mention_of[j - 1]].type == EntityType::person)
            return;
          // Nor past the comma that closes a relative clause, before its
          // subject's verb: "Britain, which flew out its last diplomats on
          // Saturday, is also running its Afghan mission from Qatar".
          if (is(j, ",") && j + 1 < pp_end && in(words_.auxiliaries, j + 1)) return;
          // ... nor the comma that closes the trigger's own relative clause:
          // "Clinton, who visited Israel earlier this week and met Prime
          // Minister Ehud Olmert, held her first talks with Lavrov in Geneva".
          if (is(j, ",") && f.anchor == Anchor::trigger) {
            if (in_rc < 0) in_rc = in_relative_clause(s, tb) ? 1 : 0;
            if (in_rc) return;
          }
          // Nor into the next mission of a list that names each one's place:
          // "close its embassy to the Holy See, its embassy in Iran and its
          // representative office in Timor-Leste".
          if (f.anchor == Anchor::cue && is(j, ",") && j + 2 < pp_end && owner_pronoun(j + 1) &&
              type_->owned_list >= 0 && any_hit(s, type_->owned_list, j + 2, std::min(e, j + 5)))
            return;
          // Nor into a participle's clause after a comma: "for another round
          // of talks with President Hafez al-Assad, pressing Syria to rein in
          // Hezbollah as Israel's offensive in southern Lebanon went on"; but
          // ", including in Japan" and a participle of the trip itself, ",
          // travelling to Bamako", go on).
          if (is(j, ",") && j + 2 < pp_end && t_.toks[j + 1].is_word() && !t_.toks[j + 1].cap() && ends_in(j + 1, "ing", 5) &&
              !starts_phrase(s, type_->examples_list, j + 1) && !one_of(preps, key(j + 2)))
            return;
          after_comma |= is(j, ",");
          // Nor into a source's clause: "the embassy has suspended
          // operations," the State Department said in Washington".
          if (after_comma && in(words_.speech_verbs, j)) return;
          // Nor past where a mission's people went: "lifted fewer than 100
          // people from the embassy to a base in Djibouti" (the base's place).
          if (f.kind == FinderKind::pp && f.anchor == Anchor::cue && (is(j, "to") || is(j, "towards")) &&
              !one_of(preps, key(j)))
            return;
          // ("a fourth round of talks with President Hafez al-Assad on ending
          // two weeks of fighting between Israel and Hezbollah guerrillas in
          // southern Lebanon": "on" or "about" before a verb in -ing opens
          // the talks' topic; no place of the trigger's after it.)
          if (f.kind == FinderKind::pp && j > te && (is(j, "on") || is(j, "about")) && j + 1 < e &&
              t_.toks[j + 1].is_word() && !t_.toks[j + 1].cap() && ends_in(j + 1, "ing", 5) && !one_of(preps, key(j)))
            return;
          if (!one_of(preps, key(j))) continue;
          // ("went to the airport to welcome Kuwait's Emir": a later "to"
          // before a verb is an infinitive's; what follows is its object, no
          // place. Not "to neighbouring Kenya", data/lexicon/
          // place-adjectives.txt, nor a participle in -ing or -ed, nor "to
          // both", nor "four days to leave London", departure-verbs.txt.)
          if (f.kind == FinderKind::pp && j > te && is(j, "to") && j + 2 < e && a_.mention_of[j + 1] < 0 &&
              t_.toks[j + 1].is_word() && !t_.toks[j + 1].cap() && !prep(j + 1) && !is(j + 1, "the") && !is(j + 1, "a") &&
              !is(j + 1, "an") && !possessive_determiner(j + 1) && !owner_pronoun(j + 1) &&
              !in(words_.place_adjectives | words_.departure_verbs, j + 1) && !is(j + 1, "both") && !is(j + 1, "all") &&
              !is(j + 1, "either") && !(t_.toks[j + 1].flags & text::kJoiner) &&
              !ends_in(j + 1, "ing", 5) && !ends_in(j + 1, "ed", 4) && a_.mention_of[j + 2] >= 0)
            return;
          // ("a meeting ... in the face of an assertive China", "in the wake
          // of": a preposition of several words, data/lexicon/
          // preposition-nouns.txt, whose object is no place of the event;
          // "walked out of the conference in protest at Israel's presence".)
          if (f.kind == FinderKind::pp) {
            std::uint32_t q = j + 1;
            if (q < e && is(q, "the")) ++q;
            if (q + 1 < e && in(words_.preposition_nouns, q) &&
                (is(q + 1, "of") || is(q + 1, "to") || is(q + 1, "at") || is(q + 1, "against") || is(q + 1, "over"))) {
              j = q + 1;
              continue;
            }
          }
          // ("visited Peking last July by way of Pakistan": a route, no agent.)
          if (f.kind == FinderKind::agent && j + 2 < pp_end && is(j + 1, "way") && is(j + 2, "of")) {
            j += 2;
            continue;
          }
          // "talks on the war in Gaza": the war's place, not the talks'
          // (data/lexicon/topic-nouns.txt).
          if (f.kind == FinderKind::pp && j > b && is(j, "in") && in(words_.topic_nouns, j - 1)) continue;
          // "a state visit hosted by President Joe Biden", "a trip planned
          // by the Kremlin": a "by" after another participle in -ed is that
          // verb's agent, not the trigger's ("a delegation headed by": see
          // leader-by).
          if (f.kind == FinderKind::agent && j > te && j > b && t_.toks[j - 1].is_word() && !t_.toks[j - 1].cap() &&
              ends_in(j - 1, "ed", 4) && !phrase_before(s, type_->leader_by_list, j + 1, 0))
            return;
          // pp(cue: in at @nouns): only a preposition right after one of
          // the nouns ("lowered the flag over the embassy in Caracas").
          if (f.head_list >= 0 && !find_hit(s, f.head_list, j >= b + 3 ? j - 3 : b, j, j)) continue;
          std::uint32_t k = object_after(j + 1, e);
          if (k >= e) return;
          // (Not a name after "and" that opens a clause of its own: "closed
          // its embassy at the start of the month and France followed".)
          if (k > j + 2 && is(k - 1, "and") && a_.mention_of[k] >= 0 && !a_.mentions[a_.mention_of[k]].object_of_preposition)
            continue;
          if (is(k, "it") || is(k, "them")) {
            pronoun(k, out);
            return;
          }
          // ("talks with her Russian counterpart Sergei Lavrov", "joined by
          // Chile's Gabriel Boric and Uruguay's Luis Lacalle Pou": where a
          // person is taken, the person the determiner or the possessor
          // belongs to.)
          if (accept & kAcceptPerson) k = person_after_owner(k, e, accept);
          int mi = a_.mention_of[k];
          if (mi < 0) mi = listed_example(s, k, e, accept);
          // ("a meeting in Brussels between Armenian Prime Minister Nikol
          // Pashinyan, US Secretary of State Antony Blinken and ...")
          if (f.kind == FinderKind::pp) mi = person_of_demonym(mi, e, accept);
          // "closed their missions, state media in both countries
          // reported": past a comma, the place of whoever reports it (after
          // the whole list: "officials in Berlin and Rome said").
          if (mi >= 0 && after_comma && f.kind == FinderKind::pp &&
              starts_phrase(s, type_->subject_stops_list, std::min(e - 1, a_.mentions[list_last(mi, e, false)].te)))
            return;
          // ("a visit, the first by a U.S. aircraft carrier": a country's
          // ship or troops are no visitors.)
          if (mi >= 0 && f.kind == FinderKind::agent && type_->object_people_list >= 0 &&
              (a_.mentions[mi].form == CountryForm::demonym || a_.mentions[mi].form == CountryForm::abbreviation) &&
              a_.mentions[mi].te < e && starts_phrase(s, type_->object_people_list, a_.mentions[mi].te))
            return;
          // "its permanent mission to NATO" (pp(cue: to @missions-to)): a
          // mission to an international body is at its seat
          // (data/organizations/seats.tsv).
          if (mi >= 0 && f.kind == FinderKind::pp && f.head_list >= 0 && is(j, "to") && a_.mentions[mi].international &&
              !a_.mentions[mi].seat.empty() && (accept & kAcceptPlace)) {
            // (But "its permanent mission to the United Nations in Geneva":
            // at the office the text names.)
            const std::uint32_t at = a_.mentions[mi].te;
            if (at + 1 < e && (is(at, "in") || is(at, "at")) && a_.mention_of[at + 1] >= 0 &&
                accepts(a_.mentions[a_.mention_of[at + 1]], accept)) {
              add_mention(out, a_.mention_of[at + 1]);
              return;
            }
            out.push_back(Filler{a_.mentions[mi].seat, mi, a_.mentions[mi].tb, a_.mentions[mi].te});
            return;
          }
          // ("flew in on Saturday to join Iranian Foreign Minister Mohammad
          // Javad Zarif": after "to", a demonym before a person or a title
          // is that person's, no place.)
          if (mi >= 0 && f.kind == FinderKind::pp && is(j, "to") && (accept & kAcceptPlace) && !(accept & kAcceptPerson) &&
              a_.mentions[mi].form == CountryForm::demonym && a_.mentions[mi].te < e) {
            const int next = a_.mention_of[a_.mentions[mi].te];
            if (next >= 0 && (a_.mentions[next].type == EntityType::person || a_.mentions[next].title_only)) return;
          }
          // ("told reporters at the Russian permanent mission in Geneva",
          // "spoke at the U.S. embassy in Beijing": the owner of a mission
          // or a base one is at is no place of the event; the place named
          // after it is.)
          if (mi >= 0 && f.kind == FinderKind::pp && is(j, "at") && (accept & kAcceptPlace) &&
              a_.mentions[mi].type == EntityType::country &&
              (a_.mentions[mi].form == CountryForm::demonym || a_.mentions[mi].form == CountryForm::abbreviation)) {
            // (A noun of the type's place-words, common.rules, one word in
            // lower case before it at most: "permanent mission".)
            const int words = type_->place_words_list;
            std::uint32_t q = a_.mentions[mi].te;
            if (q + 1 < e && t_.toks[q].is_word() && !t_.toks[q].cap() && !starts_phrase(s, words, q)) ++q;
            if (words >= 0 && q + 2 < e && starts_phrase(s, words, q) && (is(q + 1, "in") || is(q + 1, "at"))) {
              const int at = a_.mention_of[q + 2];
              if (at >= 0 && accepts(a_.mentions[at], accept)) {
                add_mention(out, at);
                return;
              }
            }
          }
          // ("arrived on a chartered SAS flight": an airline's craft is no
          // place; data/lexicon/craft-nouns.txt.)
          if (mi >= 0 && f.kind == FinderKind::pp && a_.mentions[mi].type == EntityType::organization && a_.mentions[mi].te < e &&
              in(words_.craft_nouns, a_.mentions[mi].te))
            return;
          if (mi >= 0 && accepts(a_.mentions[mi], accept) &&
              !(f.kind == FinderKind::pp && (accept & kAcceptPlace) && modifies_a_thing(a_.mentions[mi], e))) {
            add_mention(out, mi);
            expand(out, mi, s, accept, +1);
            return;
          }
        }
        return;
      }
      case FinderKind::context: {
        const int mi = antecedent(tb, false);
        // (Not a place where missions are: "Four more - in Madagascar,
        // Burundi, Rwanda and Mauritius - were added. Embassies in
        // Afghanistan ... were also closed" are not Mauritius's.)
        if (mi >= 0 && a_.mentions[mi].object_of_preposition) {
          const std::uint32_t p = std::uint32_t(a_.mentions[mi].prep_token);
          if (is(p, "in") || is(p, "at") || is(p, "to") || is(p, "from")) return;
        }
        if (mi >= 0 && accepts(a_.mentions[mi], accept)) add_mention(out, mi);
        return;
      }
      case FinderKind::cue:
        return;
      case FinderKind::previous:
        return;  // handled in apply(): it needs the event type and role
      case FinderKind::opening:  // (only the "In X" that opens the sentence)
      case FinderKind::dateline: {
        // dateline(trigger: in to ... @place-words): the dateline's place
        // for the one met, only in a sentence that names no place of its own
        // (see names_a_place(): a country after one of the words, a word of
        // the list) and when the one who meets is a guest there too:
        // "AUCKLAND - ... Clinton also met Vladimir Putin". (Not "ACCRA -
        // ... Mahama also met Burkinabe Prime Minister ...", a story of
        // Mahama's trip to Burkina Faso.)
        if (f.head_list >= 0) {
          const int dl = dateline_for(s);
          if (dl < 0 || names_a_place(s, f.preps, f.head_list, dl)) return;
          const std::size_t before = out.size();
          add_dateline(dl, accept, out);
          if (out.size() == before) return;
          static const Finder who = [] {
            Finder w;
            w.kind = FinderKind::subject;
            w.window = kSubjectWindow;
            return w;
          }();
          std::vector<Filler>& subject = w_.subjects;
          subject.clear();
          find(who, kAcceptCountry | kAcceptCapital | kAcceptPerson | kAcceptTitle, s, tb, te, true, subject);
          bool guest = !subject.empty();
          for (const Filler& x : subject) guest = guest && !x.code.empty() && x.code != out[before].code;
          if (!guest) out.resize(before);
          return;
        }
        // "their first formal talks in seven years", "the first visit in a
        // decade": a trigger's "in" that says how long, not where, leaves
        // no place to the dateline either (data/lexicon/duration-nouns.txt).
        if (f.anchor == Anchor::trigger && te > tb && is(te - 1, "in"))
          for (std::uint32_t k = te; k < e && k < te + 4 && a_.mention_of[k] < 0; ++k)
            if (in(words_.duration_nouns, k)) return;
        // ("when President Joe Biden and Xi Jinping met in November": a
        // trigger's "in" that opens a time expression of TimeFinder dates
        // it, not places it; a meeting of months ago is no dateline's.)
        if (f.anchor == Anchor::trigger && te > tb) {
          const std::uint32_t in_at = is(te - 1, "in") ? te - 1 : te < e && is(te, "in") ? te : e;
          if (in_at < e) {
            const std::uint32_t at = t_.toks[in_at].begin;
            if (nearest_time(s, at).span.begin == at) return;
          }
        }
        // ("Lee Teng-hui, whose private visit to his alma mater ... ended",
        // BEIJING: a trigger that ends in "to" names where it goes; what it
        // names is no place, so the dateline is not it either.)
        // (But "used her first Pacific visit to promise that Canberra would
        // listen": a verb after "to" is the trip's purpose, and names no
        // place.)
        if (f.anchor == Anchor::trigger && te > tb && te < e && is(te - 1, "to") &&
            !(plain_verb(te) || (te + 1 < e && t_.toks[te].is_word() && !t_.toks[te].cap() && is(te + 1, "that"))))
          return;
        // "In Bogor, Marcos and Widodo agreed ..., while in Singapore he met
        // Prime Minister Lee": an "in X" that opens the trigger's own clause
        // (after "while", "and", "but"), with at most its subject between.
        if (f.anchor == Anchor::trigger)
          // ("In Guatemala, Tsai reviewed an honour guard; in Belize she
          // addressed the National Assembly and met Prime Minister John
          // Briceno": after a semicolon too, and for the clause's second
          // verb, with no comma and no other place between.)
          for (std::uint32_t q = tb; q > b + 1 && q + 12 > tb; --q) {
            if (boundary(q - 1)) break;
            if (!is(q - 1, "in") ||
                !(in(words_.clause_openers, q - 2) || is(q - 2, "and") || is(q - 2, "but") || is(q - 2, ";")))
              continue;
            const std::uint32_t at = q < e && is(q, "the") ? q + 1 : q;
            const int mi = at < tb ? a_.mention_of[at] : -1;
            if (mi < 0 || a_.mentions[mi].tb != at || !place_mention(mi, accept)) break;
            std::uint32_t after = a_.mentions[mi].te;
            if (after < tb && is(after, ",")) ++after;
            bool plain = after < tb && after + 10 >= tb;
            for (std::uint32_t k = after; plain && k < tb; ++k)
              plain = !is(k, ",") && !is(k, ";") && !(a_.mention_of[k] >= 0 && place_mention(a_.mention_of[k], accept));
            if (after < tb && (after + 4 >= tb || plain)) {
              add_mention(out, mi);
              return;
            }
            break;
          }
        // "In Paris on Wednesday evening he dined with ...": a place that
        // opens the sentence (after its dateline, if any) says where it
        // happens, before the dateline.
        std::uint32_t k = f.anchor == Anchor::trigger ? opening(s, tb) : b;
        // ("Hours later in Beijing, ...", "Days later in Paris, ...": a
        // time before the opening place.)
        if (k + 3 < e && !is(k, "in") && (is(k, "later") || is(k, "earlier") || is(k, "hours") || is(k, "minutes") ||
                                          in(words_.time_nouns, k))) {
          std::uint32_t q = k + 1;
          if (q + 2 < e && (is(q, "later") || is(q, "earlier"))) ++q;
          if (is(q, "in")) k = q;
        }
        if (k + 1 < e && is(k, "in")) {
          ++k;
          if (is(k, "the") && k + 1 < e) ++k;
          const int mi = a_.mention_of[k];
          if (mi >= 0 && a_.mentions[mi].tb == k && place_mention(mi, accept)) {
            add_mention(out, mi);
            return;
          }
        }
        // ("At the NATO summit in Madrid, Erdogan held talks with ...": a
        // gathering that opens the sentence, then its place and a comma.)
        if (const int mi = opening_gathering_place(s, tb); mi >= 0 && place_mention(mi, accept)) {
          add_mention(out, mi);
          return;
        }
        // opening(A)/2: "In Belgrade, Western diplomats were packing up. The
        // United States, Britain, France and Germany closed their embassies":
        // a sentence with no place of its own goes on in the scene that the
        // "In X," of the sentence right before set, on the same line.
        if (f.kind == FinderKind::opening && f.window >= 2 && f.anchor == Anchor::trigger && s > 0 &&
            dateline_index(s - 1) == dateline_index(s) && !line_break_between(t_.toks[se(s - 1) - 1].end, t_.toks[b].begin)) {
          std::uint32_t q = opening(s - 1, se(s - 1));
          if (q + 2 < se(s - 1) && is(q, "in")) {
            ++q;
            if (is(q, "the") && q + 1 < se(s - 1)) ++q;
            const int mi = a_.mention_of[q];
            if (mi >= 0 && a_.mentions[mi].tb == q && a_.mentions[mi].type == EntityType::place &&
                a_.mentions[mi].te < se(s - 1) && is(a_.mentions[mi].te, ",") && place_mention(mi, accept)) {
              bool own = false;
              for (std::uint32_t k = b; k < e && !own; ++k) {
                const int x = a_.mention_of[k];
                own = x >= 0 && a_.mentions[x].type == EntityType::place;
              }
              if (!own) add_mention(out, mi);
            }
          }
        }
        if (f.kind == FinderKind::opening) return;
        // "al-Bashir flew to Damascus for talks, the first visit by an Arab
        // leader since the war": a noun phrase set after a comma names the
        // clause before it, whose place is the last one after a preposition
        // (not "of"). (", the first visit", ", his third trip": a
        // determiner and at most two modifiers.)
        // "arrived in Pyongyang on Monday for a four-day official visit":
        // a visit that is the purpose ("for a ...") or the occasion ("on a
        // ...") of its clause happens where the clause put its subject, the
        // last place after "in", "at" or "to" before that preposition.
        if (f.anchor == Anchor::trigger) {
          const std::uint32_t c = phrase_opening(b, tb, 3);
          int place = -2;  // (-2: neither construction)
          if (c > b + 1 && c < tb && is(c - 1, ",") && (is(c, "the") || is(c, "a") || is(c, "his") || is(c, "her")))
            place = clause_place(b, c - 2, false, [&](std::uint32_t p) { return !is(p, "of"); });
          const std::uint32_t d = place == -2 ? phrase_opening(b, tb, 7) : tb;
          if (d > b + 1 && d < tb && (is(d - 1, "for") || is(d - 1, "on")) &&
              (is(d, "a") || is(d, "an") || is(d, "his") || is(d, "her") || is(d, "their")))
            place = clause_place(b, d - 2, true, [&](std::uint32_t p) { return is(p, "in") || is(p, "at") || is(p, "to"); });
          if (place >= 0) {
            if (accepts(a_.mentions[std::size_t(place)], accept)) add_mention(out, place);
            return;
          }
        }
        // "Lavrov flew to Damascus on Tuesday and held talks with Assad": a
        // verb after "and" (no comma: the same subject) happens where the
        // verb before it took that subject, the last place of its conjunct
        // after a preposition or a verb.
        // (Not a passive: "Habibie stayed in Jakarta and was represented by
        // his minister"; nor after a verb of staying, which goes nowhere:
        // "Scott Morrison stayed in Canberra and sent Foreign Minister
        // Marise Payne", data/lexicon/state-verbs.txt.)
        if (f.anchor == Anchor::trigger) {
          std::uint32_t a = tb;
          while (a > b && in(words_.verb_adverbs, a - 1)) --a;
          int place = -1;
          if (a > b + 2 && is(a - 1, "and") && !is(a - 2, ","))
            for (std::uint32_t q = a - 1; q-- > b;) {
              if (boundary(q) || is(q, ",") || is(q, ";")) break;
              if (in(words_.state_verbs, q)) {
                place = -1;
                break;
              }
              const int mi = a_.mention_of[q];
              if (mi < 0) continue;
              const Mention& m = a_.mentions[mi];
              // (A demonym names no place: "flew to this Congolese oil port".)
              // (After a preposition of place: not "share embassy premises
              // with Estonia ... and close several of its own missions".)
              const std::uint32_t pt = std::uint32_t(m.prep_token);
              const bool of_place = m.object_of_preposition && m.prep_token >= 0 &&
                                    (is(pt, "in") || is(pt, "to") || is(pt, "at") || is(pt, "into"));
              if (place < 0 && m.te == q + 1 && place_mention(mi, accept) && m.form != CountryForm::demonym &&
                  (of_place || (!m.object_of_preposition && m.tb > b && object_of_verb(m.tb - 1))))
                place = mi;
              q = m.tb;  // (the loop steps past the mention)
            }
          if (place >= 0) {
            add_mention(out, place);
            return;
          }
        }
        if (const int dl = dateline_for(s); dl >= 0) add_dateline(dl, accept, out);
        return;
      }
      case FinderKind::here: {
        // "met with U.S. Secretary of State Antony Blinken here on
        // Saturday": "here" after the anchor, in its clause, is the
        // dateline's place.
        const int dl = dateline_for(s);
        if (dl < 0) return;
        for (std::uint32_t k = te; k < e && k < te + std::uint32_t(f.window); ++k) {
          if (boundary(k) || is(k, ";")) return;
          if (is(k, "here")) {
            add_dateline(dl, accept, out);
            return;
          }
        }
        return;
      }
      case FinderKind::lead:
        return;  // handled in roles_for(): it needs the event type and role
      case FinderKind::item: {
        // "- March 15: Prime ministers Mateusz Morawiecki of Poland, Petr
        // Fiala of the Czech Republic and Janez Jansa of Slovenia, the first
        // foreign leaders to come.", "- May 8: Canada's Justin Trudeau.":
        // the people and countries that a list line names after its bullet
        // (and a date), when no verb follows them. Between and around the
        // names: capitalised words (titles), commas, possessives and the
        // phrases of the finder's list ("and", "of", "with", "prime
        // ministers"); they end at the line's end, at other punctuation, or
        // at a comma before a word in lower case (", who went on to Moscow",
        // ", the first foreign leaders to come"). Any other word (a verb:
        // "is not coming") leaves the line to the rules of its verb.
        // ("* UKRAINE - President Volodymyr Zelensky, on his first trip",
        // "Britain: Charles, Prince of Wales": the countries that label the
        // line are of the people named after their dash or colon.)
        if (!item(s) || item_start_[s] >= e) return;
        std::uint32_t k = item_start_[s];
        if (const TimeExpr& t = nearest_time(s, t_.toks[k].begin); t.span.end > t.span.begin && t.span.begin == t_.toks[k].begin) {
          while (k < e && t_.toks[k].begin < t.span.end) ++k;
          // (A range: "June 3-4:", "Dec 12-13 -".)
          if (k + 2 < e && t_.dash(k) && t_.toks[k + 1].kind == text::TokKind::number && (is(k + 2, ":") || t_.dash(k + 2))) k += 2;
          if (k < e && (is(k, ":") || t_.dash(k))) ++k;
        }
        const int label_last = labelled_by(k, e), label = label_last >= 0 ? a_.mention_of[k] : -1;
        if (label_last >= 0) k = a_.mentions[label_last].te + 1;
        auto phrase_end = [&](std::uint32_t j) {
          std::uint32_t end = j;
          if (f.head_list >= 0 && may_hit(s, f.head_list, j + 1))
            for (const Hit& h : hits_in(s, j, j + 1))
              if (h.lists.has(f.head_list)) end = std::max(end, h.te);
          return end;
        };
        const std::size_t before = out.size();
        bool named = false, person = false;
        for (std::uint32_t j = k; j < e;) {
          if (const int mi = a_.mention_of[j]; mi >= 0) {
            const Mention& m = a_.mentions[mi];
            const bool who = m.type == EntityType::person || m.type == EntityType::country;
            if (who && accepts(m, accept)) add_mention(out, mi);
            named |= who;
            person |= m.type == EntityType::person;
            j = std::max(j + 1, m.te);
            continue;
          }
          const text::Tok& t = t_.toks[j];
          // (";" as a comma: "- April 9: Austrian Chancellor Karl Nehammer;
          // British Prime Minister Boris Johnson".)
          if (is(j, ",") || is(j, ";")) {
            // (After a comma, a word in lower case goes on only as a phrase
            // of the list with a name right after it: ", with Slovak Prime
            // Minister Eduard Heger", not ", the first foreign leaders".)
            const std::uint32_t n = j + 1;
            if (n < e && t_.toks[n].is_word() && !t_.toks[n].cap() && a_.mention_of[n] < 0) {
              const std::uint32_t pe = phrase_end(n);
              if (pe == n || pe >= e || !(a_.mention_of[pe] >= 0 || (t_.toks[pe].is_word() && t_.toks[pe].cap()))) break;
            }
            ++j;
            continue;
          }
          // (The list first: "Prime ministers" is one of its phrases.)
          if (const std::uint32_t pe = phrase_end(j); pe > j) {
            j = pe;
            continue;
          }
          if ((t.flags & (text::kPossessive | text::kJoiner)) || (t.is_word() && t.cap())) {
            ++j;
            continue;
          }
          // (A full stop, the line's end or a parenthesis ends the names;
          // a dash or a colon after them makes them the label of a line
          // that goes on, "* UNITED STATES - Closed its embassy"; any other
          // word is a verb or more: no list of names.)
          if (is(j, ".") || is(j, "(")) break;
          out.resize(before);
          return;
        }
        if (!named) out.resize(before);
        // (A label counts with a person after it.)
        if (label >= 0 && person)
          for (int mi = label; mi <= label_last; ++mi)
            if (a_.mentions[mi].type == EntityType::country && accepts(a_.mentions[mi], accept)) add_mention(out, mi);
        return;
      }
      case FinderKind::label: {
        // "• France — embassy closed Friday", "Germany, Italy: both missions
        // shut": the countries that open a line of a round-up, before its
        // dash or colon, are whom the line is about.
        // ("* PAKISTAN - Its embassy never shut. Intelligence chief Faiz
        // Hameed flew to Kabul": a later sentence of a list's line too.)
        const std::uint32_t ls = line_item_[s] != ~0u ? line_item_[s] : s;
        const std::uint32_t lb = sb(ls), lim = ls == s ? tb : se(ls);
        std::uint32_t k = lb;
        while (k < lim && t_.toks[k].kind != text::TokKind::word && a_.mention_of[k] < 0) ++k;  // (a bullet)
        const int last = labelled_by(k, lim);
        if (last < 0 || !accepts(a_.mentions[a_.mention_of[k]], accept)) return;
        for (int mi = a_.mention_of[k]; mi <= last; ++mi)
          if (a_.mentions[mi].type == EntityType::country && accepts(a_.mentions[mi], accept)) add_mention(out, mi);
        return;
      }
      case FinderKind::story: {
        // Where the story is: the dateline's place, unless the reporter
        // files from a neighbour. "NAIROBI, April 24 (Reuters) - Gunfire
        // shook Khartoum ... The German embassy was closed": when the
        // story's headline and lead name a city of another country, and no
        // city of the dateline's, the story happens in the first such city.
        // (Not an "In Berlin, ..." that opens the sentence, as dateline()
        // reads it: where a minister speaks is no closure's place.)
        // A story with no dateline that opens on missions happens where its
        // first sentence's places are, else its second's, when they are all
        // in one country: "The Houthi takeover of Sanaa has emptied the
        // Yemeni capital of most of its embassies. ... Britain and France
        // shut their missions".
        const std::size_t di = dateline_index(s);
        if (di == 0 && (a_.dateline >= 0 || a_.sentences.empty() || f.head_list < 0)) return;
        if (di == 0) {
          // (Only a story that opens on missions: a phrase of the finder's
          // list in its first sentence.)
          // (Or in the sentence after a headline on a line of its own:
          // "CHRONOLOGY-Venezuela's diplomatic ruptures under Maduro" over
          // "... ordered seven Latin American governments to withdraw their
          // missions".)
          const bool headline = a_.sentences.size() > 1 && line_first_token(sb(1)) == int(sb(1));
          if (!any_hit(0, f.head_list, sb(0), se(0)) && !(headline && any_hit(1, f.head_list, sb(1), se(1)))) return;
          int found = story_place(0, 0, sb(0), -1, f.head_list);
          if (found == -1 && a_.sentences.size() > 1) found = story_place(1, 1, sb(1), -1, f.head_list);
          if (found >= 0 && accepts(a_.mentions[found], accept)) add_mention(out, found);
          return;
        }
        const std::uint32_t lead = a_.datelines[di - 1].first;
        const int dl = a_.datelines[di - 1].second;
        // (The headline: up to two sentences before the lead, after any
        // story before.)
        std::uint32_t first = lead >= 2 ? lead - 2 : 0;
        if (di >= 2) first = std::max(first, a_.datelines[di - 2].first + 1);
        const std::uint32_t lead_open = opening(lead, se(lead));  // (past "CONAKRY, Guinea, June 4 (Reuters) -")
        int found = story_place(first, lead, lead_open, dl, f.head_list);
        // (A headline and lead that name no place at all: the sentence
        // after the lead. "DOHA - The United States now conducts its
        // diplomacy with Afghanistan from an office in Qatar. On August 15,
        // as Taliban fighters entered Kabul, ..."), for a trigger in that
        // sentence; for another, a place there leaves the story unsure: the
        // lead's closure is not where the next sentence points ("CARACAS -
        // Venezuela has withdrawn its diplomats from seven countries ...
        // accusing them of subordinating themselves to Washington").
        if (found == -1 && lead + 1 < a_.sentences.size() &&
            (di >= a_.datelines.size() || a_.datelines[di].first > lead + 1)) {
          found = story_place(lead + 1, lead + 1, sb(lead + 1), dl, f.head_list);
          if (found >= 0 && s != lead + 1) return;
        }
        if (found >= 0) {
          if (accepts(a_.mentions[found], accept)) add_mention(out, found);
          return;
        }
        add_dateline(dl, accept, out);
        return;
      }
      case FinderKind::requester: {
        // "Minsk told Lithuania to shut its embassy": the subject of a
        // verb of f.head_list whose object is followed by "to" + the anchor.
        std::int64_t j = std::int64_t(tb) - 1;
        if (j > std::int64_t(b) && !is(j, "to") && t_.toks[j].kind == text::TokKind::word && !t_.toks[j].cap()) --j;
        if (j <= std::int64_t(b) || !is(j, "to")) return;
        std::int64_t k = j - 1;  // the last token of the object ("the Belarusian government")
        for (int n = 0; n < 2 && k > std::int64_t(b) && a_.mention_of[k] < 0 && object_of_verb(std::uint32_t(k)); ++n) --k;
        if (const int mi = a_.mention_of[k]; mi >= 0) k = std::int64_t(std::min(a_.mentions[mi].np_tb, a_.mentions[mi].tb)) - 1;
        else if (is(k, "it") || is(k, "them")) --k;
        else return;
        if (k < std::int64_t(b)) return;
        const std::uint32_t v_end = std::uint32_t(k) + 1, longest = rules_.phrases().longest();
        for (const Hit& h : hits_in(s, v_end >= b + longest ? v_end - longest : b, v_end))
          if (h.lists.has(f.head_list) && h.te == v_end) {
            Finder subject;
            find(subject, accept, s, h.tb, h.te, true, out);
            return;
          }
        return;
      }
      case FinderKind::source: {
        // Who reports it, after the first comma that follows the anchor
        // (within twice the window): "The embassy in Niamey has suspended
        // operations, the French foreign ministry said": the last mention
        // before a verb of f.head_list within f.window tokens of the comma.
        // (Not of "both missions" just before: "so both missions have been
        // temporarily closed, the Russian embassy in Pyongyang said" reports
        // two missions named before, of others.)
        for (std::uint32_t k = tb > b + 6 ? tb - 6 : b; k + 1 < tb; ++k)
          if (is(k, "both") && starts_phrase(s, type_->owned_list, k + 1)) return;
        std::uint32_t c = te;
        const std::uint32_t comma_end = std::min(e, te + 2 * std::uint32_t(f.window));
        while (c < comma_end && !is(c, ",") && !boundary(c)) ++c;
        // (A comma that opens another clause is no reporter's: "the embassy
        // in Khartoum was closed for now, and the Netherlands said its
        // staff had left".)
        if (c >= comma_end || !is(c, ",") || comma_opens_clause(c)) {
          // (source(A: after @verbs): only a reporter after it.)
          if (!one_of(f.preps, "after")) source_before(f, accept, s, tb, out);
          return;
        }
        const std::uint32_t hi = std::min(e, c + 1 + std::uint32_t(f.window));
        for (const Hit& h : hits_in(s, c + 1, hi)) {
          if (!h.lists.has(f.head_list) || h.te > hi) continue;
          // (The last mention the role accepts: "the French" before "foreign
          // ministry", which is a mention too.)
          int found = -1;
          for (std::uint32_t k = c + 1; k < h.tb; ++k) {
            if (is(k, ",") || boundary(k)) { found = -1; break; }
            if (a_.mention_of[k] >= 0 && accepts(a_.mentions[std::size_t(a_.mention_of[k])], accept)) found = a_.mention_of[k];
          }
          if (found >= 0) add_mention(out, found);
          return;
        }
        return;
      }
      case FinderKind::fronted: {
        // "On a visit to Hanoi, Chinese leader Xi Jinping signed ...": a
        // trigger in the phrase that opens the sentence (at most six tokens
        // before it, no name among them) takes the first mention the role
        // accepts after the comma that ends that phrase, among the names
        // and titles that open the main clause (within f.window tokens).
        // (After a dateline, the sentence opens after its dash: "HANOI, Dec
        // 13 - On a visit to Hanoi, ...".)
        const std::uint32_t open = opening(s, tb);
        if (tb > open + 6) return;
        // (Not a quotation: "\"This visit is a milestone,\" U.S. Ambassador
        // Daniel Kritenbrink said" is the speaker's, who is no visitor.)
        for (std::uint32_t k = open; k < tb; ++k)
          if (a_.mention_of[k] >= 0 || boundary(k) || is(k, ",") || is(k, "\"") || is(k, "\u201c")) return;
        // (Past the commas of a list in the phrase: "A January swing through
        // South Africa, Eswatini, Angola and Eritrea, made while ...".)
        auto list_comma = [&](std::uint32_t k) {
          if (k == 0 || a_.mention_of[k - 1] < 0 || k + 1 >= e) return false;
          const int next = a_.mention_of[k + 1];
          if (next < 0) return false;
          const std::uint32_t after = a_.mentions[next].te;
          return after < e && (is(after, ",") || is(after, "and") || is(after, "or"));
        };
        // ("Speaking at a joint news conference in Belgrade with Serbian
        // President Aleksandar Vucic at the start of a two-day state visit,
        // Erdogan ...": a phrase the trigger opens may be long; not "East
        // African leaders meeting in this town on Wednesday agreed to force
        // its new military ruler, Pierre Buyoya, to ...".)
        const std::uint32_t reach = tb == open ? 28 : 16;
        std::uint32_t c = te;
        while (c < e && c < te + reach && (!is(c, ",") || list_comma(c)) && !boundary(c)) ++c;
        if (c >= e || !is(c, ",")) return;
        // ("..., the Australian prime minister visited": the article opens
        // the title's phrase.)
        for (std::uint32_t j = c + 1; j < e && j <= c + std::uint32_t(f.window); ++j) {
          const int mi = a_.mention_of[j];
          if (mi < 0) {
            if (t_.toks[j].is_word() && !t_.toks[j].cap() && !(t_.toks[j].flags & text::kPossessive) &&
                !(j == c + 1 && is(j, "the")))
              return;
            continue;
          }
          if (accepts(a_.mentions[mi], accept)) {
            add_mention(out, mi);
            return;
          }
          j = a_.mentions[mi].te - 1;
        }
        return;
      }
      case FinderKind::earlier: {
        // "Mexico's embassy in Quito. ... closing the embassy": a mission
        // named with "the" (or "its", "their") and no place of its own is
        // the one named last before it, in the two sentences before or far
        // back in its own ("stormed the Mexican embassy in Quito to arrest
        // a former vice president, prompting Mexico to ... close the
        // mission", "left the U.S. consulate in Chengdu, days after Beijing
        // ordered the mission shut"); its place is the object of a
        // preposition within f.window tokens after it. With no
        // prepositions, the mission's owner.
        // ("its own mission": "own" between.)
        const std::uint32_t det = tb > b + 1 && is(tb - 1, "own") ? tb - 1 : tb;
        if (det <= b || !(is(det - 1, "the") || is(det - 1, "its") || is(det - 1, "their"))) return;
        const std::uint32_t near_lo = det - 1;  // (the mission named before "the")
        // (With no prepositions: its owner, "the U.S. consulate in Chengdu".)
        Finder pp;
        pp.kind = f.preps.empty() ? FinderKind::possessor : FinderKind::pp;
        pp.anchor = Anchor::cue;
        pp.preps = f.preps;
        pp.window = f.window;
        // ("Britain's embassy in Tehran ... Iran's embassy in London ... The
        // UK closed its mission": the place of a mission named before is no
        // place for a mission that "its" or "their" owns in its owner's own
        // country; the one before that is looked for.)
        std::string_view owner;
        if (det == tb && (is(det - 1, "its") || is(det - 1, "their")) && !f.preps.empty()) {
          std::vector<Filler> owners;
          pronoun(det - 1, owners, kAcceptCountry | kAcceptCapital | kAcceptAnaphor);
          if (owners.size() == 1) owner = owners[0].code;
        }
        for (std::uint32_t s2 = s + 1; s2-- > 0 && s2 + 2 >= s;) {
          // (All of the sentence's hits first: pp() below must not extend
          // the vector this loop walks.)
          const std::uint32_t end2 = s2 != s ? se(s2) : near_lo;
          if (!may_hit(s2, f.head_list, end2)) continue;
          const HitRange r = hits_in(s2, sb(s2), end2);
          for (const Hit* h = r.e; h != r.b;) {
            --h;
            if (!h->lists.has(f.head_list) || h->te > end2) continue;
            const std::size_t before = out.size();
            find(pp, accept, s2, h->tb, h->te, true, out);
            if (out.size() > before && !owner.empty() &&
                std::all_of(out.begin() + std::ptrdiff_t(before), out.end(),
                            [&](const Filler& x) { return same_state(x.code, owner); })) {
              out.resize(before);
              continue;
            }
            if (out.size() > before) return;
          }
        }
        return;
      }
      case FinderKind::modifier: {
        // A place right before the anchor: "its Baghdad embassy".
        std::int64_t j = std::int64_t(tb) - 1;
        if (j >= b && (t_.toks[j].flags & text::kPossessive)) --j;
        if (j >= b && a_.mention_of[j] >= 0 && a_.mentions[a_.mention_of[j]].type == EntityType::place &&
            accepts(a_.mentions[a_.mention_of[j]], accept))
          add_mention(out, a_.mention_of[j]);
        // ("its Afghan mission": a demonym after "its" or "their".)
        else if (j > b && a_.mention_of[j] >= 0) {
          const Mention& m = a_.mentions[a_.mention_of[j]];
          if (const int first = owned_places(m, b, tb); first >= 0 && accepts(m, accept)) {
            // ("its Angola and Uganda embassies": each of the list)
            for (int x = first; x <= a_.mention_of[j]; ++x)
              if (accepts(a_.mentions[x], accept)) add_mention(out, x);
          }
          // ("Modi's China visit", "the Japan trip": see trip_destination().)
          else if (trip_destination(m, b, tb, true) && accepts(m, accept))
            add_mention(out, a_.mention_of[j]);
        }
        return;
      }
    }
    return;
  }

  // ----- per sentence -----
  void sentence(std::uint32_t s) {
    const std::uint32_t b = sb(s), e = se(s);
    const auto& trig = rules_.triggers();
    const auto& ids = ids_for(trig, trigger_ids_);
    // Most tokens start no trigger: a plain array look-up skips them.
    const lexicon::PhraseIndex::Starts starts = trig.starts();
    const std::uint32_t* const id = ids.data();
    for (std::uint32_t i = b; i < e; ++i) {
      if (!starts(id[i]) || !t_.toks[i].is_word()) continue;
      std::uint32_t entry = ~0u, end = 0;
      trig.match_at(ids, i, e, [&](std::uint32_t en, std::size_t te) { entry = en; end = std::uint32_t(te); });
      if (i > b && (t_.toks[i - 1].flags & text::kJoiner)) continue;
      // ("traveled Tuesday to Cairo": a type's trigger gap after the first
      // word; the longer trigger wins, for the rules of those types.)
      // (The other types' rules still take the shorter trigger there.)
      ListMask gap_lists;
      bool gapped = false;
      if (const std::uint32_t g = trigger_gap(s, i, ids, gap_lists); g != 0) {
        std::uint32_t gap_entry = ~0u, gap_end = 0;
        gap_ids_.assign(1, ids[i]);
        for (std::uint32_t k = g; k < e && k < g + 8; ++k) gap_ids_.push_back(ids[k]);
        trig.match_at(gap_ids_, 0, gap_ids_.size(), [&](std::uint32_t en, std::size_t te) {
          if (te >= 2) gap_entry = en, gap_end = g + std::uint32_t(te) - 1;
        });
        if (gap_entry != ~0u && gap_end > end && !(gap_end < e && (t_.toks[gap_end].flags & text::kJoiner))) {
          gapped = true;
          for (std::uint32_t r : rules_.rules_for(gap_entry))
            if (gap_type(gap_lists, rules_.rules[r])) apply(rules_.rules[r], s, i, gap_end);
        }
      }
      if (entry == ~0u) continue;
      // Part of a compound is no trigger: "closed-door talks", "close-knit".
      if (end < e && (t_.toks[end].flags & text::kJoiner)) continue;
      for (std::uint32_t r : rules_.rules_for(entry))
        if (!gapped || !gap_type(gap_lists, rules_.rules[r])) apply(rules_.rules[r], s, i, end);
    }
    // A line of a list: the rules that fire on every one, at its bullet.
    if (item(s))
      for (std::uint32_t r : rules_.list_item_rules()) apply(rules_.rules[r], s, b, std::max(b + 1, item_start_[s]));
  }

  // Where the words after a trigger gap that follows token i resume (0:
  // no gap there), and in `lists` the types' gap lists its phrase is of.
  // (`ids`: the trigger index's word ids, which the gap index shares.)
  std::uint32_t trigger_gap(std::uint32_t s, std::uint32_t i, const std::vector<std::uint32_t>& ids, ListMask& lists) const {
    const auto& gaps = rules_.gaps();
    if (i + 2 >= se(s) || !gaps.starts()(ids[i + 1]) || !t_.toks[i + 1].is_word()) return 0;
    std::uint32_t g = 0;
    gaps.match_at(ids, i + 1, se(s), [&](std::uint32_t entry, std::size_t end) {
      lists |= rules_.gap_lists_of(entry);
      g = std::uint32_t(end);
    });
    return g;
  }

  // Is the rule's type one whose gap list `lists` holds?
  bool gap_type(const ListMask& lists, const Rule& rule) const {
    const int l = rules_.types[rule.event].trigger_gaps_list;
    return l >= 0 && lists.has(l);
  }

  // ----- lists -----
  // "Who has visited Kyiv since the invasion? ... Some of the visits:\n-
  // March 15: ...\n- May 8: Canada's Justin Trudeau.": a list's lines open
  // with a bullet at the start of a line; its lead is the one to three
  // sentences before its first line.
  // Where the words of a list line that opens at token b (the start of
  // sentence s) begin: after a bullet (text::bullet_at(), as the sentence
  // splitter reads it: "* ", "- ", "1. ", "2) "); at b itself for a line
  // labelled with countries and a colon or dash ("Britain: Charles, Prince
  // of Wales"); ~0u when the line is no list line.
  std::uint32_t list_line_start(std::uint32_t s, std::uint32_t b) const {
    const std::uint32_t e = se(s);
    if (text::bullet_at(doc_.text, t_.toks[b].begin))  // (a number's bullet is two tokens: "2", ".")
      return t_.toks[b].kind == text::TokKind::number ? b + 2 : b + 1;
    return labelled_by(b, e) >= 0 ? b : ~0u;
  }
  // Does sentence s open a line of a list?
  bool item(std::uint32_t s) const { return line_item_[s] == s; }
  // "* GERMANY, ITALY - ...", "Britain: ...": the last of the countries that
  // label a line from token k, before their dash or colon (before token
  // lim), or -1.
  int labelled_by(std::uint32_t k, std::uint32_t lim) const {
    const int mi = k < lim ? a_.mention_of[k] : -1;
    if (mi < 0 || a_.mentions[mi].tb != k || a_.mentions[mi].type != EntityType::country || a_.mentions[mi].anaphor) return -1;
    const int last = list_last(mi, lim, true);
    const std::uint32_t j = a_.mentions[last].te;
    return j < lim && (is(j, ":") || t_.dash(j)) ? last : -1;
  }
  bool line_break_between(std::uint32_t from, std::uint32_t to) const {  // (byte offsets)
    return std::string_view(doc_.text).substr(from, to - from).find('\n') != std::string_view::npos;
  }
  void mark_lists() {
    const std::size_t n = a_.sentences.size();
    list_first_.assign(n, ~0u);
    line_item_.assign(n, ~0u);
    lead_soon_.assign(n, 0);
    n_leads_ = 0;
    item_start_.assign(n, 0);
    for (std::uint32_t s = 0; s < n; ++s) {
      const std::uint32_t b = sb(s);
      if (const std::uint32_t start = b + 1 < se(s) ? list_line_start(s, b) : ~0u; start != ~0u) {
        // (At the line's start: spaces at most before it.)
        std::size_t p = t_.toks[b].begin;
        while (p > 0 && (doc_.text[p - 1] == ' ' || doc_.text[p - 1] == '\t')) --p;
        if (p == 0 || doc_.text[p - 1] == '\n') {
          item_start_[s] = start;
          list_first_[s] = s > 0 && list_first_[s - 1] != ~0u ? list_first_[s - 1] : s;
          line_item_[s] = s;
          for (std::uint32_t q = s >= 3 ? s - 3 : 0; q < s; ++q) lead_soon_[q] = 1;
          continue;
        }
      }
      // (A sentence after a list line's first, on the same line.)
      if (s > 0 && list_first_[s - 1] != ~0u && !line_break_between(t_.toks[se(s - 1) - 1].end, t_.toks[b].begin)) {
        list_first_[s] = list_first_[s - 1];
        line_item_[s] = line_item_[s - 1];
      }
    }
  }
  // What a rule of event type `event` found for `role` in the lead of the
  // list whose line sentence s opens (the latest, when several did), or null.
  const Lead* lead_for(int event, int role, std::uint32_t s) const {
    if (!item(s)) return nullptr;
    const std::uint32_t first = list_first_[s];
    const Lead* best = nullptr;
    for (std::size_t i = 0; i < n_leads_; ++i) {
      const Lead& l = leads_[i];
      if (l.event == event && l.role == role && l.sentence < first && l.sentence + 3 >= first &&
          (!best || l.sentence >= best->sentence))
        best = &l;
    }
    return best;
  }
  // Keeps what the rule found at a trigger of sentence s that made no
  // event for want of a role, when a list follows: the list's lead. (Not
  // when it is negated: "Leaders who stayed away from the summit in Bali".)
  void keep_lead(const Rule& rule, std::uint32_t s, std::uint32_t tb, std::uint32_t te) {
    if (fills_.empty() || n_leads_ + fills_.size() > 64) return;
    const Polarity pol = polarity(rule, *type_, s, tb, te).pol;
    if (pol == Polarity::negated) return;
    for (const RoleFill& f : fills_) {
      if (n_leads_ == leads_.size()) leads_.emplace_back();
      Lead& l = leads_[n_leads_++];
      l.event = rule.event;
      l.role = f.role;
      l.sentence = s;
      l.pol = pol;
      l.fillers.assign(fillers_.begin() + std::ptrdiff_t(f.begin), fillers_.begin() + std::ptrdiff_t(f.end));
    }
  }

  // The first token in [from, to) where a trigger of rule's event type
  // starts right after the name of a country or a person (not a body:
  // "an Asia-Pacific Economic Cooperation summit"), else to.
  std::uint32_t next_own_trigger(const Rule& rule, std::uint32_t s, std::uint32_t from, std::uint32_t to) {
    const auto& trig = rules_.triggers();
    const auto& ids = ids_for(trig, trigger_ids_);
    const lexicon::PhraseIndex::Starts starts = trig.starts();
    for (std::uint32_t k = from + 1; k < to; ++k) {
      if (!starts(ids[k]) || !t_.toks[k].is_word()) continue;
      // (A trigger that opens with a preposition opens no clause: "met Joe
      // Biden on the sidelines of the summit".)
      if (prep(k)) continue;
      std::uint32_t p = k - 1;
      if (p > sb(s) && in(words_.auxiliaries | words_.verb_adverbs, p)) --p;
      const int mi = a_.mention_of[p];
      if (mi < 0 || (a_.mentions[mi].type != EntityType::country && a_.mentions[mi].type != EntityType::person) ||
          a_.mentions[mi].te != p + 1)
        continue;
      std::uint32_t entry = ~0u;
      trig.match_at(ids, k, se(s), [&](std::uint32_t en, std::size_t) { entry = en; });
      if (entry == ~0u) continue;
      for (std::uint32_t r : rules_.rules_for(entry))
        if (rules_.rules[r].event == rule.event) return k;
    }
    return to;
  }

  void apply(const Rule& rule, std::uint32_t s, std::uint32_t tb, std::uint32_t te) {
    const std::uint32_t b = sb(s), e = se(s);
    // ("Blinken in Cairo": a trigger as common as "in" counts only right
    // after a person's name; the test is first, as it rules out nearly all.)
    if (rule.after_person) {
      // (after-person = comma: "Marco Rubio, in Antalya for a NATO meeting")
      const std::uint32_t name = rule.after_person_comma ? tb - 1 : tb;
      if (rule.after_person_comma && !(tb > b + 1 && is(tb - 1, ","))) return;
      if (!(name > b && a_.mention_of[name - 1] >= 0 &&
            a_.mentions[a_.mention_of[name - 1]].type == EntityType::person))
        return;
    }
    type_ = &rules_.types[rule.event];  // (the finders read its lists)
    // A block phrase ends right before the trigger: "the visiting premier".
    if (phrase_before(s, rule.block_list, tb, 0)) return;
    if (rule.block_comma && tb > b && is(tb - 1, ",")) return;
    if (rule.block_demonym && tb > b && a_.mention_of[tb - 1] >= 0 &&
        a_.mentions[a_.mention_of[tb - 1]].form == CountryForm::demonym)
      return;
    if (rule.exclude_list >= 0) {
      // (A phrase inside the trigger itself excludes nothing: "paid a
      // courtesy call on" is no phone "call".)
      // (Before the trigger, a list of places counts as one word: "the
      // ambassadors of Hungary, the Czech Republic, Romania and Austria
      // attended".)
      const std::uint32_t lo = words_back(s, tb, std::uint32_t(rule.exclude_window));
      const std::uint32_t hi = std::min(e, te + std::uint32_t(rule.exclude_window));
      if (may_hit(s, rule.exclude_list, hi)) {
        // (Copies: in_address() may extend the sentence's hits.)
        std::vector<Hit>& excluding = w_.excluding;
        excluding.clear();
        for (const Hit& h : hits_in(s, lo, hi))
          if (h.lists.has(rule.exclude_list) && h.te <= hi && !(h.tb >= tb && h.te <= te)) excluding.push_back(h);
        for (const Hit& h : excluding)
          if (!in_address(s, h)) return;
      }
    }
    if (rule.exclude_before_list >= 0) {
      // Only before the trigger: "Chinese tourists visiting Japanese hot springs".
      // A person's own plane or motorcade carries the person: "Putin's
      // plane touched down in Pyongyang".
      const std::uint32_t lo = words_back(s, tb, std::uint32_t(rule.exclude_before_window));
      // (Not inside a relative clause between the subject and the trigger:
      // "Omar al-Bashir, whose government fought a two-decade war against
      // southern rebels, attended the ceremony".)
      if (may_hit(s, rule.exclude_before_list, tb))
        for (const Hit& h : hits_in(s, lo, tb))
          if (h.lists.has(rule.exclude_before_list) && h.te <= tb && !persons_own(h.tb)) {
            // (Nor before a subject pronoun of the trigger's own clause:
            // "Bourita told reporters he had travelled to Tehran".)
            bool subject_between = false;
            for (std::uint32_t q = h.te; q < tb && !subject_between; ++q) subject_between = subject_pronoun(q);
            if (subject_between) continue;
            const RelativeClause rc = relative_clause_before(s, tb);
            if (!(rc.close > 0 && h.tb > rc.open && h.te <= rc.close)) return;
          }
      // ... and before a relative pronoun that opens the trigger's clause:
      // "The storm, which had earlier visited Taiwan's islands".
      std::uint32_t r = tb;
      while (r > b && r + 4 > tb && in(words_.auxiliaries | words_.verb_adverbs, r - 1)) --r;
      if (r >= b + 3 && is(r - 2, ",") && (is(r - 1, "which") || is(r - 1, "who")) &&
          phrase_before(s, rule.exclude_before_list, r - 2, 0))
        return;
    }
    // Only after it: "withdrew its troops" (but "Myanmar's military has
    // closed its embassy").
    if (rule.exclude_after_list >= 0 && any_hit(s, rule.exclude_after_list, te,
                                                 std::min(e, te + std::uint32_t(rule.exclude_after_window))))
      return;
    if (rule.cue_list < 0) {
      roles_for(rule, s, tb, te, nullptr);
      return;
    }
    // The cues near the trigger, nearest first: "closed its embassies in
    // Cuba and Serbia and its consulate in Milan" has two; when the
    // nearest cue gives no event ("two diplomats since March"), the next is tried.
    const std::uint32_t w = std::uint32_t(rule.cue_window);
    std::uint32_t lo = te;
    if (rule.cue_side != Rule::Side::after) {
      lo = words_back(s, tb, w);
      lo = before_relative_clause(s, tb, lo);
    }
    std::uint32_t hi = rule.cue_side == Rule::Side::before ? tb : std::min(e, te + w);
    // After the trigger the cue is in its object, before any comma:
    // "close ties, and the Chinese embassy" is not about an embassy closing
    // (unless the rule lets it past a few: "arrived from Cairo, where he met").
    // A comma before a coordinator of two words or more ("its consulate in
    // Lagos, along with its embassy in Accra") continues the object; a
    // comma before "and" mostly opens a new clause, as above.
    // (Nor a comma inside a list of places: "its embassies in Egypt, Jordan
    // and Bahrain and its liaison office in Morocco".)
    // ("ministers from Saudi Arabia, Qatar, the United Arab Emirates and
    // Egypt": a name after "the" too.)
    auto list_comma = [&](std::uint32_t k) {
      if (k <= b || k + 1 >= e) return false;
      const std::uint32_t at = is(k + 1, "the") && k + 2 < e ? k + 2 : k + 1;
      if (!place_at(k - 1) || !place_at(at)) return false;
      return a_.mentions[a_.mention_of[k - 1]].te == k && a_.mentions[a_.mention_of[at]].tb == at;
    };
    // (Nor a comma before the owner's pronoun and the next mission: "its
    // embassy to the Holy See, its embassy in Iran and ...".)
    auto next_mission = [&](std::uint32_t k) {
      return k + 2 < e && owner_pronoun(k + 1) && any_hit(s, rule.cue_list, k + 2, std::min(e, k + 5));
    };
    // (Nor past a clause of time or cause with a subject of its own: "ordered
    // Russia's consulate closed after Moscow slashed the American diplomatic
    // staff in Russia".)
    // (A passive trigger has no object after it: "diplomats were evacuated
    // after Moscow decided to close its embassy" evacuated that embassy.)
    const bool passive = tb > b && (is(tb - 1, "was") || is(tb - 1, "were") || is(tb - 1, "been") || is(tb - 1, "be"));
    auto subordinate_clause = [&](std::uint32_t k) {
      // (The name after the word first: most words have none.)
      const int mi = !passive && k + 1 < e ? a_.mention_of[k + 1] : -1;
      return mi >= 0 && a_.mentions[mi].tb == k + 1 && a_.mentions[mi].te < e && !is(a_.mentions[mi].te, "'s") &&
             t_.toks[a_.mentions[mi].te].is_word() && !t_.toks[a_.mentions[mi].te].cap() &&
             clause_word(k);  // (data/lexicon/clause-conjunctions.txt, clause-openers.txt)
    };
    for (std::uint32_t k = te, commas = 0; k < hi; ++k)
      if (boundary(k) || subordinate_clause(k) ||
          (is(k, ",") && !long_coordinator_at(s, k + 1) && !list_comma(k) && !next_mission(k) &&
           commas++ == std::uint32_t(rule.cue_commas))) {
        hi = k;
        break;
      }
    // ... nor past another trigger of the same event type with a name of
    // its own before it: "The Holy See closed its embassy in Managua and
    // Nicaragua shut its mission to Spain" (the mission is the one shut).
    if (hi > te) hi = next_own_trigger(rule, s, te, hi);
    std::vector<Hit>& cues = cues_;
    cues.clear();
    if (may_hit(s, rule.cue_list, std::max(lo, hi)))
      for (const Hit& h : hits_in(s, lo, hi))
        if (h.lists.has(rule.cue_list) && h.te <= hi) {
          if (!cues.empty() && h.tb < cues.back().te) {
            if (h.te - h.tb > cues.back().te - cues.back().tb) cues.back() = h;  // the longer phrase
            continue;
          }
          cues.push_back(h);
        }
    // "Poland, whose embassy has looked after American interests since 1991,
    // closed its mission": a cue inside a relative clause that ends right
    // before the trigger is that clause's, not the trigger's.
    if (rule.cue_side != Rule::Side::after && !cues.empty())
      if (const RelativeClause rc = relative_clause_before(s, tb); rc.close > 0)
        cues.erase(std::remove_if(cues.begin(), cues.end(), [&](const Hit& c) { return c.tb > rc.open && c.te <= rc.close; }),
                   cues.end());
    // "Britain said its embassy would stay open, while the UN mission
    // withdrew": a cue before a comma and "while", "whereas" or "but" is
    // the other clause's.
    if (rule.cue_side != Rule::Side::after && !cues.empty())
      cues.erase(std::remove_if(cues.begin(), cues.end(),
                                [&](const Hit& c) {
                                  for (std::uint32_t k = c.te; k + 1 < tb; ++k)
                                    if (is(k, ",") && (is(k + 1, "while") || is(k + 1, "whereas") || is(k + 1, "but")))
                                      return true;
                                  return false;
                                }),
                 cues.end());
    // "its consulate in Tangier would work normally, and that the border
    // crossing at Ceuta remained closed": a cue before a phrase of the
    // type's cue-stops list ("that the"), which opens a clause with a
    // subject of its own, is the other clause's. (The last such phrase
    // before the trigger, with a word between, is found among the
    // sentence's hits: the cues before it go.)
    if (const int stops = type_->cue_stops_list; rule.cue_side != Rule::Side::after && !cues.empty() && stops >= 0) {
      std::uint32_t stop = 0;
      bool found = false;
      for (const Hit& h : hits_in(s, cues.front().te, tb))
        if (h.lists.has(stops) && h.te < tb) stop = h.tb, found = true;
      if (found)
        cues.erase(std::remove_if(cues.begin(), cues.end(), [&](const Hit& c) { return c.te <= stop; }), cues.end());
    }
    // "the street leading to the U.S. embassy was closed": a cue in a
    // phrase about a place near it is no cue.
    if (rule.cue_block_list >= 0) {
      // (Before the trigger, a blocked cue nearest to it is the trigger's
      // subject: the cues before it are other clauses' ones. "Iraq cut off
      // the embassies' water after ordering all foreign missions in Kuwait
      // to close" closes no embassy of anyone's.)
      // (Not past a comma: "Germany's embassy, which was set on fire by a
      // crowd that also attacked the nearby British mission, will stay
      // closed".)
      bool own_clause = !cues.empty() && cues.back().te <= tb;
      for (std::uint32_t k = own_clause ? cues.back().te : tb; k < tb && own_clause; ++k) own_clause = !is(k, ",");
      if (rule.cue_side == Rule::Side::before && own_clause && cue_blocked(s, rule, cues.back())) {
        cues.clear();
      } else {
        cues.erase(std::remove_if(cues.begin(), cues.end(), [&](const Hit& c) { return cue_blocked(s, rule, c); }),
                   cues.end());
      }
    }
    // "its high commission in Suva would stay open, while Wellington
    // suspended defence ties": a name that is no object of a preposition
    // right before the trigger is its own subject; a cue before that name
    // belongs to another clause.
    if (tb > b) {
      std::uint32_t p = tb - 1;
      // ("London's ambassador had left the country": auxiliaries, a word,
      // a possessor.)
      while (p > b + 1 && in(words_.auxiliaries, p) && a_.mention_of[p] < 0) --p;
      bool skipped = false;  // (a word in lower case between)
      if (p > b && t_.toks[p].is_word() && !t_.toks[p].cap() && a_.mention_of[p] < 0) --p, skipped = true;  // ("also")
      if (p > b && (t_.toks[p].flags & text::kPossessive)) --p;
      int mi = a_.mention_of[p];
      // ("attended the BRICS summit alongside Xi Jinping": a body's name
      // after an article and before a noun modifies the noun.)
      if (mi >= 0 && skipped && a_.mentions[mi].type == EntityType::organization) {
        const std::uint32_t at = std::min(a_.mentions[mi].np_tb, a_.mentions[mi].tb);
        if (at > b && (is(at - 1, "the") || is(at - 1, "a") || is(at - 1, "an"))) mi = -1;
      }
      // ("a day after the United States closed its own mission": after a
      // conjunction the name is a subject too.)
      // ("Iran's embassy in London, which Britain ordered shut": after
      // "which", the mission before it is what the clause's verb acts on.)
      const std::uint32_t subject_at = mi >= 0 ? std::min(a_.mentions[mi].np_tb, a_.mentions[mi].tb) : 0;
      const bool relative_object = mi >= 0 && subject_at >= b + 2 && (is(subject_at - 1, "which") || is(subject_at - 1, "that")) &&
                                   is(subject_at - 2, ",");
      std::uint32_t subject_tb = 0;  // (0: no subject of its own before the trigger)
      if (mi >= 0 && !relative_object && a_.mentions[mi].type != EntityType::place &&
          (!a_.mentions[mi].object_of_preposition || conjunction(std::uint32_t(a_.mentions[mi].prep_token))) &&
          !(te < e && !t_.toks[te].cap() && !possessive_determiner(te) && !is(te, "the") && in_listed_place(mi)))
        subject_tb = std::min(a_.mentions[mi].np_tb, a_.mentions[mi].tb);
      // ("gave Qatari diplomats 48 hours to leave and announced they were
      // withdrawing": so does a subject pronoun, auxiliaries between.)
      std::uint32_t q = tb;
      while (q > b + 1 && in(words_.auxiliaries, q - 1)) --q;
      if (q > b && (is(q - 1, "they") || is(q - 1, "he") || is(q - 1, "she") || is(q - 1, "we")))
        subject_tb = std::max(subject_tb, q - 1);
      // ("Visiting Pakistani Foreign Minister Ishaq Dar met ...": a cue
      // that opens the subject's own phrase, where a rule says so.)
      // (After a dateline too: "KUALA LUMPUR, Oct 27 - Host Prime Minister
      // Anwar Ibrahim stood beside ...".)
      if (subject_tb > 0) {
        const std::uint32_t first = opening(s, tb);
        cues.erase(std::remove_if(cues.begin(), cues.end(),
                                  [&](const Hit& c) {
                                    return c.te <= subject_tb &&
                                           !(rule.cue_opens_subject && c.te == subject_tb &&
                                             (c.tb == b || c.tb == first || is(c.tb - 1, "the") || is(c.tb - 1, "a")));
                                  }),
                   cues.end());
      }
    }
    auto dist = [&](const Hit& h) { return h.tb >= tb ? h.tb - tb : tb - h.te; };
    // Nearest first, in order among equals (a stable insertion sort: a
    // trigger has a few cues).
    for (std::size_t i = 1; i < cues.size(); ++i) {
      const Hit x = cues[i];
      std::size_t j = i;
      for (; j > 0 && dist(x) < dist(cues[j - 1]); --j) cues[j] = cues[j - 1];
      cues[j] = x;
    }
    // Before the trigger, a chain of coordinated missions may reach past the
    // window: "the consulate in Lagos, along with the embassy in Accra,
    // would be shut". The farthest cue joined by a coordinator (within
    // three words, a comma allowed) to a cue before it (within six words)
    // brings that one in too.
    if (rule.cue_side == Rule::Side::before && !cues.empty())
      for (int n = 0; n < 3; ++n) {
        const Hit far = cues.back();
        const int coord = type_->coordinators_list;
        if (coord < 0 || far.tb < b + 2) break;
        const Hit* h = nullptr;
        for (const Hit& c : hits_in(s, far.tb >= b + 3 + rules_.phrases().longest() ? far.tb - 3 - rules_.phrases().longest() : b, far.tb))
          if (c.lists.has(coord) && c.te <= far.tb && c.te + 3 >= far.tb) h = &c;
        if (!h) break;
        std::uint32_t k = h->tb;  // (copied before hits_in may grow the hits)
        if (k > b && is(k - 1, ",")) --k;
        Hit prev{};
        bool found = false;
        for (const Hit& c : hits_in(s, k >= b + 6 ? k - 6 : b, k))
          if (c.lists.has(rule.cue_list) && c.te <= k) {
            prev = c;
            found = true;
          }
        bool clause = false;
        for (std::uint32_t q = found ? prev.te : k; q < k; ++q) clause |= boundary(q);
        if (!found || clause || prev.tb >= far.tb) break;
        cues.push_back(prev);
      }
    if (cues.empty()) {
      // (A cue dropped above as another clause's, "opened their summit in
      // Johannesburg, with Xi and Modi joining", still sets the scene, as
      // one in the sentences before does.)
      // Its finders read that cue in its own sentence ("The summit opened in
      // Johannesburg. Xi and Modi made the journey": the summit's place).
      Hit earlier{};
      std::uint32_t earlier_s = s;
      bool found = rule.cue_previous_sentences > 0 && earlier_cue(rule, s, tb, &earlier);
      for (int back = 1; !found && back <= rule.cue_previous_sentences && int(s) - back >= 0; ++back)
        if ((found = earlier_cue(rule, s - back, se(s - back), &earlier))) earlier_s = s - back;
      // ("VATICAN CITY - Heads of state ... filled St Peter's Square for the
      // funeral of Pope Francis. ... Brazil's Lula, France's Macron ... also
      // attended": the lead under a dateline sets the scene of its whole
      // story, however far back.)
      if (!found && rule.cue_previous_sentences > 0)
        if (const std::size_t di = dateline_index(s); di > 0) {
          const std::uint32_t lead = a_.datelines[di - 1].first;
          if (lead < s && (found = earlier_cue(rule, lead, se(lead), &earlier))) earlier_s = lead;
        }
      if (found) roles_for(rule, s, tb, te, &earlier, earlier_s);
      return;
    }
    // After an event, only a cue coordinated with one that made an event
    // adds another: "closed its embassy in Kabul and its consulate in
    // Herat", "its consulate in Lagos and its embassy in Accra were shut".
    const Hit* made = nullptr;
    for (const Hit& cue : cues) {
      if (made && !coordinated(s, made, &cue, tb)) break;
      if (roles_for(rule, s, tb, te, &cue) && !made) made = &cue;
    }
  }

  // Is there a cue of the rule in sentence `p` before token `upto` with
  // none of the rule's exclude phrases near it? "an extraordinary summit
  // held by video link ... Xi, Trump and Modi all joined": the remote
  // summit is no gathering anyone travelled to.
  // The last such cue is copied to *found.
  bool earlier_cue(const Rule& rule, std::uint32_t p, std::uint32_t upto, Hit* found) {
    const std::uint32_t b = sb(p), e = se(p);
    if (!may_hit(p, rule.cue_list, e)) return false;
    const std::uint32_t w = std::uint32_t(rule.exclude_window);
    // (The whole sentence is searched here, so the exclude tests below add
    // no hits and the range stays valid.)
    // (When its first cue is excluded, the sentence's later cues are of the
    // same gathering: "a summit held by video link ..., after the pandemic
    // forced Vietnam to drop plans for an in-person gathering".)
    bool any = false, first = true;
    for (const Hit& cue : hits_in(p, b, e))
      if (cue.lists.has(rule.cue_list) && cue.te <= upto) {
        const bool excluded =
            rule.exclude_list >= 0 && any_hit(p, rule.exclude_list, cue.tb >= b + w ? cue.tb - w : b, std::min(e, cue.te + w));
        if (excluded && first) return false;
        first = false;
        if (excluded) continue;
        *found = cue;
        any = true;
      }
    return any;
  }

  // Does a phrase of the rule's cue-block list end at most three words
  // before cue c ("outside the Russian embassy", "leading to the embassy")?
  // ("its newly opened trade office": a participle after "newly" or
  // "recently" describes the mission; it opens nothing here.)
  bool cue_blocked(std::uint32_t s, const Rule& rule, const Hit& c) {
    if (!phrase_before(s, rule.cue_block_list, c.tb, 3)) return false;
    const std::uint32_t b = sb(s);
    for (std::uint32_t k = c.tb; k > b && k + 4 > c.tb; --k)
      if (in(words_.participle_adverbs, k - 1)) return false;
    return true;
  }

  // Does a phrase of two words or more of the event type's coordinators
  // list start at token k ("along with", "as well as")?
  bool long_coordinator_at(std::uint32_t s, std::uint32_t k) { return long_coordinator_end(s, k) != 0; }
  // The end of that phrase, or 0.
  std::uint32_t long_coordinator_end(std::uint32_t s, std::uint32_t k) {
    const int list = type_->coordinators_list;
    if (list < 0 || k >= se(s)) return 0;
    for (const Hit& h : hits_in(s, k, k + 1))
      if (h.tb == k && h.te >= k + 2 && h.lists.has(list)) return h.te;
    return 0;
  }

  // Does a phrase of the type's coordinators list end right before token k?
  // Then a word of @cancel there is a verb of its own ("closed its embassy
  // and suspended visa services"), not the event called off.
  bool coordinated_verb(std::uint32_t s, std::uint32_t k) { return phrase_before(s, type_->coordinators_list, k, 0); }

  // Are two cues of one trigger coordinated: does a phrase of the type's
  // coordinators list ("and", "as well as") end at most two words before
  // the later of them (three words: "and the two Swedish consulates"), with
  // no clause boundary between them?
  // (`tb`: the trigger's first token.)
  bool coordinated(std::uint32_t s, const Hit* x, const Hit* y, std::uint32_t tb) {
    const Hit* first = x->tb < y->tb ? x : y;
    const Hit* later = x->tb < y->tb ? y : x;
    // (Nor across a verb of its own: "their diplomats had left Kuwait city
    // and their embassies there were closed" is two clauses.)
    // (Nor across a verb: "shut its mission and gave the Syrian diplomats
    // a week to leave".)
    for (std::uint32_t k = first->te; k < later->tb; ++k)
      if (boundary(k) || in(words_.auxiliaries, k) || plain_verb(k)) return false;
    // (Nor, after the trigger, a later mission with a verb of its own after
    // its place: "closed its embassy in Rome and the embassy in Beijing
    // remains open"; before it the verb is theirs: "The embassy in Spain and
    // the consulate general in Hong Kong are shut".)
    if (later->tb > tb) {
      const std::uint32_t e = se(s);
      std::uint32_t k = later->te;
      if (k + 1 < e && (is(k, "in") || is(k, "at") || is(k, "to"))) {
        const int mi = a_.mention_of[k + 1];
        k = mi >= 0 ? a_.mentions[mi].te : k;
      }
      if (k > later->te && k < e &&
          (in(words_.auxiliaries | words_.state_verbs, k) || plain_verb(k)))
        return false;
    }
    // ("its embassy to the Holy See, its embassy in Iran and ...": a comma
    // and the owner's pronoun again.)
    if (later->tb >= first->te + 2 && is(later->tb - 2, ",") && owner_pronoun(later->tb - 1))
      return true;
    const std::uint32_t lo = later->tb >= first->te + 3 ? later->tb - 3 : first->te;
    const Hit* h = find_hit(s, type_->coordinators_list, lo >= rules_.phrases().longest() ? lo - rules_.phrases().longest() : 0,
                            later->tb, later->tb);
    return h && h->te >= lo && h->tb >= first->te;
  }

  // "The Swiss embassy in Tehran, which represents U.S. interests in Iran,
  // temporarily closed": a relative clause that ends right before the
  // trigger (at most two words between, or three with an auxiliary: "would
  // be temporarily closed") does not count in the window of a cue before
  // it; returns `lo` moved back by the clause's length.
  std::uint32_t before_relative_clause(std::uint32_t s, std::uint32_t tb, std::uint32_t lo) const {
    const std::uint32_t b = sb(s);
    std::uint32_t k = tb;  // the token after the clause's closing comma
    while (k > b && (k + 2 > tb || (k + 3 > tb && in(words_.auxiliaries, k - 1))) && !is(k - 1, ",")) --k;
    if (k <= b + 3 || !is(k - 1, ",")) return lo;
    for (std::uint32_t c = k - 2; c > b && c + 20 > k; --c) {
      if (is(c, ",") || boundary(c)) return lo;
      // (Also an apposition of "one of": "the consulate, one of five U.S.
      // consular posts in mainland China, would be temporarily closed".)
      if ((is(c, "which") || is(c, "who") || (is(c, "one") && is(c + 1, "of"))) && is(c - 1, ",")) {
        const std::uint32_t len = k - (c - 1);
        return lo >= b + len ? lo - len : b;
      }
    }
    return lo;
  }

  // Is the trigger [tb, te) one of the rule's moving verbs, with a place or
  // country of the host's (EventType::host_role, as found) as the object
  // of "to" after it, before the next comma or "and"?
  bool moved_within_host(const Rule& rule, const EventType& type, std::uint32_t s, std::uint32_t tb, std::uint32_t te) {
    const Hit* verb = find_hit(s, rule.same_destination_list, tb, te, tb);
    if (!verb || verb->tb != tb) return false;
    if (type.host_role < 0) return false;
    const int host = type.role_names[std::size_t(type.host_role)];
    const RoleFill* fill = nullptr;
    for (const RoleFill& f : fills_)
      if (f.role == host) fill = &f;
    if (!fill) return false;
    const std::uint32_t e = se(s);
    for (std::uint32_t j = te; j + 1 < e && !boundary(j) && !is(j, ",") && !is(j, "and"); ++j) {
      if (!is(j, "to")) continue;
      // ("to Lviv", "to the western city of Lviv": the first name after it)
      std::uint32_t at = j + 1;
      while (at + 1 < e && at < j + 6 && a_.mention_of[at] < 0 && !boundary(at) && !is(at, ",")) ++at;
      const int mi = a_.mention_of[at];
      // (A name in the possessive names no destination: "moved all of its
      // embassy personnel to the city's airport" left the capital.)
      if (mi >= 0 && a_.mentions[mi].te < e && (t_.toks[a_.mentions[mi].te].flags & text::kPossessive)) continue;
      // ("have also moved their remaining diplomats to the western city": a
      // city of no name, told as "the" and a place noun of
      // data/lexicon/place-nouns.txt, is one the story named, in the host.)
      if (mi < 0 && is(j + 1, "the")) {
        std::uint32_t k = j + 2;
        while (k < e && k < j + 5 && t_.toks[k].is_word() && !t_.toks[k].cap() && !in(words_.place_nouns, k)) ++k;
        // (Nor before "of" or in the possessive, as above.)
        if (k < e && !t_.toks[k].cap() && in(words_.place_nouns, k) &&
            !(k + 1 < e && (is(k + 1, "of") || (t_.toks[k + 1].flags & text::kPossessive))))
          return true;
      }
      if (mi < 0 || !is_place(a_.mentions[mi])) continue;
      for (std::size_t k = fill->begin; k < fill->end; ++k)
        if (fillers_[k].code == a_.mentions[mi].code) return true;
    }
    return false;
  }

  // The polarity of a rule's trigger, and the words that make it: it
  // depends on the trigger alone, not on the roles, so apply() computes it
  // once for all the cues it tries (the last trigger's is kept).
  struct TriggerPolarity {
    const Rule* rule = nullptr;
    std::uint32_t s = 0, tb = 0, te = 0;
    Polarity pol = Polarity::asserted;
    TokRange cue_text;
  };
  TriggerPolarity polarity_;
  const TriggerPolarity& polarity(const Rule& rule, const EventType& type, std::uint32_t s, std::uint32_t tb,
                                  std::uint32_t te) {
    if (polarity_.rule == &rule && polarity_.s == s && polarity_.tb == tb && polarity_.te == te) return polarity_;
    Polarity pol = Polarity::asserted;
    TokRange cue_text;  // the polarity cue, if any
    const std::uint32_t b = sb(s), e = se(s);
    // ("has no plans to close its embassy in Tehran or withdraw its
    // diplomats": after "or" or "nor", the window reaches back twice as far,
    // into the first verb's.)
    // ("has no plans to sever diplomatic ties with North Korea or to close
    // its embassy": also after "or to")
    const bool alternative = (tb > b && (is(tb - 1, "or") || is(tb - 1, "nor"))) ||
                             (tb > b + 1 && is(tb - 1, "to") && (is(tb - 2, "or") || is(tb - 2, "nor")));
    const std::uint32_t pw = std::uint32_t(type.polarity_window) * (alternative ? 2 : 1);
    std::uint32_t plo = words_back(s, tb, pw);
    // "Witkoff is not a diplomat; he met Putin in Moscow", "..., but he
    // met": a cue before a semicolon or a colon, or before a phrase of the
    // type's polarity-stops, is another clause's.
    for (std::uint32_t j = tb; j > plo; --j)
      if (boundary(j - 1)) {
        plo = j;
        break;
      }
    // ("'... that was not wanted,' he told reporters in Warsaw": a cue inside
    // a quotation closed before the trigger is the quotation's.)
    for (std::uint32_t j = tb; j > plo + 1; --j)
      if ((is(j - 1, "\"") || is(j - 1, "\u201d")) && t_.toks[j - 2].end == t_.toks[j - 1].begin &&
          (is(j - 2, ",") || is(j - 2, ".") || is(j - 2, "!") || is(j - 2, "?"))) {
        plo = j;
        break;
      }
    // (A relative clause between the subject and the trigger is another
    // clause too: "The Kenyan president, whose visit to Britain was
    // cancelled, arrived in Paris".)
    if (const RelativeClause rc = relative_clause_before(s, tb); rc.close > 0) plo = std::max(plo, rc.close + 1);
    // (So is one closed before the trigger's subject: "In a first for the
    // two neighbours, which still have no diplomatic relations, Turkey was
    // represented by Vice President Cevdet Yilmaz".)
    for (std::uint32_t j = tb; j > plo + 2; --j) {
      if (!is(j - 1, ",")) continue;
      bool relative = false;
      for (std::uint32_t q = j - 1; q > plo + 1 && !relative; --q) {
        if (is(q - 1, ",")) break;
        relative = (is(q - 1, "which") || is(q - 1, "who") || is(q - 1, "whose")) && is(q - 2, ",");
      }
      if (relative) plo = j;
      break;
    }
    // ("... after Ortega's government proposed suspending relations, and
    // Managua has shut its own mission": ", and" before a name opens a
    // clause with a subject of its own.)
    for (std::uint32_t j = tb; j > plo + 1 && j >= b + 3; --j)
      if (a_.mention_of[j - 1] >= 0 && is(j - 2, "and") && is(j - 3, ",")) {
        plo = j - 1;
        break;
      }
    // ("we will have no choice but to close the embassy": "but" after
    // "choice", "alternative", "nothing" or "all" opens no clause; "instead
    // of", a negation, is no contrast: "flew home instead of holding talks
    // in Washington"; nor is "instead" after a modal: "Biden will instead
    // travel to India", still to come.)
    if (const int stops = type.polarity_stops_list; stops >= 0 && plo < tb && may_hit(s, stops, tb))
      for (const Hit& h : hits_in(s, plo, tb))
        if (h.lists.has(stops) && h.te <= tb &&
            !(is(h.tb, "but") && h.tb > b &&
              (is(h.tb - 1, "choice") || is(h.tb - 1, "alternative") || is(h.tb - 1, "nothing") || is(h.tb - 1, "all"))) &&
            !(is(h.tb, "instead") && (is(h.te, "of") || (h.tb > b && in(words_.auxiliaries, h.tb - 1)))))
          plo = std::max(plo, h.te);
    const Hit* denied = nullptr;  // "denied a ... report that": see EventType::reported_list
    if (type.reported_list >= 0 && type.denial_list >= 0 && may_hit(s, type.reported_list, tb)) {
      bool reported = false;  // a report that introduces the event's clause: "reports (on ...) that"
      for (const Hit& h : hits_in(s, b, tb)) {
        if (!h.lists.has(type.reported_list) || h.te > tb) continue;
        // ("denied the information disseminated in some media about the
        // evacuation of the Embassy": "about" as "that")
        for (std::uint32_t k = h.te; k < tb && k < h.te + 7 && !reported; ++k)
          reported = (k < h.te + 4 && is(k, "that")) || is(k, "about");
        if (h.tb > b)
          if (const Hit* n = find_hit(s, type.denial_list, h.tb >= b + 10 ? h.tb - 10 : b, h.tb, h.tb, true)) denied = n;
      }
      // "Reports that Germany would close its consulate in Kaliningrad were
      // denied by Berlin": the report denied in the passive after the event,
      // in the same clause.
      if (reported && !denied) {
        std::uint32_t clause_end = te;
        while (clause_end < e && !boundary(clause_end)) ++clause_end;
        if (may_hit(s, type.denial_list, clause_end))
          for (const Hit& h : hits_in(s, te, clause_end))
            if (h.lists.has(type.denial_list) && in(words_.auxiliaries, h.tb - 1) && !clause_opens(te, h.tb)) {
              denied = &h;
              break;
            }
      }
    }
    // ("has rejected any suggestion that Rabat was acting on their behalf,
    // though he stopped in Riyadh": a contrast after the report denied opens
    // another clause.)
    if (denied && denied->te < tb && type.polarity_stops_list >= 0 && may_hit(s, type.polarity_stops_list, tb))
      for (const Hit& h : hits_in(s, denied->te, tb))
        if (h.lists.has(type.polarity_stops_list) && h.te <= tb) {
          denied = nullptr;
          break;
        }
    // ("Xi Jinping skipped the meeting and sent Premier Li Qiang": a verb
    // of cancelling, negation-after's, before "and" and the trigger is the
    // other verb's.)
    const Hit* negation = find_hit(s, type.negation_list, plo, tb, tb, true);
    if (negation && type.negation_after_list >= 0 && negation->lists.has(type.negation_after_list) && tb > b + 1 &&
        is(tb - 1, "and") && negation->te < tb - 1)
      negation = nullptr;
    // ("India does not recognise the Taliban regime and had shut its
    // embassy in Kabul": after "and", a verb with an auxiliary of its own is
    // a predicate of its own; the negation is the first verb's.)
    // (Also when the trigger opens with its auxiliary: "set off by train
    // without him and were received by President Zelenskyy".)
    if (negation && tb > b + 2 && (in(words_.auxiliaries, tb - 1) || in(words_.auxiliaries, tb))) {
      std::uint32_t k = tb - 1;
      while (k > b && in(words_.auxiliaries, k)) --k;
      if (is(k, "and") && negation->te < k) negation = nullptr;
    }
    // ("Zoellick, in the Lao capital for a forum that his boss chose to
    // skip, met Li": a negation inside the commas of an apposition that
    // ends right before the trigger is the apposition's.)
    // (The apposition's first comma comes right after a name: not "In
    // March, he did not, as planned, visit Iran".)
    // ("Erdogan, as most wire services print the name without its soft g,
    // had met": auxiliaries between the closing comma and the trigger.)
    // ("The summit, postponed three times since 1999, has brought to the
    // capital ...": an apposition that a participle in -ed opens, after a
    // word in lower case that is no auxiliary.)
    std::uint32_t close = tb;
    while (close > b + 1 && in(words_.auxiliaries, close - 1)) --close;
    if (negation && close > b + 1 && is(close - 1, ",") && negation->te < close)
      for (std::uint32_t k = negation->tb; k-- > b + 1;)
        if (is(k, ",")) {
          const bool participle = k + 1 == negation->tb && ends_in(k + 1, "ed", 5) && t_.toks[k - 1].is_word() &&
                                  !t_.toks[k - 1].cap() && !in(words_.auxiliaries, k - 1);
          if (a_.mention_of[k - 1] >= 0 || participle) negation = nullptr;
          break;
        }
    // ("Egypt would not be deterred from the course set by Sadat's visit to
    // Jerusalem": a negation before a person's or a country's "'s" that
    // owns the trigger is the clause's verb's, not the trip's; but a verb of
    // cancelling takes the trip for its object: "agreed to postpone Xi
    // Jinping's state visit".)
    if (negation && tb > b + 2 && (t_.toks[tb - 1].flags & text::kPossessive) && a_.mention_of[tb - 2] >= 0 &&
        negation->te <= a_.mentions[a_.mention_of[tb - 2]].tb &&
        !(type.negation_after_list >= 0 && negation->lists.has(type.negation_after_list)))
      negation = nullptr;
    // ("flew home instead of holding talks in Washington": "instead of"
    // negates only the trigger right after it, or after one verb in -ing;
    // not "Instead of flying to Paris, Putin went to Berlin".)
    if (negation && is(negation->tb, "instead") && negation->te != tb &&
        !(negation->te + 1 == tb && ends_in(negation->te, "ing", 5)))
      negation = nullptr;
    // ("did not meet Barack Obama when the U.S. president came to Havana": a
    // negation before a word that opens another clause, clause-openers.txt,
    // is that clause's verb's. A plan is not cut so: "will meet Obama when
    // the president visits Havana" is a plan for both.)
    if (negation)
      for (std::uint32_t k = negation->te; k < tb; ++k)
        if (in(words_.clause_openers, k)) {
          negation = nullptr;
          break;
        }
    if (const Hit* h = negation) {
      pol = Polarity::negated;
      cue_text = TokRange{h->tb, h->te};
    } else if (denied) {
      pol = Polarity::negated;
      cue_text = TokRange{denied->tb, denied->te};
    } else if (const Hit* h4 = passive_cancel(rule, type, s, te, e)) {
      pol = Polarity::negated;
      cue_text = TokRange{h4->tb, h4->te};
    } else if (const Hit* h2 = find_hit(s, type.negation_after_list, te, std::min(e, te + pw), te, true);
               h2 && !coordinated_verb(s, h2->tb) && !clause_opens(te, h2->tb) && !cancels_another(s, te, *h2) &&
               !own_subject_after_and(te, h2->tb) && !closes_relative_clause(s, tb, te, *h2)) {
      pol = Polarity::negated;
      cue_text = TokRange{h2->tb, h2->te};
    } else if (const Hit* h3 = find_hit(s, type.hypothetical_list, plo, tb, tb, true)) {
      const std::uint32_t alo = h3->tb >= b + 4 ? h3->tb - 4 : b;
      // (An announced plan is an event, "said it plans to close", and so is
      // an announced request made, "said Taipei had asked Honduras to
      // shut"; a request still to be made is not: "said she would ask
      // Moscow to close", a modal before it and a name after it.)
      bool later_request = false;
      if (h3->tb > b && (is(h3->tb - 1, "would") || is(h3->tb - 1, "will") || is(h3->tb - 1, "could") ||
                         is(h3->tb - 1, "might") || is(h3->tb - 1, "may")))
        for (std::uint32_t k = h3->te; k < tb && !later_request; ++k) later_request = a_.mention_of[k] >= 0;
      // (Nor is a question: "has not said whether the embassies will be shut".)
      const bool question = type.questions_list >= 0 && h3->lists.has(type.questions_list);
      if (later_request || question || !find_hit(s, type.announce_list, alo, h3->tb, h3->tb)) {
        pol = Polarity::hypothetical;
        cue_text = TokRange{h3->tb, h3->te};
      }
    }
    if (pol == Polarity::asserted && type.denied_after_list >= 0)
      if (const Hit* h = denied_next(type, s, tb)) {
        pol = Polarity::negated;
        cue_text = TokRange{h->tb, h->te};
      }
    if (pol == Polarity::asserted && type.hypothetical_after_list >= 0)
      if (const Hit* h = find_hit(s, type.hypothetical_after_list, te, std::min(e, te + pw), te, true);
          h && !clause_opens(te, h->tb)) {
        pol = Polarity::hypothetical;
        cue_text = TokRange{h->tb, h->te};
      }
    if (const int fut = type.headline_future_list; pol == Polarity::asserted && fut >= 0 && tb >= b + 2 &&
                                                    may_hit(s, fut, tb)) {
      // "PM Ishiba to visit China": see EventType::headline_future_list.
      for (const Hit& h : hits_in(s, tb >= b + 3 ? tb - 3 : b, tb)) {
        if (!h.lists.has(fut) || h.te != tb || h.tb == b) continue;
        const int mi = a_.mention_of[h.tb - 1];
        if (mi < 0) break;
        const Mention& m = a_.mentions[std::size_t(mi)];
        if (!(m.type == EntityType::person || m.title_only || m.type == EntityType::country)) break;
        // The name opens the headline (after "Exclusive:" or "UPDATE 2-"
        // at most): "Russia ordered Latvia to close ..." is an order.
        const std::uint32_t np = std::min(m.np_tb, m.tb);
        bool opens = np == b || t_.dash(np - 1) || is(np - 1, ":");
        for (std::uint32_t k = b; !opens && k < np; ++k)
          if (t_.toks[k].is_word() && !t_.toks[k].upper()) break;
          else if (k + 1 == np) opens = true;
        if (opens) {
          pol = Polarity::hypothetical;
          cue_text = TokRange{h.tb, h.te};
        }
        break;
      }
    }
    // "If the embassy shuts, Bulgaria's embassy in Moscow would also have to
    // close": a sentence that opens with a condition is all conditional.
    if (const std::uint32_t o = opening(s, tb); pol == Polarity::asserted && o < tb && (is(o, "if") || is(o, "unless"))) {
      pol = Polarity::hypothetical;
      cue_text = TokRange{o, o + 1};
    }
    // "Will China retaliate by closing a US consulate?", "Q: Did Moscow
    // close ...?": a question that asks yes or no reports nothing (one
    // that asks why does: "Why did you close the consulate?").
    if (pol == Polarity::asserted)
      if (const std::uint32_t q = yes_no_question(s); q < e) {
        pol = Polarity::hypothetical;
        cue_text = TokRange{q, q + 1};
      }
    if (pol == Polarity::asserted && rule.planned) {  // "is due in"
      pol = Polarity::hypothetical;
      cue_text = TokRange{tb, te};
    }
    // "Lawmakers demanded that the consulate be shut down": a bare "be"
    // before the trigger, with no modal or "to" before it (adverbs between),
    // is a demand or a wish, not a report.
    if (pol == Polarity::asserted && tb >= b + 2 && is(tb - 1, "be")) {
      std::uint32_t k = tb - 2;
      while (k > b && in(words_.verb_adverbs, k)) --k;
      // (The modals are auxiliaries, data/lexicon/auxiliaries.txt.)
      const bool modal = in(words_.auxiliaries, k) || is(k, "to") || is(k, "not") || is(k, "n't") || is(k, "cannot") ||
                         is(k, "'ll") || is(k, "'d");
      if (!modal) {
        pol = Polarity::hypothetical;
        cue_text = TokRange{tb - 1, tb};
      }
    }
    polarity_ = TriggerPolarity{&rule, s, tb, te, pol, cue_text};
    return polarity_;
  }

  // Finds the roles of one trigger with one cue and records the events;
  // false when a required role stays empty.
  // (`cue_s`: the cue's sentence, when it is one before the trigger's.)
  bool roles_for(const Rule& rule, std::uint32_t s, std::uint32_t tb, std::uint32_t te, const Hit* cue,
                 std::uint32_t cue_s = ~0u) {
    if (cue_s == ~0u) cue_s = s;
    const EventType& type = *type_;
    const std::uint32_t e = se(s);

    // Roles: the fillers of each role with any, back to back in fillers_.
    Polarity lead_pol = Polarity::asserted;  // (a list's lead that is still to come: its lines are too)
    fillers_.clear();
    fills_.clear();
    values_.clear();
    for (const RoleSpec& spec : rule.roles) {
      const std::size_t begin = fillers_.size();
      TokRange value;  // (its text is never empty: a cue has tokens)
      for (const Finder& f : spec.finders) {
        if (f.kind == FinderKind::cue) {
          if (cue) value = TokRange{cue->tb, cue->te};
          if (!value.empty()) break;
          continue;
        }
        if (f.kind == FinderKind::lead) {
          if (const Lead* l = lead_for(rule.event, spec.name, s)) {
            fillers_.insert(fillers_.end(), l->fillers.begin(), l->fillers.end());
            if (l->pol != Polarity::asserted) lead_pol = l->pol;
          } else if (f.head_list >= 0 && item(s)) {
            // ("LONDON, Sept 19 - ... dignitaries filled Westminster Abbey for
            // the state funeral. Among the congregation:\n- ..."): a lead
            // that names a gathering (a phrase of the finder's list), and
            // where no rule found a place: the dateline's.
            const std::uint32_t first = list_first_[s];
            bool gathering = false;
            for (std::uint32_t q = first >= 3 ? first - 3 : 0; q < first && !gathering; ++q)
              gathering = any_hit(q, f.head_list, sb(q), se(q));
            if (const int dl = gathering ? dateline_for(s) : -1; dl >= 0) add_dateline(dl, spec.accept, fillers_);
          }
        } else if (f.kind == FinderKind::previous) {
          // Ellipsis: "Norway and Denmark had already announced the closure of
          // their missions" takes the host of the event just before it.
          // ("Canada also closed its embassy on Saturday", paragraphs after
          // the first closure: "also" or "already" right before the trigger
          // reaches back to any sentence.)
          // ("Britain's armed forces also carried out an evacuation of
          // British diplomats": a few words before it, in its clause.)
          const Last* last = find_last(rule.event, spec.name);
          bool also = false;
          for (std::uint32_t k = tb; k > sb(s) && k + 5 > tb && !also; --k) {
            if (is(k - 1, ",") || boundary(k - 1)) break;
            also = is(k - 1, "also") || is(k - 1, "already");
          }
          // (Not the hosts of the event before when they are the very
          // group that acts now: "Saudi Arabia, the UAE and Bahrain have
          // given Qatari diplomats 48 hours to leave and are withdrawing
          // their own staff" withdraws them from Qatar, not from one
          // another.)
          bool same_group = last && last->fillers.size() >= 2;
          for (std::size_t x = 0; same_group && x < last->fillers.size(); ++x) {
            bool taken = false;
            for (const RoleFill& rf : fills_)
              for (std::size_t i = rf.begin; i < rf.end && !taken; ++i) taken = fillers_[i].code == last->fillers[x].code;
            same_group = taken;
          }
          // (previous(A)/N: only an event of this sentence or the N - 1
          // before, 3 by default; "also" reaches further, unless N is smaller.)
          const bool near = last && (s < last->sentence + std::uint32_t(f.window) || (also && f.window >= 3));
          if (last && !same_group && near)
            fillers_.insert(fillers_.end(), last->fillers.begin(), last->fillers.end());
        } else if (f.anchor == Anchor::cue) {
          // (A cue of a sentence before speaks of where the story is only
          // when no dateline says it: "PANMUNJOM - ... had arrived from the
          // G20 summit in Osaka. Moon briefly joined the two leaders.")
          if (cue && (cue_s == s || a_.dateline < 0)) find_once(f, spec.accept, cue_s, cue->tb, cue->te, fillers_);
        } else {
          // (Without a cue, a trigger asks once: nothing to remember.)
          if (cue) find_once(f, spec.accept, s, tb, te, fillers_);
          else find(f, spec.accept, s, tb, te, true, fillers_);
        }
        // ("The first group, made up of 91 Saudi citizens and 66 nationals
        // of 12 friendly countries including Kuwait, Qatar and Canada,
        // arrived": a subject's countries that only say whose people came.)
        if (f.kind == FinderKind::subject && fillers_.size() > begin && countries_of_people(s, fillers_, begin))
          fillers_.resize(begin);
        // (Fillers without a code are dropped, in place; most finders add
        // none or one.)
        std::size_t kept = begin;
        for (std::size_t i = begin; i < fillers_.size(); ++i) {
          if (!fillers_[i].code.empty()) {
            if (kept != i) fillers_[kept] = fillers_[i];
            ++kept;
          }
        }
        fillers_.resize(kept);
        if (fillers_.size() > begin) break;
      }
      if (!value.empty()) values_.emplace_back(spec.name, value);
      else if (fillers_.size() > begin) fills_.push_back(RoleFill{spec.name, begin, fillers_.size()});
      // (A required role left empty ends the search: the roles after it
      // are not looked for, unless a list's lead may need what they find.)
      else if (type.name_required[std::size_t(spec.name)] && !(lead_soon_[s] && list_first_[s] == ~0u))
        return false;
    }
    for (std::size_t n = 0; n < type.name_required.size(); ++n) {
      if (!type.name_required[n]) continue;
      bool have = false;
      for (const RoleFill& f : fills_) have |= f.role == int(n);
      if (!have) {
        if (lead_soon_[s] && list_first_[s] == ~0u) keep_lead(rule, s, tb, te);
        return false;
      }
    }
    // "Tokayev took part in the informal summit ..., held online ... The
    // meeting, chaired by President of Azerbaijan Ilham Aliyev, was joined
    // by ...": after a gathering held by video, a sentence that names no
    // place of its own puts no one anywhere.
    if (type.remote_gatherings_list >= 0 && remote_gathering_before(type.remote_gatherings_list, s, tb)) return true;
    // "relocated its embassy from Kyiv to Lviv": a mission moved to another
    // place of its host country is not closed there.
    if (rule.same_destination_list >= 0 && moved_within_host(rule, type, s, tb, te)) return true;
    // "closed on Monday for a public holiday": a routine closure, no event.
    // (Tested once the roles are found: most triggers get no further.)
    if (type.routine_list >= 0) {
      // (Not past "while" or "whereas" after a comma, another clause: "Posts
      // in Yemen ... are among those affected, while the embassy in Kabul is
      // due to reopen on Monday".)
      // (Dates, numbers and commas take no room in the window: "will be
      // closed from Friday, 27 December 2019 to Friday, 3 January 2020,
      // inclusive, for the year-end and New Year holidays".)
      // (Only where a number comes in the window: most have none, and the
      // sentence's times are then not looked for.)
      std::uint32_t window = std::uint32_t(type.routine_window >= 0 ? type.routine_window : type.polarity_window);
      // ("was closed to the public on Tuesday for the start of the
      // week-long National Day holiday": "to the public" takes no room.)
      if (te + 3 <= e && is(te, "to") && is(te + 1, "the") && is(te + 2, "public")) window += 3;
      std::uint32_t hi = std::min(e, te + window);
      bool numbered = false;
      for (std::uint32_t k = te; k < hi && !numbered; ++k) numbered = t_.toks[k].kind == text::TokKind::number;
      if (numbered) {
        const std::uint32_t far = std::min(e, te + 3 * window);
        nearest_time(s, t_.toks[far - 1].begin);  // (finds the sentence's times up to there)
        hi = te;
        for (std::uint32_t counted = 0; hi < far && counted < window; ++hi) {
          const std::uint32_t at = t_.toks[hi].begin;
          bool skip = is(hi, ",") || t_.toks[hi].kind == text::TokKind::number;
          for (std::size_t k = 0; k < time_spans_.size() && !skip; ++k)
            skip = at >= time_spans_[k].begin && at < time_spans_[k].end;
          if (!skip) ++counted;
        }
      }
      for (std::uint32_t k = te; k + 1 < hi; ++k)
        if (is(k, ",") && (is(k + 1, "while") || is(k + 1, "whereas"))) {
          hi = k;
          break;
        }
      if (any_hit(s, type.routine_list, te, hi)) {
        bool ends = false;
        for (const Hit& h : hits_in(s, te, hi))
          if (h.lists.has(type.routine_list) && h.te <= hi) {
            ends = any_hit(s, type.routine_ends_list, te, h.tb);
            break;
          }
        if (!ends) return true;
      }
      // (Before it, within its own clause: not "would remain closed until
      // the end of the Muslim holiday of Eid, and France and Germany also
      // shut their missions".)
      if (const std::uint32_t before = std::uint32_t(type.routine_window_before); before > 0) {
        std::uint32_t lo = tb >= sb(s) + before ? tb - before : sb(s);
        for (std::uint32_t k = tb; k > lo; --k)
          if (boundary(k - 1) || is(k - 1, "and") || is(k - 1, "but") || is(k - 1, "while")) {
            lo = k;
            break;
          }
        if (lo < tb && any_hit(s, type.routine_list, lo, tb)) return true;
      }
    }
    for (const RoleFill& f : fills_) {
      // A role that can only repeat another's one country made no event
      // ("Sweden ... closed its embassy": actor and host both Sweden): it
      // is no host for the next sentence's ellipsis.
      if (clashes(f)) continue;
      Last* last = find_last(rule.event, f.role);
      if (!last) {
        if (n_last_ == last_.size()) last_.emplace_back();
        last = &last_[n_last_++];
        last->event = rule.event;
        last->role = f.role;
      }
      last->sentence = s;
      last->fillers.assign(fillers_.begin() + std::ptrdiff_t(f.begin), fillers_.begin() + std::ptrdiff_t(f.end));
    }

    // Polarity and time.
    const TriggerPolarity& tp = polarity(rule, type, s, tb, te);
    Polarity pol = tp.pol == Polarity::asserted ? lead_pol : tp.pol;
    if (pol == Polarity::asserted && claim_line(type, tb)) pol = Polarity::hypothetical;
    TokRange cue_text = tp.cue_text;  // the polarity cue, if any
    // ("Zelensky had been expected in Madrid ..., followed by a stop in
    // Lisbon": the next leg of a trip, after a phrase of the type's
    // next-leg list, is as real as the leg before it, the last event of the
    // type in the sentence.)
    if (pol == Polarity::asserted && leg_.type == &type && leg_.s == s && leg_.te <= tb &&
        leg_.pol != Polarity::asserted)
      if (const std::uint32_t leg_at = phrase_start_before(s, type.next_leg_list, tb); leg_at < tb) {
        pol = leg_.pol;
        cue_text = TokRange{leg_at, tb};
      }
    leg_ = Leg{&type, s, te, pol};
    const Span trig{t_.toks[tb].begin, t_.toks[te - 1].end};

    // ("Somalia and Ethiopia had agreed ..., after hosting the leaders of
    // both countries": two distinct roles of the very same countries, one
    // of them the people of a plural anaphor, are one group named twice,
    // not each other's guests or hosts.)
    if (same_group_twice(type)) return true;

    // One event per tuple of the required roles; an optional role takes the
    // filler that goes with them ("visitor_person" is the person whose
    // country is the visitor), never a cross product.
    // Which fills are of a required role (computed once, not per tuple).
    const std::size_t nf = fills_.size();
    req_.assign(nf, 0);
    for (std::size_t k = 0; k < nf; ++k)
      req_[k] = type.name_required[std::size_t(fills_[k].role)];
    idx_.assign(nf, 0);
    auto filler = [&](std::size_t k) -> const Filler& { return fillers_[fills_[k].begin + idx_[k]]; };
    // The next combination of the required roles; false after the last.
    auto advance = [&] {
      std::size_t k = 0;
      while (k < nf && (!req_[k] || ++idx_[k] == fills_[k].end - fills_[k].begin)) idx_[k++] = 0;
      return k < nf;
    };
    // "The foreign ministers of Colombia and Panama paid official visits to
    // Quito and Lima, respectively": two required roles of as many fillers
    // each, with "respectively" right after either list, go in pairs.
    std::size_t pair_a = nf, pair_b = nf;
    {
      std::size_t lists = 0;
      for (std::size_t k = 0; k < nf; ++k)
        if (req_[k] && fills_[k].end - fills_[k].begin > 1) {
          ++lists;
          (pair_a == nf ? pair_a : pair_b) = k;
        }
      bool respectively = false;
      if (lists == 2 && fills_[pair_a].end - fills_[pair_a].begin == fills_[pair_b].end - fills_[pair_b].begin)
        for (const std::size_t k : {pair_a, pair_b})
          for (std::uint32_t q = fillers_[fills_[k].end - 1].te; q < se(s) && q < fillers_[fills_[k].end - 1].te + 3; ++q)
            respectively = respectively || is(q, "respectively");
      if (!respectively) pair_a = pair_b = nf;
    }
    // (Pairs by the order of the words: a list found backwards is not.)
    auto rank = [&](std::size_t k) {
      const std::uint32_t at = fillers_[fills_[k].begin + idx_[k]].tb;
      std::size_t r = 0;
      for (std::size_t o = fills_[k].begin; o < fills_[k].end; ++o) r += fillers_[o].tb < at;
      return r;
    };
    // ("came from Athens and Istanbul, where she met Greek Prime Minister
    // George Papandreou", "stops in Hanoi and Jakarta, where he met
    // Vietnamese President Nguyen Xuan Phuc and Indonesian President Joko
    // Widodo": a person filling a distinct role whose state is in the
    // other's list of cities is at home in one of them, and which one was
    // the event's is unsure: none of their tuples.)
    auto at_home = [&](std::size_t k) {
      // (Only a person, or people named by a demonym, "met Lebanese and
      // Syrian officials"; not countries named as such: "India and Pakistan
      // agreed to reopen their consulates in Mumbai and Karachi" are each
      // other's hosts.)
      const std::string_view code = filler(k).code;
      const int who = filler(k).mention;
      if (code.empty() || who < 0 || !type.name_distinct[std::size_t(fills_[k].role)] ||
          !(a_.mentions[who].type == EntityType::person ||
            (a_.mentions[who].type == EntityType::country && a_.mentions[who].form == CountryForm::demonym)))
        return false;
      for (std::size_t k2 = 0; k2 < nf; ++k2) {
        if (k2 == k || !req_[k2] || fills_[k2].end - fills_[k2].begin < 2 || !type.name_distinct[std::size_t(fills_[k2].role)])
          continue;
        // (A list of cities: countries in a list are each other's hosts,
        // "Saudi Arabia and Iran reopened embassies in each other's
        // capitals".)
        // (For a person, a list of places that names countries too: "from
        // Israel and the West Bank, where he met Prime Minister Ehud Olmert
        // and Palestinian President Mahmoud Abbas".)
        // (At least one place among them.)
        const bool person = a_.mentions[who].type == EntityType::person;
        bool cities = true, home_city = false, place = false;
        for (std::size_t o = fills_[k2].begin; o < fills_[k2].end; ++o) {
          const int mi = fillers_[o].mention;
          place = place || (mi >= 0 && a_.mentions[mi].type == EntityType::place);
          cities = cities && mi >= 0 &&
                   (a_.mentions[mi].type == EntityType::place || (person && a_.mentions[mi].type == EntityType::country));
          home_city = home_city || same_state(fillers_[o].code, code);
        }
        if (cities && place && home_city) return true;
      }
      return false;
    };
    for (int guard = 0; guard < 64; ++guard) {
      if (pair_a < nf && rank(pair_a) != rank(pair_b)) {
        if (!advance()) break;
        continue;
      }
      bool home = false;
      for (std::size_t k = 0; k < nf && pair_a == nf && !home; ++k) home = req_[k] && at_home(k);
      if (home) {
        if (!advance()) break;
        continue;
      }
      chosen_.clear();
      for (std::size_t k = 0; k < nf; ++k)
        if (req_[k]) chosen_.push_back(&filler(k));
      auto pick = [&](const RoleFill& options) -> const Filler* {
        for (std::size_t o = options.begin; o < options.end; ++o)
          for (const Filler* c : chosen_)
            if (fillers_[o].mention >= 0 && fillers_[o].mention == c->mention) return &fillers_[o];
        for (std::size_t o = options.begin; o < options.end; ++o)
          for (const Filler* c : chosen_)
            if (fillers_[o].code == c->code) return &fillers_[o];
        return nullptr;
      };
      // Cheap first: the tuple's codes. A tuple already found only gains a
      // mention, without building its event again (dense documents repeat
      // one tuple thousands of times).
      std::size_t key_found;  // merged_.find(key_)
      {
        key_ = type.name;
        distinct_.clear();
        bool dup_clash = false;
        for (std::size_t r = 0; r < type.roles.size(); ++r) {
          const int role = type.role_names[r];
          if (!type.role_required[r]) continue;
          for (std::size_t k = 0; k < nf; ++k) {
            if (fills_[k].role != role) continue;
            const Filler& f = filler(k);
            std::string_view code = f.code;
            if (type.role_distinct[r]) {
              for (const std::string_view other : distinct_) {
                if (code.empty() || !same_state(other, code)) continue;
                const Mention* m = f.mention >= 0 ? &a_.mentions[f.mention] : nullptr;
                if (m && m->anaphor && !m->plural_anaphor && !m->alt_code.empty()) code = m->alt_code;
                else dup_clash = true;
              }
              distinct_.push_back(code);
            }
            key_ += '|';
            key_ += code;
          }
        }
        const std::size_t found = key_found = merged_.find(key_);
        if (dup_clash || (found != KeyIndex::npos &&
                          !(pol == Polarity::asserted && found_[found].polarity != Polarity::asserted) &&
                          !lacks_optional(found_[found], type))) {
          if (!dup_clash) {
            Found& old = found_[found];
            if (old.mentions.empty() || !(old.mentions.back().span == trig)) old.mentions.push_back(attache::Mention{s, trig});
          }
          if (!advance()) break;
          continue;
        }
      }
      // The arguments' fillers and codes, and the key the event merges on;
      // a clash drops the tuple before any event is built.
      merge_key_ = type.name;
      bool clash = false;
      args_.assign(type.roles.size(), Arg{});
      for (std::size_t r = 0; r < type.roles.size(); ++r) {
        const int role = type.role_names[r];
        Arg& a = args_[r];
        for (std::size_t k = 0; k < nf; ++k) {
          if (fills_[k].role != role) continue;
          const Filler* picked = type.role_required[r] ? &filler(k) : pick(fills_[k]);
          if (!picked) continue;
          a.filler = picked;
          a.filler_copy = *picked;
          a.code = code_at_event_time(picked->code, picked->mention, s, tb, trig);
        }
        if (type.role_distinct[r]) {
          // (args_[0..r) are the earlier roles.)
          for (std::size_t o = 0; o < r; ++o) {
            const Arg& other = args_[o];
            if (a.code.empty() || !type.role_distinct[o] || !same_state(other.code, a.code)) continue;
            // An anaphor that would make both roles one country means its
            // runner-up: "Germany ordered Russia to close its consulates in
            // the country" (the country: Germany).
            const std::string_view alt = alt_code_of(t_.toks[a.filler->tb].begin);
            if (!alt.empty()) a.code = alt;
            else clash = true;
          }
        }
        if (type.role_required[r]) {
          merge_key_ += '|';
          merge_key_ += a.code;
        }
      }
      if (!clash) {
        // (merged_ is unchanged since key_ was looked up.)
        if (pol == Polarity::hypothetical && ordered_by_host(type, s, cue_text))
          merge(rule, type, s, trig, Polarity::asserted, TokRange{}, merge_key_ == key_ ? key_found : merged_.find(merge_key_));
        else
          merge(rule, type, s, trig, pol, cue_text, merge_key_ == key_ ? key_found : merged_.find(merge_key_));
      }
      if (!advance()) break;
    }
    return true;
  }

  // Is the hypothetical cue an order of the event's host (see
  // EventType::host_orders_list)? A phrase of that list, after a name of
  // the host in its sentence that is no object of a preposition ("The
  // Venezuelan Government ... demanded that", "Russia asked Latvia to").
  // The host is in args_.
  bool ordered_by_host(const EventType& type, std::uint32_t s, const TokRange& cue) {
    if (type.host_orders_list < 0 || cue.empty() || !starts_phrase(s, type.host_orders_list, cue.tb)) return false;
    if (type.host_role < 0) return false;
    const std::string_view host = args_[std::size_t(type.host_role)].code;
    if (host.empty()) return false;
    for (std::uint32_t k = sb(s); k < cue.tb; ++k) {
      const int mi = a_.mention_of[k];
      if (mi < 0) continue;
      const Mention& m = a_.mentions[mi];
      if (!m.object_of_preposition && !m.anaphor && !m.code.empty() &&
          (m.type == EntityType::country || (m.type == EntityType::organization && !m.non_state && !m.international)) &&
          same_state(m.code, host))
        return true;
      k = m.te - 1;
    }
    return false;
  }

  // Records the event of args_ under merge_key_ (`it`: merged_.find(merge_key_)): a new event, or one more
  // mention of the event with that key (which it replaces when it is
  // asserted and that one is not).
  void merge(const Rule& rule, const EventType& type, std::uint32_t s, const Span& trig, Polarity pol,
             const TokRange& cue_text, std::size_t it) {
    if (it == KeyIndex::npos) {
      merged_.insert(merge_key_, found_.size());
      Found& f = found_.emplace_back();
      set_found(f, rule, type, s, trig, pol, cue_text);
      f.mentions.push_back(attache::Mention{s, trig});
      return;
    }
    Found& old = found_[it];
    // A second rule on the same trigger: triggers come in document order, so
    // only the latest mention can be the same (keeps merging linear).
    if (!old.mentions.empty() && old.mentions.back().span == trig) return;
    old.mentions.push_back(attache::Mention{s, trig});
    if (pol == Polarity::asserted && old.polarity != Polarity::asserted) {
      set_found(old, rule, type, s, trig, pol, cue_text);
      return;
    }
    // A role the event had no filler for ("visitor_person" when the first
    // mention named only countries) takes the later mention's.
    if (old.type == &type)
      for (std::size_t r = 0; r < type.roles.size(); ++r) {
        Arg& a = found_args_[old.args + r];
        if (!a.filler && args_[r].filler && args_[r].code == a.code) a = args_[r];
        else if (!a.filler && args_[r].filler && a.code.empty()) a = args_[r];
      }
  }

  // Has the event an optional role with no filler yet?
  bool lacks_optional(const Found& f, const EventType& type) const {
    if (f.type != &type) return false;
    for (std::size_t r = 0; r < type.roles.size(); ++r)
      if (!type.role_required[r] && !found_args_[f.args + r].filler) return true;
    return false;
  }

  // Sets every field of f but its mentions.
  void set_found(Found& f, const Rule& rule, const EventType& type, std::uint32_t s, const Span& trig, Polarity pol,
                 const TokRange& cue_text) {
    if (f.type != &type) {  // a new event: room for its arguments and values
      f.args = found_args_.size();
      found_args_.resize(f.args + type.roles.size());
      f.values = found_values_.size();
      found_values_.resize(f.values + type.values.size());
    }
    f.rule = &rule;
    f.type = &type;
    f.sentence = s;
    f.trigger = trig;
    f.polarity = pol;
    if (cue_text.empty()) f.polarity_cue.clear();
    else f.polarity_cue.assign(text_of(cue_text));
    std::copy(args_.begin(), args_.end(), found_args_.begin() + std::ptrdiff_t(f.args));
    for (std::size_t v = 0; v < type.values.size(); ++v) {
      std::string& value = found_values_[f.values + v];
      value.clear();
      const TokRange* cue = nullptr;
      for (const auto& got : values_)
        if (got.first == type.value_names[v]) cue = &got.second;
      if (cue) singular_into(text_of(*cue), value);
    }
  }

  // The Event of a found one (its mentions are moved).
  void build_event(Event& ev, Found& f) {
    const EventType& type = *f.type;
    ev.type = type.name;
    ev.trigger = f.trigger;
    ev.trigger_text.assign(doc_.slice(f.trigger));
    ev.sentence = f.sentence;
    ev.polarity = f.polarity;
    ev.polarity_cue = std::move(f.polarity_cue);
    // The time only of an event output: most candidates merge into one
    // found before, and an unasserted one is mostly not output.
    ev.time = nearest_time(f.sentence, f.trigger.begin);
    ev.rule = f.rule->id;
    ev.cameo = type.cameo;
    ev.plover_category = type.plover_category;
    ev.plover_mode = type.plover_mode;
    ev.arguments.reserve(type.roles.size() + type.values.size());
    for (std::size_t r = 0; r < type.roles.size(); ++r) {
      Argument& a = ev.arguments.emplace_back();
      a.role = type.roles[r];
      const Arg& arg = found_args_[f.args + r];
      if (arg.filler) {
        a.code = arg.code;
        a.span = Span{t_.toks[arg.filler_copy.tb].begin, t_.toks[arg.filler_copy.te - 1].end};
        a.text.assign(doc_.slice(a.span));
        a.entity = entity_id(arg.filler_copy);
      }
    }
    for (std::size_t v = 0; v < type.values.size(); ++v) {
      Argument& a = ev.arguments.emplace_back();
      a.role = type.values[v];
      a.value = std::move(found_values_[f.values + v]);
    }
    ev.mentions = std::move(f.mentions);
  }

  // The first token that starts at or after byte `begin`.
  std::uint32_t tok_at(std::uint32_t begin) const {
    return std::uint32_t(std::lower_bound(t_.toks.begin(), t_.toks.end(), begin,
                                          [](const text::Tok& t, std::uint32_t b) { return t.begin < b; }) -
                         t_.toks.begin());
  }

  // The runner-up code of an anaphor that starts at byte `begin`, or "".
  std::string_view alt_code_of(std::uint32_t begin) const {
    const std::uint32_t k = tok_at(begin);
    if (k == n_toks_ || t_.toks[k].begin != begin) return {};
    const int mi = a_.mention_of[k];
    if (mi >= 0 && a_.mentions[mi].anaphor && !a_.mentions[mi].plural_anaphor) return a_.mentions[mi].alt_code;
    return {};
  }

  std::string_view entity_id(const Filler& f) const {
    if (f.mention >= 0) {
      const Mention& m = a_.mentions[f.mention];
      if (m.entity >= 0) return doc_.entities[m.entity].id;
    }
    // A pronoun or anaphor: the first entity naming that country.
    if (first_country_entity_.empty())
      for (const auto& e : doc_.entities)
        if (e.type == EntityType::country) first_country_entity_.emplace(e.code, e.id);
    auto it = first_country_entity_.find(f.code);
    return it == first_country_entity_.end() ? std::string_view() : it->second;
  }

  std::string_view text_of(const TokRange& r) const { return doc_.slice(Span{t_.toks[r.tb].begin, t_.toks[r.te - 1].end}); }

  // Lower-cased and singular: "Embassies" -> "embassy", "consulates" -> "consulate".
  static void singular_into(std::string_view text, std::string& s) {
    s.assign(text);
    for (auto& c : s)
      if (c >= 'A' && c <= 'Z') c = char(c + 32);
    if (s.size() > 3 && s.compare(s.size() - 3, 3, "ies") == 0) {
      s.resize(s.size() - 3);
      s += 'y';
      return;
    }
    if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
  }

  // A time expression that is still to come whatever the publication date:
  // "next week", "tomorrow", "later this month", "this coming Monday" (not
  // "the next day", a story's past).
  static bool future_time(std::string_view text) {
    auto starts = [&](std::string_view p) {
      if (text.size() < p.size()) return false;
      for (std::size_t i = 0; i < p.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != p[i]) return false;
      return true;
    };
    return starts("next ") || starts("tomorrow") || starts("later this ") || starts("this coming ");
  }

  // (The reference holds until the next call.)
  // The time expression of sentence s nearest byte `pivot` (the start of a
  // trigger). A function of (s, pivot) alone, whatever was asked before.
  const TimeExpr& nearest_time(std::uint32_t s, std::uint32_t pivot) {
    // The time expressions of a sentence are found once (as spans), and
    // only as far as needed: up to the first that begins at or after the
    // trigger (any later one is farther). Only a chosen one gets its text
    // and value (once).
    if (time_sentence_ != int(s)) {
      time_spans_.clear();
      times_normalized_.clear();
      time_from_ = 0;
      time_sentence_ = int(s);
    }
    if (time_from_ != TimeFinder::kDone && (time_spans_.empty() || time_spans_.back().begin < pivot)) {
      const Span range{t_.toks[sb(s)].begin, t_.toks[se(s) - 1].end};
      time_from_ = time_.spans_until(doc_.text, range, time_from_, pivot, time_spans_);
      if (times_.size() < time_spans_.size()) times_.resize(time_spans_.size());
      times_normalized_.resize(time_spans_.size(), false);
    }
    std::size_t best = time_spans_.size();
    std::uint32_t best_d = ~0u;
    for (std::size_t k = 0; k < time_spans_.size(); ++k) {
      const Span& t = time_spans_[k];
      const std::uint32_t d = t.begin >= pivot ? t.begin - pivot : pivot - t.end;
      if (d < best_d) { best_d = d; best = k; }
    }
    if (best == time_spans_.size()) return no_time_;
    TimeExpr& t = times_[best];
    if (!times_normalized_[best]) {
      t.span = time_spans_[best];
      t.text.assign(doc_.slice(t.span));
      t.value = TimeFinder::normalize(t.text, date_);
      times_normalized_[best] = true;
    }
    return t;
  }


  // "SEOUL - Lavrov arrived in Pyongyang on Wednesday ... KCNA said Lavrov
  // was expected to be received by Kim Jong Un during the two-day visit":
  // "the visit" (a definite noun trigger, "the", "his" or "this" before it
  // and its modifiers) whose host is only the dateline's place is the
  // visit told before, by the same visitor to another host: it adds no
  // event there.
  void drop_told_visits() {
    if (a_.dateline < 0 || found_.size() < 2) return;
    // (Which ones first, all against the whole list; then the list closes up.)
    std::vector<char>& told = w_.told;
    told.assign(found_.size(), 0);
    bool any = false;
    for (std::size_t i = 1; i < found_.size(); ++i) any |= (told[i] = told_before(i));
    if (!any) return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < found_.size(); ++i)
      if (!told[i]) {
        if (kept != i) found_[kept] = std::move(found_[i]);
        ++kept;
      }
    found_.resize(kept);
  }
  bool told_before(std::size_t i) const {
    const Found& f = found_[i];
    const EventType& type = *f.type;
    const int host = type.host_role;
    if (host < 0 || type.roles.size() < 2) return false;
    const Filler& h = found_args_[f.args + std::size_t(host)].filler_copy;
    if (h.mention != a_.dateline) return false;
    // The trigger: one word of trip-nouns.txt after a determiner and four
    // words of modifiers at most ("the two-day visit", "his visit").
    const std::uint32_t tb = tok_at(f.trigger.begin), b = sb(f.sentence);
    if (tb >= n_toks_ || t_.toks[tb].end != f.trigger.end || !in(words_.trip_nouns, tb)) return false;
    std::uint32_t k = tb;
    while (k > b && k + 5 > tb &&
           ((t_.toks[k - 1].is_word() && !t_.toks[k - 1].cap() && a_.mention_of[k - 1] < 0 && !is(k - 1, "the") &&
             !is(k - 1, "this") && !possessive_determiner(k - 1)) ||
            (t_.toks[k - 1].flags & text::kJoiner)))
      --k;
    if (k == b || !(is(k - 1, "the") || is(k - 1, "this") || possessive_determiner(k - 1))) return false;
    // The visitor's code, and an earlier visit of the same visitor elsewhere
    // (among the 256 events before it: a document of thousands of events
    // costs no more per event).
    std::size_t v = 0;
    while (v < type.roles.size() && (int(v) == host || !type.role_required[v])) ++v;
    if (v == type.roles.size()) return false;
    const std::string_view who = found_args_[f.args + v].code, where = found_args_[f.args + std::size_t(host)].code;
    for (std::size_t j = i > 256 ? i - 256 : 0; j < i; ++j) {
      const Found& g = found_[j];
      if (g.type != f.type) continue;
      const Arg& gh = found_args_[g.args + std::size_t(host)];
      if (found_args_[g.args + v].code == who && gh.code != where && gh.filler_copy.mention != a_.dateline) return true;
    }
    return false;
  }

  // "Obuchi's visit to China next week will focus on trade": a visit (or a
  // reopening: the types whose "will" is hypothetical, with a
  // headline-future list) whose time is still to come is a plan, however
  // its verb is phrased; an announced closure stays an event.
  void mark_planned(Found& f) {
    if (f.polarity != Polarity::asserted || f.type->headline_future_list < 0) return;
    const TimeExpr& t = nearest_time(f.sentence, f.trigger.begin);
    if (t.text.empty() || !future_time(t.text)) return;
    // (Only the trigger's own time, close by in its clause: not "...
    // Mitterrand, who was making one of his last foreign trips before
    // handing over to Jacques Chirac next week".)
    const bool after = t.span.begin >= f.trigger.end;
    const std::uint32_t lo = after ? tok_at(f.trigger.end) : tok_at(t.span.end);
    const std::uint32_t hi = after ? tok_at(t.span.begin) : tok_at(f.trigger.begin);
    if (hi < lo || hi - lo > (after ? 5u : 2u)) return;
    for (std::uint32_t k = lo; k < hi; ++k)
      if (is(k, ",") || is(k, "and") || clause_word(k)) return;
    f.polarity = Polarity::hypothetical;
    f.polarity_cue = t.text;
  }

  void finish(bool include_unasserted) {
    drop_told_visits();
    std::size_t most = 0;  // (mark_planned() only takes events out)
    for (const Found& f : found_) most += include_unasserted || f.polarity == Polarity::asserted;
    doc_.events.reserve(doc_.events.size() + most);
    // (One pass: the event's time, asked by mark_planned() and again by
    // build_event() with the same sentence and trigger, is found once.)
    for (Found& f : found_) {
      mark_planned(f);
      if (!include_unasserted && f.polarity != Polarity::asserted) continue;
      Event& ev = doc_.events.emplace_back();
      build_event(ev, f);
      std::sort(ev.mentions.begin(), ev.mentions.end(),
                [](const attache::Mention& x, const attache::Mention& y) { return x.span.begin < y.span.begin; });
      char id[24] = "ev-";
      ev.id.assign(id, std::to_chars(id + 3, id + sizeof id, doc_.events.size()).ptr);
    }
  }

  const RuleSet& rules_;
  const lexicon::Lexicon& lex_;
  Document& doc_;
  const entities::Analysis& a_;
  const text::Tokens& t_;
  const std::size_t n_toks_;  // t_.toks.size(), asked by every is(): a Tok is 20 bytes, so size() divides
  const TimeFinder& time_;
  Date date_;
  const WordLists& words_;
  const EventType* type_ = nullptr;  // the type of the rule apply() is trying (its lists steer the finders)
  Leg leg_;  // the last event found (roles_for())
  int pronoun_links_ = 0;  // antecedent(): the links of "he" to an earlier "he" followed so far
  // The most links of one chain (a year-end review of one leader's trips
  // names other men between its "he"s; each link is one more walk back).
  static constexpr int kPronounLinks = 8;
  // The document's working state, in the thread's Workspace.
  std::vector<std::vector<Hit>>& hits_;  // per sentence, its hits before token hits_upto_
  std::vector<std::uint32_t>& hits_upto_;
  std::vector<ListMask>& hit_lists_;  // per sentence: the lists of its hits in hits_
  std::vector<Found>& found_;
  KeyIndex& merged_;  // event key -> index in found_
  std::vector<Last>& last_;  // per event type and role: the fillers of the latest event (the first n_last_)
  std::size_t n_last_ = 0;
  std::vector<Lead>& leads_;
  std::size_t n_leads_ = 0;  // (leads_ keeps its entries' buffers: only the first n_leads_ are this document's)
  std::vector<std::uint32_t>& list_first_;
  std::vector<std::uint32_t>& line_item_;
  std::vector<std::uint32_t>& item_start_;
  std::vector<char>& lead_soon_;
  // Whether the first of the fillers from `begin` names the countries of a
  // people of type.object-people: "nationals of 12 countries including
  // Kuwait, ...", "citizens of Kuwait and Qatar".
  bool countries_of_people(std::uint32_t s, const std::vector<Filler>& fillers, std::size_t begin) {
    const int list = type_->object_people_list;
    if (list < 0) return false;
    std::uint32_t q = fillers[begin].tb;
    for (std::size_t i = begin + 1; i < fillers.size(); ++i) q = std::min(q, fillers[i].tb);
    const std::uint32_t b = sb(s);
    if (q <= b || q >= se(s)) return false;
    if (is(q - 1, "including") || is(q - 1, "like")) --q;
    else if (q > b + 1 && is(q - 1, "as") && is(q - 2, "such")) q -= 2;
    else if (!is(q - 1, "of")) return false;
    // (Back over "of", a number and a few lower-case words to the people.)
    for (std::uint32_t p = q; p > b && p + 6 > q; --p) {
      if (may_hit(s, list, p))
        for (const Hit& h : hits_in(s, p >= b + 3 ? p - 3 : b, p))
          if (h.lists.has(list) && h.te == p) return true;
      if (!t_.toks[p - 1].is_word() || t_.toks[p - 1].cap() || a_.mention_of[p - 1] >= 0) return false;
    }
    return false;
  }

  // Whether a phrase of the type's unnamed-states list, with at most four
  // lower-case words (its verb) between, is the subject that owns the
  // pronoun at k: "Western governments pulled out their diplomats". Not
  // "Britain and other governments", "the governments of France and Italy",
  // "the two countries".
  bool unnamed_states_own(std::uint32_t s, std::uint32_t k) {
    const int list = type_->unnamed_states_list;
    const std::uint32_t b = sb(s);
    std::uint32_t v = k;
    // (Only a verb's words between: not "countries that evacuated their
    // missions", "the latest countries to suspend the work of their
    // embassies", whose nouns belong to names before them.)
    while (v > b && v + 4 >= k && t_.toks[v - 1].is_word() && !t_.toks[v - 1].cap() && a_.mention_of[v - 1] < 0 &&
           !find_hit(s, list, v - 1, v, v - 1)) {
      if (is(v - 1, "that") || is(v - 1, "which") || is(v - 1, "who") || is(v - 1, "the") || is(v - 1, "of") ||
          is(v - 1, "and"))
        return false;
      // ("the latest countries to suspend": "to" right after the noun; but
      // "Western governments scrambled to pull their diplomats out".)
      if (is(v - 1, "to") && v - 1 > b && find_hit(s, list, v - 2, v - 1, v - 2)) return false;
      --v;
    }
    if (v == k || v <= b || !find_hit(s, list, v - 1, v, v - 1) || a_.mention_of[v - 1] >= 0 || is(v, "of")) return false;
    // ("The countries agreed to reopen their consulates", after Cuba and
    // Panama: a definite plural names the states just told.)
    for (std::uint32_t q = v - 1; q > b && q + 3 > v; --q)
      if (is(q - 1, "and") || is(q - 1, "other") || is(q - 1, "the") || is(q - 1, "these") || is(q - 1, "those") ||
          is(q - 1, "both") || t_.toks[q - 1].kind == text::TokKind::number || a_.mention_of[q - 1] >= 0)
        return false;
    return true;
  }

  // Whether two distinct roles hold the very same countries, one of them
  // the people of a plural anaphor ("the leaders of both countries").
  bool same_group_twice(const EventType& type) const {
    for (const RoleFill& f : fills_)
      for (const RoleFill& g : fills_) {
        if (&f == &g || f.end - f.begin < 2 || g.end - g.begin != f.end - f.begin ||
            !type.name_distinct[std::size_t(f.role)] || !type.name_distinct[std::size_t(g.role)])
          continue;
        const int m = fillers_[g.begin].mention;
        if (m < 0 || !a_.mentions[std::size_t(m)].plural_anaphor) continue;
        // (Only people: "the two men", "the leaders of both countries"; not
        // "the two countries reopened embassies in each other's capitals".)
        const Mention& pm = a_.mentions[std::size_t(m)];
        const bool people = in(words_.people_plurals, pm.te - 1) ||
                            (pm.tb >= 2 && is(pm.tb - 1, "of") && in(words_.people_plurals, pm.tb - 2));
        if (!people) continue;
        bool same = true;
        for (std::size_t i = f.begin; i < f.end && same; ++i) {
          bool found = false;
          for (std::size_t j = g.begin; j < g.end && !found; ++j) found = same_state(fillers_[i].code, fillers_[j].code);
          same = found;
        }
        if (same) return true;
      }
    return false;
  }

  // The subject of "X told/notified Y that" when the pronoun at k opens the
  // "that" clause (or is its first word's possessive: "that its embassy"):
  // the mention that ends right before the verb (past auxiliaries and
  // adverbs), when Y is a country; -1 otherwise.
  int teller_of(std::uint32_t s, std::uint32_t k) {
    const std::uint32_t b = sb(s);
    if (k < b + 4 || !is(k - 1, "that") || !(is(k, "it") || is(k, "its") || is(k, "they") || is(k, "their"))) return -1;
    // (A time between: "told Spain on Friday that it was closing".)
    int told = -1;
    for (std::uint32_t q = k - 2; q > b && q + 5 > k && told < 0; --q) {
      if (a_.mention_of[q] >= 0) told = a_.mention_of[q];
      else if (!t_.toks[q].is_word()) break;
    }
    if (told < 0 || a_.mentions[told].type != EntityType::country || a_.mentions[told].tb < b + 2) return -1;
    std::uint32_t v = a_.mentions[told].tb - 1;
    if (!in(words_.government_object_verbs, v)) return -1;
    while (v > b && in(words_.auxiliaries | words_.verb_adverbs, v - 1)) --v;
    const int who = v > b ? a_.mention_of[v - 1] : -1;
    if (who < 0 || a_.mentions[who].te != v || a_.mentions[who].code.empty() ||
        !(a_.mentions[who].type == EntityType::country || a_.mentions[who].type == EntityType::organization))
      return -1;
    return who;
  }

  // A body in brackets within a few words after the dateline's place: the
  // agency that filed the story ("PARIS, April 24 (AFP) -").
  bool dateline_credit(const Mention& m) const {
    if (a_.dateline < 0 || m.type != EntityType::organization || m.tb == 0 || !is(m.tb - 1, "(") ||
        m.te >= n_toks_ || !is(m.te, ")"))
      return false;
    const Mention& d = a_.mentions[a_.dateline];
    return m.sentence == d.sentence && m.tb >= d.te && m.tb < d.te + 8;
  }

  // Does every filler of f repeat the code of another role that has one
  // filler only?
  bool clashes(const RoleFill& f) const {
    // (Only roles that must differ: "visitor_person", of the visitor's
    // country, repeats the visitor by design.)
    const std::vector<char>& distinct = type_->name_distinct;
    if (!distinct[std::size_t(f.role)]) return false;
    for (const RoleFill& g : fills_) {
      if (&g == &f || g.end - g.begin != 1 || !distinct[std::size_t(g.role)]) continue;
      const std::string_view other = fillers_[g.begin].code;
      bool all = f.end > f.begin;
      for (std::size_t i = f.begin; i < f.end && all; ++i) all = same_state(fillers_[i].code, other);
      if (all) return true;
    }
    return false;
  }

  Last* find_last(int event, int role) {
    for (std::size_t i = 0; i < n_last_; ++i) {
      Last& l = last_[i];
      if (l.event == event && l.role == role) return &l;
    }
    return nullptr;
  }
  mutable std::unordered_map<std::string_view, std::string_view> first_country_entity_;  // code -> entity id
  std::vector<Filler>& fillers_;
  std::vector<RoleFill>& fills_;
  std::vector<std::pair<int, TokRange>>& values_;
  std::vector<char>& req_;
  std::vector<std::size_t>& idx_;
  std::vector<const Filler*>& chosen_;
  std::vector<std::string_view>& distinct_;
  std::vector<Arg>& args_;
  std::vector<Arg>& found_args_;
  std::vector<std::string>& found_values_;
  std::string &key_, &merge_key_;
  std::vector<Hit>& cues_;
  int time_sentence_ = -1;
  mutable std::size_t last_sentence_of_ = 0;  // sentence_of()'s last answer
  mutable bool lines_ready_ = false;  // w_.line_starts holds this document's (line_first_token())
  int looks_back_ = -1;  // (narrative_time(): -1 not yet known, else 0 or 1)
  // (narrator(): per narrator list, the mention found and the first line's
  // end, a byte offset; list -1 while unused.)
  struct NarratorMemo {
    int list = -1;
    int narrator = -1;
    std::uint32_t end = 0;
  };
  NarratorMemo narrator_memo_[4];
  const TimeExpr no_time_;
  std::size_t time_from_ = 0;  // where the search of time_sentence_ goes on (TimeFinder::spans_until)
  std::vector<Span>& time_spans_;
  std::vector<TimeExpr>& times_;
  std::vector<char>& times_normalized_;
  std::vector<std::uint32_t>&trigger_ids_, &phrase_ids_, &gap_ids_;
  Workspace& w_;  // (for the memo of find_once())
};

}  // namespace

namespace {
// The buffers stay for the next document, as the recognizer's do
// (text/memory.hpp), measured in sentences: always up to 5,000 (some
// 500 KB of news), up to 20,000 by two threads at a time.
text::KeepPolicy workspace_policy(5000, 20000, 2);
}  // namespace

void EventExtractor::run(Document& doc, const entities::Analysis& a, const Date& date, bool include_unasserted) const {
  thread_local Workspace workspace;
  thread_local text::KeepPolicy::Thread keep(workspace_policy);
  if (keep.release_before(workspace.hits.size(), a.sentences.size())) workspace = Workspace();
  {
    Doc d(rules_, lex_, doc, a, time_, date, words_, workspace);
    d.run(include_unasserted);
  }
  if (keep.release_after(workspace.hits.size())) workspace = Workspace();
}

}  // namespace attache::events
