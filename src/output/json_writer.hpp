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
//   through it; each value makes room once (`room(n)`), so the hot paths are
//   plain stores and constant-size memcpys, not std::string::append calls;
// * constant keys are written raw: key("start_byte") copies `"start_byte":`
//   with a size known at compile time (a key given at run time, such as a
//   rule file's role name, is still escaped: key_escaped());
// * strings are copied byte by byte through a 256-entry class table, and
//   only bytes that need attention (quote, backslash, controls, non-ASCII)
//   leave the copy loop; non-ASCII sequences are validated on the way.
// Call finish() (or let the writer go out of scope) before reading `out`:
// until then the string holds spare bytes past the cursor.
// Nesting depth is unlimited; pretty output indents by two spaces a level.
#ifndef ATTACHE_OUTPUT_JSON_WRITER_HPP_
#define ATTACHE_OUTPUT_JSON_WRITER_HPP_

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace attache::output {

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
    out_.resize(pos_);
    finished_ = true;
  }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // A constant, plain-ASCII key (no quote, backslash or control character):
  // written as it is. Checked at compile time where the argument is a
  // literal used in a constant expression; the JSON tests cover the rest.
  template <std::size_t N>
  void key(const char (&k)[N]) {
    static_assert(N >= 1);
    before_value();
    char* p = room(N + 3);
    *p++ = '"';
    std::memcpy(p, k, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    pos_ = std::size_t(p - buf());
    after_key_ = true;
  }
  // A key known only at run time: escaped (and repaired) like a string.
  void key_escaped(std::string_view k);

  void string(std::string_view s);  // replaces invalid UTF-8 with U+FFFD
  void string_or_null(std::string_view s) { s.empty() ? null() : string(s); }
  void number(std::uint64_t v) {
    before_value();
    char* p = room(20);  // 2^64 - 1 has 20 digits
    pos_ = std::size_t(std::to_chars(p, p + 20, v).ptr - buf());
  }
  void boolean(bool v) { v ? raw("true", 4) : raw("false", 5); }
  void null() { raw("null", 4); }

 private:
  char* buf() { return out_.data(); }
  // At least n writable bytes at the cursor; returns the cursor.
  char* room(std::size_t n) {
    if (out_.size() - pos_ < n) grow(n);
    return buf() + pos_;
  }
  void grow(std::size_t n);
  // Comma (and in pretty mode, newline + indent) before an element; nothing
  // right after a key.
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (open_.empty()) return;
    if (open_.back()) *room(1) = ',', ++pos_;
    open_.back() = 1;
    if (pretty_) newline();
  }
  void raw(const char* s, std::size_t n) {
    before_value();
    std::memcpy(room(n), s, n);
    pos_ += n;
  }
  void open(char c);
  void close(char c);
  void newline();
  void escaped(std::string_view s);  // the body of a string, without quotes

  std::string& out_;
  std::size_t pos_;  // bytes written; out_.size() >= pos_ (spare room past it)
  bool pretty_;
  bool after_key_ = false;
  bool finished_ = false;
  // One byte per open container: 1 once it has an element. (A string, not
  // a vector<bool>: no allocation up to 15 levels, and to_json uses 4.)
  std::string open_;
};

}  // namespace attache::output

#endif  // ATTACHE_OUTPUT_JSON_WRITER_HPP_
