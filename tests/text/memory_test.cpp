// text/memory: what a thread keeps of its working state between documents.
#include <doctest/doctest.h>

#include <thread>

#include "text/memory.hpp"

using attache::text::KeepPolicy;

TEST_SUITE("text") {

TEST_CASE("kept state: small always, long by a bounded number of threads, huge never") {
  // floor 10, ceiling 100, one thread at a time.
  KeepPolicy policy(10, 100, 1);
  KeepPolicy::Thread a(policy);
  CHECK_FALSE(a.release_after(8));    // small: kept, no place needed
  CHECK_FALSE(a.release_after(60));   // long: kept, takes the one place
  CHECK(a.release_after(500));        // over the ceiling: released
  CHECK_FALSE(a.release_after(60));   // the place was given back: taken again
  {
    // Another thread with a long state finds no place and releases it;
    // its small states stay.
    bool released_long = false, released_small = true;
    std::thread t([&] {
      KeepPolicy::Thread b(policy);
      released_long = b.release_after(60);
      released_small = b.release_after(5);
    });
    t.join();
    CHECK(released_long);
    CHECK_FALSE(released_small);
  }
  // Before a document a quarter the size or less, a long state goes, and
  // its place with it.
  CHECK_FALSE(a.release_before(60, 20));
  CHECK(a.release_before(60, 10));
  KeepPolicy::Thread c(policy);
  CHECK_FALSE(c.release_after(60));   // the place a gave back
  CHECK(a.release_after(60));         // now taken by c
  CHECK_FALSE(a.release_before(8, 1));  // small states never go before a document
}

TEST_CASE("kept state: a thread that ends gives its place back") {
  KeepPolicy policy(10, 100, 1);
  bool released = true;
  std::thread([&] {
    KeepPolicy::Thread t(policy);
    released = t.release_after(50);
  }).join();
  CHECK_FALSE(released);
  KeepPolicy::Thread u(policy);
  CHECK_FALSE(u.release_after(50));
}

}  // TEST_SUITE
