# cmake -DLRELEASE=<lrelease> -DTS_FILE=<.ts> -DQM_FILE=<scratch .qm> -P check_translations.cmake
# Compiles one catalogue as the build does and fails when lrelease leaves any message
# out: an unfinished one ("N unfinished") or an empty one ("Ignored N untranslated").
foreach(variable LRELEASE TS_FILE QM_FILE)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "check_translations.cmake needs -D${variable}=...")
    endif()
endforeach()

execute_process(
    COMMAND ${LRELEASE} ${TS_FILE} -qm ${QM_FILE}
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    RESULT_VARIABLE result)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lrelease failed (${result}) on ${TS_FILE}")
endif()
if(NOT output MATCHES "\\(([0-9]+) finished and ([0-9]+) unfinished\\)")
    message(FATAL_ERROR "No summary from lrelease for ${TS_FILE}")
endif()
set(finished ${CMAKE_MATCH_1})
set(unfinished ${CMAKE_MATCH_2})
if(finished EQUAL 0 OR NOT unfinished EQUAL 0)
    message(FATAL_ERROR "${TS_FILE}: ${unfinished} unfinished message(s), ${finished} finished")
endif()
if(output MATCHES "Ignored ([0-9]+) untranslated")
    message(FATAL_ERROR "${TS_FILE}: ${CMAKE_MATCH_1} untranslated message(s)")
endif()
