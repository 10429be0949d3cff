# Copies a .ts file, merging the contexts core/ uses at run time.
#
# Everything in core/ is translated in the "mlp" context (QCoreApplication::translate("mlp", ...),
# directly or through small tr() helpers). lupdate names the context of a helper call after the
# enclosing namespace or class instead (mlp::io, mlp::io::Reader, mlp::PortfolioFile, ...), so
# the .ts keeps lupdate's names (a plain lupdate run stays the way to update it) and this step
# renames every context in namespace mlp outside mlp::ui to "mlp" before lrelease.
#
# cmake -DINPUT=<in.ts> -DOUTPUT=<out.ts> -P runtime-contexts.cmake
file(READ "${INPUT}" ts)
string(REGEX MATCHALL "<name>mlp::[^<]*</name>" names "${ts}")
list(REMOVE_DUPLICATES names)
foreach(name IN LISTS names)
    if(NOT name MATCHES "^<name>mlp::ui::")
        string(REPLACE "${name}" "<name>mlp</name>" ts "${ts}")
    endif()
endforeach()
file(WRITE "${OUTPUT}" "${ts}")
