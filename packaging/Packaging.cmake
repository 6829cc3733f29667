# Installers for the three systems through CPack. Settings shared by every package are here; the
# files each system needs and its generators are in Linux.cmake, Windows.cmake and MacOS.cmake.
# Included last from the top-level CMakeLists.txt, once the targets it installs and deploys exist.
# docs/packaging.md says how to build each package.

set(PULSE_PACKAGE_CONTACT "The Pulse developers" CACHE STRING
  "Maintainer of the packages (Debian's Maintainer field); release builds give a name and address")

set(CPACK_PACKAGE_NAME pulse)
set(CPACK_PACKAGE_VENDOR "The Pulse developers")
set(CPACK_PACKAGE_CONTACT "${PULSE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Local-first product analytics: collector, REST API and workbench")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${CMAKE_CURRENT_LIST_DIR}/description.txt")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Pulse)
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Debug information stays in the build folder; the packages carry stripped binaries.
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

set(PULSE_BUNDLE_ID org.pulseanalytics.Pulse)
set(PULSE_ICON_DIR "${CMAKE_CURRENT_LIST_DIR}/icons")

# Pulse's licence (GPL-3.0-or-later, LICENSE) and the third-party notices go into every package; each
# system's file says where. The installers' licence page shows LICENSE: copied with a .txt name and, on
# Windows, CRLF line ends (the NSIS licence page is a Windows text box).
set(PULSE_LICENSE_FILE "${PROJECT_SOURCE_DIR}/LICENSE")
set(PULSE_THIRD_PARTY_NOTICES "${PROJECT_SOURCE_DIR}/docs/third-party-licenses.md")
if(WIN32)
  file(READ "${PULSE_LICENSE_FILE}" _license)
  string(REPLACE "\n" "\r\n" _license "${_license}")
  file(WRITE "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt" "${_license}")
else()
  configure_file("${PULSE_LICENSE_FILE}" "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt" COPYONLY)
endif()
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt")

if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/Windows.cmake)
elseif(APPLE)
  include(${CMAKE_CURRENT_LIST_DIR}/MacOS.cmake)
else()
  include(${CMAKE_CURRENT_LIST_DIR}/Linux.cmake)
endif()

include(CPack)
