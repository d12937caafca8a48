#include "output/json_writer.hpp"

#include "attache/text.hpp"
#include "text/utf8.hpp"

namespace attache::output {

namespace {

// Escapes valid UTF-8 in one pass; returns false (having written nothing
// definitive) when the input is not valid UTF-8.
bool escape_valid(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  const std::size_t start_size = out.size();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  const auto* run = p;
  auto flush = [&](const unsigned char* upto) { out.append(reinterpret_cast<const char*>(run), upto - run); };
  while (p < end) {
    const unsigned char c = *p;
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') { ++p; continue; }
    if (c >= 0x80) {
      int sub = 0;
      const int len = text::utf8_sequence_length(p, end, &sub);
      if (!len) { out.resize(start_size); return false; }
      // U+0085, U+2028 and U+2029 split lines for some readers: escape them.
      if ((len == 2 && c == 0xC2 && p[1] == 0x85) || (len == 3 && c == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))) {
        flush(p);
        out += len == 2 ? "\\u0085" : (p[2] == 0xA8 ? "\\u2028" : "\\u2029");
        p += len;
        run = p;
        continue;
      }
      p += len;
      continue;
    }
    flush(p);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        const char buf[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
        out += buf;
      }
    }
    run = ++p;
  }
  flush(p);
  return true;
}

}  // namespace

void append_escaped(std::string& out, std::string_view s) {
  if (escape_valid(out, s)) return;
  const std::string fixed = attache::sanitize_utf8(s);
  escape_valid(out, fixed);
}

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(2 * first_.size(), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
    if (pretty_) newline();
  }
}

void JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  first_.push_back(true);
}

void JsonWriter::end_object() {
  const bool empty = first_.back();
  first_.pop_back();
  if (pretty_ && !empty) newline();
  out_ += '}';
}

void JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  first_.push_back(true);
}

void JsonWriter::end_array() {
  const bool empty = first_.back();
  first_.pop_back();
  if (pretty_ && !empty) newline();
  out_ += ']';
}

void JsonWriter::key(std::string_view k) {
  before_value();
  out_ += '"';
  // Keys are nearly always plain ASCII words ("start_byte"): copy them as
  // they are; anything else (a rule file's role name) is escaped.
  bool plain = true;
  for (char c : k) plain &= c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
  if (plain) out_.append(k);
  else append_escaped(out_, k);
  out_ += pretty_ ? "\": " : "\":";
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  before_value();
  out_ += '"';
  append_escaped(out_, s);
  out_ += '"';
}

void JsonWriter::number(std::uint64_t v) {
  before_value();
  char buf[24];
  int n = 0;
  do { buf[n++] = char('0' + v % 10); v /= 10; } while (v);
  while (n) out_ += buf[--n];
}

void JsonWriter::boolean(bool v) {
  before_value();
  out_ += v ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

}  // namespace attache::output
