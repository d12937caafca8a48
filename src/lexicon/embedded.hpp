// lexicon/embedded -- the data/ folder compiled into the library.
//
// The build turns every file of data/ into a string in a generated source
// file (cmake/embed_data.cmake), so an Extractor needs no files at run time.
#ifndef ATTACHE_LEXICON_EMBEDDED_HPP_
#define ATTACHE_LEXICON_EMBEDDED_HPP_

#include <cstddef>
#include <string_view>

namespace attache::lexicon {

struct EmbeddedFile {
  const char* path;  // relative to the project root: "data/countries/aliases.tsv"
  const char* data;
  std::size_t size;
};

// The embedded files in a stable order (sorted by path).
const EmbeddedFile* embedded_files(std::size_t* count);

}  // namespace attache::lexicon

#endif  // ATTACHE_LEXICON_EMBEDDED_HPP_
