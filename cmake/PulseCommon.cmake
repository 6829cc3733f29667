# One place for the flags every Pulse target carries: warnings, strict Qt, sanitizers, ccache.

find_program(PULSE_CCACHE ccache)
if(PULSE_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${PULSE_CCACHE})
endif()

add_library(pulse_options INTERFACE)
target_compile_options(pulse_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
  -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(PULSE_WERROR)
  target_compile_options(pulse_options INTERFACE -Werror)
endif()
target_compile_definitions(pulse_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(PULSE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# pulse_add_test(NAME SOURCES... [LIBS ...]): one Qt Test executable per class or feature.
function(pulse_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE pulse_options Qt6::Test pulse_test_support ${T_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;PULSE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    TIMEOUT 300)
endfunction()
