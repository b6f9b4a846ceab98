# rs_set_warnings(<target>): the project's warning set, errors in CI builds (-DRS_WERROR=ON).
option(RS_WERROR "Treat compiler warnings as errors" OFF)

function(rs_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                             -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
                                             -Wunused -Woverloaded-virtual -Wnull-dereference
                                             -Wimplicit-fallthrough)
    if(RS_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
