# Instrumented builds (issue 20), each in a build folder of its own:
#   -DRS_SANITIZE=ON  AddressSanitizer and UndefinedBehaviorSanitizer on every target; any
#                     report ends the process, so a test that triggers one fails.
#   -DRS_FUZZ=ON      the libFuzzer targets in fuzz/ (clang only); every library is built with
#                     the coverage instrumentation they steer by.
# scripts/run-sanitized.sh builds and runs both the way CI does.
option(RS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(RS_FUZZ "Build the libFuzzer targets (needs clang)" OFF)

if(RS_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(RS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "RS_FUZZ needs clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
