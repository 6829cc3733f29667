# The version, build identifier and build date that --version and the About dialog report, as a generated
# header: target pulse_build_info, header PulseBuildInfo.h.
#
# The build identifier is the git commit the tree was configured from (suffixed -dirty when it had
# local changes), read at configure time so a build does not run git on every step; it can therefore
# lag behind commits made since the last configure. Release and CI builds pass -DPULSE_BUILD_ID=...
# (for example the CI run's commit) to set it exactly; a tarball without .git reports none.
set(PULSE_BUILD_ID "" CACHE STRING "Build identifier shown by --version (default: git describe at configure time)")
set(_pulse_build_id "${PULSE_BUILD_ID}")
if(_pulse_build_id STREQUAL "" AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --always --dirty --abbrev=12
      WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
      OUTPUT_VARIABLE _pulse_build_id OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
endif()

# The build date is the configured commit's date, not the clock's, so two builds of one commit say the
# same; without git, CMake's TIMESTAMP (which honours SOURCE_DATE_EPOCH for reproducible builds).
set(PULSE_BUILD_DATE "" CACHE STRING "Build date shown in the About dialog, YYYY-MM-DD (default: the commit's date)")
set(_pulse_build_date "${PULSE_BUILD_DATE}")
if(_pulse_build_date STREQUAL "" AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" log -1 --format=%cs
      WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
      OUTPUT_VARIABLE _pulse_build_date OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
endif()
if(_pulse_build_date STREQUAL "")
  string(TIMESTAMP _pulse_build_date "%Y-%m-%d" UTC)
endif()

configure_file("${CMAKE_CURRENT_LIST_DIR}/PulseBuildInfo.h.in" "${PROJECT_BINARY_DIR}/generated/PulseBuildInfo.h" @ONLY)
add_library(pulse_build_info INTERFACE)
target_include_directories(pulse_build_info INTERFACE "${PROJECT_BINARY_DIR}/generated")
target_link_libraries(pulse_build_info INTERFACE Qt6::Core)
