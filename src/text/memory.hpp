// text/memory -- advice to the kernel about the library's own large buffers.
//
// A long document's buffers (the JSON record, the token vectors, the text)
// are tens of MB each. glibc maps every block over its mmap threshold afresh
// and unmaps it on free, so each long document faults all of that memory in
// again, 4 KB at a time: one 10 MB document of news took some 118,000 minor
// faults (about 460 MB), some 14 ms of system time per MB of text, where
// 10 KB documents reuse warm heap memory and take none. Asking for
// transparent huge pages on the 2 MB-aligned inside of a buffer of several
// MB turns 512 faults into one (the kernel still zeroes the memory), and the
// fewer TLB misses make the passes over it a little faster too. Only the
// buffer's own pages are advised; nothing process-wide changes. Where THP
// is off ("never") or unsupported, this does nothing.
#ifndef ATTACHE_TEXT_MEMORY_HPP_
#define ATTACHE_TEXT_MEMORY_HPP_

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace attache::text {

// Buffers smaller than this are left alone (they mostly live in the malloc
// heap, warm, and a huge page would round them up).
inline constexpr std::size_t kHugeAdviceFrom = std::size_t{4} << 20;

// Advises huge pages for the whole 2 MB pages inside [p, p + bytes). Call it
// on memory not yet written (right after reserving), so that the first touch
// faults a huge page in.
inline void advise_huge_pages(const void* p, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (bytes < kHugeAdviceFrom || !p) return;
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  const std::uintptr_t b = (reinterpret_cast<std::uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
  const std::uintptr_t e = (reinterpret_cast<std::uintptr_t>(p) + bytes) & ~(kHuge - 1);
  if (e > b) madvise(reinterpret_cast<void*>(b), e - b, MADV_HUGEPAGE);  // (advice: a failure changes nothing)
#else
  (void)p;
  (void)bytes;
#endif
}

// v.reserve(n), with huge pages for a fresh block of several MB. Nothing
// when v already has room (its memory is advised, or touched, already).
template <class V>
void reserve_huge(V& v, std::size_t n) {
  if (v.capacity() >= n) return;
  v.reserve(n);
  advise_huge_pages(v.data(), v.capacity() * sizeof(typename V::value_type));
}

// What a thread keeps of its working state between documents. A stream of
// long documents should not fault the same memory in again for each one
// (some 2,500 page faults per MB of 1 MB documents, 5-10% of their time),
// and a thread should not idle on a huge document's memory either: the
// command line runs one thread per core, and their kept state adds up.
// So the state of a document up to `ceiling` stays for the next document
// (release_after() is false), a bigger one goes at once; and what stayed
// goes before a document that needs under a quarter of it, once it is
// over `floor` (release_before()). `held`, `needed`, `floor` and `ceiling`
// are in one unit, bytes or tokens.
inline bool release_before(std::size_t held, std::size_t needed, std::size_t floor) {
  return held > floor && held / 4 > needed;
}
inline bool release_after(std::size_t held, std::size_t ceiling) { return held > ceiling; }

}  // namespace attache::text

#endif  // ATTACHE_TEXT_MEMORY_HPP_
