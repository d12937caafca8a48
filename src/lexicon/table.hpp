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

// A row's fields: views into the table's own copy of the text, kept in
// one array for the whole table (no allocation a row or a field:
// construction reads some 60,000 rows).
class Fields {
 public:
  Fields() = default;
  Fields(const std::string_view* data, std::size_t n) : data_(data), n_(n) {}
  std::size_t size() const { return n_; }
  const std::string_view& operator[](std::size_t i) const { return data_[i]; }
  const std::string_view* begin() const { return data_; }
  const std::string_view* end() const { return data_ + n_; }

 private:
  const std::string_view* data_ = nullptr;
  std::size_t n_ = 0;
};

struct Row {
  int line = 0;
  Fields fields;
};

// Movable, not copyable (the rows point into `cells`).
struct Table {
  Table() = default;
  Table(Table&&) = default;
  Table& operator=(Table&&) = default;
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  std::string path;
  std::vector<std::string> columns;
  std::vector<Row> rows;
  std::vector<std::string_view> cells;      // every row's fields, in order (what rows point into)
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
