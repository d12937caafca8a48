#include "events/time.hpp"

#include <re2/re2.h>

#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/segment.hpp"

namespace attache::events {
namespace {

const char* const kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
// The words that count the units of "eighty years ago", "a decade ago":
// one table for the pattern, its word classes and normalize(). ("hundred"
// multiplies the count before it.)
struct CountWord {
  std::string_view word;
  int value;
};
constexpr CountWord kCountWords[] = {
    {"a", 1},       {"an", 1},      {"one", 1},      {"two", 2},      {"three", 3},    {"four", 4},
    {"five", 5},    {"six", 6},     {"seven", 7},    {"eight", 8},    {"nine", 9},     {"ten", 10},
    {"eleven", 11}, {"twelve", 12}, {"fifteen", 15}, {"twenty", 20},  {"thirty", 30},  {"forty", 40},
    {"fifty", 50},  {"sixty", 60},  {"seventy", 70}, {"eighty", 80},  {"ninety", 90},  {"hundred", 100}};

// Days since 1970-01-01 (proleptic Gregorian), and back.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = unsigned(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + long(doe) - 719468;
}
Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = unsigned(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = int(yoe) + int(era * 400);
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = int(doy - (153 * mp + 2) / 5 + 1);
  const int m = int(mp < 10 ? mp + 3 : mp - 9);
  return Date{y + (m <= 2), m, d};
}
int weekday(long days) { return int(((days % 7) + 7 + 3) % 7); }  // 0 = Monday; 1970-01-01 was a Thursday

bool valid_ymd(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || y < 1) return false;
  static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= len[m - 1] + (m == 2 && leap);
}

int month_of(std::string_view w) {
  for (int i = 0; i < 12; ++i)
    if (w.substr(0, 3) == kMonths[i]) return i + 1;
  return 0;
}

// "YYYY" + sep + "NN" (+ "-NN"): an ISO date, year-month or year-week.
// Years 0-9999 and two-digit parts (all the callers' values) are written by
// hand; anything else goes through printf's "%04d" and "%02d".
std::string date_text(int y, std::string_view sep, int a, bool has_b = false, int b = 0) {
  auto two = [](int v) { return v >= 0 && v <= 99; };
  if (y < 0 || y > 9999 || !two(a) || (has_b && !two(b)) || sep.size() > 2) {
    char buf[48];  // (any ints fit)
    if (!has_b) std::snprintf(buf, sizeof buf, "%04d%.*s%02d", y, int(sep.size()), sep.data(), a);
    else std::snprintf(buf, sizeof buf, "%04d%.*s%02d-%02d", y, int(sep.size()), sep.data(), a, b);
    return buf;
  }
  // (Written into a buffer, then one string: at most 12 bytes, which fit
  // in the string's own buffer without an allocation.)
  char buf[16];
  std::size_t n = 0;
  buf[n++] = char('0' + y / 1000);
  buf[n++] = char('0' + y / 100 % 10);
  buf[n++] = char('0' + y / 10 % 10);
  buf[n++] = char('0' + y % 10);
  for (const char c : sep) buf[n++] = c;
  buf[n++] = char('0' + a / 10);
  buf[n++] = char('0' + a % 10);
  if (has_b) {
    buf[n++] = '-';
    buf[n++] = char('0' + b / 10);
    buf[n++] = char('0' + b % 10);
  }
  return std::string(buf, n);
}

std::string ym(int y, int m) { return date_text(y, "-", m); }
std::string iso_week(int y, int week) { return date_text(y, "-W", week); }

// ----- the words of the pattern -----
//
// The words of TimeFinder::pattern() by class (WordClasses), read from its
// alternatives, and a quick test on a word's first two bytes (may_start)
// that lets through every word that can begin a time expression: RE2 then
// runs anchored at those word starts only.

// RE2's \w (the word bytes of \b), lower-cased; 0 for any other byte.
struct LowerWordBytes {
  unsigned char v[256] = {};
  constexpr LowerWordBytes() {
    for (int c = 'a'; c <= 'z'; ++c) v[c] = v[c - 32] = static_cast<unsigned char>(c);
    for (int c = '0'; c <= '9'; ++c) v[c] = static_cast<unsigned char>(c);
    v[int('_')] = '_';
  }
};
constexpr LowerWordBytes kLower;
unsigned char lower_word_byte(char c) { return kLower.v[static_cast<unsigned char>(c)]; }
bool space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }  // \s of RE2
bool digit_byte(char c) { return unsigned(static_cast<unsigned char>(c) - '0') < 10u; }

// U+017F (long s) and U+212A (Kelvin sign) in UTF-8: RE2's (?i) folds them to ASCII letters.
bool has_folding_lookalike(std::string_view s) {
  return s.find("\xC5\xBF") != std::string_view::npos || s.find("\xE2\x84\xAA") != std::string_view::npos;
}

enum WordClass : unsigned {
  kWeekday = 1u << 0,
  kDayWord = 1u << 1,   // today yesterday tomorrow tonight
  kMonth = 1u << 2,     // every spelling the pattern takes
  kRelative = 1u << 3,  // last this next
  kOn = 1u << 4,
  kEarly = 1u << 5,
  kLate = 1u << 6,
  kEarlierLater = 1u << 7,
  kIn = 1u << 8,
  kSinceUntilBy = 1u << 9,
  kRecentComing = 1u << 10,
  kThe = 1u << 11,
  kUnit = 1u << 12,     // week month year
  kUnits = 1u << 13,    // days weeks months years
  kMid = 1u << 14,
  kPastLast = 1u << 15,
  kThis = 1u << 16,
  kLast = 1u << 17,
  kNumber = 1u << 18,   // one or two digits
  kYear = 1u << 19,     // 19dd or 20dd
  kCount = 1u << 20,    // a an one .. ninety: "eighty years ago"
  kAgoUnit = 1u << 21,  // day days decade decades (with kUnit, kUnits: "two decades ago")
};

// A word run (\w+) of text: its length, and for a run no longer than the
// longest word of the pattern (9 bytes) its bytes lower-cased, the first 8
// in `head` (little endian, zero past the run) and the ninth in `ninth`.
// Other runs have head 0, which no word has.
struct Run {
  std::size_t len = 0;
  std::uint64_t head = 0;
  unsigned ninth = 0;
};
constexpr std::size_t kLongestWord = 9;

unsigned word_bits16(const char* p);

// The run that starts p, of which `left` bytes are in the text searched
// (16 bytes at p are readable).
inline Run run_of(const char* p, std::size_t left) {
  unsigned bits = word_bits16(p);
  if (left < 16) bits &= (1u << left) - 1;  // the run ends with the text searched
  Run r;
  r.len = std::size_t(std::countr_one(bits));
  if (r.len > kLongestWord) return r;
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  // Word bytes | 0x20: letters lower-cased, digits unchanged, '_' -> DEL (in no word).
  x |= 0x2020202020202020ull;
  r.head = r.len >= 8 ? x : x & ((std::uint64_t(1) << (8 * r.len)) - 1);
  if (r.len == kLongestWord) r.ninth = static_cast<unsigned char>(p[8]) | 0x20u;
  return r;
}

Run run_near_end(std::string_view s, std::size_t b) {
  char pad[16] = {};
  std::memcpy(pad, s.data() + b, s.size() - b);
  return run_of(pad, s.size() - b);
}

// The run at byte b of s, when `readable` more bytes follow s in memory
// (the rest of the text: the run is read 16 bytes at a time).
inline Run run_at(std::string_view s, std::size_t b, std::size_t readable) {
  const std::size_t left = s.size() - b;
  if (left + readable < 16) [[unlikely]]
    return run_near_end(s, b);
  return run_of(s.data() + b, left);
}

Run pack(std::string_view w) {
  Run r;
  r.len = w.size();
  std::memcpy(&r.head, w.data(), std::min<std::size_t>(w.size(), 8));
  if (w.size() > 8) r.ninth = static_cast<unsigned char>(w[8]);
  return r;
}

// The classes of the words of the pattern, in a small open-addressing table.
class WordClasses {
 public:
  WordClasses() {
    struct Entry {
      std::string_view word;
      unsigned classes;
    };
    static const Entry kWords[] = {
        {"monday", kWeekday}, {"tuesday", kWeekday}, {"wednesday", kWeekday}, {"thursday", kWeekday},
        {"friday", kWeekday}, {"saturday", kWeekday}, {"sunday", kWeekday},
        {"today", kDayWord}, {"yesterday", kDayWord}, {"tomorrow", kDayWord}, {"tonight", kDayWord},
        {"jan", kMonth}, {"january", kMonth}, {"feb", kMonth}, {"february", kMonth}, {"mar", kMonth},
        {"march", kMonth}, {"apr", kMonth}, {"april", kMonth}, {"may", kMonth}, {"jun", kMonth}, {"june", kMonth},
        {"jul", kMonth}, {"july", kMonth}, {"aug", kMonth}, {"august", kMonth}, {"sep", kMonth}, {"sept", kMonth},
        {"sepember", kMonth}, {"september", kMonth}, {"oct", kMonth}, {"october", kMonth}, {"nov", kMonth},
        {"november", kMonth}, {"dec", kMonth}, {"december", kMonth},
        {"last", kRelative | kLast | kPastLast}, {"this", kRelative | kThis}, {"next", kRelative},
        {"on", kOn}, {"early", kEarly}, {"late", kLate}, {"earlier", kEarlierLater}, {"later", kEarlierLater},
        {"in", kIn}, {"since", kSinceUntilBy}, {"until", kSinceUntilBy}, {"by", kSinceUntilBy},
        {"recent", kRecentComing}, {"coming", kRecentComing}, {"the", kThe}, {"past", kPastLast},
        {"week", kUnit}, {"month", kUnit}, {"year", kUnit},
        {"weeks", kUnits}, {"months", kUnits}, {"years", kUnits},
        {"mid", kMid},
        {"day", kAgoUnit}, {"days", kUnits | kAgoUnit}, {"decade", kAgoUnit}, {"decades", kAgoUnit},
    };
    for (const Entry& e : kWords) add(pack(e.word), e.classes);
    for (const CountWord& c : kCountWords) add(pack(c.word), kCount);
    char w[4] = {};
    for (char a = '0'; a <= '9'; ++a) {
      w[0] = a;
      add(pack(std::string_view(w, 1)), kNumber);
      for (char b = '0'; b <= '9'; ++b) {
        w[1] = b;
        add(pack(std::string_view(w, 2)), kNumber);
      }
    }
    for (const char* century : {"19", "20"})
      for (int n = 0; n < 100; ++n) {
        const char y[] = {century[0], century[1], char('0' + n / 10), char('0' + n % 10)};
        add(pack(std::string_view(y, 4)), kYear);
      }
  }
  // False when no word of the pattern starts with the bytes `first` and
  // `second` of the text, as they are (any case; `second` is any non-word
  // byte after a one-byte word, or a space at the end of the text): most
  // words are passed over on this test alone, one bit lookup.
  bool may_start(unsigned char first, unsigned char second) const {
    const unsigned pair = unsigned(first) << 8 | second;
    return starts_[pair >> 6] >> (pair & 63) & 1;
  }
  // The classes of a run (0 for any other word).
  unsigned operator()(const Run& r) const {
    if (r.head == 0) return 0;
    for (std::size_t i = slot(r);; i = (i + 1) % kSlots) {
      if (heads_[i] == r.head && ninths_[i] == r.ninth) return classes_[i];
      if (heads_[i] == 0) return 0;
    }
  }

 private:
  static constexpr std::size_t kSlots = 1024;  // about a third full
  static std::size_t slot(const Run& r) {
    return std::size_t(((r.head + r.ninth) * 0x9E3779B97F4A7C15ull) >> 54);
  }
  // The bytes whose lower_word_byte() is c (for 0: every non-word byte).
  static const std::vector<unsigned char>& spellings(unsigned char c) {
    static const auto table = [] {
      std::vector<std::vector<unsigned char>> t(256);
      for (int x = 0; x < 256; ++x) t[lower_word_byte(char(x))].push_back(static_cast<unsigned char>(x));
      return t;
    }();
    return table[c];
  }
  void add(const Run& r, unsigned classes) {
    // Each spelling of the first two bytes; a one-byte word, with any
    // non-word byte after it.
    const unsigned char a = r.head & 0xFF, b = (r.head >> 8) & 0xFF;
    for (const unsigned char x : spellings(a))
      for (const unsigned char y : spellings(b)) {
        const unsigned pair = unsigned(x) << 8 | y;
        starts_[pair >> 6] |= std::uint64_t(1) << (pair & 63);
      }
    std::size_t i = slot(r);
    while (heads_[i] != 0 && !(heads_[i] == r.head && ninths_[i] == r.ninth)) i = (i + 1) % kSlots;
    heads_[i] = r.head;
    ninths_[i] = std::uint8_t(r.ninth);
    classes_[i] |= classes;
  }
  std::uint64_t heads_[kSlots] = {};
  std::uint8_t ninths_[kSlots] = {};
  unsigned classes_[kSlots] = {};
  std::uint64_t starts_[65536 / 64] = {};  // a bit per pair of bytes that may start a word of the pattern
};

// Bit i set when p[i] is a word byte, for 16 bytes.
#if defined(__SSE2__)
unsigned word_bits16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));  // (bytes >= 0x80 stay negative: no letter)
  const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                       _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  const __m128i under = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
  return unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), under)));
}
#else
unsigned word_bits16(const char* p) {
  unsigned bits = 0;
  for (int i = 0; i < 16; ++i) bits |= unsigned(lower_word_byte(p[i]) != 0) << i;
  return bits;
}
#endif

// Calls f(s) for each word start s >= pos of text (a word byte after a
// non-word byte or at the start; a word that pos is inside of starts
// before pos), in order, until f returns true.
template <class F>
void for_each_word_start(std::string_view text, std::size_t pos, F&& f) {
  unsigned carry = pos > 0 && lower_word_byte(text[pos - 1]) ? 1 : 0;  // was the byte before a block a word byte
  for (std::size_t b = pos; b < text.size(); b += 16) {
    unsigned bits;
    if (text.size() - b >= 16) {
      bits = word_bits16(text.data() + b);
    } else {
      char tail[16] = {};
      std::memcpy(tail, text.data() + b, text.size() - b);
      bits = word_bits16(tail);
    }
    unsigned starts = bits & ~((bits << 1) | carry) & 0xFFFF;
    carry = bits >> 15 & 1;
    for (; starts; starts &= starts - 1)
      if (f(b + std::size_t(std::countr_zero(starts)))) return;
  }
}

// Could the pattern match at byte b of s, the start of a word? `readable`:
// as for run_at().
bool start_could_match(std::string_view s, std::size_t b, std::size_t readable, const WordClasses& classes) {
  const Run w1 = run_at(s, b, readable);
  const unsigned c1 = classes(w1);
  if (!c1) return false;
  if (c1 & (kWeekday | kDayWord)) return true;
  std::size_t k = b + w1.len;
  if (c1 & kMonth) {  // "May 5": the month, an optional '.', spaces, a digit
    if (k < s.size() && s[k] == '.') ++k;
    if (k >= s.size() || !space_byte(s[k])) return false;
    while (k < s.size() && space_byte(s[k])) ++k;
    return k < s.size() && digit_byte(s[k]);
  }
  // ("twenty-five years ago": a count of two words joined by a hyphen.)
  if ((c1 & kCount) && k + 1 < s.size() && s[k] == '-' && lower_word_byte(s[k + 1])) {
    const Run w = run_at(s, k + 1, readable);
    if (!(classes(w) & kCount)) return false;
    k += 1 + w.len;
  }
  // Every other first word is followed by spaces and a second word.
  if (k >= s.size() || !space_byte(s[k])) return false;
  while (k < s.size() && space_byte(s[k])) ++k;
  if (k >= s.size() || !lower_word_byte(s[k])) return false;
  const unsigned c2 = classes(run_at(s, k, readable));
  bool could = false;
  if (c1 & kNumber) could |= (c2 & kMonth) != 0;  // "5 May"
  if (c1 & kRelative) could |= (c2 & (kWeekday | kUnit)) != 0;
  if (c1 & kOn) could |= (c2 & kWeekday) != 0;
  if (c1 & kEarly) could |= (c2 & (kWeekday | kThis)) != 0;
  if (c1 & kLate) could |= (c2 & (kWeekday | kLast)) != 0;
  if (c1 & kEarlierLater) could |= (c2 & kThis) != 0;
  if (c1 & (kIn | kSinceUntilBy)) could |= (c2 & (kEarly | kLate | kMid | kMonth | kYear)) != 0;
  if (c1 & kLast) could |= (c2 & (kEarly | kLate | kMid | kMonth)) != 0;  // "last November"
  if (c1 & kIn) could |= (c2 & (kRecentComing | kThe)) != 0;
  if (c1 & kRecentComing) could |= (c2 & kUnits) != 0;
  if (c1 & kThe) could |= (c2 & kPastLast) != 0;
  if (c1 & (kNumber | kCount)) could |= (c2 & (kUnit | kUnits | kAgoUnit)) != 0;  // "5 years ago", "a decade ago"
  return could;
}

const WordClasses& word_classes() {
  static const WordClasses classes;
  return classes;
}

}  // namespace

Date parse_date(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() < 10) return {};
  for (int i : {4, 7})
    if (s[i] != '-') return {};
  auto num = [&](int b, int n) {
    int v = 0;
    for (int i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  y = num(0, 4);
  m = num(5, 2);
  d = num(8, 2);
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return {};
  if (!valid_ymd(y, m, d)) return {};
  return Date{y, m, d};
}

std::string format_date(const Date& d) { return date_text(d.y, "-", d.m, true, d.d); }

std::string TimeFinder::pattern() {
  // WordClasses is read from these alternatives: change them together (the
  // tests in tests/events/time_test.cpp compare the anchored search with a
  // plain one).
  const std::string wd = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  const std::string mon =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
      "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  std::string count;
  for (const CountWord& c : kCountWords) {
    if (!count.empty()) count += '|';
    count += c.word;
  }
  const std::string pat =
      "(?i)\\b(?:"
      "(?:(?:last|this|next|on|early|late)\\s+)?(?:" + wd + ")(?:\\s+(?:morning|afternoon|evening|night))?"
      "|today|yesterday|tomorrow|tonight"
      "|(?:last|this|next|earlier\\s+this|later\\s+this|early\\s+this|late\\s+last)\\s+(?:week|month|year)"
      "|(?:" + mon + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
      // ("May 1972: Richard Nixon becomes the first U.S. president to visit
      // Moscow": a month and a year, as timelines' lines open.)
      "|(?:" + mon + ")\\.?\\s+(?:19|20)\\d\\d"
      "|\\d{1,2}\\s+(?:" + mon + ")\\.?(?:\\s+\\d{4})?"
      "|(?:in|since|until|by|last)\\s+(?:early\\s+|late\\s+|mid-)?(?:" + mon + ")(?:\\s+\\d{4})?"
      "|(?:in|since|until|by)\\s+(?:early\\s+|late\\s+)?(?:19|20)\\d\\d"
      "|(?:in\\s+)?(?:recent|the\\s+past|the\\s+last|coming)\\s+(?:days|weeks|months|years)"
      "|(?:\\d{1,2}|" + count + ")(?:-(?:" + count + "))?\\s+(?:days?|weeks?|months?|years?|decades?)\\s+ago"
      "(?:\\s+(?:today|this\\s+week(?:end)?|this\\s+month))?"
      ")\\b";
  return pat;
}

TimeFinder::TimeFinder() {
  const std::string pat = pattern();
  RE2::Options o;
  o.set_log_errors(false);
  o.set_never_capture(true);
  re_ = std::make_unique<RE2>(pat, o);
}

TimeFinder::~TimeFinder() = default;

void TimeFinder::spans(std::string_view text, Span range, std::vector<Span>& out) const {
  out.clear();
  spans_until(text, range, 0, ~std::uint32_t(0), out);
}

std::size_t TimeFinder::spans_until(std::string_view text, Span range, std::size_t from, std::uint32_t until,
                                    std::vector<Span>& out) const {
  if (!re_->ok()) return kDone;
  const re2::StringPiece input(text.data() + range.begin, range.end - range.begin);
  const std::string_view in(input.data(), input.size());
  const std::size_t readable = text.size() - range.end;  // bytes after the range that run_at() may read
  // Unanchored, RE2 tries every position; matched at the few word starts
  // that can begin a time expression (WordClasses::may_start), the
  // same leftmost matches cost a fraction of the work. Under (?i), RE2 also
  // folds U+017F and U+212A to 's' and 'k'; a sentence with either is
  // searched the plain way.
  const bool lookalike = has_folding_lookalike(in);
  const WordClasses& classes = word_classes();
  re2::StringPiece m;
  std::size_t pos = from;
  while (pos <= input.size()) {
    if (lookalike) {
      if (!re_->Match(input, pos, input.size(), RE2::UNANCHORED, &m, 1)) break;
    } else {
      bool found = false;
      for_each_word_start(in, pos, [&](std::size_t s) {
        const char second = s + 1 < in.size() ? in[s + 1] : ' ';
        if (!classes.may_start(static_cast<unsigned char>(in[s]), static_cast<unsigned char>(second))) return false;
        found = start_could_match(in, s, readable, classes) &&
                re_->Match(input, s, input.size(), RE2::ANCHOR_START, &m, 1);
        return found;
      });
      if (!found) break;
    }
    const std::size_t at = std::size_t(m.data() - input.data());
    out.push_back(Span{std::uint32_t(range.begin + at), std::uint32_t(range.begin + at + m.size())});
    const std::size_t next = at + m.size();
    pos = next > pos ? next : pos + 1;
    if (out.back().begin >= until) return pos;
  }
  return kDone;
}

std::vector<TimeExpr> TimeFinder::find(std::string_view text, Span range, const Date& doc_date, bool normalize_values) const {
  std::vector<Span> found;
  spans(text, range, found);
  std::vector<TimeExpr> out(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    out[i].span = found[i];
    out[i].text.assign(text.substr(found[i].begin, found[i].size()));
    if (normalize_values) out[i].value = normalize(out[i].text, doc_date);
  }
  return out;
}

namespace {

// The keys of the words (and numbers) of expr as text::tokenize() gives
// them, into `words` (views into `lowered`), when expr is simple enough for
// that to be plain: ASCII letters and digits between ASCII spaces, dashes,
// and dots or commas that no letter or digit follows (a dot or comma before
// one can join a token: "U.S", "3.5"). There, a token is a run of letters
// and digits, lower-cased. False for anything else.
bool plain_words(std::string_view expr, std::string& lowered, std::vector<std::string_view>& words) {
  lowered.resize(expr.size());
  words.clear();
  std::size_t run = 0;  // start of the current run of letters and digits
  bool in_run = false;
  for (std::size_t i = 0; i <= expr.size(); ++i) {
    const char c = i < expr.size() ? expr[i] : ' ';
    const char low = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    const bool alnum = (low >= 'a' && low <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      if (!in_run) run = i;
      in_run = true;
      lowered[i] = low;
      continue;
    }
    if (in_run) words.emplace_back(lowered.data() + run, i - run);
    in_run = false;
    if (i == expr.size()) break;
    if (c == '.' || c == ',') {
      if (i + 1 < expr.size() && digit_byte(expr[i + 1])) return false;
      const char n = i + 1 < expr.size() ? char(expr[i + 1] | 0x20) : 0;
      if (n >= 'a' && n <= 'z') return false;
    } else if (!(c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string TimeFinder::normalize(std::string_view expr, const Date& doc) {
  // Scratch reused by each thread (an expression is a few words).
  thread_local std::string lowered;
  thread_local std::vector<std::string_view> w;
  if (!plain_words(expr, lowered, w)) {
    thread_local text::Tokens toks;
    text::tokenize(expr, toks);
    w.clear();
    for (const auto& t : toks.toks)
      if (t.is_word()) w.push_back(toks.key(t));
  }
  if (w.empty()) return "";
  auto has = [&](std::string_view x) {
    for (const auto& k : w)
      if (k == x) return true;
    return false;
  };
  // "eighty years ago today", "two decades ago", "25 years ago": counted
  // back from the document's date (a day or a week: the date; a month: the
  // month; years and decades: the year, or the date with "today").
  if (has("ago")) {
    if (!doc.valid()) return "";
    int n = 0;
    std::string_view unit;
    for (const auto& k : w) {
      if (k.find_first_not_of("0123456789") == std::string_view::npos && k.size() <= 3) n += std::stoi(std::string(k));
      else if (k == "hundred") n = (n ? n : 1) * 100;  // (not a count added: it multiplies)
      else if (k.substr(0, 3) == "day" || k.substr(0, 4) == "week" || k.substr(0, 5) == "month" || k.substr(0, 4) == "year" ||
               k.substr(0, 6) == "decade") {
        unit = k;
        break;
      } else
        for (const CountWord& c : kCountWords)
          if (k == c.word) n += c.value;
    }
    if (n <= 0 || unit.empty()) return "";
    const long today = days_from_civil(doc.y, doc.m, doc.d);
    if (unit[0] == 'd' && unit[1] == 'a') return format_date(civil_from_days(today - n));
    if (unit[0] == 'w') return format_date(civil_from_days(today - 7L * n));
    if (unit[0] == 'm') {
      const int months = doc.y * 12 + (doc.m - 1) - n;
      const Date d{months / 12, months % 12 + 1, doc.d};
      return has("today") && valid_ymd(d.y, d.m, d.d) ? format_date(d) : ym(d.y, d.m);
    }
    const int y = doc.y - (unit[0] == 'y' ? n : 10 * n);
    if (has("today") && valid_ymd(y, doc.m, doc.d)) return format_date(Date{y, doc.m, doc.d});
    return std::to_string(y);
  }
  int year = 0, day = 0, month = 0;
  for (const auto& k : w) {
    const bool digits = k.find_first_not_of("0123456789") == std::string::npos;
    if (digits && k.size() == 4) year = std::stoi(std::string(k));
    else if (digits && k.size() <= 2) day = std::stoi(std::string(k));
    else if (!digits && k.size() >= 3 && k.size() <= 2 + 2 && k.find_first_of("0123456789") != std::string::npos) day = std::atoi(std::string(k).c_str());
    else if (int mo = month_of(k); mo && k != "mar" ? true : mo) {
      if (mo && (k.size() >= 3) && (k == "may" || k.size() == 3 || k.size() >= 4)) {
        // "march" vs "mar": both months; skip words that only start like a month ("marked").
        static const char* full[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"};
        std::string_view f = full[mo - 1];
        if (f.substr(0, k.size()) == k || (mo == 9 && k == "sept")) month = mo;
      }
    }
  }
  if (month) {
    if (day) {
      if (!year) {
        if (!doc.valid()) return "";
        year = doc.y;
        // News reports the past: a date well after the document is last year's.
        if (days_from_civil(year, month, std::min(day, 28)) > days_from_civil(doc.y, doc.m, doc.d) + 7) --year;
      }
      if (!valid_ymd(year, month, day)) return "";
      return format_date(Date{year, month, day});
    }
    if (!year) {
      if (!doc.valid()) return "";
      year = doc.y;
      // ("last November", told in September 1992: 1991; "last March": 1992.)
      if (month > doc.m + 1 || (has("last") && month >= doc.m)) --year;
    }
    return ym(year, month);
  }
  if (year && !has("recent")) return std::to_string(year);
  if (!doc.valid()) return "";
  const long today = days_from_civil(doc.y, doc.m, doc.d);
  if (has("today") || has("tonight")) return format_date(doc);
  if (has("yesterday")) return format_date(civil_from_days(today - 1));
  if (has("tomorrow")) return format_date(civil_from_days(today + 1));
  for (int i = 0; i < 7; ++i) {
    if (!has(kWeekdays[i])) continue;
    const int wd = weekday(today);
    if (has("next")) return format_date(civil_from_days(today + ((i - wd + 7) % 7 == 0 ? 7 : (i - wd + 7) % 7)));
    int back = (wd - i + 7) % 7;
    if (has("last") && back == 0) back = 7;
    return format_date(civil_from_days(today - back));
  }
  const bool last = has("last") || has("past");
  const bool next = has("next") || has("coming");
  if (has("recent") || has("days") || has("weeks") || has("months") || has("years")) return "";
  if (has("month")) {
    int y = doc.y, m = doc.m;
    if (last) { if (--m == 0) { m = 12; --y; } }
    if (next) { if (++m == 13) { m = 1; ++y; } }
    return ym(y, m);
  }
  if (has("year")) return std::to_string(doc.y + (next ? 1 : 0) - (last ? 1 : 0));
  if (has("week")) {
    long monday = today - weekday(today) + (next ? 7 : 0) - (last ? 7 : 0);
    Date d = civil_from_days(monday + 3);  // the week's Thursday fixes its ISO year
    const long jan4 = days_from_civil(d.y, 1, 4);
    const int week = int((monday - (jan4 - weekday(jan4))) / 7) + 1;
    return iso_week(d.y, week);
  }
  return "";
}

}  // namespace attache::events
