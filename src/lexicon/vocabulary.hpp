// lexicon/vocabulary -- folded word keys to dense ids, in one flat hash table.
//
// Every phrase index of an Extractor (gazetteer, event triggers, rule word
// lists) shares one Vocabulary, so a document's tokens are looked up once
// and every index then works on integer ids. The table is open addressing
// with linear probing over 64-bit slots (32-bit hash tag + id) and keeps the
// key bytes in one arena: a probe touches one cache line of slots and, on a
// tag match, the key itself. No allocation per lookup.
// Mutable while an Extractor is being built; read-only (and thread safe)
// afterwards.
#ifndef ATTACHE_LEXICON_VOCABULARY_HPP_
#define ATTACHE_LEXICON_VOCABULARY_HPP_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace attache::lexicon {

namespace detail {

inline std::uint64_t load64(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline std::uint64_t load32(const char* p) noexcept {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// The last 1-15 bytes of a key as one word (with n, which the caller mixes
// in, this is one-to-one for n < 8): two overlapping loads, or three bytes,
// never a byte loop and never a read outside [p, p + n).
inline std::uint64_t tail_word(const char* p, std::size_t n) noexcept {
  if (n >= 4) return load32(p) | load32(p + n - 4) << 32;
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return u[0] | std::uint64_t(u[n / 2]) << 8 | std::uint64_t(u[n - 1]) << 16;
}

// A key of up to 8 bytes as one word: with n, one-to-one (tail_word() for
// n < 4, two overlapping loads for 4 to 8).
inline std::uint64_t short_word(const char* p, std::size_t n) noexcept {
  return n == 0 ? 0 : n >= 4 ? load32(p) | load32(p + n - 4) << 32 : tail_word(p, n);
}

}  // namespace detail

// A 64-bit hash of a short byte string: 8 bytes per multiply, then a final
// mix. (Keys are folded words, mostly under 16 bytes.)
// Where the compiler has 128-bit integers, a key of up to 8 bytes (most
// words) takes one 64x64->128 multiply whose halves are folded together;
// every input bit reaches both halves' mix, so the low bits (the slot) and
// the high bits (the tag) both depend on the whole key. Every PhraseIndex,
// Vocabulary and the recognizer's tables hash with this; nothing stores a
// hash beyond the life of the process.
#if defined(__SIZEOF_INT128__)
namespace detail {
__extension__ typedef unsigned __int128 uint128;  // (__extension__: no -Wpedantic warning)
inline std::uint64_t fold_multiply(std::uint64_t a, std::uint64_t b) noexcept {
  const uint128 r = static_cast<uint128>(a) * b;
  return std::uint64_t(r) ^ std::uint64_t(r >> 64);
}
}  // namespace detail

inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  constexpr std::uint64_t kMix = 0xD6E8FEB86659FD93ull;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = 0x243F6A8885A308D3ull ^ (n * kMul);
  if (n <= 8) {
    // (tail_word() with n is one-to-one for n < 8; two loads make 8.)
    const std::uint64_t w = detail::short_word(p, n);
    return detail::fold_multiply(h ^ w, kMix);
  }
  while (n > 8) {
    h = detail::fold_multiply(h ^ detail::load64(p), kMul);
    p += 8;
    n -= 8;
  }
  // The last 1-8 bytes, read as the 8 that end the key (n was in the seed).
  return detail::fold_multiply(h ^ detail::load64(p + n - 8), kMix);
}
#else
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * kMul);
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    h = (h ^ detail::load64(p)) * kMul;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    h = (h ^ detail::tail_word(p, n)) * kMul;
    h ^= h >> 31;
  }
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}
#endif

// a[0, n) == b[0, n): inline word compares up to 16 bytes (most keys),
// memcmp beyond.
inline bool equal_bytes(const char* a, const char* b, std::size_t n) noexcept {
  using detail::load32;
  using detail::load64;
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    return ((load64(a) ^ load64(b)) | (load64(a + n - 8) ^ load64(b + n - 8))) == 0;
  }
  if (n >= 4) return ((load32(a) ^ load32(b)) | (load32(a + n - 4) ^ load32(b + n - 4))) == 0;
  return n == 0 || detail::tail_word(a, n) == detail::tail_word(b, n);
}

// s == k for a literal: with k's length known to the compiler, a few
// loads instead of a call to string_view::compare() (out of line in
// libstdc++; about 40 instructions each, tens of thousands per MB).
template <std::size_t N>
__attribute__((always_inline)) inline bool eq(std::string_view s, const char (&k)[N]) {
  return s.size() == N - 1 && std::memcmp(s.data(), k, N - 1) == 0;
}

class Vocabulary {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  Vocabulary() {
    rehash(1024);
    for (std::uint32_t& id : single_) id = kNone;
  }

  // The id of a key, or kNone.
  std::uint32_t find(std::string_view key) const noexcept { return find_inline(key); }

  // The same, always inlined: for a loop over every token of a document
  // (PhraseIndex::ids()), where a call would cost a third more.
#if defined(__GNUC__) || defined(__clang__)
  __attribute__((always_inline))
#endif
  std::uint32_t find_inline(std::string_view key) const noexcept {
    return find_hashed(key, key.size() == 1 ? 0 : hash_bytes(key));
  }

  // For a loop over many keys: the hash of a key (hash_bytes()), with a
  // prefetch of its first slot. The table (16 bytes a slot, twice as many
  // slots as words) is larger than the first-level cache, so a loop that
  // hashes a block of keys first (PhraseIndex::ids(): 32) finds most of
  // their slots loaded when find_hashed(key, h) looks them up.
#if defined(__GNUC__) || defined(__clang__)
  __attribute__((always_inline))
#endif
  std::uint64_t hash_and_prefetch(std::string_view key) const noexcept {
    if (key.size() == 1) return 0;
    const std::uint64_t h = hash_bytes(key);
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(&slots_[std::size_t(h) & mask_]);
#endif
    return h;
  }

  // find() with the key's hash given (h = hash_bytes(key); any value for a
  // one-byte key).
#if defined(__GNUC__) || defined(__clang__)
  __attribute__((always_inline))
#endif
  std::uint32_t find_hashed(std::string_view key, std::uint64_t h) const noexcept {
    // (One-byte keys, most of them punctuation, are a seventh of a
    // document's tokens: an array answers those.)
    const std::size_t n = key.size();
    if (n == 1) return single_[static_cast<unsigned char>(key[0])];
    const std::uint32_t tag = tag_of(h, n);
    if (n <= 8) {
      // (Most words: the slot holds the key itself, so equal tags, which
      // hold the length, and equal words are equal keys.)
      const std::uint64_t w = detail::short_word(key.data(), n);
      for (std::size_t i = std::size_t(h) & mask_;; i = (i + 1) & mask_) {
        const Slot& slot = slots_[i];
        if (slot.meta == kEmpty) return kNone;
        if (std::uint32_t(slot.meta >> 32) == tag && slot.head == w) return std::uint32_t(slot.meta);
      }
    }
    for (std::size_t i = std::size_t(h) & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.meta == kEmpty) return kNone;
      if (std::uint32_t(slot.meta >> 32) == tag) {
        const std::uint32_t id = std::uint32_t(slot.meta);
        const Word& w = words_[id];
        if (w.len == n && equal_bytes(arena_.data() + w.off, key.data(), n)) return id;
      }
    }
  }

  // The id of a key, adding it when new.
  std::uint32_t intern(std::string_view key);
  // Room for `words` keys without rehashing (a hint; more may be added).
  void reserve(std::size_t words);

  std::uint32_t size() const noexcept { return std::uint32_t(words_.size()); }
  std::string_view word(std::uint32_t id) const { return std::string_view(arena_).substr(words_[id].off, words_[id].len); }

 private:
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
  struct Word {
    std::uint32_t off, len;
  };
  struct Slot {
    std::uint64_t meta = kEmpty;  // (tag << 32 | id), or kEmpty
    std::uint64_t head = 0;       // a key of up to 8 bytes: detail::short_word() of it
  };
  // 24 bits of the hash and the key's length (up to 255): equal tags mean
  // equal lengths for keys shorter than that.
  static std::uint32_t tag_of(std::uint64_t h, std::size_t n) noexcept {
    return (std::uint32_t(h >> 32) & 0xFFFFFF00u) | std::uint32_t(n < 255 ? n : 255);
  }
  void rehash(std::size_t slots);
  void place(std::string_view key, std::uint32_t id);

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<Word> words_;           // per id: its key in arena_
  std::uint32_t single_[256];         // the id of each one-byte key, or kNone
  std::string arena_;
};

// A map from 64-bit keys (never ~0) to 32-bit values, open addressing: the
// phrase trie's edges, (node << 32 | word id) -> child node.
class EdgeMap {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  EdgeMap() { rehash(1024); }

  std::uint32_t find(std::uint64_t key) const noexcept {
    // Most probes miss (a word that continues no phrase): a bit per key
    // hash, in a table small enough to stay in cache, answers those
    // without touching the slots.
    const std::uint64_t f = filter_of(key);
    if (!(filter_[f >> 6] >> (f & 63) & 1)) return kNone;
    for (std::size_t i = slot_of(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == kEmpty) return kNone;
    }
  }
  // Inserts key -> value unless key is present; returns the value stored.
  std::uint32_t insert(std::uint64_t key, std::uint32_t value, bool* inserted);
  // Room for `n` keys without rehashing (a hint; more may be added).
  void reserve(std::size_t n);
  std::size_t size() const noexcept { return size_; }

 private:
  static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
  struct Slot {
    std::uint64_t key = kEmpty;
    std::uint32_t value = kNone;
  };
  std::size_t slot_of(std::uint64_t key) const noexcept {
    return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & mask_;
  }
  std::uint64_t filter_of(std::uint64_t key) const noexcept {
    return ((key ^ (key >> 29)) * 0xC2B2AE3D27D4EB4Full >> 24) & filter_mask_;
  }
  void rehash(std::size_t slots);

  std::vector<std::uint64_t> filter_;  // 4 bits per slot, one set per key
  std::uint64_t filter_mask_ = 0;      // (bits - 1)
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace attache::lexicon

#endif  // ATTACHE_LEXICON_VOCABULARY_HPP_
