// attache/options.hpp -- how an Extractor is built.
//
// Represents: every setting of an Extractor, validated once by
// Extractor::create(). Plain aggregate; copy freely.
//
//   name (default)                 meaning
//   use_builtin_data (true)        load the tables and rules compiled into the
//                                  library from the project's data/ folder
//   data_files ({})                extra files loaded after the built-in data,
//                                  in order: *.tsv / *.txt tables or *.rules
//                                  event rules (same formats, see data/README.md);
//                                  a directory loads every such file inside it
//   include_unasserted (false)     also return negated and hypothetical events
//   anaphor_entities (false)       list anaphors ("the country") as COUNTRY
//                                  entities with form "anaphor"; they are
//                                  always resolved inside event arguments
//   place_entities (true)          list places (cities, capitals named as places,
//                                  regions) as PLACE entities with their country
//   max_doc_bytes (10 MiB)         a longer document is cut at a UTF-8 boundary,
//                                  with a warning and stats.truncated = true
//   max_sentence_tokens (400)      a longer sentence is split, keeping every
//                                  later step linear in the input
//
//   attache::Options o;
//   o.include_unasserted = true;
//   auto x = attache::Extractor::create(o);
#ifndef ATTACHE_OPTIONS_HPP_
#define ATTACHE_OPTIONS_HPP_

#include <cstddef>
#include <string>
#include <vector>

namespace attache {

struct Options {
  bool use_builtin_data = true;
  std::vector<std::string> data_files;
  bool include_unasserted = false;
  bool anaphor_entities = false;
  bool place_entities = true;
  std::size_t max_doc_bytes = std::size_t{10} << 20;
  std::size_t max_sentence_tokens = 400;
};

}  // namespace attache

#endif  // ATTACHE_OPTIONS_HPP_
