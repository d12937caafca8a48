// attache/extractor.hpp -- the entry point: build once, extract many times.
//
// Represents: an immutable extractor holding the compiled lexicon (countries,
// places, people, organizations, titles) and the event rules.
// Thread safety: after create() returns, extract() is const and safe to call
// from any number of threads at once on one shared Extractor; per-call
// scratch comes from an internal pool, never from shared mutable state.
// Ownership: move-only; the Document returned by extract() is independent of
// the Extractor and owns its text.
// Units: the C++ API speaks UTF-8 byte offsets (Span); JSON adds code points.
//
//   auto made = attache::Extractor::create();
//   if (!made) return fail(made.error().what());
//   attache::DocumentInfo info{"doc-1", "2023-11-03"};
//   attache::Document d = made->extract(text, info);
//   std::cout << attache::to_json(d) << "\n";
#ifndef ATTACHE_EXTRACTOR_HPP_
#define ATTACHE_EXTRACTOR_HPP_

#include <memory>
#include <string>
#include <string_view>

#include "attache/document.hpp"
#include "attache/error.hpp"
#include "attache/export.hpp"
#include "attache/options.hpp"

namespace attache {

// What the caller knows about a document besides its bytes.
struct DocumentInfo {
  std::string id;    // echoed in the output
  std::string date;  // publication date "YYYY-MM-DD" (or "" if unknown); used
                     // to normalize "on Friday", "last month"
};

class ATTACHE_EXPORT Extractor {
 public:
  // Loads and compiles the data. Fails with Errc::data_error / rule_error
  // naming "file:line" of the first bad line, Errc::io_error for unreadable
  // files, Errc::invalid_argument for bad option values.
  static Result<Extractor> create(const Options& options = {});

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;
  ~Extractor();

  // Any bytes are accepted: invalid UTF-8 is replaced with U+FFFD (one per
  // maximal subpart), NULs are removed, a leading BOM is stripped, UTF-16
  // with a BOM is decoded; all of it counted in stats and warnings. Never
  // throws for bad input; an internal failure is reported in errors.
  Document extract(std::string_view bytes, const DocumentInfo& info = {}) const;

  const Options& options() const;
  // Hex digest of every table and rule file loaded, in load order.
  const std::string& data_fingerprint() const;
  // Event types declared by the loaded rule files, in declaration order.
  std::vector<std::string> event_types() const;

  struct Impl;

 private:
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace attache

#endif  // ATTACHE_EXTRACTOR_HPP_
