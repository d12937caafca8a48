// The pipeline: bytes -> text/ -> lexicon/ -> entities/ -> events/ -> Document.
#include "attache/extractor.hpp"

#include <algorithm>
#include <filesystem>
#include <exception>
#include <fstream>
#include <future>
#include <iterator>
#include <thread>

#include "entities/recognizer.hpp"
#include "events/extract.hpp"
#include "events/rules.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"
#include "text/memory.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace attache {
namespace {

bool ok(const Error& e) { return e.message.empty(); }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_data_file(std::string_view p) { return ends_with(p, ".tsv") || ends_with(p, ".txt") || ends_with(p, ".rules"); }

}  // namespace

struct Extractor::Impl {
  Options options;
  lexicon::Lexicon lexicon;
  events::RuleSet rules;
  std::unique_ptr<text::SentenceSplitter> splitter;
  std::unique_ptr<entities::Recognizer> recognizer;
  std::unique_ptr<events::EventExtractor> events;
  std::string fingerprint;
  std::uint64_t hash = 1469598103934665603ull;

  // Each file's bytes through the vocabulary's word-at-a-time hash, chained
  // (a byte at a time was 2 million dependent multiplies, some 3 ms of
  // construction).
  void mix(std::string_view s) { hash = (hash ^ lexicon::hash_bytes(s)) * 1099511628211ull; }

  Error load(std::string_view path, std::string_view content) {
    mix(path);
    mix(content);
    if (ends_with(path, ".rules")) return rules.load(path, content);
    return lexicon.load(path, content);
  }

  // The built-in files, as load() of each in order would, on two threads:
  // a helper parses the tables and then loads the rules, while this thread
  // builds the lexicon from the tables and word lists in file order (the
  // order, and so the ids, of one thread). The lexicon is most of the work;
  // parsing and the rules are about a seventh of it.
  Error load_builtin(const lexicon::EmbeddedFile* files, std::size_t n) {
    std::vector<std::size_t> tables, lists, rule_files;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view path = files[i].path;
      if (!is_data_file(path)) continue;
      mix(path);
      mix(std::string_view(files[i].data, files[i].size));
      (ends_with(path, ".tsv") ? tables : ends_with(path, ".rules") ? rule_files : lists).push_back(i);
    }
    std::vector<std::promise<Result<lexicon::Table>>> parsed(tables.size());
    std::vector<std::future<Result<lexicon::Table>>> ready;
    for (auto& p : parsed) ready.push_back(p.get_future());
    Error rules_error;
    std::exception_ptr rules_exception;
    std::thread helper([&] {
      for (std::size_t k = 0; k < tables.size(); ++k) {
        const lexicon::EmbeddedFile& f = files[tables[k]];
        try {
          parsed[k].set_value(lexicon::parse_tsv(f.path, std::string_view(f.data, f.size)));
        } catch (...) {
          parsed[k].set_exception(std::current_exception());
        }
      }
      try {
        for (const std::size_t i : rule_files) {
          rules_error = rules.load(files[i].path, std::string_view(files[i].data, files[i].size));
          if (!ok(rules_error)) return;
        }
      } catch (...) {
        rules_exception = std::current_exception();
      }
    });
    // (The helper is joined on every way out, an exception included.)
    struct Join {
      std::thread& t;
      ~Join() {
        if (t.joinable()) t.join();
      }
    } join{helper};
    std::size_t next_table = 0, next_list = 0;
    while (next_table < tables.size() || next_list < lists.size()) {
      const bool table = next_list == lists.size() || (next_table < tables.size() && tables[next_table] < lists[next_list]);
      Error e;
      if (table) {
        e = lexicon.load(ready[next_table++].get());
      } else {
        const lexicon::EmbeddedFile& f = files[lists[next_list++]];
        e = lexicon.load(f.path, std::string_view(f.data, f.size));
      }
      if (!ok(e)) return e;
    }
    helper.join();
    if (rules_exception) std::rethrow_exception(rules_exception);
    return rules_error;
  }
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

const Options& Extractor::options() const { return impl_->options; }
const std::string& Extractor::data_fingerprint() const { return impl_->fingerprint; }

std::vector<std::string> Extractor::event_types() const {
  std::vector<std::string> out;
  for (const auto& t : impl_->rules.types) out.push_back(t.name);
  return out;
}

Result<Extractor> Extractor::create(const Options& options) {
  if (options.max_doc_bytes == 0 || options.max_doc_bytes > 0xFFFFFFF0u)
    return Error{Errc::invalid_argument, "max_doc_bytes must be between 1 and 4294967280", "Options::max_doc_bytes"};
  if (options.max_sentence_tokens < 8 || options.max_sentence_tokens > 100000)
    return Error{Errc::invalid_argument, "max_sentence_tokens must be between 8 and 100000", "Options::max_sentence_tokens"};
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  try {
    if (options.use_builtin_data) {
      std::size_t n = 0;
      const lexicon::EmbeddedFile* files = lexicon::embedded_files(&n);
      // The tables' room, from the data's size, so that they do not grow
      // while loading: the built-in data has about a word and a trie edge
      // per 48 bytes (33,800 words and 41,300 edges in 2.15 MB). A larger
      // hint only doubles the tables (each keeps at most half its slots
      // full), which costs memory and cache misses, not time.
      std::size_t bytes = 0;
      for (std::size_t i = 0; i < n; ++i) bytes += files[i].size;
      impl->lexicon.reserve(bytes / 48);
      if (Error e = impl->load_builtin(files, n); !ok(e)) return e;
    }
    for (const auto& given : options.data_files) {
      std::vector<std::string> paths;
      std::error_code ec;
      if (std::filesystem::is_directory(given, ec)) {
        for (auto it = std::filesystem::recursive_directory_iterator(given, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
          if (it->is_regular_file(ec) && is_data_file(it->path().string())) paths.push_back(it->path().string());
        std::sort(paths.begin(), paths.end());
      } else {
        paths.push_back(given);
      }
      for (const auto& p : paths) {
        if (!is_data_file(p))
          return Error{Errc::invalid_argument, "data files end in .tsv, .txt or .rules", p};
        std::ifstream in(p, std::ios::binary);
        if (!in) return Error{Errc::io_error, "cannot open data file", p};
        std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad()) return Error{Errc::io_error, "cannot read data file", p};
        Error e = impl->load(p, content);
        if (!ok(e)) return e;
      }
    }
    if (Error e = impl->lexicon.finish(); !ok(e)) return e;
    if (Error e = impl->rules.finish(impl->lexicon.vocabulary()); !ok(e)) return e;
    auto splitter = text::SentenceSplitter::create(impl->lexicon.abbreviations);
    if (!splitter) return splitter.error();
    impl->splitter = std::move(*splitter);
  } catch (const std::exception& ex) {
    return Error{Errc::internal, ex.what(), "Extractor::create"};
  }
  impl->recognizer = std::make_unique<entities::Recognizer>(impl->lexicon, options.anaphor_entities, options.place_entities);
  impl->events = std::make_unique<events::EventExtractor>(impl->rules, impl->lexicon);
  char buf[17];
  static const char* hex = "0123456789abcdef";
  for (int i = 0; i < 16; ++i) buf[i] = hex[(impl->hash >> (60 - 4 * i)) & 15];
  buf[16] = 0;
  impl->fingerprint = buf;
  return Extractor(std::move(impl));
}

// The thread's working state (text/memory.hpp), by the room of its token
// vector (a third of a token per byte of text): always kept up to 100,000
// tokens (some 300 KB of text); up to 700,000 (about 2 MB of text, some
// 30 MB of state) by two threads at a time.
namespace {
text::KeepPolicy analysis_policy(100000, 700000, 2);
}  // namespace

Document Extractor::extract(std::string_view bytes, const DocumentInfo& info) const {
  Document doc;
  doc.id = info.id;
  events::Date date;
  if (!info.date.empty()) {
    date = events::parse_date(info.date);
    if (date.valid()) {
      doc.date = events::format_date(date);
    } else {
      doc.warnings.push_back("date \"" + std::string(text::is_valid_utf8(info.date) ? info.date : "?") +
                             "\" is not an ISO 8601 date (YYYY-MM-DD); ignored");
    }
  }
  try {
    text::load_text(bytes, impl_->options.max_doc_bytes, doc);

    // The thread's working state, kept for its next document so that the
    // token, id and mention vectors reuse their memory. A long document's
    // is released when a much shorter one comes (news has about one token
    // per 4.5 bytes: bytes / 4 over-counts it a little), a huge one's at
    // once.
    thread_local entities::Analysis analysis;
    thread_local text::KeepPolicy::Thread keep(analysis_policy);
    entities::Analysis& a = analysis;
    if (keep.release_before(a.tokens.toks.capacity(), doc.text.size() / 4)) a = entities::Analysis();
    struct Release {
      entities::Analysis& a;
      text::KeepPolicy::Thread& keep;
      ~Release() {
        if (keep.release_after(a.tokens.toks.capacity())) a = entities::Analysis();
      }
    } release{a, keep};
    a.sentences.clear();
    a.mentions.clear();
    a.mention_of.clear();
    a.lex_ids.clear();
    a.dateline = -1;
    text::tokenize(doc.text, a.tokens);
    // The per-token vectors the recognizer fills (ids, then mention
    // indices) at their final size, with huge pages for a long document's
    // (see text/memory.hpp).
    const std::size_t n_tokens = a.tokens.toks.size();
    text::reserve_huge(a.lex_ids, n_tokens);
    text::reserve_huge(a.mention_of, n_tokens);
    std::vector<std::uint32_t> starts;
    impl_->splitter->split(doc.text, starts);
    // Sentences as token ranges (a sentence too long is split), counts and
    // the public tokens.
    text::publish_segments(a.tokens, starts, std::uint32_t(impl_->options.max_sentence_tokens), a.sentences, doc);
    impl_->recognizer->run(doc, a);
    impl_->events->run(doc, a, date, impl_->options.include_unasserted);
  } catch (const std::exception& ex) {
    doc.entities.clear();
    doc.events.clear();
    doc.errors.push_back(std::string("internal error: ") + ex.what());
  }
  return doc;
}

}  // namespace attache
