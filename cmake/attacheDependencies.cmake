# Finds attache's dependencies and defines ICU::uc, ICU::data, re2::re2 and
# Threads::Threads (Extractor::create loads its data on two threads).
# Used by the build and by the installed attacheConfig.cmake.
# RE2: its CMake package when present; otherwise pkg-config (Debian 12 ships
# only re2.pc). A target the parent project already defined is respected.
include(CMakeFindDependencyMacro)
if(NOT TARGET ICU::uc)
  find_package(ICU 60 REQUIRED COMPONENTS uc data)
endif()
if(NOT TARGET Threads::Threads)
  find_package(Threads REQUIRED)
endif()
if(NOT TARGET re2::re2)
  find_package(re2 CONFIG QUIET)
  if(re2_FOUND)
    set(ATTACHE_RE2_VERSION "${re2_VERSION}")
  else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(ATTACHE_RE2 REQUIRED IMPORTED_TARGET GLOBAL re2)
    add_library(re2::re2 ALIAS PkgConfig::ATTACHE_RE2)
    set(ATTACHE_RE2_VERSION "${ATTACHE_RE2_VERSION}")
  endif()
endif()
if(NOT ATTACHE_RE2_VERSION)
  set(ATTACHE_RE2_VERSION "unknown")
endif()
