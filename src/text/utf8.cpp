#include "text/utf8.hpp"
#include "text/memory.hpp"

#include <algorithm>
#include <cstring>

namespace attache::text {

namespace {
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
}  // namespace

int utf8_sequence_length(const unsigned char* p, const unsigned char* end, int* subpart) {
  const unsigned char b = p[0];
  if (b < 0x80) return 1;
  int need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    need = 1;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 2;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;  // no surrogates
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    *subpart = 1;  // C0, C1, F5..FF and lone continuation bytes
    return 0;
  }
  int i = 1;
  for (; i <= need; ++i) {
    if (p + i >= end) break;
    const unsigned char c = p[i];
    const unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
    if (c < l || c > h) break;
  }
  if (i == need + 1) return need + 1;
  *subpart = i;  // the lead byte and the continuation bytes that fit
  return 0;
}

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

std::string decode_utf16(std::string_view bytes, bool little, SanitizeReport* r) {
  std::string out;
  out.reserve(bytes.size());
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size() / 2;
  auto unit = [&](std::size_t k) -> char32_t {
    return little ? char32_t(p[2 * k] | (p[2 * k + 1] << 8)) : char32_t((p[2 * k] << 8) | p[2 * k + 1]);
  };
  for (std::size_t k = 0; k < n; ++k) {
    char32_t u = unit(k);
    if (u == 0) { ++r->nul_removed; continue; }
    if (u >= 0xD800 && u <= 0xDBFF && k + 1 < n) {
      char32_t v = unit(k + 1);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        ++k;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) { out += kReplacement; ++r->replaced; continue; }
    append_utf8(out, u);
  }
  if (bytes.size() % 2) { out += kReplacement; ++r->replaced; }
  return out;
}

// UTF-16 without a BOM: NUL in most odd (LE) or even (BE) positions of the
// first 4 KiB, while real UTF-8 text has almost no NUL at all.
int looks_like_utf16(std::string_view b) {
  const std::size_t n = std::min<std::size_t>(b.size(), 4096) & ~std::size_t{1};
  if (n < 8) return 0;
  std::size_t odd = 0, even = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += b[i] == 0;
    odd += b[i + 1] == 0;
  }
  const std::size_t pairs = n / 2;
  if (odd * 10 >= pairs * 7 && even * 10 < pairs) return 1;  // little endian
  if (even * 10 >= pairs * 7 && odd * 10 < pairs) return 2;  // big endian
  return 0;
}

}  // namespace

std::string sanitize(std::string_view bytes, SanitizeReport* r) {
  SanitizeReport local;
  if (!r) r = &local;
  *r = SanitizeReport{};
  if (bytes.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
    int utf16 = 0;
    if (b0 == 0xFF && b1 == 0xFE) utf16 = 1;
    else if (b0 == 0xFE && b1 == 0xFF) utf16 = 2;
    if (utf16) {
      r->bom_removed = true;
      r->decoded_from = utf16 == 1 ? "UTF-16LE" : "UTF-16BE";
      return decode_utf16(bytes.substr(2), utf16 == 1, r);
    }
    if (int guess = looks_like_utf16(bytes)) {
      r->decoded_from = guess == 1 ? "UTF-16LE" : "UTF-16BE";
      return decode_utf16(bytes, guess == 1, r);
    }
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    r->bom_removed = true;
    bytes.remove_prefix(3);
  }
  std::string out;
  reserve_huge(out, bytes.size());
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  const auto* run = p;  // start of the current run of valid bytes
  while (p < end) {
    // Eight ASCII bytes, none NUL, at a time: the common case.
    while (end - p >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      if ((x & kHighs) | ((x - kOnes) & ~x & kHighs)) break;  // a byte >= 0x80, or a NUL
      p += 8;
    }
    if (p == end) break;
    if (*p >= 0x01 && *p < 0x80) { ++p; continue; }
    if (*p == 0) {
      out.append(reinterpret_cast<const char*>(run), p - run);
      ++r->nul_removed;
      run = ++p;
      continue;
    }
    int sub = 0;
    int len = utf8_sequence_length(p, end, &sub);
    if (len) { p += len; continue; }
    out.append(reinterpret_cast<const char*>(run), p - run);
    out += kReplacement;
    ++r->replaced;
    run = p += sub;
  }
  out.append(reinterpret_cast<const char*>(run), p - run);
  return out;
}

bool is_valid_utf8(std::string_view s, bool allow_nul) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    // (Eight ASCII bytes at a time, none of them NUL unless allowed: the
    // data tables and most news are nearly all ASCII.)
    while (end - p >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      constexpr std::uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
      if (x & kHigh) break;
      if (!allow_nul && ((x - kOnes) & ~x & kHigh)) break;  // (a zero byte)
      p += 8;
    }
    if (p == end) break;
    if (*p < 0x80) {
      if (*p == 0 && !allow_nul) return false;
      ++p;
      continue;
    }
    int sub = 0;
    int len = utf8_sequence_length(p, end, &sub);
    if (!len) return false;
    p += len;
  }
  return true;
}

std::size_t utf8_floor(std::string_view s, std::size_t max_bytes) {
  if (max_bytes >= s.size()) return s.size();
  std::size_t i = max_bytes;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

std::uint64_t count_code_points(std::string_view s) {
  // Bytes that are not continuation bytes (10xxxxxx), eight at a time: one
  // bit per continuation byte, summed by the multiply into the top byte.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, conts = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, p + i, 8);
    const std::uint64_t c = (x & ~(x << 1) & kHighs) >> 7;
    conts += (c * kOnes) >> 56;
  }
  for (; i < s.size(); ++i) conts += (p[i] & 0xC0) == 0x80;
  return s.size() - conts;
}

char32_t decode_next(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) { ++i; return b; }
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t cp = b & (0x7F >> len);
  for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace attache::text

// ---- the document's text ----
#include "attache/document.hpp"

namespace attache::text {

void load_text(std::string_view bytes, std::size_t max_bytes, Document& doc) {
  doc.stats.input_bytes = bytes.size();
  if (bytes.size() > max_bytes) {
    std::size_t cut = max_bytes;
    // Step back over continuation bytes so no character is split.
    for (int k = 0; k < 3 && cut > 0 && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80; ++k) --cut;
    doc.warnings.push_back("document of " + std::to_string(bytes.size()) + " bytes is longer than max_doc_bytes (" +
                           std::to_string(max_bytes) + "): only the first " + std::to_string(cut) + " bytes were read");
    doc.stats.truncated = true;
    bytes = bytes.substr(0, cut);
  }
  SanitizeReport rep;
  doc.text = sanitize(bytes, &rep);
  doc.stats.invalid_utf8_replaced = rep.replaced;
  doc.stats.nul_removed = rep.nul_removed;
  doc.stats.bom_removed = rep.bom_removed;
  doc.stats.decoded_from = rep.decoded_from;
  if (!rep.decoded_from.empty()) doc.warnings.push_back("the input looked like " + rep.decoded_from + " and was decoded as such");
  if (rep.bom_removed) doc.warnings.push_back("removed a byte order mark at the start");
  if (rep.replaced) doc.warnings.push_back("replaced " + std::to_string(rep.replaced) + " invalid UTF-8 sequence(s) with U+FFFD");
  if (rep.nul_removed) doc.warnings.push_back("removed " + std::to_string(rep.nul_removed) + " NUL character(s)");
  doc.stats.bytes = doc.text.size();
  doc.stats.chars = count_code_points(doc.text);
}

}  // namespace attache::text

// ---- public API (attache/text.hpp) ----
#include "attache/text.hpp"

namespace attache {

std::string sanitize_utf8(std::string_view bytes, std::size_t* replaced) {
  std::string out;
  out.reserve(bytes.size());
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  std::size_t n = 0;
  while (p < end) {
    if (*p < 0x80) { out += char(*p++); continue; }
    int sub = 0;
    int len = text::utf8_sequence_length(p, end, &sub);
    if (len) {
      out.append(reinterpret_cast<const char*>(p), len);
      p += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++n;
      p += sub;
    }
  }
  if (replaced) *replaced = n;
  return out;
}

bool is_valid_utf8(std::string_view bytes) { return text::is_valid_utf8(bytes); }

}  // namespace attache
