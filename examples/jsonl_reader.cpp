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

}  // namespace

JsonlRecord parse_jsonl_line(std::string_view line) {
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
