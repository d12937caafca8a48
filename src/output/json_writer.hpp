// output/json_writer -- a small streaming JSON writer (no DOM).
//
// Writing the record directly is about twice as fast as building an
// nlohmann DOM and dumping it (see design/performance.md). Strings must be
// valid UTF-8 (Document text is sanitized; other strings are checked and
// repaired); control characters, U+2028, U+2029 and U+0085 are always
// escaped so a record never breaks a line-splitting reader.
//
// Speed (the JSON is about 9x the input, so every byte counts):
// * the writer owns a cursor into the output string's buffer and writes
//   through it; each call makes room once, so the hot paths (inline, in this
//   header) are plain stores and constant-size copies, not std::string
//   appends;
// * the only state is "does the next element need a comma": no stack of
//   containers (the depth is counted for pretty indentation only);
// * constant keys are written raw: key("start_byte") copies `"start_byte":`
//   with a size known at compile time (a key given at run time, such as a
//   rule file's role name, is escaped: key_escaped());
// * a string of up to 16 bytes is copied with two overlapping word
//   copies and its 16 bytes checked at once (SSE2) for bytes that need
//   attention (quote, backslash, controls, DEL, non-ASCII); only then does
//   it take the escaping path, which validates UTF-8 and repairs it if
//   needed;
// * numbers are written inline, two digits a step (put_uint), and callers
//   with several fields of known size write them in one go (begin_fields).
// Call finish() (or let the writer go out of scope) before reading `out`:
// until then the string holds spare bytes past the cursor.
#ifndef ATTACHE_OUTPUT_JSON_WRITER_HPP_
#define ATTACHE_OUTPUT_JSON_WRITER_HPP_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace attache::output {

namespace detail {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// High bit set in each byte of x that is zero (exact for the lowest such
// byte; bytes above it may be flagged falsely, which is fine for a yes/no).
inline std::uint64_t zero_bytes(std::uint64_t x) { return (x - kOnes) & ~x & kHighs; }

// Non-zero when some byte of the 8 in x needs attention in a JSON string:
// < 0x20, '"', '\\', 0x7F or >= 0x80. The lowest flagged byte is a true one.
inline std::uint64_t special_bytes(std::uint64_t x) {
  return ((x - 0x20 * kOnes) & ~x & kHighs) | zero_bytes(x ^ ('"' * kOnes)) | zero_bytes(x ^ ('\\' * kOnes)) |
         zero_bytes(x ^ (0x7F * kOnes)) | (x & kHighs);
}

// True when no byte of the 16 in a and b needs attention (special_bytes):
// with SSE2, one signed compare finds both the controls and the bytes
// >= 0x80, three more the quote, backslash and DEL.
inline bool plain_16(std::uint64_t a, std::uint64_t b) {
#if defined(__SSE2__)
  const __m128i v = _mm_set_epi64x(static_cast<long long>(b), static_cast<long long>(a));
  const __m128i low_or_high = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
  const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  const __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F));
  return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(low_or_high, quote), _mm_or_si128(backslash, del))) == 0;
#else
  return !(special_bytes(a) | special_bytes(b));
#endif
}

// Copies s[0, n) (n <= 16) to d, which has 16 bytes of room, and says
// whether no byte needs escaping. Overlapping word copies: no byte loop.
inline bool copy_plain_short(char* d, const unsigned char* s, std::size_t n) {
  if (n >= 8) {
    std::uint64_t a, b;
    std::memcpy(&a, s, 8);
    std::memcpy(&b, s + n - 8, 8);
    std::memcpy(d, &a, 8);
    std::memcpy(d + n - 8, &b, 8);
    return plain_16(a, b);
  }
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, s, 4);
    std::memcpy(&b, s + n - 4, 4);
    std::memcpy(d, &a, 4);
    std::memcpy(d + n - 4, &b, 4);
    const std::uint64_t x = a | std::uint64_t(b) << 32;
    return plain_16(x, x);
  }
  if (n == 0) return true;
  // 1 to 3 bytes: first, middle and last; the other bytes of the word 'a'.
  const unsigned char x0 = s[0], x1 = s[n / 2], x2 = s[n - 1];
  d[0] = char(x0);
  d[n / 2] = char(x1);
  d[n - 1] = char(x2);
  const std::uint64_t x = x0 | std::uint64_t(x1) << 8 | std::uint64_t(x2) << 16 | 0x6161616161000000ULL;
  return plain_16(x, x);
}

// "00" to "99", two bytes each.
struct DigitPairs {
  char v[200] = {};
  constexpr DigitPairs() {
    for (int i = 0; i < 100; ++i) {
      v[2 * i] = char('0' + i / 10);
      v[2 * i + 1] = char('0' + i % 10);
    }
  }
};
inline constexpr DigitPairs kDigitPairs;

// Writes v in decimal at p (room for 20 bytes); returns the end. Inline and
// two digits a step: what std::to_chars does, without the call.
inline char* put_uint(char* p, std::uint64_t v) {
  if (v < 10) {
    *p = char('0' + v);
    return p + 1;
  }
  if (v < 100) {
    std::memcpy(p, kDigitPairs.v + 2 * v, 2);
    return p + 2;
  }
  int n = 3;
  for (std::uint64_t bound = 1000; n < 20 && v >= bound; bound *= 10) ++n;
  char* const end = p + n;
  char* q = end;
  while (v >= 100) {
    q -= 2;
    std::memcpy(q, kDigitPairs.v + 2 * (v % 100), 2);
    v /= 100;
  }
  if (v >= 10) {
    std::memcpy(q - 2, kDigitPairs.v + 2 * v, 2);
  } else {
    q[-1] = char('0' + v);
  }
  return end;
}

// Writes `"k":` at p; returns the end.
template <std::size_t N>
inline char* put_key(char* p, const char (&k)[N]) {
  *p++ = '"';
  std::memcpy(p, k, N - 1);
  p += N - 1;
  p[0] = '"';
  p[1] = ':';
  return p + 2;
}

}  // namespace detail

class JsonWriter {
 public:
  // Appends to `out` (whatever it holds is kept). `size_hint`: the expected
  // number of bytes this writer will add; the buffer grows as needed anyway.
  explicit JsonWriter(std::string& out, bool pretty = false, std::size_t size_hint = 256);
  ~JsonWriter() { finish(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Trims `out` to the bytes written; the writer must not be used after it.
  // Idempotent (the destructor calls it too).
  void finish() {
    if (finished_) return;
    out_.resize(pos());
    finished_ = true;
  }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A constant key: plain ASCII with no quote, backslash or control
  // character (the JSON tests cover every key to_json writes). Written as
  // it is, with the comma before it when one is due.
  template <std::size_t N>
  void key(const char (&k)[N]) {
    static_assert(N >= 1);
    if (pretty_) [[unlikely]] {
      pretty_key_prefix();
    }
    char* p = room(N + 4);
    *p = ',';
    p += comma_;
    *p++ = '"';
    std::memcpy(p, k, N - 1);
    p += N - 1;
    p[0] = '"';
    p[1] = ':';
    p += 2;
    if (pretty_) [[unlikely]] *p++ = ' ';
    cur_ = p;
    comma_ = false;
    after_key_ = true;
  }
  // A key known only at run time: escaped (and repaired) like a string.
  void key_escaped(std::string_view k);

  // A constant key and its value in one call (one check for room, no
  // state between key and value): what to_json uses for its fields.
  template <std::size_t N>
  void key_string(const char (&k)[N], std::string_view s) {
    if (pretty_) [[unlikely]] {
      key(k);
      string(s);
      return;
    }
    string_at(key_prefix(k, s.size() + 18), s);
  }
  template <std::size_t N>
  void key_string_or_null(const char (&k)[N], std::string_view s) {
    if (s.empty()) {
      key_raw(k, "null", 4);
    } else {
      key_string(k, s);
    }
  }
  template <std::size_t N>
  void key_number(const char (&k)[N], std::uint64_t v) {
    if (pretty_) [[unlikely]] {
      key(k);
      number(v);
      return;
    }
    cur_ = detail::put_uint(key_prefix(k, 20), v);
    comma_ = true;
  }
  template <std::size_t N>
  void key_boolean(const char (&k)[N], bool v) {
    v ? key_raw(k, "true", 4) : key_raw(k, "false", 5);
  }

  // Fields written straight into the buffer (compact mode only): returns
  // the cursor, after the comma when one is due, with room for n bytes;
  // end_fields() takes the end of what was written there.
  bool pretty() const { return pretty_; }
  char* begin_fields(std::size_t n) {
    char* p = room(n + 1);
    *p = ',';
    return p + comma_;
  }
  void end_fields(char* end) {
    cur_ = end;
    comma_ = true;
  }

  // A string value; invalid UTF-8 is replaced by U+FFFD.
  void string(std::string_view s) {
    string_at(value_prefix(s.size() + 18), s);  // quotes, and 16 spare for word copies
  }
  void string_or_null(std::string_view s) { s.empty() ? null() : string(s); }
  void number(std::uint64_t v) {
    cur_ = detail::put_uint(value_prefix(20), v);  // 2^64 - 1 has 20 digits
    comma_ = true;
  }
  void boolean(bool v) { v ? raw("true", 4) : raw("false", 5); }
  void null() { raw("null", 4); }

 private:
  std::size_t pos() const { return std::size_t(cur_ - out_.data()); }
  // Compact mode: the comma when one is due and `"k":`; returns the cursor
  // with room for `extra` more bytes.
  template <std::size_t N>
  char* key_prefix(const char (&k)[N], std::size_t extra) {
    char* p = room(N + 3 + extra);
    *p = ',';
    p += comma_;
    *p++ = '"';
    std::memcpy(p, k, N - 1);
    p += N - 1;
    p[0] = '"';
    p[1] = ':';
    return p + 2;
  }
  // A key and a literal value (null, true, false).
  template <std::size_t N>
  void key_raw(const char (&k)[N], const char* v, std::size_t n) {
    if (pretty_) [[unlikely]] {
      key(k);
      raw(v, n);
      return;
    }
    char* p = key_prefix(k, 5);
    std::memcpy(p, v, 5);  // (a literal of 4 or 5 letters and its NUL: a fixed-size copy)
    cur_ = p + n;
    comma_ = true;
  }
  // At least n writable bytes at the cursor; returns the cursor.
  char* room(std::size_t n) {
    if (std::size_t(end_ - cur_) < n) [[unlikely]]
      grow(n);
    return cur_;
  }
  void grow(std::size_t n);
  // Before a value: the comma when one is due (in pretty mode also the line
  // break and indentation); returns the cursor with room for n more bytes.
  char* value_prefix(std::size_t n) {
    if (pretty_) [[unlikely]] {
      pretty_value_prefix();
    }
    char* p = room(n + 1);
    *p = ',';
    return p + comma_;
  }
  // A literal value: "null", "true" or "false".
  void raw(const char* s, std::size_t n) {
    char* p = value_prefix(5);
    std::memcpy(p, s, 5);  // (as in key_raw)
    cur_ = p + n;
    comma_ = true;
  }
  void open(char c) {
    if (pretty_) [[unlikely]] {
      pretty_open(c);
      return;
    }
    char* p = room(2);
    *p = ',';
    p += comma_;
    *p = c;
    cur_ = p + 1;
    ++depth_;
    comma_ = false;
  }
  void close(char c) {
    if (pretty_) [[unlikely]] {
      pretty_close(c);
      return;
    }
    if (depth_ > 0) --depth_;
    *room(1) = c;
    ++cur_;
    comma_ = true;
  }
  void pretty_open(char c);
  void pretty_close(char c);
  void newline();
  void pretty_key_prefix();
  void pretty_value_prefix();
  // Writes s as a JSON string at p, which has room for s.size() + 18 bytes:
  // a short plain string is copied in words, any other goes to string_slow.
  void string_at(char* p, std::string_view s) {
    const std::size_t n = s.size();
    *p = '"';
    if (n <= 16 && detail::copy_plain_short(p + 1, reinterpret_cast<const unsigned char*>(s.data()), n)) {
      p[n + 1] = '"';
      cur_ = p + n + 2;
      comma_ = true;
      return;
    }
    string_slow(p, s);
  }
  void string_slow(char* quote, std::string_view s);  // `quote`: the opening quote, written
  void escaped(std::string_view s);                    // the body of a string, without quotes

  std::string& out_;
  char* cur_ = nullptr;  // the cursor, in out_'s buffer
  char* end_ = nullptr;  // end of out_'s buffer (out_.size() bytes; spare room past cur_)
  bool pretty_;
  bool comma_ = false;      // the next element needs a comma before it
  bool after_key_ = false;  // pretty mode: a value follows its key on the same line
  bool finished_ = false;
  int depth_ = 0;  // open containers (pretty indentation)
};

}  // namespace attache::output

#endif  // ATTACHE_OUTPUT_JSON_WRITER_HPP_
