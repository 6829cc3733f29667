# Windows: an NSIS installer and a ZIP. pulse.exe and pulse-server.exe go to bin\ with Qt deployed
# beside them by windeployqt; the installer adds a Start menu entry and an uninstaller. Both
# executables carry the icon and version information.
include(${CMAKE_CURRENT_LIST_DIR}/QtDeploy.cmake)
enable_language(RC)

# Writes the icon and version resource of target and compiles it into the executable.
function(pulse_windows_resources target description)
  set(PULSE_RC_TARGET ${target})
  set(PULSE_RC_FILE ${target}.exe)
  set(PULSE_RC_DESCRIPTION "${description}")
  configure_file("${CMAKE_CURRENT_FUNCTION_LIST_DIR}/windows/version.rc.in" "${PROJECT_BINARY_DIR}/packaging/${target}.rc" @ONLY)
  target_sources(${target} PRIVATE "${PROJECT_BINARY_DIR}/packaging/${target}.rc")
endfunction()

pulse_windows_resources(pulse-server "Pulse analytics server")
pulse_deploy_qt(pulse-server)
if(PULSE_BUILD_DESKTOP)
  # A GUI program: no console window opens with it.
  set_target_properties(pulse PROPERTIES WIN32_EXECUTABLE ON)
  pulse_windows_resources(pulse "Pulse product analytics workbench")
  pulse_deploy_qt(pulse)
  # windeployqt deploys Qt's own modules only; QtKeychain's DLL goes beside pulse.exe by hand.
  install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION bin)
  set(CPACK_PACKAGE_EXECUTABLES pulse Pulse) # the Start menu entry
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\pulse.exe")
endif()

# The licence and the notices beside bin\; the installer's licence page shows LICENSE.txt
# (CPACK_RESOURCE_FILE_LICENSE, Packaging.cmake).
install(FILES "${CPACK_RESOURCE_FILE_LICENSE}" "${PULSE_THIRD_PARTY_NOTICES}" DESTINATION .)

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_PACKAGE_NAME Pulse)
set(CPACK_NSIS_DISPLAY_NAME "Pulse ${PROJECT_VERSION}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_ICON "${PULSE_ICON_DIR}/pulse.ico")
set(CPACK_NSIS_MUI_UNIICON "${PULSE_ICON_DIR}/pulse.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
