// fuzz_utf8 -- the UTF-8 sanitizers, differentially against ICU.
//
// attache::sanitize_utf8 (public) must equal ICU's u_strFromUTF8WithSub with
// U+FFFD substitution (same output bytes, so the same count and positions of
// U+FFFD, one per maximal subpart) and report ICU's substitution count.
// attache::text::sanitize (the pipeline's first step) must equal ICU on each
// NUL-separated piece (NULs are dropped, and a NUL ends an ill-formed
// sequence), minus a leading UTF-8 BOM, when it read the input as UTF-8; when
// it decoded UTF-16 (a FF FE / FE FF BOM, or NUL in most odd/even bytes), the
// result must equal ICU's UTF-16 -> UTF-8 conversion of the code units
// between U+0000 units (U+FFFD for unpaired surrogates, one more for an odd
// byte).
// Both are idempotent (text::sanitize up to a BOM that the first pass
// uncovered: "EF BB BF EF BB BF" loses one BOM per pass, by design) and give
// valid UTF-8; text::sanitize output has no NUL. is_valid_utf8 agrees with ICU.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include "attache/text.hpp"
#include "text/utf8.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& a = {}, const std::string& b = {}) {
  auto hex = [](const std::string& s) {
    std::string h;
    char buf[4];
    for (std::size_t i = 0; i < s.size() && i < 256; ++i) {
      std::snprintf(buf, sizeof buf, "%02X ", static_cast<unsigned char>(s[i]));
      h += buf;
    }
    return h;
  };
  std::fprintf(stderr, "fuzz_utf8: invariant broken: %s\n  attache: %s\n  icu:     %s\n", what, hex(a).c_str(), hex(b).c_str());
  std::fflush(stderr);
  std::abort();
}

std::string to_utf8(const std::u16string& units, int32_t* subs) {
  std::string out(units.size() * 3 + 1, '\0');
  int32_t len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), int32_t(out.size()), &len, reinterpret_cast<const UChar*>(units.data()),
                     int32_t(units.size()), 0xFFFD, subs, &err);
  if (U_FAILURE(err)) fail("ICU u_strToUTF8WithSub failed");
  out.resize(len);
  return out;
}

// ICU's reading of bytes as UTF-8, each maximal subpart replaced by U+FFFD.
std::string icu_utf8(std::string_view bytes, int32_t* subs) {
  *subs = 0;
  if (bytes.empty()) return {};
  std::u16string units(bytes.size(), u'\0');  // one byte never makes more than one unit
  int32_t len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8WithSub(reinterpret_cast<UChar*>(units.data()), int32_t(units.size()), &len, bytes.data(),
                       int32_t(bytes.size()), 0xFFFD, subs, &err);
  if (U_FAILURE(err)) fail("ICU u_strFromUTF8WithSub failed");
  units.resize(len);
  int32_t ignored = 0;
  return to_utf8(units, &ignored);
}

// ICU's reading of bytes as UTF-16: U+0000 units are dropped, and like a NUL
// byte in UTF-8 a U+0000 unit separates (a surrogate pair split by U+0000 is
// two unpaired surrogates, as attache decodes it).
std::string icu_utf16(std::string_view bytes, bool little, int32_t* subs) {
  std::string out;
  std::u16string units;
  *subs = 0;
  auto flush = [&] {
    int32_t s = 0;
    out += to_utf8(units, &s);
    *subs += s;
    units.clear();
  };
  for (std::size_t k = 0; k + 1 < bytes.size(); k += 2) {
    const unsigned char a = bytes[k], b = bytes[k + 1];
    const char16_t u = little ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
    if (u) units += u;
    else flush();
  }
  flush();
  if (bytes.size() % 2) { out += "\xEF\xBF\xBD"; ++*subs; }
  return out;
}

void check_sanitize_utf8(std::string_view in) {
  std::size_t n = 0;
  const std::string out = attache::sanitize_utf8(in, &n);
  int32_t subs = 0;
  const std::string want = icu_utf8(in, &subs);
  if (out != want) fail("sanitize_utf8 differs from ICU", out, want);
  if (n != std::size_t(subs)) fail("sanitize_utf8 count differs from ICU");
  if (!attache::is_valid_utf8(out)) fail("sanitize_utf8 output is not valid UTF-8", out);
  if (attache::is_valid_utf8(in) != (subs == 0)) fail("is_valid_utf8 disagrees with ICU", std::string(in));
  std::size_t n2 = 1;
  if (attache::sanitize_utf8(out, &n2) != out || n2 != 0) fail("sanitize_utf8 is not idempotent", out);
}

void check_text_sanitize(std::string_view in) {
  attache::text::SanitizeReport r;
  const std::string out = attache::text::sanitize(in, &r);
  if (!attache::text::is_valid_utf8(out, /*allow_nul=*/false)) fail("text::sanitize output is not valid NUL-free UTF-8", out);

  const bool bom16 = in.size() >= 2 && ((static_cast<unsigned char>(in[0]) == 0xFF && static_cast<unsigned char>(in[1]) == 0xFE) ||
                                        (static_cast<unsigned char>(in[0]) == 0xFE && static_cast<unsigned char>(in[1]) == 0xFF));
  std::size_t nuls = 0;
  for (char c : in) nuls += c == 0;
  int32_t subs = 0;
  std::string want;
  if (r.decoded_from.empty()) {
    if (bom16) fail("a UTF-16 BOM was not decoded as UTF-16", std::string(in.substr(0, 16)));
    std::string_view rest = in;
    bool bom8 = false;
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") { rest.remove_prefix(3); bom8 = true; }
    std::size_t total = 0;
    while (true) {  // ICU on each NUL-separated piece
      const std::size_t z = rest.find('\0');
      int32_t s = 0;
      want += icu_utf8(rest.substr(0, z), &s);
      total += std::size_t(s);
      if (z == std::string_view::npos) break;
      rest.remove_prefix(z + 1);
    }
    if (out != want) fail("text::sanitize differs from ICU", out, want);
    if (r.replaced != total) fail("text::sanitize replaced count differs from ICU");
    if (r.nul_removed != nuls) fail("text::sanitize nul_removed differs from the NUL count");
    if (r.bom_removed != bom8) fail("text::sanitize bom_removed is wrong");
  } else {
    const bool little = r.decoded_from == "UTF-16LE";
    if (!little && r.decoded_from != "UTF-16BE") fail("unknown decoded_from", r.decoded_from);
    std::size_t head = std::min<std::size_t>(in.size(), 4096), head_nuls = 0;
    for (std::size_t i = 0; i < head; ++i) head_nuls += in[i] == 0;
    if (!bom16 && head_nuls * 10 < head * 3) fail("decoded as UTF-16 without a BOM and with few NULs", std::string(in.substr(0, 64)));
    const std::string_view units = bom16 ? in.substr(2) : in;
    if (bom16 != r.bom_removed) fail("bom_removed is wrong for UTF-16");
    if (bom16 && little != (static_cast<unsigned char>(in[0]) == 0xFF)) fail("UTF-16 byte order differs from the BOM");
    want = icu_utf16(units, little, &subs);
    if (out != want) fail("text::sanitize UTF-16 decoding differs from ICU", out, want);
    if (r.replaced != std::uint64_t(subs)) fail("text::sanitize UTF-16 replaced count differs from ICU");
  }

  // Idempotence: a second pass changes nothing (except a BOM uncovered by the first pass).
  attache::text::SanitizeReport r2;
  const std::string again = attache::text::sanitize(out, &r2);
  std::string expect = out;
  if (expect.compare(0, 3, "\xEF\xBB\xBF") == 0) expect.erase(0, 3);
  if (again != expect) fail("text::sanitize is not idempotent", again, expect);
  if (r2.replaced || r2.nul_removed || !r2.decoded_from.empty()) fail("text::sanitize second pass reported changes");

  // utf8_floor: a boundary not past the limit.
  const std::size_t limit = in.size() / 2;
  const std::size_t f = attache::text::utf8_floor(out, limit);
  if (f > limit || f > out.size() || (f < out.size() && (static_cast<unsigned char>(out[f]) & 0xC0) == 0x80))
    fail("utf8_floor is not a code point boundary within the limit", out);
  if (limit >= out.size() ? f != out.size() : limit - f > 3) fail("utf8_floor cut too much", out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (size > (1u << 28)) return 0;  // ICU lengths are int32_t
  check_sanitize_utf8(in);
  check_text_sanitize(in);
  return 0;
}
