// events/rules -- event types and extraction rules, read from *.rules files.
//
// The engine knows nothing of embassies: event types, trigger phrases, cue
// words, how each role is found and the polarity cues all come from rule
// files (format in data/README.md). Immutable after loading.
#ifndef ATTACHE_EVENTS_RULES_HPP_
#define ATTACHE_EVENTS_RULES_HPP_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attache/error.hpp"
#include "lexicon/phrase_index.hpp"

namespace attache::events {

// What a role filler may be.
// A set of phrase lists, a bit per list: up to kMaxLists of them (the
// built-in rules use some 220; the rest is room for a user's rule files,
// tests/events/rules_test.cpp checks for forty).
inline constexpr int kMaxLists = 320;
struct ListMask {
  static constexpr int kWords = kMaxLists / 64;
  std::uint64_t w[kWords] = {};
  ListMask& operator|=(const ListMask& o) {
    for (int i = 0; i < kWords; ++i) w[i] |= o.w[i];
    return *this;
  }
  void set(int list) { w[list >> 6] |= std::uint64_t{1} << (list & 63); }
  // (list is in [0, kMaxLists): the callers test list >= 0 first.)
  bool has(int list) const { return w[list >> 6] >> (list & 63) & 1; }
};

enum Accept : std::uint16_t {
  kAcceptCountry = 1,   // a country named, abbreviated or by demonym
  kAcceptCapital = 2,   // a capital standing for its government
  kAcceptPlace = 4,     // a city, capital or region named as a place
  kAcceptPerson = 8,    // a person of known country
  kAcceptOrg = 16,      // an organization of known country
  kAcceptAnaphor = 32,  // "the country", "its", "both countries"
  kAcceptTitle = 64,    // a person known by title only ("the Chinese foreign minister")
  kAcceptDemonym = 128,
  kAcceptGovernment = 256,  // a government body of known country ("the State Department")
  kAcceptAll = 0xFFFF,
};

enum class FinderKind : std::uint8_t { subject, object, possessor, of, pp, agent, context, cue, previous, dateline, modifier, requester, source, earlier, fronted, opening, story, label, here, item, lead };
enum class Anchor : std::uint8_t { trigger, cue };

// How far before its anchor subject() looks, unless a rule says (/N).
inline constexpr int kSubjectWindow = 30;

struct Finder {
  FinderKind kind = FinderKind::subject;
  Anchor anchor = Anchor::trigger;
  std::vector<std::string> preps;  // pp(): folded prepositions
  int head_list = -1;              // subject(trigger: from @nouns): the noun before the preposition;
                                   // requester(trigger: @verbs): the verbs of asking
  int window = 6;
};

struct RoleSpec {
  std::string role;
  std::vector<Finder> finders;  // first that yields a filler wins
  std::uint16_t accept = kAcceptAll;
  int name = -1;  // the role's name as a number of its event type (filled by RuleSet::finish(); EventType::role_names)
};

struct EventType {
  std::string name;
  std::vector<std::string> roles;       // entity roles, output order
  std::vector<std::string> values;      // plain-value roles
  std::vector<std::string> required;
  std::vector<std::string> distinct;    // drop when these roles have one code
  // Per roles[i] (filled by RuleSet::finish()): is it required / distinct.
  std::vector<char> role_required, role_distinct;
  // The index in roles of the role named "host" (filled by
  // RuleSet::finish()), or -1: the place of a visit or of a closed mission.
  int host_role = -1;
  // Every name of a role, a value or a required role of the type, numbered
  // (filled by RuleSet::finish(): the engine compares the numbers): the
  // number of roles[i], of values[i], and per number whether required
  // (distinct) lists it.
  std::vector<int> role_names, value_names;
  std::vector<char> name_required, name_distinct;
  std::string cameo, plover_category, plover_mode;
  int negation_list = -1, hypothetical_list = -1, negation_after_list = -1, announce_list = -1;
  // "whether": a hypothetical cue that an announcement before it does not
  // make an event ("has not said whether the embassy will be shut").
  int questions_list = -1;
  // "embassy", "mission": a country after one of these and "of" owns an
  // "its" that follows ("the Embassy of the Republic of Korea in Sudan has
  // suspended its operations": Korea's, not Sudan's).
  int owned_list = -1;
  // "demanded", "asked": a hypothetical cue of this list whose subject is
  // the event's host gives an order, which is an event ("Venezuela demanded
  // that the seven countries pull their diplomatic staff out of Venezuelan
  // territory"; "Russia asked Latvia to close its consulate in Pskov").
  int host_orders_list = -1;
  // "unless", "if": after the trigger in its clause (within the polarity
  // window), a condition still to be met ("Washington will close its embassy
  // in Baghdad unless the attacks stop").
  int hypothetical_after_list = -1;
  // "led by", "headed by": a person of unknown country that follows one of
  // these (within three title words) leads a group, and leaves the subject
  // role to the group ("A Chinese delegation led by Politburo member X").
  int leader_by_list = -1;
  // "and", "as well as": a trigger's further cue gives another event only
  // when one of these joins it to the cue of the first event ("closed its
  // embassy in Kabul and its consulate in Herat").
  int coordinators_list = -1;
  // "and is", "and will": a new clause, where pp() stops looking for its
  // object ("talks with Lebanese officials and is due in Damascus").
  int clause_breaks_list = -1;
  // "held online", "via videoconference": a gathering held by video. In a
  // sentence that names no place, after one of these in it or the two
  // before, a visit found is no visit ("The meeting, chaired by ..., was
  // joined by ...").
  int remote_gatherings_list = -1;
  // "said": subject() does not look past one of these, whose subject is
  // the speaker ("The Kremlin said the Baltic states' decision to close").
  int subject_stops_list = -1;
  // "including", "such as": pp() passes over a plural noun to the names it
  // lists ("closed its embassies in 10 countries, including Spain and Norway").
  int examples_list = -1;
  // "visited British troops in Estonia": object() passes over a demonym
  // before a phrase of this list (the people it describes).
  int object_people_list = -1;
  // "governments", "countries": a plural of these, the subject right before
  // the verb of an "its" or "their", names no country that owns them
  // ("as Western governments pulled out their diplomats").
  int unnamed_states_list = -1;
  // "Monday", "on Tuesday": a phrase of this list right after a trigger's
  // first word may sit inside the trigger ("Hariri traveled Tuesday to
  // Cairo", "flies on Saturday to Tokyo"); the rules of the type then see
  // the whole span as their trigger.
  int trigger_gaps_list = -1;
  // "make a", "pay a": the first-to step of subject() passes a phrase of
  // this list right before a noun trigger ("the first British monarch to
  // make a state visit to Ireland").
  int light_verbs_list = -1;
  // "neighbours", "allies": pp() takes no country in the possessive before
  // a phrase of this list ("a tour of Afghanistan's neighbours").
  int neighbour_nouns_list = -1;
  // "will remain closed on Monday for a public holiday": a phrase of this
  // list within routine-window tokens after the trigger makes it a
  // routine closure of the premises, which is no event.
  int routine_list = -1;
  int routine_window = -1;  // (-1: polarity-window)
  // ... unless a phrase of this list comes between the trigger and it: the
  // holiday ends a longer closure ("would remain closed until the end of
  // the Eid holiday").
  int routine_ends_list = -1;
  // ... or within this many tokens before it, in its sentence ("To allow
  // for the move, the Embassy will be closed").
  int routine_window_before = 0;
  // "Witkoff is not a diplomat, but he met Putin": polarity cues are read
  // only after the last phrase of this list before the trigger (and after
  // ";", ":", "?" or an em dash).
  int polarity_stops_list = -1;
  // "PM Ishiba to visit China next month": a phrase of this list right
  // before the trigger, right after a person, a title or a country that
  // opens the sentence, is the future of a headline: hypothetical. ("Russia
  // ordered Latvia to close" is an order; "flew to Moscow to visit" a
  // purpose.)
  int headline_future_list = -1;
  // "its consulate in Tangier would work normally, and that the border
  // crossing remained closed": a cue before a phrase of this list, between
  // the cue and the trigger, is another clause's (the phrase opens a clause
  // with a subject of its own).
  int cue_stops_list = -1;
  // "had been expected in Madrid, followed by a stop in Lisbon": a trigger
  // right after a phrase of this list is the next leg of the event before
  // it (the last of its type in the sentence), and takes its polarity.
  int next_leg_list = -1;
  // "Japan denied a Washington Post report that its envoy had held talks in
  // Hanoi", "dismissing reports on social media that the mission had been
  // closed": a phrase of reported_list (a report) before the trigger in its
  // sentence, with one of denial_list at most nine words before it,
  // negates the event; so does one of denial_list in the passive after the
  // trigger ("Reports that Germany would close its consulate were denied
  // by Berlin").
  int reported_list = -1;
  int denial_list = -1;
  // "From the memoirs of Viktor Samsonov, a Soviet diplomat ...", "Remarks
  // by Ambassador (ret.) Douglas Kearney at a conference marking twenty
  // years of U.S.-Vietnam relations": a first line with a phrase of this
  // list introduces a narrator, whose "I", "we", "my" and "our" (outside
  // quotation marks) are the first country that line names.
  int narrator_list = -1;
  // "Before arriving in Moscow, the veteran diplomat visited Paris and
  // Rome", "The 62-year-old cleric was received at the airport": "the" and
  // a noun of this list as a clause's subject name the person "he" would.
  int epithet_list = -1;
  // "HAVANA - ... received ... Vladimir Putin ... The distinguished guest
  // arrived": the epithets of this list name the foreigner the dateline's
  // country received, not its own people.
  int guest_list = -1;
  // "CLAIM: China shut its embassy in the Philippines ..." (a fact check):
  // a line that opens with a phrase of this list and a colon reports a
  // claim; its events are hypothetical.
  int claim_labels_list = -1;
  // "A Gulf news channel reported earlier that Moscow had also closed its
  // mission. Russia's foreign ministry has just denied this: ...": a report
  // (a phrase of reporting_list before the trigger) whose next sentence opens,
  // within its first twelve words, with a phrase of this list that ends a
  // clause (before a punctuation mark) is negated.
  int denied_after_list = -1;
  // The verbs of reporting that make an event a report for
  // denied_after_list ("reported earlier that", "says").
  int reporting_list = -1;
  // "laid a wreath at the site of an Israeli air strike": pp() passes over a
  // demonym before a lower-case word, unless the word is one of this list
  // ("in the Chinese capital", "on Russian soil").
  int place_words_list = -1;
  int polarity_window = 6;
  std::string where;
};

struct Rule {
  std::string id;
  int event = -1;                    // index into RuleSet::types
  int cue_list = -1;                 // -1: no cue needed
  int cue_window = 8;
  enum class Side : std::uint8_t { around, before, after } cue_side = Side::around;
  int cue_previous_sentences = 0;    // also look for the cue this many sentences back
  int cue_commas = 0;                // after the trigger, the cue may lie past this many commas
  int exclude_list = -1;
  int exclude_window = 6;
  int block_list = -1;               // a phrase from this list right before the trigger blocks it
  bool block_comma = false;          // a comma right before the trigger blocks it too (block-comma = yes)
  bool block_demonym = false;        // so does a demonym ("South African host ...", block-demonym = yes)
  bool after_person = false;         // the trigger counts only right after a person's name (after-person = yes)
  bool after_person_comma = false;   // ... and a comma (after-person = comma: "Marco Rubio, in Antalya for ...")
  bool cue_opens_subject = false;    // a cue that opens the trigger's subject's phrase counts (cue-opens-subject = yes)
  int same_destination_list = -1;    // a trigger of this list with the host's own country after "to": no event
  // "A visit to Pakistan by Anwar Ibrahim that was due to begin on Monday
  // has been postponed": a cancel word of the type's negation-after list in
  // the passive (after was, were, been, is, are) up to this many tokens
  // after the trigger negates it (0: no such look).
  int negation_after_passive = 0;
  int exclude_before_list = -1;      // no event when one of these ends within exclude_before_window tokens before the trigger
  int exclude_before_window = 3;
  int exclude_after_list = -1;       // no event when one of these starts within exclude_after_window tokens after it
  int exclude_after_window = 3;
  int cue_block_list = -1;           // a cue after one of these (within three words) is no cue: "outside the embassy"
  // polarity = hypothetical: the trigger itself says the event is still to
  // come ("is due in"), so it is hypothetical unless a cue negates it.
  bool planned = false;
  // list-item = yes: the rule also fires, with no trigger word, on every
  // line of a list (a line that opens with a bullet), its trigger the
  // bullet: "Who has visited Kyiv? ... - May 8: Canada's Justin Trudeau."
  bool list_item = false;
  std::vector<RoleSpec> roles;
  std::string where;
};

class RuleSet {
 public:
  // Parses one rules file; `path` is used in errors ("path:line: ...").
  Error load(std::string_view path, std::string_view content);
  // Resolves references across files; call once after every load(). The
  // trigger and list indexes share `vocabulary` when given (the lexicon's,
  // so that a document's tokens are looked up once for all of them).
  Error finish(std::shared_ptr<lexicon::Vocabulary> vocabulary = nullptr);

  std::vector<EventType> types;
  std::vector<Rule> rules;
  std::vector<std::string> list_names;

  // Trigger phrases -> the rules they start.
  const lexicon::PhraseIndex& triggers() const { return triggers_; }
  const std::vector<std::uint32_t>& rules_for(std::uint32_t entry) const { return trigger_rules_[entry]; }
  // The rules that fire on every line of a list (list-item = yes).
  const std::vector<std::uint32_t>& list_item_rules() const { return list_item_rules_; }
  // Phrases of every list -> bitmask of lists they belong to.
  const lexicon::PhraseIndex& phrases() const { return phrases_; }
  ListMask lists_of(std::uint32_t entry) const { return phrase_lists_[entry]; }
  // The phrases of every type's trigger-gaps list -> the gap lists they
  // belong to (their own index: the trigger loop asks it at every trigger).
  const lexicon::PhraseIndex& gaps() const { return gaps_; }
  ListMask gap_lists_of(std::uint32_t entry) const { return gap_lists_[entry]; }
  int type_index(std::string_view name) const;

 private:
  int list_index(const std::string& name);
  Error add_phrases(int list, const std::string& value, const std::string& where);
  struct Pending {
    std::string rule_id, trigger, where;
  };
  std::vector<Pending> pending_triggers_;
  std::map<std::string, std::vector<std::string>> list_phrases_;
  std::map<std::string, std::string> list_where_;  // list -> "file:line" where defined, else first used
  lexicon::PhraseIndex triggers_;
  std::vector<std::vector<std::uint32_t>> trigger_rules_;
  std::vector<std::uint32_t> list_item_rules_;
  lexicon::PhraseIndex phrases_;
  std::vector<ListMask> phrase_lists_;
  lexicon::PhraseIndex gaps_;
  std::vector<ListMask> gap_lists_;
};

}  // namespace attache::events

#endif  // ATTACHE_EVENTS_RULES_HPP_
