// text/utf8: the replacement policy, checked against fixed vectors and,
// differentially, against ICU's own UTF-8 conversion.
#include <doctest/doctest.h>
#include <unicode/ustring.h>

#include <random>
#include <string>
#include <vector>

#include "attache/text.hpp"
#include "text/utf8.hpp"

using attache::text::sanitize;
using attache::text::SanitizeReport;

namespace {

std::string fffd(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "\xEF\xBF\xBD";
  return s;
}

// ICU's conversion with U+FFFD substitution, back to UTF-8.
std::string icu_roundtrip(const std::string& in, int32_t* subs) {
  std::u16string buf(in.size() * 2 + 4, u'\0');
  int32_t len = 0;
  UErrorCode st = U_ZERO_ERROR;
  u_strFromUTF8WithSub(reinterpret_cast<UChar*>(buf.data()), int32_t(buf.size()), &len, in.data(), int32_t(in.size()),
                       0xFFFD, subs, &st);
  REQUIRE(U_SUCCESS(st));
  std::string out(len * 3 + 4, '\0');
  int32_t olen = 0;
  st = U_ZERO_ERROR;
  u_strToUTF8(out.data(), int32_t(out.size()), &olen, reinterpret_cast<const UChar*>(buf.data()), len, &st);
  REQUIRE(U_SUCCESS(st));
  out.resize(olen);
  return out;
}

}  // namespace

TEST_SUITE("text") {

TEST_CASE("invalid UTF-8 becomes one U+FFFD per maximal subpart") {
  struct Case {
    const char* name;
    std::string in, out;
    int replaced;
  };
  const Case cases[] = {
      {"PRI-121 vector", "a\xF1\x80\x80\xE1\x80\xC2" "b\x80" "c\x80\xBF" "d",
       "a" + fffd(1) + fffd(1) + fffd(1) + "b" + fffd(1) + "c" + fffd(2) + "d", 6},
      {"overlong C0 80", "x\xC0\x80y", "x" + fffd(2) + "y", 2},
      {"overlong E0 80 80", "\xE0\x80\x80", fffd(3), 3},
      {"surrogate ED A0 80", "\xED\xA0\x80", fffd(3), 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", fffd(4), 4},
      {"lone continuation bytes", "\x80\x81z", fffd(2) + "z", 2},
      {"truncated at the end", "ok\xE2\x82", "ok" + fffd(1), 1},
      {"Latin-1 cafe", "caf\xE9", "caf" + fffd(1), 1},
      {"valid multibyte kept", "T\xC3\xBCrkiye \xF0\x9F\x98\x80", "T\xC3\xBCrkiye \xF0\x9F\x98\x80", 0},
  };
  for (const auto& c : cases) {
    INFO(std::string(c.name));
    SanitizeReport r;
    CHECK(sanitize(c.in, &r) == c.out);
    CHECK(r.replaced == std::uint64_t(c.replaced));
    int32_t subs = 0;
    CHECK(icu_roundtrip(c.in, &subs) == c.out);
    CHECK(subs == c.replaced);
  }
}

TEST_CASE("NULs are removed and counted, a leading BOM stripped") {
  SanitizeReport r;
  CHECK(sanitize(std::string("Ko\0rea", 6), &r) == "Korea");
  CHECK(r.nul_removed == 1);
  CHECK(sanitize("\xEF\xBB\xBFNepal", &r) == "Nepal");
  CHECK(r.bom_removed);
  // A BOM later in the text is content, not a marker.
  CHECK(sanitize("a\xEF\xBB\xBF" "b", &r) == "a\xEF\xBB\xBF" "b");
  CHECK_FALSE(r.bom_removed);
}

TEST_CASE("UTF-16 input is recognised and decoded") {
  SanitizeReport r;
  const std::string le("\xFF\xFEK\0o\0r\0e\0a\0", 12);
  CHECK(sanitize(le, &r) == "Korea");
  CHECK(r.decoded_from == "UTF-16LE");
  CHECK(r.bom_removed);
  const std::string be("\xFE\xFF\0K\0o", 6);
  CHECK(sanitize(be, &r) == "Ko");
  CHECK(r.decoded_from == "UTF-16BE");
  // Without a BOM: NUL in every second byte.
  const std::string nobom("N\0o\0r\0t\0h\0 \0K\0o\0r\0e\0a\0", 22);
  CHECK(sanitize(nobom, &r) == "North Korea");
  CHECK(r.decoded_from == "UTF-16LE");
  CHECK(r.nul_removed == 0);
}

TEST_CASE("differential: random bytes give what ICU gives, and sanitizing is idempotent") {
  std::mt19937 rng(20231103);
  const unsigned char alphabet[] = {'a', ' ', 0x80, 0xBF, 0xC2, 0xC0, 0xE0, 0xE1, 0xED, 0xEF, 0xF0,
                                    0xF1, 0xF4, 0xF5, 0xFF, 0xA0, 0x90, 0x8F, 0x9F, 0xBB, 0xBD};
  for (int iter = 0; iter < 20000; ++iter) {
    std::string in(rng() % 12, '\0');
    for (auto& c : in) c = char(alphabet[rng() % sizeof alphabet]);
    std::size_t replaced = 0;
    const std::string mine = attache::sanitize_utf8(in, &replaced);
    int32_t subs = 0;
    const std::string icu = icu_roundtrip(in, &subs);
    CAPTURE(in);
    REQUIRE(mine == icu);
    REQUIRE(replaced == std::size_t(subs));
    REQUIRE(attache::is_valid_utf8(mine));
    REQUIRE(attache::sanitize_utf8(mine) == mine);
  }
}

TEST_CASE("sanitize and count_code_points: word-at-a-time paths agree with byte-at-a-time") {
  // The byte loop sanitize() had before its 8-byte ASCII skip: the reference.
  auto reference = [](const std::string& in, SanitizeReport* r) {
    std::string out;
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    const auto* end = p + in.size();
    while (p < end) {
      if (*p >= 0x01 && *p < 0x80) { out += char(*p++); continue; }
      if (*p == 0) { ++r->nul_removed; ++p; continue; }
      int sub = 0;
      const int len = attache::text::utf8_sequence_length(p, end, &sub);
      if (len) { out.append(reinterpret_cast<const char*>(p), len); p += len; continue; }
      out += "\xEF\xBF\xBD";
      ++r->replaced;
      p += sub;
    }
    return out;
  };
  std::mt19937 rng(99);
  const std::vector<std::string> pieces = {"abcdefgh", "North Korea ", "x", " ", std::string(1, '\0'), "\xC3\xA9",
                                           "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xC3", "\xFF", "\x80", "\xED\xA0\x80"};
  for (int iter = 0; iter < 20000; ++iter) {
    std::string in = "Text: ";  // never a BOM, never UTF-16-like
    for (int k = 0, m = int(rng() % 20); k < m; ++k) in += pieces[rng() % pieces.size()];
    SanitizeReport got, want;
    const std::string out = sanitize(in, &got);
    CAPTURE(in);
    REQUIRE(out == reference(in, &want));
    REQUIRE(got.replaced == want.replaced);
    REQUIRE(got.nul_removed == want.nul_removed);
    std::uint64_t cps = 0;
    for (char c : out) cps += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    REQUIRE(attache::text::count_code_points(out) == cps);
  }
}

TEST_CASE("utf8_floor never splits a character") {
  const std::string s = "a\xC3\xA9" "b";  // a, e-acute, b
  CHECK(attache::text::utf8_floor(s, 2) == 1);
  CHECK(attache::text::utf8_floor(s, 3) == 3);
  CHECK(attache::text::utf8_floor(s, 10) == 4);
}

}  // TEST_SUITE
