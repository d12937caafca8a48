#include "text/segment.hpp"

#include <algorithm>
#include <cstring>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/memory.hpp"
#include "text/utf8.hpp"

namespace attache::text {
namespace {

// Byte classes for the ASCII fast path. 256 entries so that any byte can be
// looked up: bytes >= 0x80 have no class and take the Unicode path.
enum : std::uint8_t { kSpace = 1, kAlpha = 2, kDigit = 4, kUpperA = 8, kLowerA = 16 };
struct AsciiTable {
  std::uint8_t c[256] = {};
  char lower[256] = {};  // ASCII lower case; other bytes unchanged
  constexpr AsciiTable() {
    for (int i = 'a'; i <= 'z'; ++i) c[i] = kAlpha | kLowerA;
    for (int i = 'A'; i <= 'Z'; ++i) c[i] = kAlpha | kUpperA;
    for (int i = '0'; i <= '9'; ++i) c[i] = kDigit;
    c[' '] = c['\t'] = c['\n'] = c['\r'] = c['\f'] = c['\v'] = kSpace;
    for (int i = 0; i < 256; ++i) lower[i] = char(i >= 'A' && i <= 'Z' ? i + 32 : i);
  }
};
constexpr AsciiTable kAscii;

// The run of ASCII letters and digits at the start of 8 bytes (x, little
// endian: the first byte is the lowest), found with SWAR arithmetic instead
// of a lookup per byte: its length (0 to 8), the bytes with 'A'..'Z'
// lower-cased, and kAlpha / kLowerA if the run has a letter / a lower-case
// letter.
struct AsciiRun {
  std::uint64_t lowered;
  unsigned len;
  std::uint8_t seen;
};
inline AsciiRun ascii_alnum_run(std::uint64_t x) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const std::uint64_t ascii = ~x & highs;  // bytes < 0x80
  const std::uint64_t y = x & ~highs;      // 7-bit values: the adds below never carry
  // High bit of each byte set when that byte is >= c.
  auto ge = [](std::uint64_t v, unsigned c) { return (v + (0x80 - c) * ones) & highs; };
  const std::uint64_t folded = y | 0x20 * ones;  // 'A'..'Z' -> 'a'..'z' (no other byte lands there)
  const std::uint64_t letters = ge(folded, 'a') & ~ge(folded, 'z' + 1) & ascii;
  const std::uint64_t upper = ge(y, 'A') & ~ge(y, 'Z' + 1) & ascii;
  const std::uint64_t digits = ge(y, '0') & ~ge(y, '9' + 1) & ascii;
  const std::uint64_t stop = ~(letters | digits) & highs;
  const unsigned len = stop ? unsigned(__builtin_ctzll(stop)) >> 3 : 8;
  const std::uint64_t in_run = len == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * len)) - 1;
  std::uint8_t seen = 0;
  if (letters & in_run) seen |= kAlpha;
  if (letters & ~upper & in_run) seen |= kLowerA;
  return {x | ((upper & in_run) >> 2), len, seen};  // 0x80 >> 2 = 0x20: the case bit
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }

struct Cp {
  char32_t c;
  int len;
};

inline Cp peek(std::string_view s, std::size_t i) {
  if (i >= s.size()) return {0, 0};
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  std::size_t j = i;
  char32_t c = decode_next(s, j);
  return {c, int(j - i)};
}

inline bool is_space(char32_t c) {
  if (c < 0x80) return kAscii.c[c] & kSpace;
  return u_isUWhiteSpace(c) || c == 0x85 || u_charType(c) == U_FORMAT_CHAR;
}
inline bool is_alnum(char32_t c) {
  if (c < 0x80) return kAscii.c[c] & (kAlpha | kDigit);
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC);
}
// The length in bytes of a contraction that starts at the apostrophe at
// s[i]: "'s", "'d", "'ve", "'re", "'ll" or "'m" (any case) before a character
// that is no letter or digit; else 0. ("He'd been in India": "He" "'d".)
inline std::size_t contraction_len(std::string_view s, std::size_t i) {
  const Cp a = peek(s, i);
  if (!is_apostrophe(a.c)) return 0;
  const std::size_t j = i + std::size_t(a.len);
  auto lower = [&](std::size_t k) -> char { return k < s.size() ? kAscii.lower[static_cast<unsigned char>(s[k])] : 0; };
  std::size_t len = 0;
  const char c0 = lower(j), c1 = lower(j + 1);
  if (c0 == 's' || c0 == 'd' || c0 == 'm') len = 1;
  else if ((c0 == 'v' && c1 == 'e') || (c0 == 'r' && c1 == 'e') || (c0 == 'l' && c1 == 'l')) len = 2;
  if (len == 0 || is_alnum(peek(s, j + len).c)) return 0;
  return std::size_t(a.len) + len;
}

inline bool is_mark(char32_t c) {
  if (c < 0x80) return false;
  const auto t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}
inline bool is_digit(char32_t c) { return c < 0x80 ? kAscii.c[c] & kDigit : u_isdigit(c); }
inline bool is_letter(char32_t c) { return c < 0x80 ? kAscii.c[c] & kAlpha : u_isalpha(c); }
inline bool is_dash(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

}  // namespace

// ---------------------------------------------------------------------------
// KeyBuffer storage. Small buffers come from new[]. A buffer of 1 MiB or
// more (a document of about that size) is mapped directly. Through malloc,
// such a buffer lands at the top of the heap and, once freed, makes glibc
// trim the heap back to the system; the next huge document then page-faults
// again on its keys *and* on its sanitized text, while a document half as
// large keeps reusing warm memory. That made a 10 MB document cost clearly
// more than twice a 5 MB one (tests/time_bounds_test.cpp). Mapped directly,
// the keys cost the same per byte every time and the heap stays warm.

namespace {
constexpr std::size_t kMapFrom = std::size_t{1} << 20;
}  // namespace

void KeyBuffer::grow(std::size_t n) {
  if (n < 2 * cap_) n = 2 * cap_;
  char* bigger = nullptr;
  bool mapped = false;
#if defined(__linux__)
  if (n >= kMapFrom) {
    void* p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p != MAP_FAILED) {
      advise_huge_pages(p, n);
      bigger = static_cast<char*>(p);
      mapped = true;
    }
  }
#endif
  if (!bigger) bigger = new char[n];
  if (size_) std::memcpy(bigger, buf_, size_);
  release();
  buf_ = bigger;
  cap_ = n;
  mapped_ = mapped;
}

void KeyBuffer::release() {
  if (!buf_) return;
#if defined(__linux__)
  if (mapped_) {
    munmap(buf_, cap_);
    buf_ = nullptr;
    return;
  }
#endif
  delete[] buf_;
  buf_ = nullptr;
}

namespace {

// True when every byte of w is below 0x80: eight bytes at a time.
// Eight bytes at a time; from 8 bytes on, the last eight are read again
// (overlapping) instead of a byte loop for the tail.
bool all_ascii(std::string_view w) {
  const char* p = w.data();
  const std::size_t n = w.size();
  std::uint64_t high = 0;
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 <= n; i += 8) {
      std::uint64_t x;
      std::memcpy(&x, p + i, 8);
      high |= x;
    }
    std::uint64_t x;
    std::memcpy(&x, p + n - 8, 8);
    high |= x;
  } else {
    for (std::size_t i = 0; i < n; ++i) high |= static_cast<unsigned char>(p[i]);
  }
  return (high & 0x8080808080808080ULL) == 0;
}

// ASCII p[0, n) lower-cased in place: eight bytes at a time ('A'..'Z' get
// the 0x20 bit; the bytes are all below 0x80, so the adds never carry). From
// 8 bytes on, the tail is the last eight again: lower-casing twice changes
// nothing.
void lower_ascii(char* p, std::size_t n) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  auto lower8 = [&](char* q) {
    std::uint64_t x;
    std::memcpy(&x, q, 8);
    const std::uint64_t upper = ((x + (0x80 - 'A') * ones) & ~(x + (0x80 - 'Z' - 1) * ones)) & highs;
    x |= upper >> 2;
    std::memcpy(q, &x, 8);
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 <= n; i += 8) lower8(p + i);
    lower8(p + n - 8);
    return;
  }
  for (; n > 0; ++p, --n) *p = kAscii.lower[static_cast<unsigned char>(*p)];
}

}  // namespace

void fold(std::string_view w, std::string& out) {
  if (all_ascii(w)) {
    // ASCII: the bytes lower-cased.
    const std::size_t k = out.size();
    out.append(w);
    lower_ascii(out.data() + k, w.size());
    return;
  }
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  std::size_t i = 0;
  icu::UnicodeString decomposed;
  while (i < w.size()) {
    char32_t c = decode_next(w, i);
    if (is_apostrophe(c)) { out += '\''; continue; }
    if (c < 0x80) { out += (c >= 'A' && c <= 'Z') ? char(c + 32) : char(c); continue; }
    if (U_SUCCESS(st) && nfd->getDecomposition(c, decomposed)) {
      for (int32_t k = 0; k < decomposed.length();) {
        UChar32 d = decomposed.char32At(k);
        k += U16_LENGTH(d);
        if (u_charType(d) == U_NON_SPACING_MARK) continue;
        append_utf8(out, u_foldCase(d, U_FOLD_CASE_DEFAULT));
      }
      continue;
    }
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    append_utf8(out, u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
}

std::string fold(std::string_view w) {
  std::string out;
  fold(w, out);
  return out;
}

// The tokenizer. Rules (unchanged from the first version; the code below
// only takes shortcuts for ASCII):
// * whitespace separates tokens (Unicode White_Space, U+0085, format
//   characters);
// * a word or number is a run of letters, digits and combining marks, with
//   an apostrophe between letters ("don't", "O'Brien"), single letters
//   joined by dots ("U.S.", keeping the final dot), and "." or "," between
//   digits ("3.5", "1,000"); "'s", "'d", "'ve", "'re", "'ll" and "'m" after
//   a word are a token of their own, as is one after a space ("'d been in",
//   a phrase of the rules);
// * any other character is a one-character punct (ASCII or Unicode
//   punctuation) or symbol token; a hyphen glued between two words is
//   marked kJoiner.
// Keys: ASCII tokens are lower-cased as they are stored; the rest go
// through fold().
void tokenize(std::string_view s, Tokens& out) {
  out.clear();
  const std::size_t n = s.size();
  // News has 0.2-0.25 tokens a byte: room for a third, so that a long
  // document's vector is not copied to twice its size half way (the pages
  // reserved and never written cost nothing).
  reserve_huge(out.toks, n / 3 + 4);
  // The keys are written through a cursor into a buffer sized for the
  // whole text (ASCII keys have the token's length); it grows if the
  // folding of some non-ASCII token is longer than the token, and is cut to
  // size at the end.
  KeyBuffer& keys = out.keys;
  keys.resize_uninit(n + 16);
  std::size_t kpos = 0;
  std::string scratch;  // a non-ASCII token's fold
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0;
  bool space = true;
  // Room in `keys` for n more bytes past the cursor.
  auto key_room = [&](std::size_t len) {
    if (keys.size() - kpos < len) keys.resize_uninit(std::max(2 * keys.size(), kpos + len));
  };
  // Appends a token whose key (key_len bytes) is already at the cursor.
  auto emit = [&](std::size_t b, std::size_t e, TokKind kind, std::uint8_t flags, std::size_t key_len) {
    Tok t;
    t.begin = std::uint32_t(b);
    t.end = std::uint32_t(e);
    t.kind = kind;
    t.flags = flags | (space ? kSpaceBefore : 0);
    t.key_begin = std::uint32_t(kpos);
    t.key_len = std::uint32_t(key_len);
    kpos += key_len;
    out.toks.push_back(t);
    space = false;
  };
  // Writes the key of s[b, e) at the cursor: lower case for ASCII, else
  // fold(). Returns its length.
  auto write_key = [&](std::size_t b, std::size_t e, bool ascii) -> std::size_t {
    if (ascii) {
      key_room(e - b);
      char* k = keys.data() + kpos;
      for (std::size_t m = b; m < e; ++m) k[m - b] = kAscii.lower[u[m]];
      return e - b;
    }
    scratch.clear();
    fold(s.substr(b, e - b), scratch);
    key_room(scratch.size());
    std::memcpy(keys.data() + kpos, scratch.data(), scratch.size());
    return scratch.size();
  };
  auto push = [&](std::size_t b, std::size_t e, TokKind kind, std::uint8_t flags, bool ascii) {
    emit(b, e, kind, flags, write_key(b, e, ascii));
  };
  // The contraction of `len` bytes at the apostrophe at s[b] as a word of its
  // own ("'s" marked kPossessive, whether it is one or "is"/"has").
  auto push_contraction = [&](std::size_t b, std::size_t len) {
    const bool curly = u[b] != '\'';
    const bool possessive = (u[b + len - 1] | 0x20) == 's';
    push(b, b + len, TokKind::word, std::uint8_t((possessive ? kPossessive : 0) | (curly ? kNonAscii : 0)), !curly);
  };
  while (i < n) {
    const unsigned char ch = u[i];
    std::uint8_t cls = kAscii.c[ch];
    if (cls & kSpace) {  // ASCII whitespace
      ++i;
      space = true;
      continue;
    }
    Cp cp{ch, 1};
    if (!(cls & (kAlpha | kDigit))) {
      if (ch >= 0x80) {
        cp = peek(s, i);
        if (is_space(cp.c)) {
          i += cp.len;
          space = true;
          continue;
        }
      }
      if (!is_alnum(cp.c)) {
        // A contraction after a space, as a phrase of the rules writes one
        // ("'d been in"): the same word token as after a word.
        if (space && is_apostrophe(cp.c))
          if (const std::size_t len = contraction_len(s, i); len != 0) {
            push_contraction(i, len);
            i += len;
            continue;
          }
        std::uint8_t flags = cp.len > 1 ? kNonAscii : 0;
        // A hyphen glued between two word characters joins a compound.
        if (is_dash(cp.c) && !space && i + cp.len < n && is_alnum(peek(s, i + cp.len).c) && !out.toks.empty() &&
            out.toks.back().end == i && out.toks.back().is_word())
          flags |= kJoiner;
        const TokKind kind = (cp.c < 0x80 || u_ispunct(cp.c)) ? TokKind::punct : TokKind::symbol;
        push(i, i + cp.len, kind, flags, cp.len == 1);
        i += cp.len;
        continue;
      }
    }
    // A word or number.
    const std::size_t b = i;
    bool nonascii = false, has_lower = false, has_letter = false, digits_only = true;
    // Every byte ASCII (then the key is the token lower-cased). Not the same
    // as !nonascii: a curly apostrophe inside a word ("don’t") does not set
    // kNonAscii, but its key needs fold() ("don't").
    bool bytes_ascii = true;
    const bool first_upper = cp.len == 1 ? bool(cls & kUpperA) : (u_isupper(cp.c) || u_istitle(cp.c));
    bool dotted = false;  // letters separated by dots: U.S, U.N
    // The key is written while scanning: kw[j - b] is the key byte of text
    // byte j (ASCII lower-cased; any other byte copied, and the whole key
    // replaced by fold() at the end if the word is not all ASCII). The word
    // cannot be longer than the rest of the text, so make room for that.
    key_room(n - b + 8);  // + 8: the word-at-a-time loop stores whole words
    char* const kw = keys.data() + kpos;
    while (i < n) {
      // ASCII letters and digits: the common case. Eight bytes at a time
      // while eight remain, then one table lookup per byte; the classes
      // seen are OR-ed and read after the run.
      std::uint8_t seen = 0;
      while (i + 8 <= n) {
        std::uint64_t x;
        std::memcpy(&x, u + i, 8);
        const AsciiRun r = ascii_alnum_run(x);
        std::memcpy(kw + (i - b), &r.lowered, 8);  // bytes past the run are rewritten below
        seen |= r.seen;
        i += r.len;
        if (r.len < 8) break;
      }
      while (i < n && ((cls = kAscii.c[u[i]]) & (kAlpha | kDigit))) {
        seen |= cls;
        kw[i - b] = char(u[i] | ((cls & kUpperA) << 2));  // 'A'..'Z' + 0x20
        ++i;
      }
      if (seen & kAlpha) {
        has_letter = true;
        digits_only = false;
        has_lower |= (seen & kLowerA) != 0;
      }
      if (i >= n) break;
      kw[i - b] = char(u[i]);  // ' . , or the first byte of a non-ASCII character
      // Other ASCII can only continue the word if it is ' . or ,
      if (u[i] < 0x80 && u[i] != '\'' && u[i] != '.' && u[i] != ',') break;
      Cp c = peek(s, i);
      if (c.len > 1 && (is_alnum(c.c) || is_mark(c.c))) {
        nonascii = true;
        if (is_letter(c.c)) {
          has_letter = true;
          digits_only = false;
          has_lower |= bool(u_islower(c.c));
        } else if (!is_digit(c.c)) {
          digits_only = false;
        }
        i += c.len;
        continue;
      }
      Cp next = peek(s, i + c.len);
      if (is_apostrophe(c.c) && is_alnum(next.c)) {
        // Possessive 's and the contractions end the word: "Korea's" ->
        // "Korea" "'s", "He'd" -> "He" "'d" ("don't" stays whole).
        if (contraction_len(s, i) != 0) break;
        bytes_ascii &= c.len == 1;
        i += c.len;
        continue;
      }
      if (c.c == '.' && is_letter(next.c) && i - b <= 2 && has_letter && !digits_only) {
        // "U.S", "D.P.R.K": single letters between dots.
        Cp prev = peek(s, i - 1);
        if (is_letter(prev.c) && (i - b == 1 || s[i - 2] == '.')) {
          dotted = true;
          i += c.len;
          continue;
        }
      }
      if (dotted && c.c == '.' && is_letter(next.c) && s[i - 2] == '.') {
        i += c.len;
        continue;
      }
      if ((c.c == '.' || c.c == ',') && digits_only && is_digit(next.c) && i > b) {
        i += c.len;  // 1,000 and 3.5
        continue;
      }
      break;
    }
    // "U.S." keeps its final dot.
    if (dotted && i < n && s[i] == '.') kw[i++ - b] = '.';
    std::uint8_t flags = 0;
    if (nonascii) flags |= kNonAscii;
    if (first_upper) flags |= kCap;
    if (has_letter && !has_lower) flags |= kUpper;
    const std::size_t key_len = bytes_ascii && !nonascii ? i - b : write_key(b, i, false);
    emit(b, i, digits_only ? TokKind::number : TokKind::word, flags, key_len);
    // The possessive or the contraction as its own token.
    if (i < n && (u[i] == '\'' || u[i] >= 0x80))
      if (const std::size_t len = contraction_len(s, i); len != 0) {
        push_contraction(i, len);
        i += len;
      }
  }
  keys.resize_uninit(kpos);
}

bool sentence_ranges(const Tokens& tokens, const std::vector<std::uint32_t>& starts, std::uint32_t max_tokens,
                     std::vector<Sentence>& out) {
  const auto& toks = tokens.toks;
  std::size_t next = 1;
  std::uint32_t first = 0;
  bool split_long = false;
  for (std::uint32_t i = 0; i <= toks.size(); ++i) {
    bool close = i == toks.size();
    if (!close) {
      while (next < starts.size() && starts[next] <= toks[i].begin) {
        ++next;
        close = true;
      }
      if (i - first >= max_tokens) {
        close = true;
        split_long = true;
      }
    }
    if (close && i > first) {
      Sentence s;
      s.first_token = first;
      s.end_token = i;
      s.span = Span{toks[first].begin, toks[i - 1].end};
      out.push_back(s);
    }
    if (close) first = i;
  }
  return split_long;
}

void publish_segments(const Tokens& tokens, const std::vector<std::uint32_t>& starts, std::uint32_t max_tokens,
                      std::vector<Sentence>& sentences, Document& doc) {
  const auto& toks = tokens.toks;
  if (sentence_ranges(tokens, starts, max_tokens, sentences))
    doc.warnings.push_back("a sentence longer than " + std::to_string(max_tokens) + " tokens was split");
  doc.stats.sentences = std::uint32_t(sentences.size());
  doc.stats.tokens = std::uint32_t(toks.size());
  doc.sentences = sentences;
  reserve_huge(doc.tokens, toks.size());
  for (const auto& t : toks) {
    Token pt;
    pt.span = Span{t.begin, t.end};
    pt.kind = static_cast<TokenKind>(t.kind);
    pt.space_before = t.flags & kSpaceBefore;
    doc.tokens.push_back(pt);
  }
}

// ---------------------------------------------------------------------------

// Sentence boundaries: the rules of UAX #29 (Unicode text segmentation,
// section 5, "Sentence Boundaries"), which ICU's sentence BreakIterator
// implements, written out as a scanner over the UTF-8 text. Character
// classes come from ICU (UCHAR_SENTENCE_BREAK): a table for ASCII, a lookup
// for the rest. In short, with ParaSep = CR, LF, U+0085, U+2028, U+2029:
//   SB4   ParaSep ÷                       (a break after every paragraph separator)
//   SB6   ATerm × Numeric                 ("3.5")
//   SB7   (Upper | Lower) ATerm × Upper   ("U.S": no break inside)
//   SB8   ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
//                                         ("etc. and": a lower-case word continues)
//   SB8a  SATerm Close* Sp* × (SContinue | SATerm)   ("Yes?!", "Wait., said")
//   SB9-11 SATerm Close* Sp* ParaSep? ÷   (otherwise break after the spaces)
// and SB5: Extend and Format characters belong to the character before them.
// Nothing else breaks (SB998), so the scanner skips, one table lookup per
// byte, to the next byte that can matter: a terminator, a line break or a
// non-ASCII lead byte.
//
// Hard-wrapped text: a lone line break counts as a space (Sp); a line break
// next to a blank line (or after a space), and a line break at the very
// end, is a paragraph separator. This reproduces, without copying the
// text, what the ICU-based splitter did by overwriting lone line breaks
// with spaces before running ICU. The abbreviation filter then drops the
// breaks that follow a listed abbreviation or an initial.
//
// tests/text/sentence_oracle_test.cpp keeps the ICU-based splitter as a
// test oracle and checks that both give the same starts on the corpora and
// on generated texts.

bool bullet_at(std::string_view s, std::size_t k) {
  if (k >= s.size()) return false;
  if (s.compare(k, 3, "\xE2\x80\xA2") == 0) return true;  // •
  // A list's number: one to three digits, "." or ")", a space ("2. ", "10) ").
  if (s[k] >= '0' && s[k] <= '9') {
    std::size_t d = k;
    while (d < s.size() && d < k + 4 && s[d] >= '0' && s[d] <= '9') ++d;
    return d < k + 4 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && (s[d + 1] == ' ' || s[d + 1] == '\t');
  }
  const bool dash3 = s.compare(k, 3, "\xE2\x80\x93") == 0 || s.compare(k, 3, "\xE2\x80\x94") == 0;  // – —
  const std::size_t w = dash3 ? 3 : 1;
  if (!dash3 && s[k] != '*' && s[k] != '-') return false;
  return k + w < s.size() && (s[k + w] == ' ' || s[k + w] == '\t');
}

namespace {

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// The first byte of the line that byte `at` is on or ends: just after the
// last line feed or carriage return before `at`, or 0. (memrchr scans a
// word at a time; the search for a carriage return stops at the line feed,
// so a text with none is not scanned back to its start at every line.)
std::size_t line_start(std::string_view s, std::size_t at) {
  const char* d = s.data();
  const void* lf = at ? memrchr(d, '\n', at) : nullptr;
  const std::size_t from = lf ? std::size_t(static_cast<const char*>(lf) - d) + 1 : 0;
  const void* cr = at > from ? memrchr(d + from, '\r', at - from) : nullptr;
  return cr ? std::size_t(static_cast<const char*>(cr) - d) + 1 : from;
}

}  // namespace

bool layout_line_break(std::string_view s, std::size_t at, std::size_t next) {
  // The line before: [b, e).
  std::size_t b = line_start(s, at);
  std::size_t e = at;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  if (b == e) return false;
  if (bullet_at(s, b) || bullet_at(s, next)) return true;
  const char last = s[e - 1];
  const bool final_punct = last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',' ||
                           last == '"' || last == '\'' || last == ')' || (static_cast<unsigned char>(last) >= 0x80);
  if (final_punct) return false;
  // A headline: short, and no lower-case word or mostly capitalised words.
  if (e - b <= 160) {
    int words = 0, caps = 0;
    bool any_lower = false;
    for (std::size_t k = b; k < e; ++k) {
      any_lower |= ascii_lower(s[k]);
      if (k > b && s[k - 1] != ' ' && s[k - 1] != '-') continue;  // (words start after a space or hyphen)
      if (ascii_upper(s[k]) || (s[k] >= '0' && s[k] <= '9')) ++caps, ++words;
      else if (ascii_lower(s[k])) ++words;
    }
    if (words >= 2 && (!any_lower || caps * 4 >= words * 3)) return true;
  }
  // A headline in sentence case over a paragraph that is not hard-wrapped:
  // a short line, then a capital opening a line of more than 120 bytes and
  // over twice as long ("Carney, Sheinbaum close ranks ahead of trade pact
  // review" over its story). Hard-wrapped lines are all short.
  if (e - b <= 160 && next < s.size() && ascii_upper(s[next])) {
    std::size_t ne = next;
    while (ne < s.size() && s[ne] != '\n' && s[ne] != '\r' && ne - next <= 2 * (e - b) + 120) ++ne;
    if (ne - next > 120 && ne - next > 2 * (e - b)) return true;
  }
  // A dateline opens the next line: three capitals or more, then "," or " (".
  std::size_t k = next;
  while (k < s.size() && (ascii_upper(s[k]) || s[k] == ' ' || s[k] == '.' || s[k] == '\'' || s[k] == '-')) ++k;
  std::size_t letters = 0;
  for (std::size_t q = next; q < k; ++q) letters += ascii_upper(s[q]);
  if (letters < 3 || k >= s.size()) return false;
  return s[k] == ',' || (s[k] == '(' && k > next && s[k - 1] == ' ');
}

namespace {

// Classes as ICU numbers them (USentenceBreak). A hard line break is
// reported as U_SB_SEP: CR, LF, CR LF and Sep all behave as ParaSep here.
constexpr std::uint8_t kSbParaSep = U_SB_SEP;

struct SbChar {
  std::uint8_t cls;
  std::uint8_t len;  // bytes
};

inline bool is_sb_term(std::uint8_t c) { return c == U_SB_ATERM || c == U_SB_STERM; }

// The ASCII bytes where a sentence can end or a paragraph break: in
// Unicode's data, ATerm '.', STerm '!' '?', and CR, LF.
constexpr char kAsciiStops[] = ".!?\r\n";

// High bit set in the bytes of x (8 bytes, little endian) that are one of
// kAsciiStops or >= 0x80. The lowest flagged byte is always a true one
// (a borrow can only flag bytes above a true zero).
inline std::uint64_t sentence_stops(std::uint64_t x) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  auto zero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
  return zero(x ^ ('.' * ones)) | zero(x ^ ('!' * ones)) | zero(x ^ ('?' * ones)) | zero(x ^ ('\r' * ones)) |
         zero(x ^ ('\n' * ones)) | (x & highs);
}

class SentenceScanner {
 public:
  SentenceScanner(std::string_view s, const std::uint8_t* ascii) : s_(s), n_(s.size()), ascii_(ascii) {}

  // The character at byte i (the start of a character, or of a line break
  // unit: CR LF is one unit).
  SbChar at(std::size_t i) const {
    const auto b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80) {
      if (b == '\n' || b == '\r') return line_break(i);
      return {ascii_[b], 1};
    }
    std::size_t j = i;
    const char32_t c = decode_next(s_, j);
    const std::size_t len = std::min(j, n_) - i;  // clamped: never past the end
    return {std::uint8_t(u_getIntPropertyValue(UChar32(c), UCHAR_SENTENCE_BREAK)), std::uint8_t(len)};
  }

  // Past any Extend and Format characters at i (SB5).
  std::size_t skip_ext(std::size_t i) const {
    while (i < n_ && static_cast<unsigned char>(s_[i]) >= 0x80) {
      const SbChar c = at(i);
      if (c.cls != U_SB_EXTEND && c.cls != U_SB_FORMAT) break;
      i += c.len;
    }
    return i;
  }

  // The class of the character before byte i, Extend and Format skipped;
  // U_SB_OTHER at the start. Only Upper and Lower matter to the caller, so
  // a line break is simply "other".
  std::uint8_t before(std::size_t i) const {
    while (i > 0) {
      std::size_t b = i - 1;
      while (b > 0 && (static_cast<unsigned char>(s_[b]) & 0xC0) == 0x80) --b;
      const auto byte = static_cast<unsigned char>(s_[b]);
      if (byte == '\n' || byte == '\r') return U_SB_OTHER;
      const SbChar c = at(b);
      if (c.cls != U_SB_EXTEND && c.cls != U_SB_FORMAT) return c.cls;
      i = b;
    }
    return U_SB_OTHER;
  }

 private:
  // A line break unit at i: Sp when it is a lone line break inside a
  // paragraph, else ParaSep. Same test as the former copy-and-overwrite
  // pass: not followed (after spaces and tabs) by another line break, not
  // preceded by a line feed or a space, and not the end of the text.
  SbChar line_break(std::size_t i) const {
    std::size_t j = i;
    if (s_[j] == '\r' && j + 1 < n_ && s_[j + 1] == '\n') ++j;
    std::size_t k = j + 1;
    while (k < n_ && (s_[k] == ' ' || s_[k] == '\t')) ++k;
    const bool blank_follows = k < n_ && (s_[k] == '\n' || s_[k] == '\r');
    const bool blank_before = i > 0 && (s_[i - 1] == '\n' || s_[i - 1] == ' ');
    const bool lone = !blank_follows && !blank_before && k < n_ && !layout_line_break(s_, i, k);
    return {lone ? std::uint8_t(U_SB_SP) : kSbParaSep, std::uint8_t(j + 1 - i)};
  }

  std::string_view s_;
  std::size_t n_;
  const std::uint8_t* ascii_;
};

}  // namespace

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::create(const std::vector<std::string>& abbreviations) {
  std::unique_ptr<SentenceSplitter> out(new SentenceSplitter());
  // Sentence_Break classes of ASCII from ICU's own data, and the bytes the
  // scanner must stop at: terminators, line breaks and non-ASCII lead bytes.
  for (int c = 0; c < 128; ++c) {
    const auto cls = std::uint8_t(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
    out->ascii_sb_[c] = cls;
    out->stop_[c] = is_sb_term(cls) || cls == U_SB_CR || cls == U_SB_LF || cls == U_SB_SEP;
  }
  for (int b = 0xC0; b < 0x100; ++b) out->stop_[b] = 1;
  // The word-at-a-time scan stops at kAsciiStops and every byte >= 0x80; it
  // is used only if that is exactly the set of ASCII stops in the table.
  bool same = true;
  for (int c = 0; c < 128; ++c) same &= bool(out->stop_[c]) == (c != 0 && std::strchr(kAsciiStops, c) != nullptr);
  out->word_stops_ = same;
  if (!is_sb_term(out->ascii_sb_['.']) || out->ascii_sb_['\n'] != U_SB_LF)
    return Error{Errc::internal, "ICU has no Sentence_Break data", "SentenceSplitter::create"};
  out->abbreviations_ = abbreviations;
  std::sort(out->abbreviations_.begin(), out->abbreviations_.end());
  return out;
}

bool after_abbreviation(std::string_view text, std::uint32_t at, const std::vector<std::string>& sorted_abbreviations) {
  std::size_t e = at;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n' || text[e - 1] == '\r')) --e;
  if (e == 0 || text[e - 1] != '.') return false;
  std::size_t b = e;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\t' && text[b - 1] != '\n' && text[b - 1] != '\r' &&
         text[b - 1] != '(' && text[b - 1] != '"' && e - b < 16)
    --b;
  const std::string_view word = text.substr(b, e - b);
  if (std::binary_search(sorted_abbreviations.begin(), sorted_abbreviations.end(), word)) return true;
  // The number of a list's line ("2. Chinese Vice President Li Yuanchao"),
  // opening its line: bullet_at(), which also keeps the line break before it.
  if ((b == 0 || text[b - 1] == '\n') && bullet_at(text, b)) return true;
  // Initials ("W.", "J.P.", "J.R.R.") followed by a capitalised word.
  if (word.size() > 6 || word.size() % 2 != 0 || at >= text.size() || text[at] < 'A' || text[at] > 'Z') return false;
  for (std::size_t k = 0; k < word.size(); k += 2)
    if (word[k] < 'A' || word[k] > 'Z' || word[k + 1] != '.') return false;
  return true;
}

SentenceSplitter::~SentenceSplitter() = default;

void SentenceSplitter::split(std::string_view text, std::vector<std::uint32_t>& starts) const {
  starts.clear();
  starts.push_back(0);
  const std::size_t n = text.size();
  if (n == 0) return;
  const SentenceScanner sc(text, ascii_sb_);
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  auto boundary = [&](std::size_t p) {
    if (p > 0 && p < n && !after_abbreviation(text, std::uint32_t(p), abbreviations_)) starts.push_back(std::uint32_t(p));
  };
  std::size_t i = 0;
  while (i < n) {
    // SB998: nothing breaks until a terminator, a line break or a non-ASCII
    // character (which may be either).
    if (word_stops_) {
      // Eight bytes at a time while eight remain: the first byte that is
      // . ! ? CR LF or non-ASCII (the stop set, checked in create()).
      while (i + 8 <= n) {
        std::uint64_t x;
        std::memcpy(&x, bytes + i, 8);
        const std::uint64_t m = sentence_stops(x);
        if (m) {
          i += unsigned(__builtin_ctzll(m)) >> 3;
          break;
        }
        i += 8;
      }
    }
    while (i < n && !stop_[bytes[i]]) ++i;
    if (i >= n) break;
    const SbChar c = sc.at(i);
    if (c.cls == kSbParaSep) {  // SB4
      i += c.len;
      boundary(i);
      continue;
    }
    if (!is_sb_term(c.cls)) {
      i += c.len;
      continue;
    }
    // A terminator at t: look past it for the rules that forbid a break.
    const std::size_t t = i;
    const bool aterm = c.cls == U_SB_ATERM;
    std::size_t j = sc.skip_ext(t + c.len);
    if (j >= n) break;  // at the end: no break
    SbChar nx = sc.at(j);
    if (aterm && nx.cls == U_SB_NUMERIC) {  // SB6
      i = j;
      continue;
    }
    if (aterm && nx.cls == U_SB_UPPER) {  // SB7
      const std::uint8_t pc = sc.before(t);
      if (pc == U_SB_UPPER || pc == U_SB_LOWER) {
        i = j;
        continue;
      }
    }
    // SATerm Close* Sp* (SB9, SB10: no break inside).
    bool end = false;
    while (nx.cls == U_SB_CLOSE && !end) {
      j = sc.skip_ext(j + nx.len);
      if (j >= n) end = true;
      else nx = sc.at(j);
    }
    while (nx.cls == U_SB_SP && !end) {
      j = sc.skip_ext(j + nx.len);
      if (j >= n) end = true;
      else nx = sc.at(j);
    }
    if (end) break;
    if (nx.cls == kSbParaSep) {  // SB11 with its ParaSep?
      i = j + nx.len;
      boundary(i);
      continue;
    }
    if (nx.cls == U_SB_SCONTINUE || is_sb_term(nx.cls)) {  // SB8a
      i = j;
      continue;
    }
    if (aterm) {  // SB8: is the next letter lower case?
      std::size_t k = j;
      SbChar y = nx;
      while (y.cls != U_SB_OLETTER && y.cls != U_SB_UPPER && y.cls != U_SB_LOWER && y.cls != kSbParaSep &&
             !is_sb_term(y.cls)) {
        k += y.len;
        if (k >= n) break;
        y = sc.at(k);
      }
      if (k < n && y.cls == U_SB_LOWER) {
        i = j;
        continue;
      }
    }
    boundary(j);  // SB11
    i = j;
  }
}

}  // namespace attache::text
