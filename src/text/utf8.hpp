// text/utf8 -- turn arbitrary bytes into valid UTF-8, counting every change.
#ifndef ATTACHE_TEXT_UTF8_HPP_
#define ATTACHE_TEXT_UTF8_HPP_

#include <cstdint>
#include <string>
#include <string_view>

namespace attache::text {

struct SanitizeReport {
  std::uint64_t replaced = 0;     // U+FFFD written for invalid sequences
  std::uint64_t nul_removed = 0;  // NUL bytes (or U+0000 code units) dropped
  bool bom_removed = false;       // a leading U+FEFF was stripped
  std::string decoded_from;       // "UTF-16LE"/"UTF-16BE" when re-decoded
};

// Length of the valid UTF-8 sequence at p (1..4), or 0 if the bytes at p do
// not start one; `*subpart` receives the length of the maximal subpart to
// replace by one U+FFFD (>= 1) when 0 is returned.
int utf8_sequence_length(const unsigned char* p, const unsigned char* end, int* subpart);

}  // namespace attache::text

namespace attache { struct Document; }

namespace attache::text {

// Fills doc.text from raw bytes as Extractor::extract does: cut at
// max_bytes (never inside a character), sanitize, and record it all in
// doc.stats and doc.warnings.
void load_text(std::string_view bytes, std::size_t max_bytes, Document& doc);

// Valid UTF-8 out of any bytes: one U+FFFD per maximal subpart of an
// ill-formed sequence (Unicode 15, sec. 3.9, as ICU and Python do), NULs
// dropped, a leading UTF-8 BOM dropped. Input that starts with a UTF-16 BOM,
// or that is mostly NUL in every second byte, is decoded as UTF-16.
std::string sanitize(std::string_view bytes, SanitizeReport* report);

// True when s is valid UTF-8 (and contains no NUL when `allow_nul` is false).
bool is_valid_utf8(std::string_view s, bool allow_nul = true);

// The longest prefix of s not longer than max_bytes that ends on a code
// point boundary of valid UTF-8.
std::size_t utf8_floor(std::string_view s, std::size_t max_bytes);

// Number of code points in valid UTF-8.
std::uint64_t count_code_points(std::string_view s);

// Decodes one code point of valid UTF-8 at s[i], advancing i.
char32_t decode_next(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

}  // namespace attache::text

#endif  // ATTACHE_TEXT_UTF8_HPP_
