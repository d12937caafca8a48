// fuzz_jsonl -- the CLI's JSON Lines reader (examples/jsonl_reader.cpp).
//
// The input is split into lines as attache-extract does (on '\n', one
// trailing '\r' dropped, blank lines skipped, invalid UTF-8 replaced by
// attache::sanitize_utf8 first). For every line parse_jsonl_line must return
// (no crash, no exception, no hang) with: ok => has_text and no error;
// !ok => an error message; id, text and date valid UTF-8;
// and the error record the CLI would write for a failed line
// (attache::error_record_json) must be valid UTF-8 and valid JSON on one line.
// The whole input is also parsed once unsplit and unsanitized (raw bytes):
// only "no crash" and ok => has_text are required there. Every record,
// sanitized or not, must equal the one nlohmann's parser alone gives
// (parse_jsonl_line reads the common line by hand).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "attache/attache.hpp"
#include "jsonl_reader.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "fuzz_jsonl: invariant broken: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
  std::fflush(stderr);
  std::abort();
}

void check_same(const attache_cli::JsonlRecord& a, std::string_view line) {
  const attache_cli::JsonlRecord b = attache_cli::parse_jsonl_line_nlohmann(line);
  if (a.ok != b.ok || a.id != b.id || a.has_text != b.has_text || a.text != b.text || a.date != b.date ||
      a.error != b.error || a.warning != b.warning)
    fail("the hand-written reader and nlohmann's give different records", std::string(line.substr(0, 200)));
}

attache_cli::JsonlRecord parse(std::string_view line) {
  try {
    attache_cli::JsonlRecord r = attache_cli::parse_jsonl_line(line);
    check_same(r, line);
    return r;
  } catch (const std::exception& e) {
    fail("parse_jsonl_line threw", e.what());
  } catch (...) {
    fail("parse_jsonl_line threw", "(not a std::exception)");
  }
}

void check_record(const attache_cli::JsonlRecord& r, bool sanitized) {
  if (r.ok && !r.has_text) fail("ok without text");
  if (r.ok && !r.error.empty()) fail("ok with an error", r.error);
  if (!r.ok && r.error.empty()) fail("not ok and no error");
  if (!sanitized) return;
  // id, text and date come from JSON strings of valid UTF-8. The error and
  // warning may quote nlohmann's "last read" bytes, which can cut a code
  // point (fuzz/README.md, finding 2); the JSON writer repairs those, so only
  // the error record written from them is checked.
  for (const std::string* s : {&r.id, &r.text, &r.date})
    if (!attache::is_valid_utf8(*s)) fail("id, text or date of the record is not valid UTF-8", *s);
  if (!r.ok) {
    const std::string line = attache::error_record_json(r.id, r.error);
    if (!attache::is_valid_utf8(line)) fail("error record is not valid UTF-8", line);
    if (line.find('\n') != std::string::npos) fail("error record is not one line", line);
    try {
      auto j = nlohmann::json::parse(line);
      if (!j.is_object() || j.at("errors").size() != 1) fail("error record lacks its error", line);
      if (j.at("id").get<std::string>() != r.id) fail("error record id differs", line);
    } catch (const std::exception& e) {
      fail("error record does not parse", e.what());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  std::size_t pos = 0;
  while (pos <= in.size()) {
    std::size_t nl = in.find('\n', pos);
    if (nl == std::string_view::npos) nl = in.size();
    std::string line(in.substr(pos, nl - pos));
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank: no document
    if (!attache::is_valid_utf8(line)) line = attache::sanitize_utf8(line);
    check_record(parse(line), true);
  }
  check_record(parse(in), false);
  return 0;
}
