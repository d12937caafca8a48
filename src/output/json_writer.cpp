#include "output/json_writer.hpp"

#include <algorithm>

#include "attache/text.hpp"
#include "text/memory.hpp"
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

using detail::special_bytes;

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

JsonWriter::JsonWriter(std::string& out, bool pretty, std::size_t size_hint) : out_(out), pretty_(pretty) {
  const std::size_t start = out_.size();
  const std::size_t n = start + std::max<std::size_t>(size_hint, 64);
  if (n > out_.capacity()) {
    out_.reserve(n);
    text::advise_huge_pages(out_.data() + start, out_.capacity() - start);  // (before the bytes are touched)
  }
  out_.resize(n);
  cur_ = out_.data() + start;
  end_ = out_.data() + out_.size();
}

void JsonWriter::grow(std::size_t n) {
  const std::size_t at = pos();
  // 1.5x, not 2x: while growing, the old buffer and the new one live side by
  // side, and for a long document that pair is the peak of its memory.
  const std::size_t want = std::max(at + n, out_.size() + out_.size() / 2);
  if (want > out_.capacity()) {
    out_.reserve(want);
    text::advise_huge_pages(out_.data() + at, out_.capacity() - at);  // (the part not written yet)
  }
  out_.resize(want);
  cur_ = out_.data() + at;
  end_ = out_.data() + out_.size();
}

void JsonWriter::newline() {
  const std::size_t n = 2 * std::size_t(depth_);
  char* p = room(1 + n);
  *p = '\n';
  std::memset(p + 1, ' ', n);
  cur_ = p + 1 + n;
}

// Pretty mode: the comma, then every key on its own line.
void JsonWriter::pretty_key_prefix() {
  if (comma_) *room(1) = ',', ++cur_;
  comma_ = false;
  newline();
}

// Pretty mode: a value right after its key stays on that line; any other
// value inside a container (an array element) gets its own line.
void JsonWriter::pretty_value_prefix() {
  if (comma_) *room(1) = ',', ++cur_;
  comma_ = false;
  if (!after_key_ && depth_ > 0) newline();
  after_key_ = false;
}

void JsonWriter::pretty_open(char c) {
  char* p = value_prefix(1);
  *p = c;
  cur_ = p + 1;
  ++depth_;
  comma_ = false;
}

void JsonWriter::pretty_close(char c) {
  if (depth_ > 0) --depth_;
  // A container with an element has comma_ set: close it on a new line.
  if (comma_) newline();
  after_key_ = false;
  *room(1) = c;
  ++cur_;
  comma_ = true;
}

// The body of a string, in chunks so that a huge string never needs six
// times its size of spare room at once.
void JsonWriter::escaped(std::string_view s) {
  constexpr std::size_t kChunk = 4096;
  const std::size_t start = pos();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const auto* stop = p + std::min<std::size_t>(kChunk, std::size_t(end - p));
    char* w = escape_run(room(6 * std::size_t(stop - p) + 8), p, stop, end);
    if (!w) {
      // Invalid UTF-8: start over on a repaired copy (valid, so this recursion
      // ends at once).
      cur_ = out_.data() + start;
      escaped(attache::sanitize_utf8(s));
      return;
    }
    cur_ = w;
  }
}

void JsonWriter::key_escaped(std::string_view k) {
  if (!pretty_ && k.size() <= 16) {
    // The common key (a rule file's role name): short and plain.
    char* p = room(k.size() + 20);
    *p = ',';
    p += comma_;
    *p = '"';
    if (detail::copy_plain_short(p + 1, reinterpret_cast<const unsigned char*>(k.data()), k.size())) {
      p += 1 + k.size();
      p[0] = '"';
      p[1] = ':';
      cur_ = p + 2;
      comma_ = false;
      after_key_ = true;
      return;
    }
  }
  if (pretty_) pretty_key_prefix();
  char* p = room(2);
  *p = ',';
  p += comma_;
  *p++ = '"';
  cur_ = p;
  escaped(k);
  p = room(3);
  *p++ = '"';
  *p++ = ':';
  if (pretty_) *p++ = ' ';
  cur_ = p;
  comma_ = false;
  after_key_ = true;
}

// A string that is long or has something to escape. The opening quote is
// written at `quote`, which is the cursor with room for the short path.
void JsonWriter::string_slow(char* quote, std::string_view s) {
  cur_ = quote + 1;
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  if (n > 16 && n <= 4096 && plain_ascii(b, n)) {
    std::memcpy(room(n + 1), b, n);
    cur_ += n;
  } else {
    escaped(s);
  }
  *room(1) = '"';
  ++cur_;
  comma_ = true;
}

}  // namespace attache::output
