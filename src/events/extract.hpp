// events/extract -- the rule engine: triggers, cues, role finders, polarity,
// time, one event per role tuple, merged per document.
#ifndef ATTACHE_EVENTS_EXTRACT_HPP_
#define ATTACHE_EVENTS_EXTRACT_HPP_

#include "attache/document.hpp"
#include "entities/recognizer.hpp"
#include "events/rules.hpp"
#include "events/time.hpp"
#include "lexicon/lexicon.hpp"

namespace attache::events {

// Bits of the data/lexicon word lists the engine reads token by token.
struct WordLists {
  std::uint64_t prepositions, clause_words, conjunctions, clause_openers, auxiliaries, verb_adverbs,
      participle_adverbs, country_nouns, person_verbs, duration_nouns, org_nouns_before, topic_nouns, speech_verbs, trip_nouns,
      government_verbs, time_nouns, agent_nouns, preposition_nouns, departure_verbs, state_verbs, people_plurals, craft_nouns,
      place_adjectives, name_suffixes, former_words, government_object_verbs, place_nouns;
};

class EventExtractor {
 public:
  EventExtractor(const RuleSet& rules, const lexicon::Lexicon& lex)
      : rules_(rules),
        lex_(lex),
        words_{lex.list_bit("prepositions"),       lex.list_bit("clause-words"),    lex.list_bit("clause-conjunctions"),
               lex.list_bit("clause-openers"),     lex.list_bit("auxiliaries"),     lex.list_bit("verb-adverbs"),
               lex.list_bit("participle-adverbs"), lex.list_bit("country-nouns"),
               lex.list_bit("person-verbs"),       lex.list_bit("duration-nouns"),
               lex.list_bit("org-nouns-before"),   lex.list_bit("topic-nouns"),     lex.list_bit("speech-verbs"),
               lex.list_bit("trip-nouns"),         lex.list_bit("government-verbs"), lex.list_bit("time-nouns"),
               lex.list_bit("agent-nouns"),        lex.list_bit("preposition-nouns"), lex.list_bit("departure-verbs"),
               lex.list_bit("state-verbs"),        lex.list_bit("people-plurals"),
               lex.list_bit("craft-nouns"), lex.list_bit("place-adjectives"), lex.list_bit("name-suffixes"),
               lex.list_bit("former-words"), lex.list_bit("government-object-verbs"),
               lex.list_bit("place-nouns")} {}
  // Appends the document's events to doc.events (asserted ones only unless
  // include_unasserted).
  void run(Document& doc, const entities::Analysis& a, const Date& doc_date, bool include_unasserted) const;

 private:
  const RuleSet& rules_;
  const lexicon::Lexicon& lex_;
  TimeFinder time_;
  WordLists words_;
};

}  // namespace attache::events

#endif  // ATTACHE_EVENTS_EXTRACT_HPP_
