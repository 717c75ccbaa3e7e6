# Run by `cmake -P` after ANTLR generation, with DIR and PREFIX set.
# Fails the build early and clearly when the tool produced nothing.
foreach(part Lexer Parser)
  if(NOT EXISTS ${DIR}/${PREFIX}${part}.cpp)
    message(FATAL_ERROR "ANTLR did not generate ${DIR}/${PREFIX}${part}.cpp")
  endif()
endforeach()
