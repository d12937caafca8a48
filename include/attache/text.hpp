// attache/text.hpp -- the text layer's UTF-8 policy, for callers that read
// bytes themselves (the CLI's JSON Lines reader uses it).
//
// Thread safety: pure functions.
//
//   std::size_t fixed = 0;
//   std::string clean = attache::sanitize_utf8(bytes, &fixed);
#ifndef ATTACHE_TEXT_HPP_
#define ATTACHE_TEXT_HPP_

#include <cstddef>
#include <string>
#include <string_view>

#include "attache/export.hpp"

namespace attache {

// Valid UTF-8 out of any bytes: each maximal subpart of an ill-formed
// sequence becomes one U+FFFD (as ICU and Python do); NUL bytes are kept.
// `replaced` (optional) receives the number of U+FFFD written.
ATTACHE_EXPORT std::string sanitize_utf8(std::string_view bytes, std::size_t* replaced = nullptr);

// True when bytes are well-formed UTF-8.
ATTACHE_EXPORT bool is_valid_utf8(std::string_view bytes);

}  // namespace attache

#endif  // ATTACHE_TEXT_HPP_
