// text/segment -- tokens and sentences over sanitized UTF-8, with byte offsets.
//
// Tokens come from a hand-written scanner: an ASCII fast path plus ICU
// character properties (U8_NEXT, u_isalnum, u_isUWhiteSpace) for the rest.
// Sentences come from the sentence rules of UAX #29 (as ICU's sentence
// BreakIterator applies them) run directly over the UTF-8 text, with
// news-copy abbreviations ("U.S.", "Gen.", "Jan.") suppressed as breaks.
#ifndef ATTACHE_TEXT_SEGMENT_HPP_
#define ATTACHE_TEXT_SEGMENT_HPP_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attache/document.hpp"
#include "attache/error.hpp"

namespace attache::text {

enum TokFlags : std::uint8_t {
  kCap = 1,          // first letter upper or title case
  kUpper = 2,        // has a letter and no lower-case letter
  kSpaceBefore = 4,  // whitespace or the text start precedes it
  kJoiner = 8,       // a hyphen between two word characters ("Jong-Un")
  kNonAscii = 16,
  kPossessive = 32,  // "'s" split off a word
};

enum class TokKind : std::uint8_t { word, number, punct, symbol };

struct Tok {
  std::uint32_t begin = 0, end = 0;        // bytes into the text
  std::uint32_t key_begin = 0, key_len = 0;  // folded key in Tokens::keys
  TokKind kind = TokKind::word;
  std::uint8_t flags = 0;
  bool cap() const { return flags & kCap; }
  bool upper() const { return flags & kUpper; }
  bool is_word() const { return kind == TokKind::word || kind == TokKind::number; }
};

// The bytes of the folded keys. Like a std::string, except that growing it
// leaves the new bytes uninitialized: tokenize() sizes it for the whole text
// up front and writes the keys while scanning, and zero-filling it first
// would be one more pass over a text-sized buffer. Buffers of 1 MiB or more
// are mapped from the system directly (where it can; see segment.cpp), so a
// huge document's keys cost the same per byte every time and never disturb
// the malloc heap's trimming.
class KeyBuffer {
 public:
  KeyBuffer() = default;
  ~KeyBuffer() { release(); }
  KeyBuffer(const KeyBuffer& o) { assign(o); }
  KeyBuffer& operator=(const KeyBuffer& o) {
    if (this != &o) assign(o);
    return *this;
  }
  KeyBuffer(KeyBuffer&& o) noexcept { take(o); }
  KeyBuffer& operator=(KeyBuffer&& o) noexcept {
    if (this != &o) {
      release();
      take(o);
    }
    return *this;
  }
  const char* data() const { return buf_; }
  char* data() { return buf_; }
  std::size_t size() const { return size_; }
  void clear() { size_ = 0; }
  // Sets the size to n; bytes up to the old size are kept, new ones are
  // uninitialized.
  void resize_uninit(std::size_t n) {
    if (n > cap_) grow(n);
    size_ = n;
  }

 private:
  void grow(std::size_t n);
  void release();
  void assign(const KeyBuffer& o) {
    size_ = 0;
    resize_uninit(o.size_);
    if (o.size_) std::memcpy(buf_, o.buf_, o.size_);
  }
  void take(KeyBuffer& o) {
    buf_ = o.buf_;
    size_ = o.size_;
    cap_ = o.cap_;
    mapped_ = o.mapped_;
    o.buf_ = nullptr;
    o.size_ = o.cap_ = 0;
    o.mapped_ = false;
  }
  char* buf_ = nullptr;
  std::size_t size_ = 0, cap_ = 0;
  bool mapped_ = false;  // buf_ came from mmap (else new[])
};

struct Tokens {
  std::vector<Tok> toks;
  KeyBuffer keys;  // folded keys, back to back
  std::string_view key(const Tok& t) const {
    return std::string_view(keys.data() + t.key_begin, t.key_len);  // (the tokenizer keeps it in range)
  }
  std::string_view key(std::size_t i) const { return key(toks[i]); }
  // A dash as datelines use it: "-", an em dash or an en dash.
  bool dash(std::size_t i) const {
    const std::string_view k = key(i);
    return k == "-" || k == "\xE2\x80\x94" || k == "\xE2\x80\x93";
  }
  void clear() { toks.clear(); keys.clear(); }
};

// Splits valid UTF-8 into tokens, appending to out (cleared first).
void tokenize(std::string_view text, Tokens& out);

// The lookup key of a phrase: lower case, no diacritics, curly quotes folded
// to "'", as the tokenizer computes for each token.
void fold(std::string_view word, std::string& out);
std::string fold(std::string_view word);

// Sentences as token ranges: a sentence starts at each token at or after a
// boundary in `starts`, and one longer than max_tokens is split there.
// Returns true when some sentence was split.
bool sentence_ranges(const Tokens& tokens, const std::vector<std::uint32_t>& starts, std::uint32_t max_tokens,
                     std::vector<Sentence>& out);

// The segmentation as a Document shows it: `sentences` from sentence_ranges()
// (with a warning in doc when a sentence was split), copied to doc.sentences;
// the token and sentence counts; the public tokens.
void publish_segments(const Tokens& tokens, const std::vector<std::uint32_t>& starts, std::uint32_t max_tokens,
                      std::vector<Sentence>& sentences, Document& doc);

// True when a sentence break at byte `at` of text follows one of the
// abbreviations (sorted, as written: "U.S.", "Gen.") or an initial before a
// capitalised word ("George W. Bush"): the break is no sentence end.
bool after_abbreviation(std::string_view text, std::uint32_t at, const std::vector<std::string>& sorted_abbreviations);

// True when a lone line break (at byte `at`; the next line's first
// non-blank byte at `next`) still ends a line of news layout, not a
// hard-wrapped sentence: the line before it is a bullet ("* Embassy to
// close on Friday") or a headline (no lower-case word, or most words
// capitalised, with no final punctuation), or the next line is a bullet or
// opens with a dateline in capitals ("PRETORIA, Jan 7 (Reuters) -") after a
// line with no final punctuation. Such a break is a paragraph separator.
bool layout_line_break(std::string_view text, std::size_t at, std::size_t next);
// True when a list's bullet opens at byte `at`: "\xE2\x80\xA2", or "*", "-", an en or
// em dash, or a number of one to three digits and "." or ")", each followed
// by a space or tab ("* Embassy to close", "2. Chinese Vice President").
// (The events read the same bullets as lines of lists.)
bool bullet_at(std::string_view text, std::size_t at);

// Sentence boundaries. Immutable after create(); split() is thread safe and
// allocates nothing but `starts`. The UAX #29 sentence rules propose the
// breaks (the same breaks as ICU's sentence BreakIterator, over the text
// with lone line breaks read as spaces; see segment.cpp); a break right
// after a listed abbreviation ("U.S.", "Gen.", "Jan.") or an initial before
// a capitalised word ("George W. Bush") is dropped. (ICU's
// FilteredBreakIterator misses abbreviations with an inner period such as
// "U.S.", so the filter is ours.)
class SentenceSplitter {
 public:
  static Result<std::unique_ptr<SentenceSplitter>> create(const std::vector<std::string>& abbreviations);
  ~SentenceSplitter();
  // Byte offsets of sentence starts (always begins with 0) in text.
  void split(std::string_view text, std::vector<std::uint32_t>& starts) const;

 private:
  SentenceSplitter() = default;
  std::vector<std::string> abbreviations_;  // sorted, as written ("U.S.", "Gen.")
  std::uint8_t ascii_sb_[128] = {};  // Sentence_Break class (USentenceBreak) of each ASCII byte
  std::uint8_t stop_[256] = {};      // 1: a byte the scanner must look at
  bool word_stops_ = false;          // stop_ is what the 8-byte scan looks for

};

// The last of the sentences `ss` (in token order) that starts at or before
// token k, or -1 if none does. `hint` holds the caller's last answer and is
// tried first: most callers ask about the sentence of the call before, so a
// long document's binary search is rarely needed. The answer is stored back.
inline std::ptrdiff_t sentence_at(const std::vector<Sentence>& ss, std::uint32_t k, std::size_t& hint) {
  const std::size_t c = hint;
  if (c < ss.size() && ss[c].first_token <= k && (c + 1 == ss.size() || k < ss[c + 1].first_token))
    return std::ptrdiff_t(c);
  const auto it =
      std::upper_bound(ss.begin(), ss.end(), k, [](std::uint32_t tok, const Sentence& x) { return tok < x.first_token; });
  const std::ptrdiff_t found = (it - ss.begin()) - 1;
  if (found >= 0) hint = std::size_t(found);
  return found;
}

}  // namespace attache::text

#endif  // ATTACHE_TEXT_SEGMENT_HPP_
