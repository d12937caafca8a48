// attache-bench -- the throughput benchmark of issue 5 (see bench/README.md).
//
//   attache-bench                  generated 50 MB corpus: end to end (1 and N
//                                  threads), per stage, ICU word BreakIterator,
//                                  construction time, peak memory, the CLI
//   attache-bench --scaling        also cost vs document length and gazetteer size
//   attache-bench --quick          a few MB, for a smoke test (seconds)
//   attache-bench --input PATH     a folder of .txt files, a .txt file or a .jsonl file
//
// A plain std::chrono driver: every figure is wall time of one pass over the
// corpus held in memory (best of --repeat passes), MB = 10^6 bytes of input.
#include <malloc.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "attache/attache.hpp"
#include "entities/recognizer.hpp"
#include "events/extract.hpp"
#include "events/rules.hpp"
#include "events/time.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"
#include "text/memory.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

#ifndef ATTACHE_SOURCE_DIR
#define ATTACHE_SOURCE_DIR "."
#endif

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// ---------------------------------------------------------------- utilities

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }
double mb(std::uint64_t bytes) { return double(bytes) / 1e6; }

// A field of /proc/self/status in kB ("VmHWM", "VmRSS"), or -1.
long proc_status_kb(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  const std::size_t n = std::strlen(key);
  while (std::getline(in, line))
    if (line.compare(0, n, key) == 0 && line.size() > n && line[n] == ':') return std::atol(line.c_str() + n + 1);
  return -1;
}

std::string fmt(const char* f, ...) __attribute__((format(printf, 1, 2)));
std::string fmt(const char* f, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, f);
  std::vsnprintf(buf, sizeof buf, f, ap);
  va_end(ap);
  return buf;
}

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// 64-bit hash of a record (libstdc++: murmur-style, several GB/s).
std::uint64_t hash_of(std::string_view s) { return std::hash<std::string_view>{}(s); }

struct Doc {
  attache::DocumentInfo info;
  std::string text;
};

std::uint64_t total_bytes(const std::vector<Doc>& docs) {
  std::uint64_t n = 0;
  for (const auto& d : docs) n += d.text.size();
  return n;
}

// ---------------------------------------------------------------- options

struct Args {
  std::string input;
  std::string corpus_dir = std::string(ATTACHE_SOURCE_DIR) + "/corpus";
  std::string extract_bin;
  double size_mb = 50;
  unsigned threads = 0;
  int repeat = 2;
  std::uint64_t seed = 20261128;
  bool quick = false;
  bool scaling = false;
  bool cli = true;
  bool stages = true;
  bool icu = true;
  bool e2e_only = false;  // for profiling: one single-threaded end-to-end pass
  bool doc_length_only = false;  // the document-length table of --scaling, nothing else
  bool keep_memory = false;  // --keep-memory: mallopt so that freed blocks stay for reuse
  std::string write_corpus;  // --write-corpus: the corpus as JSON Lines, then exit
  double scaling_budget = 90;  // seconds per document size in --scaling
};

[[noreturn]] void usage(int code) {
  std::cout <<
      "usage: attache-bench [--quick] [--scaling] [--input PATH] [--size-mb N] [--threads N]\n"
      "                     [--repeat N] [--seed N] [--corpus-dir DIR] [--extract-bin PATH] [--no-cli]\n"
      "                     [--scaling-budget S] [--doc-length-only] [--e2e-only] [--keep-memory]\n"
      "                     [--write-corpus FILE]\n"
      "  --input PATH      a folder of .txt files (recursive), one .txt file or a .jsonl file\n"
      "                    ({\"id\",\"text\",\"date\"} per line) instead of the generated corpus\n"
      "  --size-mb N       size of the generated corpus (default 50; 4 with --quick)\n"
      "  --threads N       threads of the parallel run (default: hardware_concurrency)\n"
      "  --repeat N        passes per measurement, the best is reported (default 2; 1 with --quick)\n"
      "  --scaling         also measure cost vs document length and vs gazetteer size\n"
      "  --scaling-budget S  seconds per document size in --scaling (default 90; 10 with --quick)\n"
      "  --extract-bin P   attache-extract to measure as a child process (peak RSS, wall time)\n"
      "  --no-cli          skip the attache-extract child-process measurement\n"
      "  --keep-memory     keep freed memory for reuse (mallopt); by default glibc hands blocks\n"
      "                    over its mmap threshold (at most 32 MB) back to the system when freed\n"
      "  --doc-length-only the document-length table of --scaling only (1 KB .. 10 MB documents)\n"
      "  --e2e-only        one single-threaded end-to-end pass only (for perf/callgrind)\n"
      "  --write-corpus F  write the corpus to F as JSON Lines ({\"id\",\"text\",\"date\"}), then exit:\n"
      "                    the generated news for attache-extract, --input or another tool\n";
  std::exit(code);
}

Args parse_args(int argc, char** argv) {
  Args a;
#ifdef ATTACHE_EXTRACT_BIN
  a.extract_bin = ATTACHE_EXTRACT_BIN;
#endif
  bool size_given = false, repeat_given = false;
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    auto need = [&]() -> std::string {
      if (i + 1 >= argc) usage(2);
      return argv[++i];
    };
    if (s == "-h" || s == "--help") usage(0);
    else if (s == "--quick") a.quick = true;
    else if (s == "--scaling") a.scaling = true;
    else if (s == "--input") a.input = need();
    else if (s == "--corpus-dir") a.corpus_dir = need();
    else if (s == "--extract-bin") a.extract_bin = need();
    else if (s == "--no-cli") a.cli = false;
    else if (s == "--keep-memory") a.keep_memory = true;
    else if (s == "--e2e-only") a.e2e_only = true;
    else if (s == "--doc-length-only") a.doc_length_only = true;
    else if (s == "--write-corpus") a.write_corpus = need();
    else if (s == "--size-mb") { a.size_mb = std::atof(need().c_str()); size_given = true; }
    else if (s == "--threads") a.threads = unsigned(std::atoi(need().c_str()));
    else if (s == "--repeat") { a.repeat = std::max(1, std::atoi(need().c_str())); repeat_given = true; }
    else if (s == "--scaling-budget") a.scaling_budget = std::atof(need().c_str());
    else if (s == "--seed") a.seed = std::strtoull(need().c_str(), nullptr, 10);
    else { std::cerr << "unknown argument " << s << "\n"; usage(2); }
  }
  if (a.quick) {
    if (!size_given) a.size_mb = 4;
    if (!repeat_given) a.repeat = 1;
    a.scaling_budget = std::min(a.scaling_budget, 10.0);
  }
  if (a.threads == 0) a.threads = std::max(1u, std::thread::hardware_concurrency());
  return a;
}

// ---------------------------------------------------------------- corpus

// An occurrence of a substitutable name in a passage.
struct Occ {
  std::uint32_t begin, len;
  int pool;  // 0 country names, 1 person names
  int item;
};

struct Passage {
  std::string text, date;
  std::vector<Occ> occ;
};

struct Generator {
  std::vector<Passage> passages;
  std::vector<std::string> pool[2];
};

bool word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Loads corpus/*.jsonl; the substitution pools are the annotated COUNTRY
// entities that attache reads as a country *name* (not a demonym, capital or
// anaphor) and the annotated multi-word PERSON entities it reads as a person
// without a title, so a swap keeps the sentence grammatical.
Generator load_generator(const std::string& dir, const attache::Extractor& x) {
  Generator g;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".jsonl") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::set<std::string> cand[2];
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
      Passage p;
      p.text = j["text"].get<std::string>();
      if (j.contains("date") && j["date"].is_string()) p.date = j["date"].get<std::string>();
      if (j.contains("entities") && j["entities"].is_array())
        for (const auto& e : j["entities"]) {
          if (!e.is_object() || !e.contains("text") || !e.contains("type")) continue;
          if (!e["text"].is_string() || !e["type"].is_string()) continue;
          const std::string type = e["type"].get<std::string>();
          if (type == "COUNTRY") cand[0].insert(e["text"].get<std::string>());
          if (type == "PERSON") cand[1].insert(e["text"].get<std::string>());
        }
      g.passages.push_back(std::move(p));
    }
  }
  for (int k = 0; k < 2; ++k)
    for (const auto& c : cand[k]) {
      attache::Document d = x.extract(c);
      if (d.entities.size() != 1) continue;
      const auto& e = d.entities[0];
      if (e.span.begin != 0 || e.span.end != c.size()) continue;
      if (k == 0 && (e.type != attache::EntityType::country || e.form != attache::CountryForm::name)) continue;
      if (k == 1 && (e.type != attache::EntityType::person || !e.title.empty() || c.find(' ') == std::string::npos)) continue;
      g.pool[k].push_back(c);
    }
  // Occurrences, longest names first, whole words, no overlaps.
  std::vector<std::pair<int, int>> order;
  for (int k = 0; k < 2; ++k)
    for (int i = 0; i < int(g.pool[k].size()); ++i) order.push_back({k, i});
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
    return g.pool[a.first][a.second].size() > g.pool[b.first][b.second].size();
  });
  for (auto& p : g.passages) {
    std::vector<char> used(p.text.size(), 0);
    for (auto [k, i] : order) {
      const std::string& name = g.pool[k][i];
      for (std::size_t at = p.text.find(name); at != std::string::npos; at = p.text.find(name, at + 1)) {
        const std::size_t end = at + name.size();
        if (at > 0 && word_char(p.text[at - 1])) continue;
        if (end < p.text.size() && word_char(p.text[end])) continue;
        if (std::any_of(used.begin() + at, used.begin() + end, [](char c) { return c; })) continue;
        std::fill(used.begin() + at, used.begin() + end, 1);
        p.occ.push_back(Occ{std::uint32_t(at), std::uint32_t(name.size()), k, i});
      }
    }
    std::sort(p.occ.begin(), p.occ.end(), [](const Occ& a, const Occ& b) { return a.begin < b.begin; });
  }
  return g;
}

// Documents of 2-6 shuffled passages, names swapped consistently inside a
// document (85% of the names get another name of the same pool), until
// `target` bytes. Deterministic for a seed.
std::vector<Doc> generate(const Generator& g, std::uint64_t target, std::uint64_t seed, std::uint64_t* substitutions) {
  std::mt19937_64 rng(seed);
  std::vector<std::size_t> deck(g.passages.size());
  std::size_t pos = deck.size();
  std::vector<Doc> docs;
  std::uint64_t total = 0, subs = 0;
  while (total < target) {
    const int k = std::uniform_int_distribution<int>(2, 6)(rng);
    Doc d;
    std::unordered_map<int, int> map[2];
    for (int j = 0; j < k; ++j) {
      if (pos == deck.size()) {
        for (std::size_t i = 0; i < deck.size(); ++i) deck[i] = i;
        std::shuffle(deck.begin(), deck.end(), rng);
        pos = 0;
      }
      const Passage& p = g.passages[deck[pos++]];
      if (j == 0) d.info.date = p.date;
      else d.text += "\n\n";
      std::size_t last = 0;
      for (const Occ& o : p.occ) {
        d.text.append(p.text, last, o.begin - last);
        auto it = map[o.pool].find(o.item);
        if (it == map[o.pool].end()) {
          int to = o.item;
          if (std::uniform_int_distribution<int>(0, 99)(rng) < 85)
            to = std::uniform_int_distribution<int>(0, int(g.pool[o.pool].size()) - 1)(rng);
          it = map[o.pool].emplace(o.item, to).first;
        }
        if (it->second != o.item) ++subs;
        d.text += g.pool[o.pool][it->second];
        last = o.begin + o.len;
      }
      d.text.append(p.text, last, std::string::npos);
    }
    d.info.id = fmt("gen-%06zu", docs.size() + 1);
    total += d.text.size();
    docs.push_back(std::move(d));
  }
  if (substitutions) *substitutions = subs;
  return docs;
}

std::vector<Doc> load_input(const std::string& path) {
  std::vector<Doc> docs;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) docs.push_back(Doc{{fs::relative(f, path).string(), ""}, read_file(f)});
  } else if (ends_with(path, ".jsonl")) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
      Doc d;
      d.text = j["text"].get<std::string>();
      d.info.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : std::to_string(n);
      if (j.contains("date") && j["date"].is_string()) d.info.date = j["date"].get<std::string>();
      docs.push_back(std::move(d));
    }
  } else {
    docs.push_back(Doc{{fs::path(path).filename().string(), ""}, read_file(path)});
  }
  return docs;
}

// ---------------------------------------------------------------- end to end

double thread_cpu() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

// Minor page faults of the calling thread so far.
long thread_minor_faults() {
  rusage u{};
  getrusage(RUSAGE_THREAD, &u);
  return u.ru_minflt;
}

std::string loadavg() {
  std::ifstream in("/proc/loadavg");
  std::string a, b, c;
  in >> a >> b >> c;
  return a + " " + b + " " + c;
}

struct E2E {
  double secs = 0;
  double cpu = 0;  // CPU seconds of the working threads
  std::uint64_t out_bytes = 0, entities = 0, events = 0;
};

// extract() + to_json() over every document, `threads` threads sharing one
// Extractor (dynamic chunks of 8 documents). Records each output's hash and
// length when asked.
E2E run_e2e(const attache::Extractor& x, const std::vector<Doc>& docs, unsigned threads,
            std::vector<std::uint64_t>* hashes = nullptr, std::vector<std::uint32_t>* lens = nullptr) {
  if (hashes) hashes->assign(docs.size(), 0);
  if (lens) lens->assign(docs.size(), 0);
  std::atomic<std::size_t> next{0};
  std::atomic<std::uint64_t> out{0}, ents{0}, evs{0}, cpu_ns{0};
  auto work = [&] {
    const double c0 = thread_cpu();
    std::uint64_t o = 0, en = 0, ev = 0;
    std::string j;  // (one record string per thread, reused, as a writer of records would)
    for (;;) {
      const std::size_t b = next.fetch_add(8, std::memory_order_relaxed);
      if (b >= docs.size()) break;
      const std::size_t e = std::min(docs.size(), b + 8);
      for (std::size_t i = b; i < e; ++i) {
        attache::Document d = x.extract(docs[i].text, docs[i].info);
        j.clear();
        attache::to_json(d, j);
        o += j.size();
        en += d.entities.size();
        ev += d.events.size();
        if (hashes) (*hashes)[i] = hash_of(j);
        if (lens) (*lens)[i] = std::uint32_t(j.size());
      }
    }
    out += o;
    ents += en;
    evs += ev;
    cpu_ns += std::uint64_t((thread_cpu() - c0) * 1e9);
  };
  const auto t0 = Clock::now();
  if (threads <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    for (auto& t : pool) t.join();
  }
  E2E r;
  r.secs = seconds_since(t0);
  r.cpu = double(cpu_ns.load()) * 1e-9;
  r.out_bytes = out;
  r.entities = ents;
  r.events = evs;
  return r;
}

E2E best_e2e(const attache::Extractor& x, const std::vector<Doc>& docs, unsigned threads, int repeat,
             std::vector<std::uint64_t>* hashes = nullptr, std::vector<std::uint32_t>* lens = nullptr) {
  E2E best;
  for (int r = 0; r < repeat; ++r) {
    E2E e = run_e2e(x, docs, threads, r == 0 ? hashes : nullptr, r == 0 ? lens : nullptr);
    if (r == 0 || e.secs < best.secs) best = e;
  }
  return best;
}

// ---------------------------------------------------------------- stages

// Extractor::extract re-created from the internal pieces, exactly as
// src/extractor.cpp chains them, with a clock read between stages.
struct Chain {
  attache::Options options;
  attache::lexicon::Lexicon lexicon;
  attache::events::RuleSet rules;
  std::unique_ptr<attache::text::SentenceSplitter> splitter;
  std::unique_ptr<attache::entities::Recognizer> recognizer;
  std::unique_ptr<attache::events::EventExtractor> events;
};

std::unique_ptr<Chain> make_chain() {
  auto c = std::make_unique<Chain>();
  std::size_t n = 0;
  const attache::lexicon::EmbeddedFile* files = attache::lexicon::embedded_files(&n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view p = files[i].path;
    if (!(ends_with(p, ".tsv") || ends_with(p, ".txt") || ends_with(p, ".rules"))) continue;
    std::string_view content(files[i].data, files[i].size);
    attache::Error e = ends_with(p, ".rules") ? c->rules.load(p, content) : c->lexicon.load(p, content);
    if (!e.message.empty()) throw std::runtime_error(e.what());
  }
  if (auto e = c->lexicon.finish(); !e.message.empty()) throw std::runtime_error(e.what());
  if (auto e = c->rules.finish(c->lexicon.vocabulary()); !e.message.empty()) throw std::runtime_error(e.what());
  auto sp = attache::text::SentenceSplitter::create(c->lexicon.abbreviations);
  if (!sp) throw std::runtime_error(sp.error().what());
  c->splitter = std::move(*sp);
  c->recognizer = std::make_unique<attache::entities::Recognizer>(c->lexicon, c->options.anaphor_entities,
                                                                   c->options.place_entities);
  c->events = std::make_unique<attache::events::EventExtractor>(c->rules, c->lexicon);
  return c;
}

enum Stage { kSanitize, kTokenize, kSplit, kAssemble, kEntities, kEvents, kJson, kStages };
const char* kStageName[kStages] = {
    "sanitize (text::sanitize + count_code_points)",
    "tokenize (text::tokenize)",
    "sentences (SentenceSplitter::split)",
    "sentence ranges + public tokens (glue)",
    "entities (Recognizer::run)",
    "events (EventExtractor::run)",
    "JSON (to_json)",
};

struct StageTimes {
  double t[kStages] = {};
};

std::string staged_extract(const Chain& c, const Doc& in, StageTimes& st) {
  using namespace attache;
  auto t = Clock::now();
  auto lap = [&](Stage s) {
    const auto now = Clock::now();
    st.t[s] += std::chrono::duration<double>(now - t).count();
    t = now;
  };
  Document doc;
  doc.id = in.info.id;
  events::Date date;
  if (!in.info.date.empty()) {
    date = events::parse_date(in.info.date);
    if (date.valid()) doc.date = events::format_date(date);
    else doc.warnings.push_back("date \"" + std::string(text::is_valid_utf8(in.info.date) ? in.info.date : "?") +
                                "\" is not an ISO 8601 date (YYYY-MM-DD); ignored");
  }
  std::string_view bytes = in.text;
  text::load_text(bytes, c.options.max_doc_bytes, doc);
  lap(kSanitize);

  entities::Analysis a;
  text::tokenize(doc.text, a.tokens);
  text::reserve_huge(a.lex_ids, a.tokens.toks.size());  // (as extract() does)
  text::reserve_huge(a.mention_of, a.tokens.toks.size());
  lap(kTokenize);
  std::vector<std::uint32_t> starts;
  c.splitter->split(doc.text, starts);
  lap(kSplit);
  text::publish_segments(a.tokens, starts, std::uint32_t(c.options.max_sentence_tokens), a.sentences, doc);
  lap(kAssemble);
  c.recognizer->run(doc, a);
  lap(kEntities);
  c.events->run(doc, a, date, c.options.include_unasserted);
  lap(kEvents);
  std::string j = to_json(doc);
  lap(kJson);
  return j;
}

// ---------------------------------------------------------------- ICU word

struct IcuWord {
  double secs = 0;
  std::uint64_t words = 0, boundaries = 0;
};

// ICU's word BreakIterator alone: UTF-8 UText, one setText per document,
// counting word tokens (rule status >= UBRK_WORD_NONE_LIMIT), as in
// design/performance.md stage b.
IcuWord run_icu_word(const std::vector<Doc>& docs) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), st));
  if (U_FAILURE(st)) throw std::runtime_error(std::string("createWordInstance: ") + u_errorName(st));
  UText* ut = nullptr;
  IcuWord r;
  const auto t0 = Clock::now();
  for (const auto& d : docs) {
    st = U_ZERO_ERROR;
    ut = utext_openUTF8(ut, d.text.data(), std::int64_t(d.text.size()), &st);
    bi->setText(ut, st);
    for (std::int32_t p = bi->first(); (p = bi->next()) != icu::BreakIterator::DONE;) {
      ++r.boundaries;
      if (bi->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) ++r.words;
    }
  }
  r.secs = seconds_since(t0);
  utext_close(ut);
  return r;
}

// ---------------------------------------------------------------- the CLI

struct ChildRun {
  bool ok = false;
  double secs = 0;
  long maxrss_kb = 0;
  int status = 0;
};

// ru_maxrss of a fork()ed child includes the RSS it inherited from its parent
// at fork time (Linux keeps the old mm's high-water mark across execve), and
// this process holds the corpus. So the child is started by a small helper:
// this program re-executed with --measure-child (before it loads anything),
// which forks and execs the command, waits with wait4() and prints
// "maxrss_kb status" on its stdout.
int measure_child_main(int /*argc*/, char** argv) {
  pid_t pid = fork();
  if (pid < 0) return 1;
  if (pid == 0) {
    int fd = open("/dev/null", O_WRONLY);
    if (fd >= 0) { dup2(fd, 1); close(fd); }
    execv(argv[2], argv + 2);
    _exit(127);
  }
  int status = 0;
  struct rusage ru {};
  if (wait4(pid, &status, 0, &ru) < 0) return 1;
  std::printf("%ld %d\n", long(ru.ru_maxrss), WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  return 0;
}

ChildRun run_child(const std::vector<std::string>& argv) {
  ChildRun r;
  int fds[2];
  if (pipe(fds) != 0) return r;
  const auto t0 = Clock::now();
  pid_t pid = fork();
  if (pid < 0) return r;
  if (pid == 0) {
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    std::vector<char*> a = {const_cast<char*>("attache-bench"), const_cast<char*>("--measure-child")};
    for (const auto& s : argv) a.push_back(const_cast<char*>(s.c_str()));
    a.push_back(nullptr);
    execv("/proc/self/exe", a.data());
    _exit(127);
  }
  close(fds[1]);
  std::string got;
  char buf[256];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) got.append(buf, std::size_t(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  r.secs = seconds_since(t0);
  if (std::sscanf(got.c_str(), "%ld %d", &r.maxrss_kb, &r.status) == 2) r.ok = r.status == 0;
  else r.status = -1;
  return r;
}

void write_jsonl(const std::string& path, const std::vector<Doc>& docs, std::size_t count) {
  std::ofstream out(path, std::ios::binary);
  for (std::size_t i = 0; i < count && i < docs.size(); ++i) {
    nlohmann::json j = {{"id", docs[i].info.id}, {"date", docs[i].info.date}, {"text", docs[i].text}};
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

// ---------------------------------------------------------------- scaling

// The corpus as one stream, cut into documents of about `size` bytes (at a
// line or sentence end in the last half of the piece when there is one),
// `total` bytes in all.
std::vector<Doc> cut_documents(const std::string& stream, std::size_t size, std::size_t total) {
  std::vector<Doc> out;
  std::size_t pos = 0;
  total = std::min(total, stream.size());
  while (pos < total) {
    std::size_t end = std::min(total, pos + size);
    if (end < stream.size()) {
      std::size_t cut = std::string::npos;
      for (std::size_t k = end; k > pos + size / 2; --k)
        if (stream[k - 1] == '\n' || (stream[k - 1] == ' ' && stream[k - 2] == '.')) { cut = k; break; }
      if (cut == std::string::npos) {
        cut = end;
        while (cut > pos && (static_cast<unsigned char>(stream[cut]) & 0xC0) == 0x80) --cut;
      }
      end = cut;
    }
    Doc d;
    d.info.id = fmt("len-%zu-%zu", size, out.size() + 1);
    d.info.date = "2024-01-15";
    d.text = stream.substr(pos, end - pos);
    out.push_back(std::move(d));
    pos = end;
  }
  return out;
}

// 100,000 (or n) made-up people in the people.tsv format: half with a given
// name from data/people/given-names.txt, all with invented family names, so
// the table grows without changing what the corpus mentions.
void write_people(const std::string& path, std::size_t n, const std::vector<std::string>& codes,
                  const std::vector<std::string>& given, std::uint64_t seed) {
  static const char* syl[] = {"ba", "ko", "ri", "ta", "mel", "von", "dra", "shi", "lu", "ne", "gor", "vai",
                              "tes", "qua", "zi", "mar", "lin", "dor", "fe", "kha", "pol", "sen", "yu", "wen",
                              "ost", "rav", "ul", "ber", "cio", "nth"};
  static const char* roles[] = {"Ambassador", "Minister of Trade", "Governor", "Senator", "Deputy Foreign Minister",
                                "Mayor", "Chief of Staff", "Envoy"};
  const int nsyl = int(sizeof syl / sizeof *syl);
  std::mt19937_64 rng(seed);
  auto word = [&](int lo, int hi) {
    std::string w;
    const int k = std::uniform_int_distribution<int>(lo, hi)(rng);
    for (int i = 0; i < k; ++i) w += syl[std::uniform_int_distribution<int>(0, nsyl - 1)(rng)];
    w[0] = char(std::toupper(static_cast<unsigned char>(w[0])));
    return w;
  };
  std::ofstream out(path, std::ios::binary);
  out << "# generated by attache-bench --scaling: made-up people, for gazetteer-size scaling only\n";
  out << "name\tcountry\trole\tfrom\tto\taliases\n";
  std::unordered_set<std::string> seen;
  while (seen.size() < n) {
    std::string first = (!given.empty() && (rng() & 1)) ? given[rng() % given.size()] : word(2, 3);
    std::string name = first + " " + word(2, 4);
    if (!seen.insert(name).second) continue;
    const int from = 1990 + int(rng() % 30);
    out << name << '\t' << codes[rng() % codes.size()] << '\t' << roles[rng() % 8] << '\t' << from << '\t'
        << ((rng() & 1) ? std::to_string(from + 1 + int(rng() % 8)) : std::string()) << "\t\n";
  }
}

// ---------------------------------------------------------------- report

void row(const char* what, std::uint64_t bytes, std::size_t docs, double secs, const char* extra = "") {
  std::printf("  %-44s %9.2f MB/s %11.0f docs/s %8.3f s  %s\n", what, mb(bytes) / secs, double(docs) / secs, secs,
              extra);
}

// Scaling with document length (--scaling, --doc-length-only): the corpus
// as one stream, cut into documents of 1 KB .. 10 MB, 20 MB per size.
void doc_length_table(const attache::Extractor& x, const std::vector<Doc>& docs, const Args& args) {
  std::string stream;
  for (const auto& d : docs) {
    stream += d.text;
    stream += "\n\n";
  }
  std::vector<std::size_t> sizes = {1000, 10000, 100000, 1000000, 10000000};
  std::size_t total = 20000000;
  if (args.quick) {
    sizes.pop_back();
    total = 2000000;
  }
  total = std::min(total, stream.size());
  // (At least five passes: a long document's time is mostly the kernel
  // handing out fresh memory, which on a virtual machine varies by a third
  // between passes of the same binary; the best of five is stable where the
  // best of two is not. Every size gets the same number.)
  const int passes = args.quick ? args.repeat : std::max(args.repeat, 5);
  std::printf("\n== Scaling with document length: %.1f MB in all per size, 1 thread, extract + to_json\n"
              "   (best of %d when a pass fits the %.0f s budget per size; otherwise one pass over the documents\n"
              "   that fit the budget, at least one)\n",
              mb(total), passes, args.scaling_budget);
  std::printf("  %-10s %7s %9s %10s %10s %10s %10s %8s %11s %9s %10s\n", "doc size", "docs", "measured", "MB/s", "ms/MB",
              "docs/s", "vs 10 KB", "CPU use", "CPU ms/MB", "vs 10 KB", "faults/MB");
  // (CPU time as well as wall time: on a shared machine the thread may wait
  // for a core, which the wall figure counts and the CPU figure does not.)
  std::map<std::size_t, double> per_mb, cpu_per_mb;
  for (std::size_t s : sizes) {
    if (s > total) continue;
    std::vector<Doc> cut = cut_documents(stream, s, total);
    double best = 0, best_cpu = 0;
    long best_faults = 0;
    std::uint64_t best_bytes = 0;
    std::size_t done = 0;
    for (int r = 0; r < passes; ++r) {
      const auto t0 = Clock::now();
      const double c0 = thread_cpu();
      const long f0 = thread_minor_faults();
      std::uint64_t b = 0;
      std::size_t k = 0;
      std::string j;  // (reused: see run_e2e)
      for (; k < cut.size(); ++k) {
        if (k > 0 && seconds_since(t0) > args.scaling_budget) break;
        attache::Document d = x.extract(cut[k].text, cut[k].info);
        j.clear();
        attache::to_json(d, j);
        b += cut[k].text.size();
      }
      const double secs = seconds_since(t0);
      if (r == 0 || secs / mb(b) < best / mb(best_bytes)) {
        best = secs;
        best_bytes = b;
        done = k;
        best_cpu = thread_cpu() - c0;
        best_faults = thread_minor_faults() - f0;
      }
      if (k < cut.size() || secs * (r + 2) > args.scaling_budget) break;
    }
    per_mb[s] = best * 1e3 / mb(best_bytes);
    cpu_per_mb[s] = best_cpu * 1e3 / mb(best_bytes);
    const std::string name = s >= 1000000 ? fmt("%zu MB", s / 1000000) : fmt("%zu KB", s / 1000);
    std::printf("  %-10s %7zu %9zu %10.2f %10.2f %10.2f %10s %7.0f%% %11.2f %9s %10.0f\n", name.c_str(), cut.size(), done,
                mb(best_bytes) / best, per_mb[s], done / best,
                per_mb.count(10000) ? fmt("%.2fx", per_mb[s] / per_mb[10000]).c_str() : "", 100 * best_cpu / best,
                cpu_per_mb[s], cpu_per_mb.count(10000) ? fmt("%.2fx", cpu_per_mb[s] / cpu_per_mb[10000]).c_str() : "",
                best_faults / mb(best_bytes));
  }
  const std::size_t big = per_mb.rbegin()->first;
  if (per_mb.count(10000))
    std::printf("  per-MB cost of %s documents / per-MB cost of 10 KB documents: %.2f (target within 0.8-1.2)\n",
                big >= 1000000 ? fmt("%zu MB", big / 1000000).c_str() : fmt("%zu KB", big / 1000).c_str(),
                per_mb[big] / per_mb[10000]);
  if (cpu_per_mb.count(10000))
    std::printf("  the same in CPU time of the thread: %.2f\n", cpu_per_mb[big] / cpu_per_mb[10000]);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 3 && std::strcmp(argv[1], "--measure-child") == 0) return measure_child_main(argc, argv);
  const Args args = parse_args(argc, argv);
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  // glibc hands blocks over its mmap threshold (at most 32 MB) back to the
  // system when they are freed, so every long document pays again to fault
  // fresh pages in, where short ones reuse warm memory. --keep-memory shows
  // how much of the cost of long documents that is.
  if (args.keep_memory) {
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
  }
  std::cout << "malloc: " << (args.keep_memory ? "freed memory kept for reuse (--keep-memory)" : "glibc default")
            << "\n";

  // ---- construction
  double first_ms = 0;
  std::vector<double> ctor_ms;
  std::unique_ptr<attache::Extractor> xp;
  // (15: on this kind of shared virtual machine one construction varies by
  // a fifth from the next, and a median of four moved by as much between
  // runs.)
  for (int i = 0; i < (args.e2e_only ? 1 : 15); ++i) {
    const auto t0 = Clock::now();
    auto made = attache::Extractor::create();
    const double ms = seconds_since(t0) * 1e3;
    if (!made) {
      std::cerr << "attache-bench: " << made.error().what() << "\n";
      return 2;
    }
    if (i == 0) first_ms = ms;
    ctor_ms.push_back(ms);
    xp = std::make_unique<attache::Extractor>(std::move(*made));
  }
  const attache::Extractor& x = *xp;
  // (The statistics are of the constructions after the first, which also
  // loads ICU's data.)
  const std::size_t constructions = ctor_ms.size();
  if (ctor_ms.size() > 1) ctor_ms.erase(ctor_ms.begin());
  std::sort(ctor_ms.begin(), ctor_ms.end());
  const long rss_after_ctor = proc_status_kb("VmHWM");

  std::printf("attache-bench: attache %s, %s\n", attache::version(), attache::dependency_versions().c_str());
  std::printf("\n== Extractor construction (Extractor::create(), built-in data)\n");
  std::printf("  first: %.1f ms (includes ICU data loading); then min %.1f ms, median %.1f ms over %zu\n", first_ms,
              ctor_ms.front(), ctor_ms[ctor_ms.size() / 2], ctor_ms.size());
  std::printf("  peak RSS after %zu constructions: %.1f MB\n", constructions, rss_after_ctor / 1024.0);

  // ---- corpus
  std::vector<Doc> docs;
  const auto tg = Clock::now();
  std::unique_ptr<Generator> gen;
  if (!args.input.empty()) {
    docs = load_input(args.input);
    std::printf("\n== Corpus: %s\n", args.input.c_str());
  } else {
    gen = std::make_unique<Generator>(load_generator(args.corpus_dir, x));
    std::uint64_t subs = 0;
    docs = generate(*gen, std::uint64_t(args.size_mb * 1e6), args.seed, &subs);
    std::size_t occ = 0;
    for (const auto& p : gen->passages) occ += p.occ.size();
    std::printf("\n== Corpus: generated from %s/*.jsonl, seed %llu\n", args.corpus_dir.c_str(),
                (unsigned long long)args.seed);
    std::printf("  %zu passages; swap pools: %zu country names, %zu person names (%zu occurrences); %llu names swapped\n",
                gen->passages.size(), gen->pool[0].size(), gen->pool[1].size(), occ, (unsigned long long)subs);
  }
  if (docs.empty()) {
    std::cerr << "attache-bench: no documents\n";
    return 2;
  }
  const std::uint64_t bytes = total_bytes(docs);
  std::uint64_t non_ascii = 0;
  for (const auto& d : docs)
    for (unsigned char c : d.text) non_ascii += c >= 0x80;
  std::printf("  %zu documents, %.2f MB, mean %.0f B/document, %.2f%% non-ASCII bytes (built in %.2f s)\n", docs.size(),
              mb(bytes), double(bytes) / docs.size(), 100.0 * non_ascii / bytes, seconds_since(tg));

  if (!args.write_corpus.empty()) {
    std::ofstream out(args.write_corpus, std::ios::binary);
    for (const auto& d : docs)
      out << nlohmann::json{{"id", d.info.id}, {"text", d.text}, {"date", d.info.date}}.dump(-1, ' ', false,
                                                                                         nlohmann::json::error_handler_t::replace)
          << '\n';
    out.close();
    if (!out) {
      std::cerr << "attache-bench: cannot write " << args.write_corpus << "\n";
      return 2;
    }
    std::printf("  written to %s\n", args.write_corpus.c_str());
    return 0;
  }
  if (args.doc_length_only) {
    doc_length_table(x, docs, args);
    return 0;
  }
  if (args.e2e_only) {
    E2E e = run_e2e(x, docs, 1);
    std::printf("\n== End to end, 1 thread, one pass\n");
    row("extract + to_json", bytes, docs.size(), e.secs, fmt("CPU use %.0f%%", 100 * e.cpu / e.secs).c_str());
    std::printf("  peak RSS (VmHWM): %.1f MB\n", proc_status_kb("VmHWM") / 1024.0);
    return 0;
  }

  // ---- ICU word
  double icu_mbs = 0;
  if (args.icu) {
    IcuWord best;
    for (int r = 0; r < args.repeat; ++r) {
      IcuWord w = run_icu_word(docs);
      if (r == 0 || w.secs < best.secs) best = w;
    }
    icu_mbs = mb(bytes) / best.secs;
    std::printf("\n== ICU word BreakIterator alone (UTF-8 UText, setText per document), 1 thread, best of %d\n",
                args.repeat);
    row("ICU word BreakIterator", bytes, docs.size(), best.secs,
        fmt("%.2f M words/s, %.1f ns/B", best.words / best.secs / 1e6, best.secs * 1e9 / bytes).c_str());
  }

  // ---- end to end
  std::vector<std::uint64_t> h1, hn;
  std::vector<std::uint32_t> l1, ln;
  std::printf("\n== End to end: extract() + to_json() from memory, one shared Extractor, best of %d\n", args.repeat);
  E2E e1 = best_e2e(x, docs, 1, args.repeat, &h1, &l1);
  std::printf("  (load average before: %s; CPU use = CPU seconds of the working threads / (wall x threads))\n",
              loadavg().c_str());
  row("1 thread", bytes, docs.size(), e1.secs,
      fmt("%.1f ns/B, %.1f us/doc, CPU use %.0f%%, %.2f MB/s per CPU-second", e1.secs * 1e9 / bytes,
          e1.secs * 1e6 / docs.size(), 100 * e1.cpu / e1.secs, mb(bytes) / e1.cpu).c_str());
  std::printf("  output: %.2f MB of JSON (%.2f x input), %llu entities, %llu events\n", mb(e1.out_bytes),
              double(e1.out_bytes) / bytes, (unsigned long long)e1.entities, (unsigned long long)e1.events);
  std::vector<unsigned> tcounts;
  if (args.threads != 1) tcounts.push_back(args.threads);
  if (args.threads > 2) tcounts.insert(tcounts.begin(), 2);
  for (unsigned n : tcounts) {
    E2E en = best_e2e(x, docs, n, args.repeat, &hn, &ln);
    std::size_t diff = 0;
    for (std::size_t i = 0; i < docs.size(); ++i) diff += (hn[i] != h1[i] || ln[i] != l1[i]);
    row(fmt("%u threads", n).c_str(), bytes, docs.size(), en.secs,
        fmt("speed-up %.2fx, CPU use %.0f%%, %.2f MB/s per CPU-second", e1.secs / en.secs,
            100 * en.cpu / (en.secs * n), mb(bytes) / en.cpu).c_str());
    std::printf("  %u-thread output identical to 1-thread output: %s (%zu of %zu records differ; per-record length "
                "+ 64-bit hash)\n",
                n, diff == 0 ? "YES" : "NO", diff, docs.size());
  }
  if (icu_mbs > 0)
    std::printf("  ratio of attache end to end (1 thread) to ICU word BreakIterator: %.2f (target >= 1.5)\n",
                mb(bytes) / e1.secs / icu_mbs);

  // ---- stages
  if (args.stages) {
    auto chain = make_chain();
    StageTimes best;
    double best_sum = 0;
    std::size_t same = 0;
    for (int r = 0; r < args.repeat; ++r) {
      StageTimes st;
      std::size_t s = 0;
      const auto t0 = Clock::now();
      for (std::size_t i = 0; i < docs.size(); ++i) {
        std::string j = staged_extract(*chain, docs[i], st);
        if (r == 0) s += hash_of(j) == h1[i] && j.size() == l1[i];
      }
      const double wall = seconds_since(t0);
      if (r == 0) same = s;
      if (r == 0 || wall < best_sum) { best = st; best_sum = wall; }
    }
    double sum = 0;
    for (double t : best.t) sum += t;
    std::printf("\n== Stages, 1 thread (Extractor::extract re-created from src/ pieces), best of %d\n", args.repeat);
    std::printf("  the staged chain reproduces Extractor::extract + to_json byte for byte: %s (%zu of %zu records)\n",
                same == docs.size() ? "YES" : "NO", same, docs.size());
    std::printf("  %-46s %10s %9s %7s\n", "stage", "MB/s", "ns/B", "share");
    for (int s = 0; s < kStages; ++s)
      std::printf("  %-46s %10.1f %9.2f %6.1f%%\n", kStageName[s], mb(bytes) / best.t[s], best.t[s] * 1e9 / bytes,
                  100 * best.t[s] / sum);
    std::printf("  %-46s %10.1f %9.2f %6.1f%%\n", "sum of stages", mb(bytes) / sum, sum * 1e9 / bytes, 100.0);
    std::printf("  (wall time of the staged pass: %.1f MB/s; issue 5's groups: sanitize+segment %.1f MB/s, "
                "entity lookup %.1f MB/s, events %.1f MB/s, JSON %.1f MB/s)\n",
                mb(bytes) / best_sum,
                mb(bytes) / (best.t[kSanitize] + best.t[kTokenize] + best.t[kSplit] + best.t[kAssemble]),
                mb(bytes) / best.t[kEntities], mb(bytes) / best.t[kEvents], mb(bytes) / best.t[kJson]);
  }

  // ---- scaling
  if (args.scaling) {
    doc_length_table(x, docs, args);

    // gazetteer size
    const std::size_t extra_n = args.quick ? 20000 : 100000;
    const std::string dir = fmt("/tmp/attache-bench-%d", int(getpid()));
    fs::create_directories(dir);
    const std::string tsv = dir + "/extra-people.tsv";
    {
      auto chain = make_chain();
      std::vector<std::string> codes;
      for (const auto& c : chain->lexicon.countries) codes.push_back(c.code);
      std::vector<std::string> given;
      std::size_t n = 0;
      const auto* files = attache::lexicon::embedded_files(&n);
      for (std::size_t i = 0; i < n; ++i)
        if (std::string_view(files[i].path) == "data/people/given-names.txt") {
          std::istringstream in(std::string(files[i].data, files[i].size));
          std::string line;
          while (std::getline(in, line))
            if (!line.empty() && line[0] != '#' && line.find(' ') == std::string::npos) given.push_back(line);
        }
      write_people(tsv, extra_n, codes, given, args.seed);
    }
    attache::Options o;
    o.data_files = {tsv};
    const auto t0 = Clock::now();
    auto big_x = attache::Extractor::create(o);
    const double big_ms = seconds_since(t0) * 1e3;
    if (!big_x) {
      std::cerr << "attache-bench: " << big_x.error().what() << "\n";
      return 2;
    }
    std::vector<Doc> sub;
    std::uint64_t sb = 0;
    const std::uint64_t gaz_total = args.quick ? 2000000 : 20000000;
    for (const auto& d : docs) {
      if (sb >= gaz_total) break;
      sub.push_back(d);
      sb += d.text.size();
    }
    // Interleaved passes, best of each.
    E2E bd, bx;
    for (int r = 0; r < std::max(2, args.repeat); ++r) {
      E2E a = run_e2e(x, sub, 1), b = run_e2e(*big_x, sub, 1);
      if (r == 0 || a.secs < bd.secs) bd = a;
      if (r == 0 || b.secs < bx.secs) bx = b;
    }
    std::printf("\n== Scaling with gazetteer size: %.1f MB, 1 thread, extract + to_json, best of %d interleaved\n",
                mb(sb), std::max(2, args.repeat));
    row("default data", sb, sub.size(), bd.secs,
        fmt("%.1f ns/B, %llu entities, CPU use %.0f%%", bd.secs * 1e9 / sb, (unsigned long long)bd.entities,
            100 * bd.cpu / bd.secs).c_str());
    row(fmt("default + %zu made-up people", extra_n).c_str(), sb, sub.size(), bx.secs,
        fmt("%.1f ns/B, %llu entities, CPU use %.0f%%", bx.secs * 1e9 / sb, (unsigned long long)bx.entities,
            100 * bx.cpu / bx.secs).c_str());
    std::printf("  per-byte cost ratio (bigger / default): %.2f (target <= 1.2); construction with the extra table: "
                "%.0f ms\n",
                bx.secs / bd.secs, big_ms);
    std::error_code ec;
    fs::remove_all(dir, ec);
  }

  // ---- the CLI as a child process
  if (args.cli && !args.extract_bin.empty() && fs::exists(args.extract_bin)) {
    const std::string dir = fmt("/tmp/attache-bench-cli-%d", int(getpid()));
    fs::create_directories(dir);
    std::printf("\n== attache-extract as a child process (%s)\n", args.extract_bin.c_str());
    std::printf("  reads a .jsonl file, writes JSON Lines to /dev/null; peak RSS = wait4() ru_maxrss, from a small helper\n");
    const std::size_t sizes[] = {docs.size() / 4, docs.size()};
    for (std::size_t count : sizes) {
      if (count == 0) continue;
      const std::string path = dir + "/corpus.jsonl";
      write_jsonl(path, docs, count);
      std::uint64_t b = 0;
      for (std::size_t i = 0; i < count; ++i) b += docs[i].text.size();
      const double file_mb = mb(fs::file_size(path));
      for (unsigned n : {1u, args.threads}) {
        ChildRun c = run_child({args.extract_bin, "--input-format", "jsonl", "-j", std::to_string(n), path});
        std::printf("  %7zu docs (%6.1f MB text, %6.1f MB file), -j %u: %s %7.2f MB/s of text, %6.2f s, peak RSS %.1f MB\n",
                    count, mb(b), file_mb, n, c.ok ? "ok  " : fmt("exit %d", c.status).c_str(), mb(b) / c.secs, c.secs,
                    c.maxrss_kb / 1024.0);
        if (n == args.threads || args.threads == 1) break;
      }
    }
    // Peak memory must not depend on document length either: the same text
    // as 100 KB and 1 MB documents, and 10 MiB ones (the CLI reads the first
    // 4 MiB, its --max-doc-bytes, and skips the rest).
    std::string stream;
    for (const auto& d : docs) {
      if (stream.size() >= (std::size_t{24} << 20)) break;
      stream += d.text;
      stream += "\n\n";
    }
    std::printf("  long documents (peak RSS must stay bounded whatever their length):\n");
    const std::pair<std::size_t, std::size_t> shapes[] = {
        {100000, std::size_t{24} << 20}, {1000000, std::size_t{24} << 20}, {std::size_t{10} << 20, std::size_t{10} << 20}};
    for (const auto& [size, total] : shapes) {
      if (args.quick && size > 1000000) continue;
      const std::vector<Doc> cut = cut_documents(stream, size, total);
      const std::string path = dir + "/long.jsonl";
      write_jsonl(path, cut, cut.size());
      const std::uint64_t b = total_bytes(cut);
      ChildRun c = run_child({args.extract_bin, "--input-format", "jsonl", "-j", std::to_string(args.threads), path});
      std::printf("  %7zu docs of %8zu B (%6.1f MB text), -j %u: %s %7.2f MB/s of text, %6.2f s, peak RSS %.1f MB\n",
                  cut.size(), size, mb(b), args.threads, c.ok ? "ok  " : fmt("exit %d", c.status).c_str(), mb(b) / c.secs,
                  c.secs, c.maxrss_kb / 1024.0);
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
  }

  std::printf("\n== Memory\n  peak RSS of attache-bench (VmHWM; holds the corpus in memory): %.1f MB\n",
              proc_status_kb("VmHWM") / 1024.0);
  return 0;
}
