#include "text/segment.hpp"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
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

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::create(const std::vector<std::string>& abbreviations) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<SentenceSplitter> out(new SentenceSplitter());
  out->proto_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), st));
  if (U_FAILURE(st) || !out->proto_) return Error{Errc::internal, u_errorName(st), "BreakIterator::createSentenceInstance"};
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
  if (text.empty()) return;
  // Hard-wrapped text: a lone line break is a space for the sentence breaker
  // (same byte length, so offsets do not move); a blank line still breaks.
  std::string copy(text);
  for (std::size_t i = 0; i < copy.size(); ++i) {
    if (copy[i] != '\n' && copy[i] != '\r') continue;
    std::size_t j = i;
    if (copy[j] == '\r' && j + 1 < copy.size() && copy[j + 1] == '\n') ++j;
    std::size_t k = j + 1;
    while (k < copy.size() && (copy[k] == ' ' || copy[k] == '\t')) ++k;
    const bool blank_follows = k < copy.size() && (copy[k] == '\n' || copy[k] == '\r');
    const bool blank_before = i > 0 && (copy[i - 1] == '\n' || copy[i - 1] == ' ');
    if (!blank_follows && !blank_before && k < copy.size()) {
      for (std::size_t m = i; m <= j; ++m) copy[m] = ' ';
    }
    i = j;
  }
  std::unique_ptr<icu::BreakIterator> bi;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!pool_.empty()) {
      bi = std::move(pool_.back());
      pool_.pop_back();
    }
  }
  if (!bi) bi.reset(proto_->clone());
  UErrorCode st = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, copy.data(), static_cast<int64_t>(copy.size()), &st);
  if (U_SUCCESS(st)) {
    bi->setText(ut, st);
    if (U_SUCCESS(st)) {
      for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next())
        if (p > 0 && std::size_t(p) < copy.size() && !suppressed(copy, std::uint32_t(p))) starts.push_back(std::uint32_t(p));
    }
    // Detach the iterator from our buffer before it goes away.
    UErrorCode st2 = U_ZERO_ERROR;
    UText* empty = utext_openUTF8(nullptr, "", 0, &st2);
    bi->setText(empty, st2);
    utext_close(empty);
    utext_close(ut);
  }
  std::lock_guard<std::mutex> lock(mu_);
  pool_.push_back(std::move(bi));
}

}  // namespace attache::text
