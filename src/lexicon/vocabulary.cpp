#include "lexicon/vocabulary.hpp"

#include <stdexcept>

namespace attache::lexicon {

std::uint32_t Vocabulary::intern(std::string_view key) {
  const std::uint32_t found = find(key);
  if (found != kNone) return found;
  if (words_.size() >= kNone - 1 || arena_.size() + key.size() >= 0xFFFFFFFFu)
    throw std::length_error("vocabulary is full");
  const std::uint32_t id = std::uint32_t(words_.size());
  words_.push_back(Word{std::uint32_t(arena_.size()), std::uint32_t(key.size())});
  arena_.append(key);
  if (key.size() == 1) single_[static_cast<unsigned char>(key[0])] = id;
  // Keep the load factor at or below one half.
  if (2 * words_.size() > slots_.size()) rehash(2 * slots_.size());
  else place(key, id);
  return id;
}

namespace {
// The table size that keeps n keys at a load factor of one half or less.
std::size_t slots_for(std::size_t n) {
  std::size_t slots = 1024;
  while (slots < 2 * n) slots *= 2;
  return slots;
}
}  // namespace

void Vocabulary::reserve(std::size_t words) {
  if (slots_for(words) > slots_.size()) rehash(slots_for(words));
  words_.reserve(words);
  arena_.reserve(words * 8);
}

void EdgeMap::reserve(std::size_t n) {
  if (slots_for(n) > slots_.size()) rehash(slots_for(n));
}

void Vocabulary::place(std::string_view key, std::uint32_t id) {
  const std::uint64_t h = hash_bytes(key);
  std::size_t i = std::size_t(h) & mask_;
  while (slots_[i].meta != kEmpty) i = (i + 1) & mask_;
  slots_[i].meta = std::uint64_t(tag_of(h, key.size())) << 32 | id;
  slots_[i].head = key.size() <= 8 ? detail::short_word(key.data(), key.size()) : 0;
}

void Vocabulary::rehash(std::size_t slots) {
  slots_.assign(slots, Slot{});
  mask_ = slots - 1;
  for (std::uint32_t id = 0; id < words_.size(); ++id) place(word(id), id);
}

std::uint32_t EdgeMap::insert(std::uint64_t key, std::uint32_t value, bool* inserted) {
  std::size_t i = slot_of(key);
  for (; slots_[i].key != kEmpty; i = (i + 1) & mask_)
    if (slots_[i].key == key) {
      *inserted = false;
      return slots_[i].value;
    }
  *inserted = true;
  slots_[i] = Slot{key, value};
  const std::uint64_t f = filter_of(key);
  filter_[f >> 6] |= std::uint64_t{1} << (f & 63);
  if (2 * ++size_ > slots_.size()) rehash(2 * slots_.size());
  return value;
}

void EdgeMap::rehash(std::size_t slots) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slots, Slot{});
  mask_ = slots - 1;
  filter_.assign(slots * 4 / 64, 0);  // slots >= 1024, so a whole number of words
  filter_mask_ = slots * 4 - 1;
  for (const Slot& s : old) {
    if (s.key == kEmpty) continue;
    const std::uint64_t f = filter_of(s.key);
    filter_[f >> 6] |= std::uint64_t{1} << (f & 63);
    std::size_t i = slot_of(s.key);
    while (slots_[i].key != kEmpty) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

}  // namespace attache::lexicon
