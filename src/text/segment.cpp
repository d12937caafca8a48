#include "text/segment.hpp"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/utf8.hpp"

namespace attache::text {
namespace {

// ASCII character classes for the fast path.
enum : std::uint8_t { kSpace = 1, kAlpha = 2, kDigit = 4, kUpperA = 8 };
struct AsciiTable {
  std::uint8_t c[128] = {};
  constexpr AsciiTable() {
    for (int i = 'a'; i <= 'z'; ++i) c[i] = kAlpha;
    for (int i = 'A'; i <= 'Z'; ++i) c[i] = kAlpha | kUpperA;
    for (int i = '0'; i <= '9'; ++i) c[i] = kDigit;
    c[' '] = c['\t'] = c['\n'] = c['\r'] = c['\f'] = c['\v'] = kSpace;
  }
};
constexpr AsciiTable kAscii;

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
inline bool is_mark(char32_t c) {
  if (c < 0x80) return false;
  const auto t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}
inline bool is_digit(char32_t c) { return c < 0x80 ? kAscii.c[c] & kDigit : u_isdigit(c); }
inline bool is_letter(char32_t c) { return c < 0x80 ? kAscii.c[c] & kAlpha : u_isalpha(c); }
inline bool is_dash(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

}  // namespace

void fold(std::string_view w, std::string& out) {
  bool ascii = true;
  for (char ch : w) ascii &= static_cast<unsigned char>(ch) < 0x80;
  if (ascii) {
    for (char ch : w) out += (ch >= 'A' && ch <= 'Z') ? char(ch + 32) : ch;
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

void tokenize(std::string_view s, Tokens& out) {
  out.clear();
  out.toks.reserve(s.size() / 5 + 4);
  out.keys.reserve(s.size());
  std::size_t i = 0;
  bool space = true;
  const std::size_t n = s.size();
  auto push = [&](std::size_t b, std::size_t e, TokKind kind, std::uint8_t flags) {
    Tok t;
    t.begin = std::uint32_t(b);
    t.end = std::uint32_t(e);
    t.kind = kind;
    t.flags = flags | (space ? kSpaceBefore : 0);
    t.key_begin = std::uint32_t(out.keys.size());
    fold(s.substr(b, e - b), out.keys);
    t.key_len = std::uint32_t(out.keys.size() - t.key_begin);
    out.toks.push_back(t);
    space = false;
  };
  while (i < n) {
    Cp cp = peek(s, i);
    if (is_space(cp.c)) { i += cp.len; space = true; continue; }
    if (!is_alnum(cp.c)) {
      std::uint8_t flags = cp.len > 1 ? kNonAscii : 0;
      // A hyphen glued between two word characters joins a compound.
      if (is_dash(cp.c) && !space && i + cp.len < n && is_alnum(peek(s, i + cp.len).c) && !out.toks.empty() &&
          out.toks.back().end == i && out.toks.back().is_word())
        flags |= kJoiner;
      const TokKind kind = (u_ispunct(cp.c) || cp.c < 0x80) ? TokKind::punct : TokKind::symbol;
      // A bare possessive apostrophe after a plural ("Koreans' ") stays punct.
      push(i, i + cp.len, kind, flags);
      i += cp.len;
      continue;
    }
    // A word or number.
    const std::size_t b = i;
    bool nonascii = false, has_lower = false, has_letter = false, digits_only = true;
    bool first_upper = u_isupper(cp.c) || u_istitle(cp.c);
    bool dotted = false;  // letters separated by dots: U.S, U.N
    while (i < n) {
      Cp c = peek(s, i);
      if (is_alnum(c.c) || is_mark(c.c)) {
        nonascii |= c.len > 1;
        if (is_letter(c.c)) {
          has_letter = true;
          digits_only = false;
          has_lower |= c.c < 0x80 ? !(kAscii.c[c.c] & kUpperA) : bool(u_islower(c.c));
        } else if (!is_digit(c.c)) {
          digits_only = false;
        }
        i += c.len;
        continue;
      }
      Cp next = peek(s, i + c.len);
      if (is_apostrophe(c.c) && is_alnum(next.c)) {
        // Possessive 's ends the word: "Korea's" -> "Korea" "'s".
        Cp after = peek(s, i + c.len + next.len);
        if ((next.c == 's' || next.c == 'S') && !is_alnum(after.c)) break;
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
    if (dotted && i < n && s[i] == '.') ++i;
    std::uint8_t flags = 0;
    if (nonascii) flags |= kNonAscii;
    if (first_upper) flags |= kCap;
    if (has_letter && !has_lower) flags |= kUpper;
    push(b, i, digits_only ? TokKind::number : TokKind::word, flags);
    // The possessive as its own token.
    if (i < n) {
      Cp c = peek(s, i);
      if (is_apostrophe(c.c)) {
        Cp next = peek(s, i + c.len);
        if ((next.c == 's' || next.c == 'S') && !is_alnum(peek(s, i + c.len + 1).c)) {
          push(i, i + c.len + 1, TokKind::word, kPossessive | (c.len > 1 ? kNonAscii : 0));
          i += c.len + 1;
        }
      }
    }
  }
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

namespace {

// Classes as ICU numbers them (USentenceBreak). A hard line break is
// reported as U_SB_SEP: CR, LF, CR LF and Sep all behave as ParaSep here.
constexpr std::uint8_t kSbParaSep = U_SB_SEP;

struct SbChar {
  std::uint8_t cls;
  std::uint8_t len;  // bytes
};

inline bool is_sb_term(std::uint8_t c) { return c == U_SB_ATERM || c == U_SB_STERM; }

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
    const bool lone = !blank_follows && !blank_before && k < n_;
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
  if (!is_sb_term(out->ascii_sb_['.']) || out->ascii_sb_['\n'] != U_SB_LF)
    return Error{Errc::internal, "ICU has no Sentence_Break data", "SentenceSplitter::create"};
  out->abbreviations_ = abbreviations;
  std::sort(out->abbreviations_.begin(), out->abbreviations_.end());
  return out;
}

// True when the break at `at` follows an abbreviation or an initial.
bool SentenceSplitter::suppressed(std::string_view text, std::uint32_t at) const {
  std::size_t e = at;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n' || text[e - 1] == '\r')) --e;
  if (e == 0 || text[e - 1] != '.') return false;
  std::size_t b = e;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\t' && text[b - 1] != '\n' && text[b - 1] != '\r' &&
         text[b - 1] != '(' && text[b - 1] != '"' && e - b < 16)
    --b;
  const std::string_view word = text.substr(b, e - b);
  if (std::binary_search(abbreviations_.begin(), abbreviations_.end(), word)) return true;
  // An initial ("W.") followed by a capitalised word.
  if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z' && at < text.size() && text[at] >= 'A' && text[at] <= 'Z')
    return true;
  return false;
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
    if (p > 0 && p < n && !suppressed(text, std::uint32_t(p))) starts.push_back(std::uint32_t(p));
  };
  std::size_t i = 0;
  while (i < n) {
    // SB998: nothing breaks until a terminator, a line break or a non-ASCII
    // character (which may be either).
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
