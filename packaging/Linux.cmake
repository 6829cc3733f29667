# Linux: a Debian package (DEB) and a plain archive (TGZ). Both carry pulse-server, its man page and
# its systemd unit; with the desktop workbench also pulse, its .desktop file, AppStream metainfo and
# hicolor icons. The DEB installs under /usr; the archive unpacks to bin/, share/, lib/.
include(GNUInstallDirs)
set(CPACK_GENERATOR DEB TGZ)

set(_linux "${CMAKE_CURRENT_LIST_DIR}/linux")
set(_out "${PROJECT_BINARY_DIR}/packaging")

# Man page: the version is filled in, then it is compressed as Debian's policy asks.
configure_file("${_linux}/pulse-server.1.in" "${_out}/pulse-server.1" @ONLY)
find_program(PULSE_GZIP gzip)
if(PULSE_GZIP)
  add_custom_command(OUTPUT "${_out}/pulse-server.1.gz"
    COMMAND "${PULSE_GZIP}" -9 -n -c "${_out}/pulse-server.1" > "${_out}/pulse-server.1.gz"
    DEPENDS "${_out}/pulse-server.1" VERBATIM)
  add_custom_target(pulse_man_page ALL DEPENDS "${_out}/pulse-server.1.gz")
  install(FILES "${_out}/pulse-server.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  install(FILES "${_out}/pulse-server.1" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# The unit names /usr/bin/pulse-server, where the DEB puts it; installed, not enabled.
install(FILES "${_linux}/pulse-server.service" DESTINATION lib/systemd/system)

# Debian's place for the licence: a machine-readable copyright file that points to the GPL-3 text in
# /usr/share/common-licenses (policy 12.5: no second copy of it), with the third-party notices beside it.
install(FILES "${_linux}/copyright" "${PULSE_THIRD_PARTY_NOTICES}" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pulse)

if(PULSE_BUILD_DESKTOP)
  # Software centres show the newest <release>; it has to be this version.
  file(READ "${_linux}/${PULSE_BUNDLE_ID}.metainfo.xml" _metainfo)
  string(REGEX MATCH "<release version=\"([^\"]*)\"" _release "${_metainfo}")
  if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "packaging/linux/${PULSE_BUNDLE_ID}.metainfo.xml: the newest <release> is "
      "'${CMAKE_MATCH_1}', the project is ${PROJECT_VERSION}; add a <release> entry for it")
  endif()
  install(FILES "${_linux}/${PULSE_BUNDLE_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES "${_linux}/${PULSE_BUNDLE_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES "${PULSE_ICON_DIR}/${PULSE_BUNDLE_ID}.svg" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  foreach(size 16 22 24 32 48 64 128 256)
    install(FILES "${PULSE_ICON_DIR}/hicolor/${size}x${size}/${PULSE_BUNDLE_ID}.png"
      DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # pulse_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds every library the executables link (Qt, SQLite, zlib, http-parser). It cannot
# see what Qt loads at run time: the platform plugins for the workbench's window (xcb in
# qt6-qpa-plugins, Wayland in qt6-wayland) and Qt's own translations of its standard buttons and
# dialogs (qt6-translations-l10n; without it they stay English in a German or French workbench).
# No Qt SQL driver is needed: the engine links SQLite itself.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(PULSE_BUILD_DESKTOP)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
endif()
