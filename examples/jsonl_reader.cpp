#include "jsonl_reader.hpp"

#include <nlohmann/json.hpp>

#include "attache/text.hpp"

namespace attache_cli {
namespace {

// Collects the top-level "id", "text" and "date" keys; everything else is skipped.
class Sax : public nlohmann::json_sax<nlohmann::json> {
 public:
  JsonlRecord& r;
  int depth = 0;
  std::string key_;
  bool top_is_object = false;
  std::string id_raw;
  bool id_is_number = false, text_wrong = false, date_wrong = false, id_wrong = false;

  explicit Sax(JsonlRecord& rec) : r(rec) {}

  bool scalar(const std::string* str, const std::string& raw_number, bool is_number) {
    if (depth != 1) return true;
    if (key_ == "id") {
      if (str) r.id = *str;
      else if (is_number) { r.id = raw_number; id_is_number = true; }
      else id_wrong = true;
    } else if (key_ == "text") {
      if (str) { r.text = *str; r.has_text = true; } else text_wrong = true;
    } else if (key_ == "date") {
      if (str) r.date = *str;
      else date_wrong = true;
    }
    return true;
  }
  bool wrong_type() {
    if (depth == 1) {
      if (key_ == "text") text_wrong = true;
      else if (key_ == "id") id_wrong = true;
      else if (key_ == "date") date_wrong = true;
    }
    return true;
  }
  bool null() override { return depth == 1 && key_ == "text" ? wrong_type() : true; }
  bool boolean(bool) override { return wrong_type(); }
  bool number_integer(number_integer_t v) override { return scalar(nullptr, std::to_string(v), true); }
  bool number_unsigned(number_unsigned_t v) override { return scalar(nullptr, std::to_string(v), true); }
  bool number_float(number_float_t, const string_t& s) override { return scalar(nullptr, s, true); }
  bool string(string_t& s) override { return scalar(&s, "", false); }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    if (depth == 0) top_is_object = true;
    wrong_type();
    ++depth;
    return true;
  }
  bool key(string_t& k) override { if (depth == 1) key_ = k; return true; }
  bool end_object() override { --depth; return true; }
  bool start_array(std::size_t) override {
    wrong_type();
    ++depth;
    return true;
  }
  bool end_array() override { --depth; return true; }
  bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) override {
    // nlohmann quotes the bytes it last read, which may cut a character.
    r.error = attache::sanitize_utf8("line is not valid JSON (" + std::string(ex.what()) + ")");
    (void)pos;
    return false;
  }
};

// ---- The common line, read by hand: an object whose values are all strings.
// nlohmann's lexer copies a string one byte at a time, which made reading
// the input about a twentieth of attache-extract's time. Whatever this
// reader does not know for certain (another kind of value, a bad escape, a
// control character, invalid UTF-8, a byte order mark, nothing after "{")
// goes to nlohmann instead, which also words every error; both give the
// same record (tests/jsonl_reader_test.cpp, fuzz/fuzz_jsonl.cpp).

bool json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at p (p + 4 <= end), or -1.
long hex4(const char* p) {
  long v = 0;
  for (int k = 0; k < 4; ++k) {
    const int h = hex_value(p[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

void append_utf8(std::string& out, unsigned long c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

// The JSON string that starts at line[i] == '"', decoded into out; i ends
// after its closing quote. False when it is not a string this reader takes.
// The line must be valid UTF-8 (read_simple() checks).
bool read_string(std::string_view line, std::size_t& i, std::string& out) {
  const auto* u = reinterpret_cast<const unsigned char*>(line.data());
  const std::size_t n = line.size();
  out.clear();
  ++i;
  for (;;) {
    // A run of plain bytes (the line is valid UTF-8), copied at once.
    const std::size_t run = i;
    while (i < n && u[i] >= 0x20 && u[i] != '"' && u[i] != '\\') ++i;
    out.append(line.data() + run, i - run);
    if (i >= n || u[i] < 0x20) return false;  // (unterminated; a raw control character)
    if (u[i] == '"') {
      ++i;
      return true;
    }
    // An escape.
    if (i + 1 >= n) return false;
    const char e = line[i + 1];
    i += 2;
    switch (e) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        if (i + 4 > n) return false;
        long c = hex4(line.data() + i);
        if (c < 0) return false;
        i += 4;
        if (c >= 0xDC00 && c <= 0xDFFF) return false;  // a low surrogate alone
        if (c >= 0xD800 && c <= 0xDBFF) {
          if (i + 6 > n || line[i] != '\\' || line[i + 1] != 'u') return false;
          const long low = hex4(line.data() + i + 2);
          if (low < 0xDC00 || low > 0xDFFF) return false;
          i += 6;
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, static_cast<unsigned long>(c));
        break;
      }
      default: return false;
    }
  }
}

// The record of a line that is an object of string values, or false.
bool read_simple(std::string_view line, JsonlRecord& r) {
  // (nlohmann rejects invalid UTF-8 inside a string, and words the error.)
  if (!attache::is_valid_utf8(line)) return false;
  std::size_t i = 0;
  const std::size_t n = line.size();
  auto skip = [&] {
    while (i < n && json_space(line[i])) ++i;
  };
  skip();
  if (i >= n || line[i] != '{') return false;
  ++i;
  skip();
  if (i >= n || line[i] != '"') return false;  // (also "{}": nlohmann words it)
  std::string key, value;
  for (;;) {
    if (!read_string(line, i, key)) return false;
    skip();
    if (i >= n || line[i] != ':') return false;
    ++i;
    skip();
    if (i >= n || line[i] != '"' || !read_string(line, i, value)) return false;
    if (key == "id") r.id = value;
    else if (key == "date") r.date = value;
    else if (key == "text") {
      r.text.swap(value);
      r.has_text = true;
    }
    skip();
    if (i < n && line[i] == ',') {
      ++i;
      skip();
      if (i >= n || line[i] != '"') return false;
      continue;
    }
    if (i >= n || line[i] != '}') return false;
    ++i;
    skip();
    if (i != n) return false;  // (more after the object: nlohmann words it)
    break;
  }
  if (r.has_text) r.ok = true;
  else r.error = "missing \"text\"";
  return true;
}

}  // namespace

JsonlRecord parse_jsonl_line(std::string_view line) {
  JsonlRecord r;
  if (read_simple(line, r)) return r;
  return parse_jsonl_line_nlohmann(line);
}

JsonlRecord parse_jsonl_line_nlohmann(std::string_view line) {
  JsonlRecord r;
  Sax sax(r);
  bool parsed = false;
  try {
    parsed = nlohmann::json::sax_parse(line.begin(), line.end(), &sax, nlohmann::json::input_format_t::json, true);
  } catch (const std::exception& ex) {
    r.error = attache::sanitize_utf8(std::string("line is not valid JSON (") + ex.what() + ")");
    return r;
  }
  if (!parsed) {
    if (r.error.empty()) r.error = "line is not valid JSON";
    r.has_text = false;
    return r;
  }
  if (!sax.top_is_object) { r.error = "line is not a JSON object"; return r; }
  if (sax.id_wrong) r.warning = "\"id\" is not a string or number; ignored";
  if (sax.id_is_number) r.warning = "\"id\" was a number; echoed as the string \"" + r.id + "\"";
  if (sax.date_wrong) r.warning += std::string(r.warning.empty() ? "" : "; ") + "\"date\" is not a string; ignored";
  if (sax.text_wrong) { r.error = "\"text\" is not a string"; return r; }
  if (!r.has_text) { r.error = "missing \"text\""; return r; }
  r.ok = true;
  return r;
}

}  // namespace attache_cli
