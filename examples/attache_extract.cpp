// attache-extract: run attache over files, folders or standard input and
// write one JSON record per document (JSON Lines), in input order; or, with
// --format, CSV rows, one HTML page or brat .txt/.ann pairs (formats.hpp).
//
// Exit codes: 0 every document processed; 1 some documents failed (each
// still has a record with "errors"); 2 usage or configuration error;
// 74 output error. A closed pipe (| head) ends quietly.
#include <fmt/format.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "attache/attache.hpp"
#include "formats.hpp"
#include "jsonl_reader.hpp"

namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage = R"(usage: attache-extract [options] [PATH ...]

Reads news text and writes one JSON record per document (schema attache/1,
JSON Lines) to standard output, in input order.

PATH is a file, a directory (read recursively, see --glob) or '-' for
standard input; with no PATH, standard input is read.

options:
  --input-format F   auto (default), text (a file is one document),
                     lines (each line is a document) or jsonl (each line is
                     {"id": ..., "text": ..., "date": ...}). auto picks jsonl
                     for *.jsonl/*.ndjson files and for standard input that
                     starts with '{', else text.
  --glob PATTERN     files to read inside directories (default: *.txt, *.jsonl,
                     *.ndjson, *.text, *.md)
  --date YYYY-MM-DD  publication date for text and lines inputs
  --all-events       also output negated and hypothetical events
  --data FILE        load an extra table or rule file (repeatable; a directory
                     loads every *.tsv, *.txt and *.rules inside)
  --max-doc-bytes N  longest document read (default 4194304); the rest of a
                     longer document is cut with a warning in its record
  -j, --threads N    worker threads (default: all cores); output order and
                     content do not depend on N
  --format F         output format: jsonl (default), events-csv (one CSV row
                     per event), entities-csv (one CSV row per entity), html
                     (one self-contained page for all documents) or brat
                     (a .txt/.ann pair per document in --out-dir; standard
                     output lists the files written, one JSON line each)
  --out-dir DIR      where --format brat writes (created if missing), with
                     an annotation.conf and a visual.conf
  --pretty           indent the JSON (one record spans several lines)
  --progress         progress on standard error (default when it is a terminal)
  --quiet            no progress line
  -h, --help         this help
  --version          versions of attache, the JSON schema, ICU and RE2

exit status: 0 all documents processed, 1 some documents failed (their
records carry "errors"), 2 usage or configuration error, 74 output error.
)";

struct Args {
  std::vector<std::string> paths;
  std::string format = "auto";
  std::string glob;
  std::string date;
  bool all_events = false;
  std::vector<std::string> data;
  // 4 MiB: about 30 bytes of memory per byte of document keeps the largest
  // document under 200 MB (the library's own default is 10 MiB).
  std::size_t max_doc_bytes = std::size_t{4} << 20;
  unsigned threads = 0;
  bool pretty = false;
  int progress = -1;  // -1 auto
  std::string output = "jsonl";  // --format
  std::string out_dir;
};

[[noreturn]] void usage_error(const std::string& msg) {
  std::cerr << "attache-extract: " << msg << "\n(try --help)\n";
  std::exit(2);
}

bool parse_size(const std::string& s, std::size_t& out) {
  if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 12) return false;
  out = std::stoull(s);
  return true;
}

Args parse_args(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::string value;
    bool has_value = false;
    if (arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos) {
      value = arg.substr(arg.find('=') + 1);
      arg = arg.substr(0, arg.find('='));
      has_value = true;
    }
    auto need = [&]() -> std::string {
      if (has_value) return value;
      if (i + 1 >= argc) usage_error(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      std::exit(0);
    } else if (arg == "--version") {
      std::cout << fmt::format("attache-extract {} (schema {}; {})\n", attache::version(), attache::schema(),
                               attache::dependency_versions());
      std::exit(0);
    } else if (arg == "--input-format") {
      a.format = need();
      if (a.format != "auto" && a.format != "text" && a.format != "lines" && a.format != "jsonl")
        usage_error("--input-format must be auto, text, lines or jsonl");
    } else if (arg == "--glob") {
      a.glob = need();
    } else if (arg == "--date") {
      a.date = need();
      if (a.date.size() != 10 || a.date[4] != '-' || a.date[7] != '-') usage_error("--date must be YYYY-MM-DD");
    } else if (arg == "--all-events") {
      a.all_events = true;
    } else if (arg == "--data") {
      a.data.push_back(need());
    } else if (arg == "--max-doc-bytes") {
      if (!parse_size(need(), a.max_doc_bytes) || a.max_doc_bytes == 0) usage_error("--max-doc-bytes needs a positive number");
    } else if (arg == "-j" || arg == "--threads") {
      std::size_t n = 0;
      if (!parse_size(need(), n) || n == 0 || n > 1024) usage_error("--threads needs a number from 1 to 1024");
      a.threads = unsigned(n);
    } else if (arg.rfind("-j", 0) == 0 && arg.size() > 2) {
      std::size_t n = 0;
      if (!parse_size(arg.substr(2), n) || n == 0 || n > 1024) usage_error("-jN needs a number from 1 to 1024");
      a.threads = unsigned(n);
    } else if (arg == "--format" || arg == "--output-format") {
      a.output = need();
      if (a.output != "jsonl" && a.output != "json" && a.output != "events-csv" && a.output != "entities-csv" &&
          a.output != "html" && a.output != "brat")
        usage_error("--format must be jsonl, events-csv, entities-csv, html or brat");
      if (a.output == "json") a.output = "jsonl";
    } else if (arg == "--out-dir") {
      a.out_dir = need();
      if (a.out_dir.empty()) usage_error("--out-dir needs a directory");
    } else if (arg == "--pretty") {
      a.pretty = true;
    } else if (arg == "--progress") {
      a.progress = 1;
    } else if (arg == "--quiet") {
      a.progress = 0;
    } else if (arg == "-" || arg.empty() || arg[0] != '-') {
      a.paths.push_back(arg);
    } else {
      usage_error("unknown option " + arg);
    }
  }
  if (a.paths.empty()) a.paths.push_back("-");
  if (a.output == "brat" && a.out_dir.empty()) usage_error("--format brat needs --out-dir DIR");
  if (a.output != "brat" && !a.out_dir.empty()) usage_error("--out-dir only applies to --format brat");
  if (a.pretty && a.output != "jsonl") usage_error("--pretty only applies to --format jsonl");
  if (a.threads == 0) a.threads = std::max(1u, std::thread::hardware_concurrency());
  return a;
}

// ---- input ------------------------------------------------------------------

struct Job {
  std::string id, date, text;
  std::string error;              // the record is an error record
  std::vector<std::string> warnings;
  std::string output;
  bool failed = false;
  std::size_t index = 0;    // 1, 2, ... in input order
  std::size_t input_bytes = 0;  // size of the text (for --progress)
  std::string stem;         // --format brat: file name stem
  std::string write_error;  // --format brat: a file could not be written
};

// What the non-JSON formats need besides a Document.
struct FormatContext {
  attache_cli::RoleColumns columns;  // events-csv
  std::mutex mutex;
  std::set<std::string> unknown_roles;
};

class Output {
 public:
  explicit Output(bool pretty) : pretty_(pretty) {}
  void write(const std::string& s) {
    if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size() || std::fputc('\n', stdout) == EOF) fail();
  }
  void write_raw(const std::string& s) {
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) fail();
  }
  void flush() {
    if (std::fflush(stdout) != 0) fail();
  }

 private:
  [[noreturn]] void fail() {
    if (errno == EPIPE) std::_Exit(0);  // the reader went away: end quietly
    std::fprintf(stderr, "attache-extract: cannot write output: %s\n", std::strerror(errno));
    std::_Exit(74);
  }
  bool pretty_;
};

class Runner {
 public:
  // A batch is read while the one before it is extracted, and its records
  // wait for their turn in the output (about 9 bytes of JSON per input byte),
  // so its size bounds memory: 4 MB of input keeps peak memory near 100 MB
  // (measured in bench/RESULTS.md), at no cost in throughput.
  static constexpr std::size_t kBatchBytes = std::size_t{4} << 20;

  Runner(const attache::Extractor& x, const Args& a, FormatContext& fc) : x_(x), a_(a), out_(a.pretty), fc_(fc) {
    progress_ = a.progress == 1 || (a.progress == -1 && isatty(2));
    started_ = std::chrono::steady_clock::now();
  }
  ~Runner() {
    for (auto& t : pool_) t.join();  // (only on an early return; finish() drains)
  }

  void add(Job j) {
    j.index = ++added_;
    if (a_.output == "brat") j.stem = attache_cli::brat_stem(j.id, stems_);
    // A document that would take the batch over kBatchBytes starts a new
    // one: long documents are extracted alone, one at a time.
    if (!batch_.empty() && batch_bytes_ + j.text.size() > kBatchBytes) flush();
    batch_bytes_ += j.text.size();
    j.input_bytes = j.text.size();
    batch_.push_back(std::move(j));
    if (batch_.size() >= 256 || batch_bytes_ >= kBatchBytes) flush();
  }

  // Hands the batch read so far to the workers and writes the batch before
  // it: the main thread reads the next batch while the workers extract this
  // one, and output stays in input order.
  void flush() {
    if (batch_.empty()) return;
    drain();
    inflight_ = std::move(batch_);
    batch_.clear();
    batch_bytes_ = 0;
    next_ = 0;
    const unsigned n = std::min<unsigned>(a_.threads, unsigned(inflight_.size()));
    for (unsigned t = 0; t < n; ++t)
      pool_.emplace_back([this] {
        for (std::size_t i; (i = next_.fetch_add(1)) < inflight_.size();) process(inflight_[i]);
      });
  }

  // Waits for the batch in flight and writes it.
  void drain() {
    for (auto& t : pool_) t.join();
    pool_.clear();
    for (auto& j : inflight_) {
      if (!j.write_error.empty()) {
        out_.flush();
        std::fprintf(stderr, "attache-extract: %s\n", j.write_error.c_str());
        std::_Exit(74);
      }
      if (a_.output == "jsonl" || a_.output == "brat") out_.write(j.output);
      else out_.write_raw(j.output);
      failed_ |= j.failed;
      ++docs_;
      bytes_ += j.input_bytes;
    }
    out_.flush();
    inflight_.clear();
    report(false);
  }

  int finish() {
    flush();
    drain();
    report(true);
    return failed_ ? 1 : 0;
  }

  std::size_t documents() const { return added_; }

  // Writes raw text (a CSV header, the HTML page's head and tail).
  void write_raw(const std::string& s) {
    out_.write_raw(s);
    out_.flush();
  }

  void note_id(const std::string& id, std::vector<std::string>& warnings) {
    if (id.empty()) return;
    if (!seen_ids_.insert(id).second) warnings.push_back("duplicate id \"" + id + "\" (an earlier record has it too)");
  }

 private:
  void process(Job& j) {
    if (a_.output != "jsonl") {
      attache::Document d;
      if (!j.error.empty()) {
        d.id = j.id;
        d.errors.push_back(j.error);
        d.warnings = j.warnings;
      } else {
        d = x_.extract(j.text, attache::DocumentInfo{j.id, j.date});
        d.warnings.insert(d.warnings.begin(), j.warnings.begin(), j.warnings.end());
      }
      j.failed = !d.errors.empty();
      j.text.clear();
      j.text.shrink_to_fit();
      format(j, d);
      return;
    }
    attache::JsonOptions jo;
    jo.pretty = a_.pretty;
    jo.data_fingerprint = x_.data_fingerprint();
    if (!j.error.empty()) {
      attache::Document d;
      d.id = j.id;
      d.errors.push_back(j.error);
      d.warnings = j.warnings;
      j.output = attache::to_json(d, jo);
      j.failed = true;
      return;
    }
    attache::Document d = x_.extract(j.text, attache::DocumentInfo{j.id, j.date});
    d.warnings.insert(d.warnings.begin(), j.warnings.begin(), j.warnings.end());
    j.failed = !d.errors.empty();
    // The record has neither the input nor the tokens: they go before it is
    // built (for a 10 MB document, some 36 MB less at the peak).
    j.text.clear();
    j.text.shrink_to_fit();
    std::vector<attache::Token>().swap(d.tokens);
    j.output = attache::to_json(d, jo);
  }

  // The non-JSON formats: CSV rows, an HTML section, brat files. A document's
  // errors, which only JSON records carry, go to standard error.
  void format(Job& j, const attache::Document& d) {
    if (!d.errors.empty()) {
      std::lock_guard<std::mutex> lock(fc_.mutex);
      for (const auto& e : d.errors) std::fprintf(stderr, "attache-extract: %s: %s\n", d.id.c_str(), e.c_str());
    }
    if (a_.output == "events-csv") {
      std::set<std::string> unknown;
      j.output = attache_cli::events_csv_rows(d, fc_.columns, &unknown);
      if (!unknown.empty()) {
        std::lock_guard<std::mutex> lock(fc_.mutex);
        for (const auto& r : unknown)
          if (fc_.unknown_roles.insert(r).second)
            std::fprintf(stderr, "attache-extract: warning: role %s has no CSV column (not declared by a rule file)\n",
                         r.c_str());
      }
    } else if (a_.output == "entities-csv") {
      j.output = attache_cli::entities_csv_rows(d);
    } else if (a_.output == "html") {
      j.output = attache_cli::html_document(d, j.index);
    } else if (a_.output == "brat") {
      const fs::path base = fs::path(a_.out_dir) / j.stem;
      const std::string txt = base.string() + ".txt", ann = base.string() + ".ann";
      const std::string ann_text = attache_cli::brat_ann(d);
      for (const auto& [path, content] : {std::make_pair(&txt, &d.text), std::make_pair(&ann, &ann_text)}) {
        std::ofstream f(*path, std::ios::binary | std::ios::trunc);
        f.write(content->data(), std::streamsize(content->size()));
        f.close();
        if (!f) {
          j.write_error = fmt::format("cannot write {}: {}", *path, std::strerror(errno));
          return;
        }
      }
      j.output = "{\"id\": " + attache_cli::json_string(attache::sanitize_utf8(d.id)) +
                 ", \"txt\": " + attache_cli::json_string(attache::sanitize_utf8(txt)) +
                 ", \"ann\": " + attache_cli::json_string(attache::sanitize_utf8(ann)) +
                 ", \"entities\": " + std::to_string(d.entities.size()) +
                 ", \"events\": " + std::to_string(d.events.size()) +
                 ", \"errors\": " + std::to_string(d.errors.size()) + "}";
    }
  }

  void report(bool last) {
    if (!progress_) return;
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    std::fprintf(stderr, "\rattache-extract: %zu documents, %.1f MB, %.1f MB/s%s", docs_, bytes_ / 1e6,
                 secs > 0 ? bytes_ / 1e6 / secs : 0.0, last ? "\n" : "");
  }

  const attache::Extractor& x_;
  const Args& a_;
  Output out_;
  std::vector<Job> batch_;     // being read
  std::size_t batch_bytes_ = 0;
  std::vector<Job> inflight_;  // being extracted by pool_
  std::vector<std::thread> pool_;
  std::atomic<std::size_t> next_{0};
  std::size_t docs_ = 0, bytes_ = 0;
  bool failed_ = false;
  bool progress_ = false;
  std::set<std::string> seen_ids_;
  std::chrono::steady_clock::time_point started_;
  FormatContext& fc_;
  std::size_t added_ = 0;
  std::set<std::string> stems_;
};

bool has_ext(const std::string& p, std::initializer_list<const char*> exts) {
  for (const char* e : exts) {
    const std::size_t n = std::strlen(e);
    if (p.size() >= n && p.compare(p.size() - n, n, e) == 0) return true;
  }
  return false;
}

// Memory must not depend on the input: a document is read only as far as
// the extractor will use it (max_doc_bytes, plus a few bytes so that the
// extractor sees it is longer and says so), and the rest is skipped.
std::size_t document_cap(const Args& a) { return a.max_doc_bytes + 4; }
// A JSON Lines record escapes its text: news in English grows by a few
// percent, text written as \uXXXX escapes (Python's json.dumps) by up to 3x.
std::size_t record_cap(const Args& a) { return 3 * a.max_doc_bytes + 4096; }

// Reads up to `cap` bytes of `in` into `out` and skips the rest; returns
// how many bytes there were in all.
std::uint64_t read_all_capped(std::istream& in, std::size_t cap, std::string& out) {
  char buf[1 << 16];
  std::uint64_t total = out.size();
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    const std::size_t n = std::size_t(in.gcount()), room = cap - std::min(cap, out.size());
    out.append(buf, std::min(n, room));
    total += n;
  }
  return total;
}

// The lines of a stream, each cut to at most `cap` bytes (the rest of a
// longer line is skipped; `total` says how long it was). Reads what the
// stream has buffered, at most 64 KB at a time, and looks for newlines with
// memchr: istream::get(buf, n, '\n') tests one byte at a time. A slow
// producer ("tail -f file | attache-extract") is not waited for beyond the
// next byte, as with std::getline.
class LineReader {
 public:
  explicit LineReader(std::istream& in) : sb_(in.rdbuf()), buf_(std::size_t{1} << 16) {}

  // The next line, without its newline; false at the end of the input.
  bool next(std::string& line, std::size_t cap, std::uint64_t& total) {
    line.clear();
    total = 0;
    bool any = false;
    for (;;) {
      if (pos_ == end_ && !fill()) return any;
      any = true;
      const char* p = buf_.data() + pos_;
      const auto* nl = static_cast<const char*>(std::memchr(p, '\n', end_ - pos_));
      const std::size_t n = nl ? std::size_t(nl - p) : end_ - pos_;
      line.append(p, std::min(n, cap - std::min(cap, line.size())));
      total += n;
      pos_ += n;
      if (nl) {
        ++pos_;
        return true;
      }
    }
  }

 private:
  // Refills the buffer with what the stream has (waiting for one byte at
  // most); false at the end of the input.
  bool fill() {
    pos_ = end_ = 0;
    if (!sb_) return false;
    std::streamsize avail = sb_->in_avail();
    if (avail <= 0) {
      if (std::char_traits<char>::eq_int_type(sb_->sgetc(), std::char_traits<char>::eof())) return false;
      avail = std::max<std::streamsize>(1, sb_->in_avail());
    }
    const std::streamsize want = std::min<std::streamsize>(avail, std::streamsize(buf_.size()));
    end_ = std::size_t(std::max<std::streamsize>(0, sb_->sgetn(buf_.data(), want)));
    return end_ > 0;
  }

  std::streambuf* sb_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
};

// The reader kept only the first `kept` of `total` bytes.
void note_skipped(Job& j, std::uint64_t total, std::size_t kept) {
  if (total > kept)
    j.warnings.push_back(fmt::format("the document has {} bytes; the first {} were read, the rest skipped (--max-doc-bytes)",
                                     total, kept));
}

// Reads a stream line by line (keeping CR handling to the caller) into jobs.
void read_lines(std::istream& in, const std::string& source, const std::string& format, const Args& a, Runner& r,
                std::string first_line = {}, bool have_first = false) {
  std::string line;
  std::size_t lineno = 0;
  std::uint64_t total = 0;
  const std::size_t cap = format == "lines" ? document_cap(a) : record_cap(a);
  auto handle = [&](std::string& l) {
    ++lineno;
    if (!l.empty() && l.back() == '\r') l.pop_back();
    Job j;
    if (total > cap && format != "lines") {
      // (A text line that long is just cut, with the extractor's warning.)
      j.id = fmt::format("{}:{}", source, lineno);
      j.error = fmt::format("a JSON Lines record longer than {} bytes (3 x --max-doc-bytes + 4096) was not read ({}:{})",
                            record_cap(a), source, lineno);
      r.add(std::move(j));
      return;
    }
    if (format == "lines") {
      if (l.find_first_not_of(" \t") == std::string::npos) return;
      j.id = fmt::format("{}:{}", source, lineno);
      j.date = a.date;
      note_skipped(j, total, l.size());
      j.text = std::move(l);
      r.add(std::move(j));
      return;
    }
    if (l.find_first_not_of(" \t") == std::string::npos) return;  // blank line: no document
    std::size_t fixed = 0;
    if (!attache::is_valid_utf8(l)) {
      l = attache::sanitize_utf8(l, &fixed);
      j.warnings.push_back(fmt::format("the input line had {} invalid UTF-8 sequence(s), replaced with U+FFFD", fixed));
    }
    attache_cli::JsonlRecord rec = attache_cli::parse_jsonl_line(l);
    j.id = rec.id.empty() ? fmt::format("{}:{}", source, lineno) : rec.id;
    if (!rec.warning.empty()) j.warnings.push_back(rec.warning);
    if (rec.id.empty() && rec.ok) j.warnings.push_back("no \"id\": the record is named after its line, " + j.id);
    r.note_id(j.id, j.warnings);
    if (!rec.ok) {
      j.error = fmt::format("{} ({}:{})", rec.error, source, lineno);
    } else {
      j.text = std::move(rec.text);
      j.date = rec.date.empty() ? a.date : rec.date;
      if (j.text.size() > document_cap(a)) {  // (keeps only what will be read)
        note_skipped(j, j.text.size(), document_cap(a));
        j.text.resize(document_cap(a));
        j.text.shrink_to_fit();
      }
    }
    r.add(std::move(j));
  };
  if (have_first) handle(first_line);
  LineReader lines(in);
  while (lines.next(line, cap, total)) {
    handle(line);
    if (line.capacity() > (std::size_t{1} << 20)) std::string().swap(line);  // (after a long line)
  }
}

void read_path(const std::string& path, const Args& a, Runner& r, std::vector<std::string>& problems) {
  if (path == "-") {
    std::ios::sync_with_stdio(false);
    std::string format = a.format;
    std::string head;  // blanks read while peeking: they belong to a text document
    if (format == "auto") {
      // Peek: JSON Lines when the first non-blank byte is '{'.
      int c;
      while ((c = std::cin.peek()) != EOF && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) head += char(std::cin.get());
      format = c == '{' ? "jsonl" : "text";
    }
    if (format == "text") {
      Job j;
      j.id = "-";
      j.date = a.date;
      j.text = std::move(head);
      note_skipped(j, read_all_capped(std::cin, document_cap(a), j.text), document_cap(a));
      r.add(std::move(j));
      return;
    }
    read_lines(std::cin, "-", format, a, r);
    return;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      const std::string name = it->path().filename().string();
      const bool match = a.glob.empty() ? has_ext(name, {".txt", ".jsonl", ".ndjson", ".text", ".md"})
                                        : fnmatch(a.glob.c_str(), name.c_str(), 0) == 0;
      if (match) files.push_back(it->path().string());
    }
    if (ec) problems.push_back(fmt::format("{}: {}", path, ec.message()));
    std::sort(files.begin(), files.end());
    for (const auto& f : files) read_path(f, a, r, problems);
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Job j;
    j.id = path;
    j.error = fmt::format("cannot open {}: {}", path, std::strerror(errno));
    r.add(std::move(j));
    return;
  }
  std::string format = a.format;
  if (format == "auto") format = has_ext(path, {".jsonl", ".ndjson"}) ? "jsonl" : "text";
  if (format == "text") {
    Job j;
    j.id = path;
    j.date = a.date;
    note_skipped(j, read_all_capped(in, document_cap(a), j.text), document_cap(a));
    if (in.bad()) j.error = fmt::format("cannot read {}", path);
    r.add(std::move(j));
    return;
  }
  read_lines(in, path, format, a, r);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
#if defined(__GLIBC__)
  // glibc maps blocks over a threshold from the system and gives them back
  // on free, but raises the threshold to the size of each such block freed:
  // after one 10 MB document, the next one's 10 MB buffers come from the
  // heap, whose holes are kept, and the peak RSS of two 10 MB documents in
  // a row was 206 MB against 151 MB for one. A fixed threshold keeps big
  // blocks mapped; the stories of a news stream never reach it.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  // A fixed threshold also fixes the trim threshold at 128 KB: the heap's
  // top was given back after most documents and faulted in again for the
  // next, a tenth of the run in the kernel. Up to 64 MB of free heap is
  // kept for the next document (the peak RSS is the same: it is the
  // largest document's own).
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
  Args a = parse_args(argc, argv);
  attache::Options o;
  o.include_unasserted = a.all_events;
  o.data_files = a.data;
  o.max_doc_bytes = a.max_doc_bytes;
  auto made = attache::Extractor::create(o);
  if (!made) {
    std::cerr << "attache-extract: " << made.error().what() << "\n";
    return 2;
  }
  static char buf[1 << 16];
  std::setvbuf(stdout, buf, _IOFBF, sizeof buf);
  FormatContext fc;
  if (a.output == "events-csv" || a.output == "brat") {
    // The roles of every event type loaded: built-in rule files, then --data ones.
    std::vector<attache_cli::EventDecl> decls = attache_cli::builtin_event_decls();
    for (const auto& path : a.data) {
      std::vector<std::string> files;
      std::error_code ec;
      if (fs::is_directory(path, ec)) {
        for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
          if (it->is_regular_file(ec) && has_ext(it->path().string(), {".rules"})) files.push_back(it->path().string());
        std::sort(files.begin(), files.end());
      } else if (has_ext(path, {".rules"})) {
        files.push_back(path);
      }
      for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        attache_cli::parse_event_decls(text, decls);
      }
    }
    const std::vector<std::string> types = made->event_types();
    fc.columns = attache_cli::role_columns(types, decls);
    if (a.output == "brat") {
      std::error_code ec;
      fs::create_directories(a.out_dir, ec);
      if (!fs::is_directory(a.out_dir)) {
        std::cerr << "attache-extract: cannot create --out-dir " << a.out_dir << ": " << ec.message() << "\n";
        return 2;
      }
      for (const auto& [name, content] : {std::make_pair("annotation.conf", attache_cli::brat_annotation_conf(types, decls)),
                                          std::make_pair("visual.conf", attache_cli::brat_visual_conf(types))}) {
        const std::string path = (fs::path(a.out_dir) / name).string();
        std::ofstream f(path, std::ios::binary | std::ios::trunc);
        f << content;
        f.close();
        if (!f) {
          std::cerr << "attache-extract: cannot write " << path << ": " << std::strerror(errno) << "\n";
          return 74;
        }
      }
    }
  }
  Runner runner(*made, a, fc);
  if (a.output == "events-csv") runner.write_raw(attache_cli::events_csv_header(fc.columns));
  if (a.output == "entities-csv") runner.write_raw(attache_cli::entities_csv_header());
  if (a.output == "html") runner.write_raw(attache_cli::html_begin("attache: entities and events"));
  auto end_page = [&] {
    if (a.output == "html") runner.write_raw(attache_cli::html_end(runner.documents()));
  };
  std::vector<std::string> problems;
  try {
    for (const auto& p : a.paths) read_path(p, a, runner, problems);
  } catch (const std::exception& ex) {
    runner.finish();
    end_page();
    std::cerr << "attache-extract: " << ex.what() << "\n";
    return 1;
  }
  int rc = runner.finish();
  end_page();
  for (const auto& p : problems) std::cerr << "attache-extract: " << p << "\n";
  return problems.empty() ? rc : 1;
}
