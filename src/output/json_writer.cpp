#include "output/json_writer.hpp"

#include <algorithm>

#include "attache/text.hpp"
#include "text/utf8.hpp"

namespace attache::output {

namespace {

// What the escaper does with each byte: copy it (0), escape it (1: quote,
// backslash, C0 controls, DEL) or check a UTF-8 sequence starting there (2).
struct EscapeTable {
  std::uint8_t c[256] = {};
  constexpr EscapeTable() {
    for (int i = 0; i < 0x20; ++i) c[i] = 1;
    c['"'] = c['\\'] = c[0x7F] = 1;
    for (int i = 0x80; i < 0x100; ++i) c[i] = 2;
  }
};
constexpr EscapeTable kEscape;

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// High bit set in each byte of x that is zero (exact for the lowest such
// byte; bytes above it may be flagged falsely, which only costs a detour).
inline std::uint64_t zero_bytes(std::uint64_t x) { return (x - kOnes) & ~x & kHighs; }

// High bit set in the bytes of 8 that need attention: < 0x20, '"', '\\',
// 0x7F or >= 0x80. The lowest flagged byte is always a true one.
inline std::uint64_t special_bytes(std::uint64_t x) {
  return ((x - 0x20 * kOnes) & ~x & kHighs) | zero_bytes(x ^ ('"' * kOnes)) | zero_bytes(x ^ ('\\' * kOnes)) |
         zero_bytes(x ^ (0x7F * kOnes)) | (x & kHighs);
}

// True when no byte of s[0, n) needs escaping: all printable ASCII other
// than quote and backslash (the common case: ids, type names, most entity
// text). Words of 8 bytes; the last word overlaps the previous one, and
// short strings are packed into one word, so there is no byte loop.
inline bool plain_ascii(const unsigned char* s, std::size_t n) {
  std::uint64_t x;
  if (n >= 8) {
    std::uint64_t acc = 0;
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      std::memcpy(&x, s + i, 8);
      acc |= special_bytes(x);
    }
    if (i < n) {
      std::memcpy(&x, s + n - 8, 8);
      acc |= special_bytes(x);
    }
    return !acc;
  }
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, s, 4);
    std::memcpy(&b, s + n - 4, 4);
    return !special_bytes(a | std::uint64_t(b) << 32);
  }
  // 0 to 3 bytes: first, middle and last byte, the rest filled with 'a'.
  x = 0x6161616161616161ULL;
  if (n) x = s[0] | std::uint64_t(s[n / 2]) << 8 | std::uint64_t(s[n - 1]) << 16 | 0x6161616161000000ULL;
  return !special_bytes(x);
}

// Escapes s[0, stop) into p (which has room for 6 bytes per input byte, plus
// 3 for a sequence that runs past `stop`); sequences are validated against
// `end`. Returns the new cursor, or nullptr on invalid UTF-8; `s` is
// advanced past what was consumed.
char* escape_run(char* p, const unsigned char*& s, const unsigned char* stop, const unsigned char* end) {
  static constexpr char hex[] = "0123456789abcdef";
  while (s < stop) {
    // Eight plain ASCII bytes at a time: copy them all, then step over
    // those before the first byte that needs attention.
    while (stop - s >= 8) {
      std::uint64_t x;
      std::memcpy(&x, s, 8);
      std::memcpy(p, &x, 8);
      const std::uint64_t m = special_bytes(x);
      if (!m) {
        s += 8;
        p += 8;
        continue;
      }
      const int k = __builtin_ctzll(m) >> 3;  // little endian: lowest address first
      s += k;
      p += k;
      break;
    }
    if (s >= stop) break;
    const unsigned char c = *s;
    switch (kEscape.c[c]) {
      case 0:
        *p++ = char(c);
        ++s;
        continue;
      case 1:
        *p++ = '\\';
        switch (c) {
          case '"': *p++ = '"'; break;
          case '\\': *p++ = '\\'; break;
          case '\n': *p++ = 'n'; break;
          case '\r': *p++ = 'r'; break;
          case '\t': *p++ = 't'; break;
          default:
            std::memcpy(p, "u00", 3);
            p[3] = hex[c >> 4];
            p[4] = hex[c & 15];
            p += 5;
        }
        ++s;
        continue;
      default: {
        int sub = 0;
        const int len = text::utf8_sequence_length(s, end, &sub);
        if (!len) return nullptr;
        // U+0085, U+2028 and U+2029 split lines for some readers: escape them.
        if (len == 2 && c == 0xC2 && s[1] == 0x85) {
          std::memcpy(p, "\\u0085", 6);
          p += 6;
        } else if (len == 3 && c == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) {
          std::memcpy(p, s[2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
          p += 6;
        } else {
          std::memcpy(p, s, std::size_t(len));
          p += len;
        }
        s += len;
      }
    }
  }
  return p;
}

}  // namespace

JsonWriter::JsonWriter(std::string& out, bool pretty, std::size_t size_hint)
    : out_(out), pos_(out.size()), pretty_(pretty) {
  out_.resize(pos_ + std::max<std::size_t>(size_hint, 64));
}

void JsonWriter::grow(std::size_t n) {
  out_.resize(std::max(pos_ + n, 2 * out_.size()));
}

void JsonWriter::newline() {
  const std::size_t n = 2 * open_.size();
  char* p = room(1 + n);
  *p = '\n';
  std::memset(p + 1, ' ', n);
  pos_ += 1 + n;
}

void JsonWriter::open(char c) {
  before_value();
  *room(1) = c;
  ++pos_;
  open_.push_back(0);
}

void JsonWriter::close(char c) {
  bool empty = true;
  if (!open_.empty()) {
    empty = !open_.back();
    open_.pop_back();
  }
  if (pretty_ && !empty) newline();
  *room(1) = c;
  ++pos_;
}

// The body of a string, in chunks so that a huge string never needs six
// times its size of spare room at once.
void JsonWriter::escaped(std::string_view s) {
  constexpr std::size_t kChunk = 4096;
  const std::size_t start = pos_;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const auto* stop = p + std::min<std::size_t>(kChunk, std::size_t(end - p));
    char* w = escape_run(room(6 * std::size_t(stop - p) + 8), p, stop, end);
    if (!w) {
      // Invalid UTF-8: start over on a repaired copy (valid, so this recursion
      // ends at once).
      pos_ = start;
      escaped(attache::sanitize_utf8(s));
      return;
    }
    pos_ = std::size_t(w - buf());
  }
}

void JsonWriter::key_escaped(std::string_view k) {
  before_value();
  *room(1) = '"';
  ++pos_;
  escaped(k);
  char* p = room(3);
  *p++ = '"';
  *p++ = ':';
  if (pretty_) *p++ = ' ';
  pos_ = std::size_t(p - buf());
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  before_value();
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  if (n <= 1024 && plain_ascii(b, n)) {
    // Nothing to escape: quote, copy, quote.
    char* p = room(n + 2);
    p[0] = '"';
    std::memcpy(p + 1, b, n);
    p[n + 1] = '"';
    pos_ += n + 2;
    return;
  }
  *room(1) = '"';
  ++pos_;
  escaped(s);
  *room(1) = '"';
  ++pos_;
}

}  // namespace attache::output
