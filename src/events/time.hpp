// events/time -- time expressions near a trigger, normalized to the
// document date ("on Friday", "last month", "April 23", "in 2021").
#ifndef ATTACHE_EVENTS_TIME_HPP_
#define ATTACHE_EVENTS_TIME_HPP_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attache/document.hpp"

namespace re2 { class RE2; }

namespace attache::events {

struct Date {
  int y = 0, m = 0, d = 0;
  bool valid() const { return y > 0; }
};

// Parses "YYYY-MM-DD" (also a longer ISO timestamp); invalid -> !valid().
Date parse_date(std::string_view s);
std::string format_date(const Date& d);

// Finds time expressions: the matches of pattern(), leftmost first, as RE2
// finds them (RE2 anchored at the word starts that can begin one; unanchored
// for a sentence with a character that (?i) folds to ASCII). Linear time.
// Immutable; thread safe.
class TimeFinder {
 public:
  TimeFinder();
  ~TimeFinder();
  // Every time expression in [begin, end) of text, with normalized values.
  // With normalize = false, values are left empty (normalize() them later).
  std::vector<TimeExpr> find(std::string_view text, Span range, const Date& doc_date, bool normalize = true) const;
  // The same expressions as spans only, into out (cleared first).
  void spans(std::string_view text, Span range, std::vector<Span>& out) const;
  // The same, a part at a time: appends the spans found from byte `from` of
  // the range (0, or what a previous call returned) up to the first that
  // begins at or after byte `until` of text, and returns where to go on
  // from, or kDone after the last.
  std::size_t spans_until(std::string_view text, Span range, std::size_t from, std::uint32_t until,
                          std::vector<Span>& out) const;
  static constexpr std::size_t kDone = ~std::size_t(0);
  // The RE2 pattern of a time expression (case-insensitive, RE2 syntax).
  static std::string pattern();
  // Normalizes one matched expression against the document date.
  static std::string normalize(std::string_view expr, const Date& doc_date);

 private:
  std::unique_ptr<re2::RE2> re_;
};

}  // namespace attache::events

#endif  // ATTACHE_EVENTS_TIME_HPP_
