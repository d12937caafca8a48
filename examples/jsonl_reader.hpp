// JSON Lines input for attache-extract: {"id": ..., "text": ..., "date": ...}
// per line. The common line (string values only) is read by hand; any other
// goes to nlohmann's SAX interface, so a numeric id keeps the exact digits
// it was written with, and nested or unknown keys cost nothing.
#ifndef ATTACHE_EXAMPLES_JSONL_READER_HPP_
#define ATTACHE_EXAMPLES_JSONL_READER_HPP_

#include <string>
#include <string_view>

namespace attache_cli {

struct JsonlRecord {
  bool ok = false;           // false: `error` says why; id may still be known
  std::string id;            // "" when the line has no id
  bool has_text = false;
  std::string text;
  std::string date;
  std::string error;
  std::string warning;       // e.g. a numeric id echoed as a string
};

// Parses one line (without its newline). A line that is an object of
// string values is read by hand; any other goes to nlohmann's parser.
JsonlRecord parse_jsonl_line(std::string_view line);

// The same with nlohmann's parser alone: what parse_jsonl_line must match
// (the tests and the fuzzer compare the two).
JsonlRecord parse_jsonl_line_nlohmann(std::string_view line);

}  // namespace attache_cli

#endif  // ATTACHE_EXAMPLES_JSONL_READER_HPP_
