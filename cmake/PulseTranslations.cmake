# The desktop workbench's translations: the catalogues in translations/, compiled into the app, and
# the update_translations target that regenerates them from the sources. docs/translations.md says
# how to add a string or a language.
#
# Scanned: ui, app and engine (engine texts such as import errors reach the GUI). server/ is left out
# on purpose: its CLI and REST problem texts are an English API. -locations none keeps the .ts files
# stable when code moves, so a diff shows only strings that came or went.

find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(PULSE_TRANSLATION_LANGUAGES de fr)
set(PULSE_TRANSLATION_SOURCES ui app engine)
set(PULSE_LUPDATE_OPTIONS -locations none -no-obsolete -source-language en)
set(PULSE_TRANSLATIONS_DIR "${PROJECT_SOURCE_DIR}/translations")

# update_translations: the exact lupdate command line the catalogues were created with, per language,
# run in the source folder (lupdate writes the paths it scanned relative to it).
set(_pulse_lupdate_commands "")
foreach(language IN LISTS PULSE_TRANSLATION_LANGUAGES)
  list(APPEND _pulse_lupdate_commands
    COMMAND Qt6::lupdate ${PULSE_LUPDATE_OPTIONS} -target-language ${language} ${PULSE_TRANSLATION_SOURCES}
      -ts translations/pulse_${language}.ts)
endforeach()
add_custom_target(update_translations ${_pulse_lupdate_commands}
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Updating translations/pulse_*.ts from ${PULSE_TRANSLATION_SOURCES}"
  VERBATIM)

# pulse_embed_translations(target [PREFIX /i18n] [TS_FILES ...]): compiles the catalogues (by default
# every translations/pulse_LANGUAGE.ts) with lrelease and embeds the .qm files in target under PREFIX,
# as :/i18n/pulse_LANGUAGE.qm where LanguageSelector loads them. lrelease leaves out empty
# translations, so a string nobody has translated yet shows in English rather than blank.
function(pulse_embed_translations target)
  cmake_parse_arguments(arg "" "PREFIX" "TS_FILES" ${ARGN})
  if(NOT arg_PREFIX)
    set(arg_PREFIX /i18n)
  endif()
  set(ts_files ${arg_TS_FILES})
  if(NOT ts_files)
    foreach(language IN LISTS PULSE_TRANSLATION_LANGUAGES)
      list(APPEND ts_files "${PULSE_TRANSLATIONS_DIR}/pulse_${language}.ts")
    endforeach()
  endif()
  set(qm_dir "${CMAKE_CURRENT_BINARY_DIR}/${target}_i18n")
  set_source_files_properties(${ts_files} PROPERTIES OUTPUT_LOCATION "${qm_dir}")
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    # 6.7 replaced the target-first signature (still accepted, but deprecated).
    qt_add_lrelease(TS_FILES ${ts_files} LRELEASE_TARGET ${target}_lrelease NO_GLOBAL_TARGET
      QM_FILES_OUTPUT_VARIABLE qm_files OPTIONS -silent)
    add_dependencies(${target} ${target}_lrelease)
  else()
    qt_add_lrelease(${target} TS_FILES ${ts_files} NO_GLOBAL_TARGET
      QM_FILES_OUTPUT_VARIABLE qm_files OPTIONS -silent)
  endif()
  qt_add_resources(${target} ${target}_translations PREFIX "${arg_PREFIX}" BASE "${qm_dir}" FILES ${qm_files})
endfunction()
