// Output formats of attache-extract besides JSON Lines: CSV (one row per
// event or per entity), a self-contained HTML page, and brat/INCEpTION
// standoff (.txt/.ann pairs). Pure functions of a Document, so the CLI can
// run them on its worker threads and write the results in input order.
//
//   attache_cli::RoleColumns cols = attache_cli::role_columns(x.event_types(), decls);
//   std::cout << attache_cli::events_csv_header(cols);
//   std::cout << attache_cli::events_csv_rows(doc, cols);
#ifndef ATTACHE_EXAMPLES_FORMATS_HPP_
#define ATTACHE_EXAMPLES_FORMATS_HPP_

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "attache/document.hpp"

namespace attache_cli {

// ---- event type declarations (for CSV columns and brat's annotation.conf) ---

// What a rule file's `[event TYPE]` section declares.
struct EventDecl {
  std::string type;
  std::vector<std::string> roles;   // filled by entities
  std::vector<std::string> values;  // filled by plain words
};

// Parses the `[event TYPE]`, `roles =` and `values =` lines of rule text
// (the rest of the file is ignored). Later declarations of a type add to it.
void parse_event_decls(std::string_view rules_text, std::vector<EventDecl>& out);

// The declarations of the rule files built into the library (captured from
// data/rules/*.rules when the CLI was configured).
std::vector<EventDecl> builtin_event_decls();

// The CSV role columns: the union of the roles of `types` (in that order,
// a type's roles in declaration order), entity roles first, then values.
struct RoleColumns {
  std::vector<std::string> entity_roles;  // each gives <role>_code, <role>_text, <role>_entity
  std::vector<std::string> value_roles;   // each gives one column <role>
};
RoleColumns role_columns(const std::vector<std::string>& types, const std::vector<EventDecl>& decls);

// ---- CSV (RFC 4180: CRLF line ends, fields quoted when they need it) -------

std::string csv_field(std::string_view s);
std::string events_csv_header(const RoleColumns& cols);
// One row per event; `unknown_roles` receives roles not in the columns.
std::string events_csv_rows(const attache::Document& d, const RoleColumns& cols,
                            std::set<std::string>* unknown_roles = nullptr);
std::string entities_csv_header();
std::string entities_csv_rows(const attache::Document& d);

// ---- HTML -------------------------------------------------------------------

std::string html_escape(std::string_view s);
std::string html_begin(const std::string& title);
// `index` (1, 2, ...) makes the ids of the page unique: d3-ent-1, d3-ev-2.
std::string html_document(const attache::Document& d, std::size_t index);
std::string html_end(std::size_t documents);

// ---- brat standoff -----------------------------------------------------------

// A file name stem for a document id: [A-Za-z0-9._-] only, at most 100
// bytes, never empty or hidden; `used` (lower-cased stems) keeps them unique.
std::string brat_stem(const std::string& id, std::set<std::string>& used);
// The .ann text (T-lines, E-lines, A-lines, #-notes) for d.text as the .txt.
std::string brat_ann(const attache::Document& d);
// annotation.conf and visual.conf for the event types declared.
std::string brat_annotation_conf(const std::vector<std::string>& types, const std::vector<EventDecl>& decls);
std::string brat_visual_conf(const std::vector<std::string>& types);
// "EMBASSY_CLOSURE" -> "Embassy_closure", "visitor_person" -> "Visitor_person".
std::string brat_label(std::string_view name);

// A JSON string literal (for the brat manifest lines).
std::string json_string(std::string_view s);

}  // namespace attache_cli

#endif  // ATTACHE_EXAMPLES_FORMATS_HPP_
