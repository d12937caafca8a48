// attache/version.hpp -- versions of everything that leaves the process.
#ifndef ATTACHE_VERSION_HPP_
#define ATTACHE_VERSION_HPP_

#include <string>

#include "attache/export.hpp"

namespace attache {

// "0.1.0"
ATTACHE_EXPORT const char* version();
// "attache/1"
ATTACHE_EXPORT const char* schema();
// Versions of the libraries attache was built with: "ICU 72.1, RE2 2022-06-01".
ATTACHE_EXPORT std::string dependency_versions();

}  // namespace attache

#endif  // ATTACHE_VERSION_HPP_
