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

class EventExtractor {
 public:
  EventExtractor(const RuleSet& rules, const lexicon::Lexicon& lex)
      : rules_(rules), lex_(lex), prepositions_(lex.list_bit("prepositions")), clause_words_(lex.list_bit("clause-words")) {}
  // Appends the document's events to doc.events (asserted ones only unless
  // include_unasserted).
  void run(Document& doc, const entities::Analysis& a, const Date& doc_date, bool include_unasserted) const;

 private:
  const RuleSet& rules_;
  const lexicon::Lexicon& lex_;
  TimeFinder time_;
  std::uint64_t prepositions_, clause_words_;  // bits of data/lexicon word lists
};

}  // namespace attache::events

#endif  // ATTACHE_EVENTS_EXTRACT_HPP_
