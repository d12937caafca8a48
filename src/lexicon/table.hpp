// lexicon/table -- the reader for attache's plain-text data files.
//
// TSV tables: UTF-8, TAB-separated, '#' starts a comment line, blank lines
// are skipped, the first other line is the header, and every row has exactly
// as many fields as the header. Word lists (.txt): one entry a line.
// Every error names "file:line".
#ifndef ATTACHE_LEXICON_TABLE_HPP_
#define ATTACHE_LEXICON_TABLE_HPP_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attache/error.hpp"

namespace attache::lexicon {

// A row's fields are views into the table's own copy of the text (one
// allocation a table, not one a field: construction reads some 60,000 rows).
struct Row {
  int line = 0;
  std::vector<std::string_view> fields;
};

struct Table {
  std::string path;
  std::vector<std::string> columns;
  std::vector<Row> rows;
  std::shared_ptr<const std::string> text;  // what the fields view (stable when the Table moves)

  // Index of a column, or -1.
  int column(std::string_view name) const;
  std::string where(const Row& r) const { return path + ":" + std::to_string(r.line); }
};

// Parses TSV text. `path` is only used in error messages.
Result<Table> parse_tsv(std::string_view path, std::string_view content);

// Parses a word list: trimmed non-empty lines that do not start with '#'.
Result<std::vector<std::pair<int, std::string>>> parse_list(std::string_view path, std::string_view content);

// Splits on a separator character, trimming spaces; empty parts are dropped.
std::vector<std::string> split(std::string_view s, char sep);
std::string_view trim(std::string_view s);

}  // namespace attache::lexicon

#endif  // ATTACHE_LEXICON_TABLE_HPP_
