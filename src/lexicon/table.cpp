#include "lexicon/table.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace attache::lexicon {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find(sep, b);
    if (e == std::string_view::npos) e = s.size();
    std::string_view part = trim(s.substr(b, e - b));
    if (!part.empty()) out.emplace_back(part);
    b = e + 1;
  }
  return out;
}

int Table::column(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return int(i);
  return -1;
}

namespace {

template <class F>
Error for_each_line(std::string_view path, std::string_view content, F&& f) {
  if (!text::is_valid_utf8(content, false))
    return Error{Errc::data_error, "file is not valid UTF-8 (or contains NUL)", std::string(path)};
  int line = 0;
  std::size_t b = 0;
  while (b < content.size()) {
    std::size_t e = content.find('\n', b);
    if (e == std::string_view::npos) e = content.size();
    ++line;
    std::string_view l = content.substr(b, e - b);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    b = e + 1;
    std::string_view t = trim(l);
    if (t.empty() || t.front() == '#') continue;
    Error err = f(line, l);
    if (!err.message.empty()) return err;
  }
  return Error{Errc::data_error, "", ""};
}

}  // namespace

Result<Table> parse_tsv(std::string_view path, std::string_view content) {
  Table t;
  t.path = std::string(path);
  t.text = std::make_shared<const std::string>(content);
  content = *t.text;
  // The fields go to `cells` as they are read; every row has the header's
  // width, so row k's start at k * width, and the rows point into `cells`
  // once no more can be added.
  Error err = for_each_line(path, content, [&](int line, std::string_view l) -> Error {
    const std::size_t first = t.cells.size();
    std::size_t b = 0;
    while (true) {
      std::size_t e = l.find('\t', b);
      t.cells.emplace_back(trim(l.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b)));
      if (e == std::string_view::npos) break;
      b = e + 1;
    }
    const std::size_t n = t.cells.size() - first;
    if (t.columns.empty()) {
      for (std::size_t k = first; k < t.cells.size(); ++k)
        if (t.cells[k].empty()) return Error{Errc::data_error, "empty column name in header", t.path + ":" + std::to_string(line)};
      t.columns.assign(t.cells.begin() + std::ptrdiff_t(first), t.cells.end());
      t.cells.clear();
      // (Room for the rest, from the header's width and the text's lines.)
      t.cells.reserve(t.columns.size() * std::size_t(std::count(content.begin(), content.end(), '\n') + 1));
      return Error{};
    }
    if (n != t.columns.size())
      return Error{Errc::data_error,
                   "expected " + std::to_string(t.columns.size()) + " TAB-separated fields, found " +
                       std::to_string(n),
                   t.path + ":" + std::to_string(line)};
    t.rows.push_back(Row{line, Fields{}});
    return Error{};
  });
  if (!err.message.empty()) return err;
  if (t.columns.empty()) return Error{Errc::data_error, "table has no header line", t.path};
  const std::size_t width = t.columns.size();
  for (std::size_t k = 0; k < t.rows.size(); ++k) t.rows[k].fields = Fields(t.cells.data() + k * width, width);
  return t;
}

Result<std::vector<std::pair<int, std::string>>> parse_list(std::string_view path, std::string_view content) {
  std::vector<std::pair<int, std::string>> out;
  Error err = for_each_line(path, content, [&](int line, std::string_view l) -> Error {
    out.emplace_back(line, std::string(trim(l)));
    return Error{};
  });
  if (!err.message.empty()) return err;
  return out;
}

}  // namespace attache::lexicon
