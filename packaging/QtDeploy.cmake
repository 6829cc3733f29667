# Copies Qt's libraries and plugins next to an installed executable (windeployqt, macdeployqt), for
# the Windows and macOS installers. Debian's packages provide Qt on Linux instead.
#
# qt_generate_deploy_app_script() is used from Qt 6.5 on: its 6.4 form takes other arguments and
# stops with an error on Linux, and the installers are built with a current Qt LTS anyway.
function(pulse_deploy_qt target)
  if(Qt6_VERSION VERSION_LESS 6.5)
    message(STATUS "Packaging: Qt ${Qt6_VERSION} is older than 6.5, ${target} is installed without Qt deployment")
    return()
  endif()
  qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT "${deploy_script}")
endfunction()
