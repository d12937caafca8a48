// attache/attache.hpp -- the whole public API.
//
// attache reads English news and returns, as values or JSON, the countries,
// people and organizations it names (resolved to identities: ISO 3166-1
// alpha-3 codes for countries) and the diplomatic events it reports
// (embassy closures, reopenings, diplomatic visits), with roles, evidence
// spans, time and polarity. See README.md.
#ifndef ATTACHE_ATTACHE_HPP_
#define ATTACHE_ATTACHE_HPP_

#include "attache/document.hpp"
#include "attache/error.hpp"
#include "attache/extractor.hpp"
#include "attache/json.hpp"
#include "attache/options.hpp"
#include "attache/text.hpp"
#include "attache/version.hpp"

#endif  // ATTACHE_ATTACHE_HPP_
