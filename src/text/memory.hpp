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

#include <atomic>
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
// and threads should not idle on long documents' memory either: the
// command line runs one thread per core, and their kept state adds up.
// So, per kind of state (one KeepPolicy each, in units of bytes, tokens or
// sentences):
// * a state up to `floor` (a few hundred KB of text) is always kept;
// * a state up to `ceiling` (about 2 MB of text) is kept by at most
//   `threads` threads of the process at a time; the others release theirs
//   after their document, as does any thread with a bigger state;
// * a kept state over `floor` is released before a document that needs
//   under a quarter of it.
// So the process holds between documents at most `threads` states of up to
// `ceiling`, and small ones, whatever the number of cores.
class KeepPolicy {
 public:
  constexpr KeepPolicy(std::size_t floor, std::size_t ceiling, int threads) noexcept
      : floor_(floor), ceiling_(ceiling), free_(threads) {}
  KeepPolicy(const KeepPolicy&) = delete;
  KeepPolicy& operator=(const KeepPolicy&) = delete;

  // A thread's standing with the policy: a thread_local beside the state.
  class Thread {
   public:
    explicit Thread(KeepPolicy& policy) noexcept : p_(policy) {}
    ~Thread() { drop(); }
    Thread(const Thread&) = delete;
    Thread& operator=(const Thread&) = delete;

    // Before a document that needs about `needed`: release a state of `held`?
    bool release_before(std::size_t held, std::size_t needed) {
      if (held <= p_.floor_ || held / 4 <= needed) return false;
      drop();
      return true;
    }
    // After a document: release its state of `held`?
    bool release_after(std::size_t held) {
      if (held <= p_.floor_) {
        drop();
        return false;
      }
      if (held <= p_.ceiling_ && take()) return false;
      drop();
      return true;
    }

   private:
    bool take() {
      if (slot_) return true;
      int f = p_.free_.load(std::memory_order_relaxed);
      while (f > 0)
        if (p_.free_.compare_exchange_weak(f, f - 1, std::memory_order_relaxed)) return slot_ = true;
      return false;
    }
    void drop() {
      if (!slot_) return;
      p_.free_.fetch_add(1, std::memory_order_relaxed);
      slot_ = false;
    }
    KeepPolicy& p_;
    bool slot_ = false;  // holds one of the policy's `threads` places
  };

 private:
  const std::size_t floor_, ceiling_;
  std::atomic<int> free_;  // places left
};

}  // namespace attache::text

#endif  // ATTACHE_TEXT_MEMORY_HPP_
