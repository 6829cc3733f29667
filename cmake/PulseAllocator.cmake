# pulse_allocator: the memory allocator Pulse's executables link. On Linux that is jemalloc (Debian:
# libjemalloc-dev). An import allocates every row's strings on its reading thread and frees them on
# the projection's thread; glibc's malloc takes the allocating arena's lock for each such free, and
# the 10M-row import spent about a quarter of its CPU in malloc and free (docs/decisions.md,
# "jemalloc for the executables"). Libraries and tests keep the system allocator, and sanitizer
# builds never take jemalloc: AddressSanitizer brings its own.

if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT PULSE_SANITIZE)
  set(_pulse_jemalloc_default ON)
else()
  set(_pulse_jemalloc_default OFF)
endif()
option(PULSE_JEMALLOC "Link pulse and pulse-server with jemalloc (Linux; off with PULSE_SANITIZE)"
  ${_pulse_jemalloc_default})
if(PULSE_JEMALLOC AND PULSE_SANITIZE)
  message(FATAL_ERROR "PULSE_JEMALLOC and PULSE_SANITIZE exclude each other: AddressSanitizer replaces malloc")
endif()

add_library(pulse_allocator INTERFACE)
if(PULSE_JEMALLOC)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(JEMALLOC IMPORTED_TARGET jemalloc)
  if(NOT JEMALLOC_FOUND)
    message(FATAL_ERROR "jemalloc not found: install libjemalloc-dev (scripts/setup.sh does), "
      "or configure with -DPULSE_JEMALLOC=OFF to keep the system allocator")
  endif()
  target_link_libraries(pulse_allocator INTERFACE PkgConfig::JEMALLOC)
endif()
