// attache/json.hpp -- the JSON contract, schema "attache/1".
//
// Represents: serialization of a Document to one JSON object on one line
// (JSON Lines). Every key is always present (null / [] when empty), ids are
// strings, offsets are given in code points (start/end) and UTF-8 bytes
// (start_byte/end_byte), output is valid UTF-8 and never contains a raw
// U+2028, U+2029, U+0085 or NUL. See docs/json-contract.md.
// Thread safety: pure functions.
//
//   std::string line = attache::to_json(doc);            // no trailing newline
//   std::string page = attache::to_json(doc, {.pretty=true});
//   line.clear(); attache::to_json(next_doc, line);     // reuses line's memory
#ifndef ATTACHE_JSON_HPP_
#define ATTACHE_JSON_HPP_

#include <string>

#include "attache/document.hpp"
#include "attache/export.hpp"

namespace attache {

inline constexpr const char* kSchema = "attache/1";

struct JsonOptions {
  bool pretty = false;         // indent by two spaces (multi-line: not JSON Lines)
  std::string data_fingerprint;  // copied into the record when not empty
};

ATTACHE_EXPORT std::string to_json(const Document& doc, const JsonOptions& options = {});

// The same record, appended to `out` (what it holds is kept; no newline is
// added). A loop that clears one string and writes every record into it
// reuses the string's memory: a long document's record (several bytes of
// JSON per byte of text) then costs no fresh pages from the system.
ATTACHE_EXPORT void to_json(const Document& doc, std::string& out, const JsonOptions& options = {});

// A record for a document that could not be read at all (for example a
// JSON Lines line that is not JSON): every key present, the error in errors.
ATTACHE_EXPORT std::string error_record_json(const std::string& id, const std::string& error);

}  // namespace attache

#endif  // ATTACHE_JSON_HPP_
