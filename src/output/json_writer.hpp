// output/json_writer -- a small streaming JSON writer (no DOM).
//
// Writing the record directly is about twice as fast as building an
// nlohmann DOM and dumping it (see design/performance.md). Strings must be
// valid UTF-8 (Document text is sanitized; other strings are checked);
// control characters, U+2028, U+2029 and U+0085 are always escaped so a
// record never breaks a line-splitting reader.
#ifndef ATTACHE_OUTPUT_JSON_WRITER_HPP_
#define ATTACHE_OUTPUT_JSON_WRITER_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace attache::output {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out, bool pretty = false) : out_(out), pretty_(pretty) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view k);
  void string(std::string_view s);  // replaces invalid UTF-8 with U+FFFD
  void string_or_null(std::string_view s) { s.empty() ? null() : string(s); }
  void number(std::uint64_t v);
  void boolean(bool v);
  void null();

 private:
  void before_value();
  void newline();
  std::string& out_;
  bool pretty_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

void append_escaped(std::string& out, std::string_view s);

}  // namespace attache::output

#endif  // ATTACHE_OUTPUT_JSON_WRITER_HPP_
