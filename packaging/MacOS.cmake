# macOS: a DragNDrop disk image holding Pulse.app. macdeployqt puts Qt's frameworks and plugins in
# the bundle; pulse-server is installed inside it too (Pulse.app/Contents/MacOS/pulse-server, see
# server/CMakeLists.txt) and finds the same frameworks through its rpath.
include(${CMAKE_CURRENT_LIST_DIR}/QtDeploy.cmake)

if(PULSE_BUILD_DESKTOP)
  set(_icns "${PULSE_ICON_DIR}/pulse.icns")
  # Source properties belong to a directory: set it where pulse is defined (app/).
  set_source_files_properties("${_icns}" TARGET_DIRECTORY pulse PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  target_sources(pulse PRIVATE "${_icns}")
  # CMake's Info.plist template, filled in from these properties.
  set_target_properties(pulse PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Pulse
    MACOSX_BUNDLE_BUNDLE_NAME Pulse
    MACOSX_BUNDLE_GUI_IDENTIFIER ${PULSE_BUNDLE_ID}
    MACOSX_BUNDLE_ICON_FILE pulse.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "The Pulse developers")
  set_target_properties(pulse-server PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
  pulse_deploy_qt(pulse)
else()
  # macdeployqt deploys into app bundles only; a headless build's image holds bin/pulse-server alone,
  # which needs Qt installed (Homebrew's or Qt's own).
  message(STATUS "Packaging: headless macOS build, pulse-server is packaged without Qt")
endif()

# The licence and the notices in the disk image, beside Pulse.app. No licence agreement on mounting:
# the GPL asks for no acceptance, and the hdiutil commands that attach one are deprecated since macOS
# 12 (CMake policy CMP0133), so CPACK_RESOURCE_FILE_LICENSE is not turned into one.
install(FILES "${CPACK_RESOURCE_FILE_LICENSE}" "${PULSE_THIRD_PARTY_NOTICES}" DESTINATION .)
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Pulse ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON "${PULSE_ICON_DIR}/pulse.icns")
