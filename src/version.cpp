#include "attache/version.hpp"

#include <re2/re2.h>
#include <unicode/uversion.h>

#include "attache/json.hpp"

#ifndef ATTACHE_VERSION_STRING
#define ATTACHE_VERSION_STRING "0.0.0"
#endif

namespace attache {

const char* version() { return ATTACHE_VERSION_STRING; }
const char* schema() { return kSchema; }

std::string dependency_versions() {
  UVersionInfo v;
  u_getVersion(v);
  char icu[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(v, icu);
#ifdef ATTACHE_RE2_VERSION
  const char* re2 = ATTACHE_RE2_VERSION;
#else
  const char* re2 = "unknown";
#endif
  return std::string("ICU ") + icu + ", RE2 " + re2;
}

}  // namespace attache
